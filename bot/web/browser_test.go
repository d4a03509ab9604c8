package web_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation/handoff"
)

// TestBrowserAskQuestion asks a question on a phone-sized screen and reads
// the answer: the page's structure, its accessible names, and where the
// focus goes.
func TestBrowserAskQuestion(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 390, 844)
	p.open()
	if got := eval[string](p, `document.querySelector('#log').getAttribute('role') + ' ' + document.querySelector('#log').getAttribute('aria-live')`); got != "log polite" {
		t.Errorf("transcript role and aria-live = %q, want log polite", got)
	}
	if got := eval[string](p, `document.querySelector('label[for=message]').textContent`); got != "Message" {
		t.Errorf("message box label %q, want Message", got)
	}
	if got := eval[string](p, `document.querySelector('#send').textContent`); got != "Send" {
		t.Errorf("send button %q", got)
	}
	if p.focused() != "message" {
		t.Errorf("focus on load is on %q, want the message box", p.focused())
	}
	if p.count("#log .msg.bot button[data-action=start]") != 1 {
		t.Error("the welcome does not offer to start the assessment")
	}

	p.send("what does a CTO do?")
	p.waitFor(`[...document.querySelectorAll('#log .msg.bot')].some(m => m.textContent.includes('Chief Technology Officer'))`)
	answer := eval[string](p, `[...document.querySelectorAll('#log .msg.bot')].pop().innerText`)
	for _, want := range []string{"CTO = Chief Technology Officer.", "Ask me next:", "What is a CIO?"} {
		if !strings.Contains(answer, want) {
			t.Errorf("answer %q lacks %q", answer, want)
		}
	}
	if n := eval[int](p, `[...document.querySelectorAll('#log .msg.bot')].pop().querySelectorAll('ul li').length`); n < 3 {
		t.Errorf("the answer's bullets are %d list items, want a list", n)
	}
	if eval[string](p, `[...document.querySelectorAll('#log .msg.bot')].pop().querySelector('strong').textContent`) == "" {
		t.Error("no bold text in the answer")
	}
	if p.focused() != "message" {
		t.Errorf("focus after the answer is on %q, want the message box", p.focused())
	}
	if v := eval[string](p, `document.querySelector('#message').value`); v != "" {
		t.Errorf("the message box holds %q after sending, want it empty", v)
	}
	if w := eval[int](p, `document.documentElement.scrollWidth - window.innerWidth`); w > 0 {
		t.Errorf("the page is %d px wider than a phone screen", w)
	}
	if b := eval[int](p, `document.querySelector('#send').getBoundingClientRect().bottom - window.innerHeight`); b > 0 {
		t.Errorf("the Send button is %d px below a phone screen", b)
	}
	p.screenshot("playground-phone")

	// A related-article button asks about that article.
	p.do(chromedp.Click(chromedp.CSS("#log .msg.bot:last-child button.article")))
	p.waitCount(".msg.user", 2)
	p.waitFor(`[...document.querySelectorAll('#log .msg.bot')].pop().textContent.includes('CIO')`)
}

// answerWithButtons clicks the first option of the pending question until
// the recommendation shows; it takes a screenshot at question 4.
func answerWithButtons(t *testing.T, p *page) {
	t.Helper()
	for i := 0; i < 15; i++ {
		p.waitFor(`document.querySelector('#log .question') || document.querySelector('#log .recommendation')`)
		if p.count("#log .recommendation") > 0 {
			return
		}
		id := eval[string](p, `document.querySelector('#log .question').dataset.question`)
		if i == 3 {
			p.screenshot("playground-assessment")
		}
		answered := p.count("#log .answered")
		p.do(chromedp.Click(chromedp.CSS("#log .question .choice")))
		p.waitCount("#log .answered", answered+1)
		if p.count(fmt.Sprintf(`#log .question[data-question=%q]`, id)) != 0 {
			t.Fatalf("question %s still shown with its buttons after it was answered", id)
		}
		if p.focused() != "message" {
			t.Fatalf("focus after a click is on %q, want the message box", p.focused())
		}
	}
	t.Fatal("no recommendation after 15 answers")
}

func TestBrowserAssessmentWithButtons(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 1000)
	p.open()
	p.do(chromedp.Click(chromedp.CSS("#log button[data-action=start]")))
	answerWithButtons(t, p)
	if n := p.count("#log .answered"); n != 10 {
		t.Errorf("%d answered lines, want 10", n)
	}
	if h2 := eval[string](p, `document.querySelector('#log .recommendation h2').textContent`); !strings.HasPrefix(h2, "Recommendation: ") {
		t.Errorf("recommendation heading %q", h2)
	}
	if p.count("#log .recommendation .reasons li") == 0 || p.count("#log .recommendation button.article") == 0 {
		t.Error("the card lacks its reasons or its related articles")
	}
	if p.count("#log button[data-action=consult]") == 0 {
		t.Error("no consultant button after the recommendation")
	}
	p.do(chromedp.Evaluate[chromedp.Void](`document.querySelector('#log .recommendation').scrollIntoView()`))
	p.screenshot("playground-recommendation")
}

