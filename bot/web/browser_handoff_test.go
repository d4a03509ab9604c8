package web_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
)

// waitThread waits until the last line of the card's thread contains text.
func (h *harness) waitThread(card handoff.CardRef, text string) {
	h.t.Helper()
	deadline := time.Now().Add(hangGuard)
	for {
		thread := h.card(card).Thread
		if len(thread) > 0 && strings.Contains(thread[len(thread)-1], text) {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("the card's thread lacks %q: %q", text, thread)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// requestConsultant opens the page, asks for a consultant there, fills in
// the contact form and waits until the card is posted on the desk; it
// returns the handoff.
func (p *page) requestConsultant() handoff.Handoff {
	p.t.Helper()
	p.open()
	p.waitFor(`document.body.dataset.stream === 'open'`)
	p.do(chromedp.Click(chromedp.CSS("#log button[data-action=consult]")))
	p.FillContact("Ada Lovelace", "ada@engines.example.com")
	p.WaitPush("passed your request on")
	rec, err := p.h.hstore.Active(p.t.Context(), web.Key(p.session()))
	for deadline := time.Now().Add(hangGuard); err != nil || rec.Card.IsZero(); time.Sleep(10 * time.Millisecond) {
		rec, err = p.h.hstore.Active(p.t.Context(), web.Key(p.session()))
		if time.Now().After(deadline) {
			p.t.Fatal("no card posted")
		}
	}
	return rec
}

// TestBrowserTalkToConsultant: the visitor asks for a consultant in the
// page; once the consultant claims the request, their replies arrive over
// the event stream, the visitor's messages reach the card's thread, and
// "end" ends the conversation.
func TestBrowserTalkToConsultant(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 900)
	rec := p.requestConsultant()

	if m := h.handoffs.Claim(t.Context(), rec.ID, consultant); m != nil {
		t.Fatalf("claim refused: %s", m(handoff.Style{}))
	}
	p.WaitPush("Ada from Consulting Springfield will help you")
	h.handoffs.RelayFromConsultant(t.Context(), rec.Card, consultant, "Hello, I'm Ada. What does your company build, and how many people are you?")
	p.waitCount("#log .push.consultant", 1)
	got := eval[string](p, `document.querySelector('#log .push.consultant').innerText`)
	if !strings.Contains(got, "Ada, consultant") || !strings.Contains(got, "What does your company build") {
		t.Errorf("the consultant's reply shows as %q", got)
	}
	p.screenshot("playground-consultant")
	h.handoffs.RelayFromConsultant(t.Context(), rec.Card, consultant, `<img src=x onerror="window.__pwned=1"> *not bold*`)
	p.waitCount("#log .push.consultant", 2)
	if got := eval[string](p, `[...document.querySelectorAll('#log .push.consultant')].pop().lastChild.textContent`); got != `<img src=x onerror="window.__pwned=1"> *not bold*` {
		t.Errorf("a consultant's markup shows as %q, want it as typed", got)
	}

	before := p.count("#log .msg.bot:not(.push)")
	p.send("Logistics software, 40 people.")
	h.waitThread(rec.Card, "Logistics software, 40 people.")
	if n := p.count("#log .msg.bot:not(.push)"); n != before {
		t.Errorf("%d assistant messages, want %d: the bot answered a message meant for the consultant", n, before)
	}

	p.send("end")
	p.WaitPush("You ended the conversation")
	if got := h.card(rec.Card).Text.Status; !strings.HasPrefix(got, "Closed by") {
		t.Errorf("card status %q after end", got)
	}
	if eval[bool](p, `window.__pwned !== undefined`) {
		t.Error("a consultant's text ran as script")
	}
}

// TestBrowserForgetStartsOver: "forget me" deletes everything and the page
// goes on with a fresh session whose pushes reach it.
func TestBrowserForgetStartsOver(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 900)
	p.open()
	p.waitFor(`document.body.dataset.stream === 'open'`)
	old := p.session()
	appendPush(t, h.pushes, old, "before")
	p.waitCount("#log .push", 1)
	p.send("forget me")
	p.waitFor(`[...document.querySelectorAll('#log .msg.bot')].some(m => m.textContent.includes('deleted everything'))`)
	fresh := p.session()
	if fresh == old {
		t.Fatal("the session was not replaced")
	}
	p.waitFor(`document.body.dataset.stream === 'open'`)
	appendPush(t, h.pushes, fresh, "after")
	p.waitCount("#log .push", 2)
	if got := eval[string](p, `[...document.querySelectorAll('#log .push')].pop().textContent`); !strings.Contains(got, "after") {
		t.Errorf("last push %q", got)
	}
}

// TestBrowserHandoffRating: the consultant closes the visitor's
// conversation; the page shows "Did this help?" with buttons 1 to 5, also
// after a reload; a double click on 4 rates once (the card's thread and
// the insights say 4/5 once), the buttons give way to the answer, and a
// reload shows the answer, not the buttons.
func TestBrowserHandoffRating(t *testing.T) {
	h := newHarness(t, harnessOpts{ratings: true})
	p := newPage(t, h, 800, 900)
	rec := p.requestConsultant()
	if m := h.handoffs.Claim(t.Context(), rec.ID, consultant); m != nil {
		t.Fatalf("claim refused: %s", m(handoff.Style{}))
	}
	p.WaitPush("will help you")
	if m := h.handoffs.Close(t.Context(), rec.ID, consultant); m != nil {
		t.Fatalf("close refused: %s", m(handoff.Style{}))
	}

	const buttons = `#log .push.reply .actions button[data-action^="rate:"]`
	p.waitCount(buttons, 5)
	if got := eval[string](p, `document.querySelector('#log .push.reply strong').textContent`); got != "Did this help?" {
		t.Errorf("the rating's question shows as %q, want it in bold", got)
	}
	p.open() // a reload: the rating is still there, with its buttons
	p.waitCount(buttons, 5)

	// A double click: the second lands on a disabled button.
	p.do(chromedp.Evaluate[chromedp.Void](`(() => {
		const b = [...document.querySelectorAll('#log .push.reply button')].find(b => b.textContent === '4');
		b.click(); b.click();
	})()`))
	p.waitFor(`[...document.querySelectorAll('#log .msg.bot')].some(m => m.textContent.includes('rating this conversation 4/5'))`)
	p.waitFor(`document.querySelectorAll('` + buttons + `').length === 0`)
	if got := eval[string](p, `document.querySelector('#log .push.reply .answered').textContent`); !strings.HasSuffix(got, "— 4") {
		t.Errorf("the answered rating shows as %q", got)
	}
	h.waitThread(rec.Card, "rated this conversation 4/5")

	p.open() // a reload after the rating: the answer, not the buttons
	p.waitCount("#log .push.reply .answered", 1)
	if n := p.count(buttons); n != 0 {
		t.Errorf("%d rating buttons after a reload, want none", n)
	}
	if th := strings.Join(h.card(rec.Card).Thread, "\n"); strings.Count(th, "rated this conversation") != 1 {
		t.Errorf("the card's thread: %q", th)
	}
	day := insights.DayOf(time.Now(), time.UTC)
	tot, err := h.figures.Totals(t.Context(), insights.Period{First: day.Add(-1), Last: day.Add(1)})
	if err != nil || tot.Ratings[insights.RatedHandoff] != [5]int64{0, 0, 0, 1, 0} {
		t.Errorf("handoff ratings %v (%v), want one 4", tot.Ratings, err)
	}
}
