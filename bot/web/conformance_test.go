package web_test

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// conformance drives the web front end over HTTP for bottest.Run, the
// way the page does: turns are POSTed, and what the visitor is shown is
// read back as the page shows it (an answered question replaces its
// question; a bare notice is the visitor's alone), with the session's
// pushes after the replies of the request that made them and the others
// as the event stream brings them.
type conformance struct {
	c   *client
	h   *harness
	key conversation.Key

	mu    sync.Mutex
	shown []bottest.Shown
	refs  []string // the question each shown entry is ("id/round"), "" if none
	seen  map[string]bool
	last  *web.Question
}

func TestConformance(t *testing.T) {
	bottest.Run(t, func(t *testing.T) bottest.Harness {
		h := newHarness(t, harnessOpts{})
		c := h.client()
		c.state()
		return &conformance{c: c, h: h, key: web.Key(c.session()), seen: map[string]bool{}}
	})
}

func (f *conformance) User() conversation.Key  { return f.key }
func (f *conformance) Engine() bot.Engine      { return f.h.eng }
func (f *conformance) Handoffs() handoff.Store { return f.h.hstore }

func (f *conformance) Type(_ testing.TB, text string) {
	f.add(f.c.turnFull(web.TurnRequest{Text: &text}))
}

func (f *conformance) Choose(t testing.TB, option int) {
	f.mu.Lock()
	q := f.last
	f.mu.Unlock()
	if q == nil {
		t.Fatal("no question to answer")
	}
	f.add(f.c.turnFull(web.TurnRequest{Choice: &web.Choice{Question: q.ID, Round: q.Round, Value: q.Options[option].Value}}))
}

// FinishHandoff fills in the contact form the page showed.
func (f *conformance) FinishHandoff(t testing.TB) {
	form := web.ContactRequest{Name: "Ada Lovelace", Email: "ada@engines.example.com", Size: handoff.CompanySizes[1]}
	f.add(decode[web.TurnResponse](t, f.c.do("POST", web.PathContact, form, nil), 200))
}

func (f *conformance) Shown(testing.TB) []bottest.Shown {
	if !f.forgotten() {
		f.addPushes(f.c.pushes()) // as the event stream brings them
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bottest.Shown(nil), f.shown...)
}

// forgotten reports whether the session was forgotten (its pushes are
// gone with it).
func (f *conformance) forgotten() bool { return f.c.session() != f.key.User }

func (f *conformance) add(resp web.TurnResponse) {
	f.mu.Lock()
	for _, r := range resp.Replies {
		f.addReply(r)
	}
	f.mu.Unlock()
	var ps []web.Push
	for _, p := range resp.Pushes {
		ps = append(ps, web.Push{ID: p.ID, Text: plainText(p.Text)})
	}
	f.addPushes(ps)
}

func (f *conformance) addPushes(ps []web.Push) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range ps {
		if !f.seen[p.ID] {
			f.seen[p.ID] = true
			f.shown, f.refs = append(f.shown, bottest.Shown{Text: p.Text}), append(f.refs, "")
		}
	}
}

// addReply shows r as the page does; f.mu is held.
func (f *conformance) addReply(r web.Reply) {
	if a := r.Answered; a != nil {
		ref := a.Question + "/" + strconv.Itoa(a.Round)
		for i := len(f.refs) - 1; i >= 0; i-- {
			if f.refs[i] == ref && f.shown[i].Question {
				f.shown[i].Question, f.shown[i].Answered = false, true
				f.shown[i].Text += "\n" + a.Answer
				ref = ""
				break
			}
		}
		if ref != "" {
			f.shown, f.refs = append(f.shown, bottest.Shown{Text: a.Prompt + " — " + a.Answer, Answered: true}), append(f.refs, "")
		}
	}
	switch {
	case r.Question != nil:
		q := r.Question
		f.last = q
		f.shown = append(f.shown, bottest.Shown{Text: q.Prompt, Question: true})
		f.refs = append(f.refs, q.ID+"/"+strconv.Itoa(q.Round))
	case r.Recommendation != nil:
		f.shown, f.refs = append(f.shown, bottest.Shown{Text: r.Recommendation.Heading}), append(f.refs, "")
	case len(r.Notice) > 0 && len(r.Text) == 0:
		f.shown, f.refs = append(f.shown, bottest.Shown{Text: plainText(r.Notice), Private: true}), append(f.refs, "")
	case len(r.Text) > 0 || len(r.Notice) > 0:
		f.shown, f.refs = append(f.shown, bottest.Shown{Text: strings.TrimSpace(plainText(r.Notice) + plainText(r.Text))}), append(f.refs, "")
	}
}