// TestBrowserAssessmentTyped answers in the user's own words and by number.
func TestBrowserAssessmentTyped(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 900)
	p.open()
	p.send("start the assessment")
	p.waitCount("#log .question", 1)
	p.send("we're about 35 people")
	p.waitCount("#log .answered", 1)
	if got := eval[string](p, `document.querySelector('#log .answered .a').textContent`); got != "11–50 people" {
		t.Errorf("typed 35 people, answered %q", got)
	}
	for i := 2; p.count("#log .recommendation") == 0; i++ {
		if i > 15 {
			t.Fatal("no recommendation after 15 typed answers")
		}
		p.send("1")
		p.waitFor(fmt.Sprintf(`document.querySelectorAll('#log .answered').length >= %d || document.querySelector('#log .recommendation')`, i))
	}
	if n := p.count("#log .answered"); n != 10 {
		t.Errorf("%d answered lines, want 10", n)
	}
}

// TestBrowserKeyboardOnly: start with Shift+Tab and Enter, answer one
// question with the keyboard on its buttons, type the rest of the way,
// and fill the contact form, fixing an error it reports.
func TestBrowserKeyboardOnly(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 900)
	p.open()
	shiftTab := chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift))
	// From the message box, back over "Talk to a consultant" to "Start the assessment".
	p.do(shiftTab, shiftTab)
	if got := eval[string](p, `document.activeElement.dataset.action || ''`); got != "start" {
		t.Fatalf("two Shift+Tabs from the message box reach %q, want the start button", got)
	}
	p.do(chromedp.KeyEvent(kb.Enter))
	p.waitCount("#log .question", 1)
	p.waitFor(`document.activeElement.id === 'message'`)
	// Back over Cancel to the last option of the question.
	p.do(shiftTab, shiftTab)
	label := eval[string](p, `document.activeElement.classList.contains('choice') ? document.activeElement.textContent : ''`)
	if label == "" {
		t.Fatal("Shift+Tab from the message box does not reach the question's options")
	}
	p.do(chromedp.KeyEvent(" ")) // Space presses a button
	p.waitCount("#log .answered", 1)
	if got := eval[string](p, `document.querySelector('#log .answered .a').textContent`); got != label {
		t.Errorf("answered %q, want %q", got, label)
	}
	p.waitFor(`document.activeElement.id === 'message'`)
	p.do(chromedp.KeyEvent("2" + kb.Enter))
	p.waitCount("#log .answered", 2)

	p.do(chromedp.KeyEvent("I'd like to talk to a consultant" + kb.Enter))
	p.waitFor(`!document.querySelector('#contact').hidden && document.activeElement.id === 'c-name'`)
	tab := chromedp.KeyEvent(kb.Tab)
	p.do(chromedp.KeyEvent("Ada Lovelace"), tab, chromedp.KeyEvent("Engines Ltd"), tab, chromedp.KeyEvent("ada at engines"))
	p.do(chromedp.KeyEvent(kb.Enter)) // Enter in a field submits the form
	p.waitFor(`!document.querySelector('#c-email-error').hidden`)
	if p.focused() != "c-email" || eval[string](p, `document.querySelector('#c-email').getAttribute('aria-invalid')`) != "true" {
		t.Fatalf("after a bad email, focus on %q; want the email field, marked invalid", p.focused())
	}
	if msg := eval[string](p, `document.querySelector('#c-email-error').textContent`); !strings.Contains(msg, "valid email") {
		t.Errorf("email error %q", msg)
	}
	if _, err := h.hstore.Active(t.Context(), web.Key(p.session())); !errors.Is(err, handoff.ErrNotFound) {
		t.Fatalf("an invalid form reached the consultants: %v", err)
	}
	p.do(chromedp.KeyEvent(kb.End))
	for range len("ada at engines") {
		p.do(chromedp.KeyEvent(kb.Backspace))
	}
	p.do(chromedp.KeyEvent("ada@engines.example.com" + kb.Enter))
	p.waitFor(`document.querySelector('#contact').hidden && document.body.dataset.pending === '0'`)
	p.waitFor(`document.activeElement.id === 'message'`)
	rec, err := h.hstore.Active(t.Context(), web.Key(p.session()))
	if err != nil || rec.Contact.Name != "Ada Lovelace" || rec.Contact.Email != "ada@engines.example.com" || rec.Contact.Company != "Engines Ltd" {
		t.Fatalf("the browser's session has handoff %+v, %v", rec, err)
	}
	p.waitFor(`[...document.querySelectorAll('#log .push')].some(m => m.textContent.includes('passed your request on'))`)
}

