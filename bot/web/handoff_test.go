package web_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// hangGuard bounds the waits of these tests; it only guards against
// hangs.
const hangGuard = 30 * time.Second

// requestConsultant fills in the contact form and waits until the card is
// posted on the desk; it returns the handoff.
func (c *client) requestConsultant() handoff.Handoff {
	c.t.Helper()
	form := web.ContactRequest{Name: "Ada Lovelace", Email: "ada@engines.example.com", Company: "Engines Ltd"}
	decode[web.TurnResponse](c.t, c.do("POST", web.PathContact, form, nil), http.StatusOK)
	deadline := time.Now().Add(hangGuard)
	for {
		rec, err := c.h.hstore.Active(c.t.Context(), web.Key(c.session()))
		if err == nil && !rec.Card.IsZero() {
			return rec
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("no card posted: %+v, %v", rec, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// pushes returns the pushes kept for the client's session.
func (c *client) pushes() []web.Push {
	c.t.Helper()
	ps, err := c.h.pushes.Read(c.t.Context(), c.session(), "", 100, 0)
	if err != nil {
		c.t.Fatal(err)
	}
	return ps
}

// lastPush is the text of the session's last push.
func (c *client) lastPush() web.Push {
	c.t.Helper()
	ps := c.pushes()
	if len(ps) == 0 {
		c.t.Fatal("no pushes")
	}
	return ps[len(ps)-1]
}

// TestHandoffRelayThroughPushes: a visitor's request is claimed by a
// consultant; what the visitor types goes to the card's thread and not
// to the engine, the consultant's replies are pushed under their name,
// and "end" ends it.
func TestHandoffRelayThroughPushes(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	c.state()
	rec := c.requestConsultant()
	if m := h.handoffs.Claim(t.Context(), rec.ID, consultant); m != nil {
		t.Fatalf("claim refused: %s", m(handoff.Style{}))
	}
	if p := c.lastPush(); p.Kind != web.PushNotice || !strings.HasPrefix(p.Text, "Ada from Consulting Springfield will help you") ||
		!strings.Contains(p.Text, "Type “end” to end it") {
		t.Errorf("claim pushed %+v", p)
	}

	if rs := c.say("We are 40 people, <b>who</b> do we hire first?"); len(rs) != 0 {
		t.Errorf("a message to the consultant got replies: %+v", rs)
	}
	thread := h.card(rec.Card).Thread
	if got := thread[len(thread)-1]; !strings.HasSuffix(got, ">We are 40 people, <b>who</b> do we hire first?") {
		t.Errorf("the card's thread got %q", got)
	}
	if st, _ := h.eng.Status(t.Context(), web.Key(c.session())); len(st.Recent) != 0 {
		t.Errorf("the engine saw the relayed message: %+v", st.Recent)
	}

	if !h.handoffs.RelayFromConsultant(t.Context(), rec.Card, consultant, "A fractional CTO first. *Details* below:\nhttps://springfield.example/cto") {
		t.Fatal("the card's thread was not recognised")
	}
	p := c.lastPush()
	if p.Kind != web.PushConsultant || p.From != "Ada, consultant" || p.Text != "A fractional CTO first. *Details* below:\nhttps://springfield.example/cto" {
		t.Errorf("the consultant's reply was pushed as %+v", p)
	}

	rs := c.turnFull(web.TurnRequest{Text: ptr("End.")})
	if len(rs.Replies) != 0 || len(rs.Pushes) != 1 || !strings.Contains(plainText(rs.Pushes[0].Text), "You ended the conversation") {
		t.Errorf("end: %+v", rs)
	}
	if got := h.card(rec.Card).Text.Status; !strings.HasPrefix(got, "Closed by") {
		t.Errorf("card status after end: %q", got)
	}
	// With no conversation to end, "end" is the engine's again.
	if rs := c.say("end"); len(rs) == 0 {
		t.Error("no answer to end without a handoff")
	}
}

// TestHandoffAskedTwice: asking for a consultant with a request open
// tells the visitor about it instead of showing the form.
func TestHandoffAskedTwice(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	c.state()
	c.requestConsultant()
	resp := c.turnFull(web.TurnRequest{Action: ptr("consult")})
	if countReplies(resp.Replies, func(r web.Reply) bool { return r.Handoff }) != 0 {
		t.Error("the form was offered again")
	}
	if len(resp.Pushes) != 1 || !strings.Contains(plainText(resp.Pushes[0].Text), "already have a request") {
		t.Errorf("pushes %+v, want the open request recalled", resp.Pushes)
	}
}

// TestForgetEndsSession: "forget me" deletes the conversation, the
// handoff (redacting its card), the session's pushes and the session;
// the response starts a fresh session.
func TestForgetEndsSession(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	c.state()
	c.act("start")
	rec := c.requestConsultant()
	old := c.session()

	resp := c.turnFull(web.TurnRequest{Text: ptr("forget me")})
	if !resp.Forgotten || len(resp.Replies) == 0 || !strings.Contains(plainText(resp.Replies[len(resp.Replies)-1].Text), "deleted everything") {
		t.Fatalf("forget: %+v", resp)
	}
	if c.session() == old {
		t.Fatal("the response did not start a new session")
	}
	if ps, err := h.pushes.Read(t.Context(), old, "", 10, 0); err != nil || len(ps) != 0 {
		t.Errorf("the old session's pushes: %+v, %v", ps, err)
	}
	if ok, err := h.sessions.Touch(t.Context(), old, time.Hour); ok || err != nil {
		t.Errorf("the old session is still live (%v, %v)", ok, err)
	}
	if _, err := h.hstore.Get(t.Context(), rec.ID); !errors.Is(err, handoff.ErrNotFound) {
		t.Errorf("handoff after forget: %v", err)
	}
	if card := h.card(rec.Card); !card.Redacted {
		t.Errorf("card not redacted: %+v", card)
	}
	if st, err := h.eng.Status(t.Context(), web.Key(old)); err != nil || st.InProgress {
		t.Errorf("the old conversation: %+v, %v", st, err)
	}
	st := c.state()
	if len(st.Replies) != 1 || len(st.Pushes) != 0 || !strings.Contains(plainText(st.Replies[0].Text), "I'm Consulting Springfield's assistant") {
		t.Errorf("the page after forget: %+v", st)
	}
}

// TestNoConsultantsConnected: without a desk the chat offers no
// consultant button and says plainly that consultants can't be reached.
func TestNoConsultantsConnected(t *testing.T) {
	h := newHarness(t, harnessOpts{deps: func(d *web.Deps) { d.Handoffs = nil }})
	c := h.client()
	hasConsult := func(r web.Reply) bool {
		for _, a := range r.Actions {
			if a.ID == string(conversation.ActionConsult) {
				return true
			}
		}
		return false
	}
	if n := countReplies(c.state().Replies, hasConsult); n != 0 {
		t.Error("the welcome offers a consultant")
	}
	rs := c.say("can I talk to a human?")
	if countReplies(rs, func(r web.Reply) bool { return r.Handoff }) != 0 {
		t.Error("the contact form was offered")
	}
	all := ""
	for _, r := range rs {
		all += plainText(r.Text) + plainText(r.Notice)
	}
	if !strings.Contains(all, "aren't connected") || strings.Contains(all, "Happy to put you in touch") || strings.Count(all, "aren't connected") != 1 {
		t.Errorf("replies say %q; want once that consultants are not connected, and no promise", all)
	}
	q := question(c.act("start"))
	for q != nil {
		rs = c.choose(q, 0)
		q = question(rs)
	}
	if n := countReplies(rs, hasConsult); n != 0 {
		t.Error("the recommendation offers a consultant")
	}
}

// card returns the desk's card ref.
func (h *harness) card(ref handoff.CardRef) handoff.MemCard {
	h.t.Helper()
	c, ok := h.desk.Card(ref)
	if !ok {
		h.t.Fatalf("no card %v", ref)
	}
	return c
}

// turnFull posts a turn and returns the whole response.
func (c *client) turnFull(req web.TurnRequest) web.TurnResponse {
	c.t.Helper()
	return decode[web.TurnResponse](c.t, c.do("POST", web.PathTurn, req, nil), http.StatusOK)
}

func ptr[T any](v T) *T { return &v }