// TestBrowserReloadMidAssessment: a reload shows the answers so far and
// the pending question, which then answers as before.
func TestBrowserReloadMidAssessment(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 900)
	p.open()
	p.do(chromedp.Click(chromedp.CSS("#log button[data-action=start]")))
	for i := 1; i <= 3; i++ {
		p.waitCount("#log .question", 1)
		p.do(chromedp.Click(chromedp.CSS("#log .question .choice")))
		p.waitCount("#log .answered", i)
	}
	p.waitCount("#log .question", 1)
	pending := eval[string](p, `document.querySelector('#log .question').dataset.question`)

	p.do(chromedp.Reload())
	p.waitReady()
	if n := p.count("#log .answered"); n != 3 {
		t.Fatalf("after reload: %d answered lines, want 3", n)
	}
	if got := eval[string](p, `document.querySelector('#log .question').dataset.question`); got != pending {
		t.Fatalf("after reload the pending question is %q, want %q", got, pending)
	}
	if !strings.Contains(eval[string](p, `document.querySelector('#log .question .meta').textContent`), "Question 4 of 10") {
		t.Error("the resumed question does not say it is question 4")
	}
	p.do(chromedp.Click(chromedp.CSS("#log .question .choice")))
	p.waitCount("#log .answered", 4)
	p.waitFor(`document.querySelector('#log .question .meta') && document.querySelector('#log .question .meta').textContent.includes('Question 5 of 10')`)
}

// TestBrowserUserTextIsText: markup a user types shows as typed and never
// runs, in their messages, in an answer quoted back, and in a pushed
// message.
func TestBrowserUserTextIsText(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 900)
	p.open()
	attacks := []string{
		`<script>window.__pwned = 1</script>`,
		`<img src=x onerror="window.__pwned = 2">`,
		`<a href="javascript:window.__pwned=3">click</a> *bold* https://example.com/"><img src=x onerror=alert(1)>`,
	}
	for _, a := range attacks {
		p.send(a)
		p.waitFor(`document.body.dataset.pending === '0'`)
	}
	users := eval[[]string](p, `[...document.querySelectorAll('#log .msg.user')].map(m => m.lastChild.textContent)`)
	if fmt.Sprint(users) != fmt.Sprint(attacks) {
		t.Errorf("user messages shown as %q, want exactly %q", users, attacks)
	}
	appendPush(t, h.pushes, p.session(), `<img src=x onerror="window.__pwned = 4"> from the consultant`)
	p.waitCount("#log .push", 1)
	if got := eval[string](p, `document.querySelector('#log .push p:last-child').textContent`); !strings.HasPrefix(got, `<img src=x`) {
		t.Errorf("pushed text shown as %q", got)
	}
	if n := p.count("#log img, #log script, #log a[href^=javascript]"); n != 0 {
		t.Errorf("%d elements made from user text", n)
	}
	if v := eval[bool](p, `window.__pwned === undefined`); !v {
		t.Error("user text ran as script")
	}
}

// TestBrowserPushOverSSE: a push appended to the session's log appears in
// the open page, and again after a reload.
func TestBrowserPushOverSSE(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	p := newPage(t, h, 800, 900)
	p.open()
	p.waitFor(`document.body.dataset.stream === 'open'`)
	appendPush(t, h.pushes, p.session(), "Hello, I'm Ada from Consulting Springfield. See https://springfield.example/cto")
	p.waitCount("#log .push.consultant", 1)
	got := eval[string](p, `document.querySelector('#log .push').innerText`)
	if !strings.Contains(got, "Ada, consultant") || !strings.Contains(got, "Hello, I'm Ada") {
		t.Errorf("push shown as %q", got)
	}
	if href := eval[string](p, `document.querySelector('#log .push a').href`); href != "https://springfield.example/cto" {
		t.Errorf("link %q", href)
	}
	p.do(chromedp.Reload())
	p.waitReady()
	if p.count("#log .push.consultant") != 1 {
		t.Fatal("the push is not shown after a reload")
	}
	p.waitFor(`document.body.dataset.stream === 'open'`)
	appendPush(t, h.pushes, p.session(), "Second message")
	p.waitCount("#log .push.consultant", 2)
	if n := p.count("#log .push.consultant"); n != 2 {
		t.Errorf("%d pushes shown after the second, want 2 (no duplicate)", n)
	}
}
