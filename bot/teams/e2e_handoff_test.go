package teams_test

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation/handoff"
)

// isForm: the inline contact form, not yet sent.
func isForm(m message) bool {
	bs := m.Card.Buttons()
	return !m.Replaced && len(bs) > 0 && bs[0].Verb == teams.VerbContactSubmit
}

// waitHandoff waits until u's handoff is stored with its card posted
// (on the in-memory desk: it polls).
func (w *world) waitHandoff(u teamstest.Account) handoff.Handoff {
	w.t.Helper()
	for {
		if rec, err := w.hoStore.Active(w.ctx, keyOf(u)); err == nil && !rec.Card.IsZero() {
			return rec
		}
		select {
		case <-time.After(10 * time.Millisecond):
		case <-w.ctx.Done():
			w.t.Fatalf("no handoff with a card for %s", u.Name)
		}
	}
}

// TestE2EContactForm: asking for a consultant shows the inline form; a
// submission with errors is answered with the form again, the values kept
// and each error under its field; a good one opens the handoff, replaces
// the form and confirms in the chat.
func TestE2EContactForm(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "consult"))
	v := w.wait("the contact form", personal, func(v []message) bool { return count(v, isForm) == 1 })
	var form message
	for _, m := range v {
		if isForm(m) {
			form = m
		}
	}
	send := button(t, form, teams.VerbContactSubmit)

	ans := w.click(r, ann, form.Posted, send, map[string]any{handoff.FieldName: "", handoff.FieldEmail: "ann@", handoff.FieldCompany: "Acme *Ltd*"})
	again, err := ans.Card()
	if err != nil {
		t.Fatal(err)
	}
	text := again.Text()
	for _, want := range []string{"Please check the fields", "Please tell us your name.", "email"} {
		if !strings.Contains(text, want) {
			t.Errorf("the form again lacks %q:\n%s", want, text)
		}
	}
	if v, ok := again.Input(handoff.FieldCompany); v != "Acme *Ltd*" {
		t.Errorf("company kept as %q (input there: %v)", v, ok)
	}
	if _, err := w.hoStore.Active(w.ctx, keyOf(ann)); err == nil {
		t.Fatal("a handoff was opened from a form with errors")
	}

	good := map[string]any{handoff.FieldName: "Ann <b>Admin</b>", handoff.FieldEmail: "ann@acme.example", handoff.FieldCompany: "Acme", handoff.FieldSize: "11-50"}
	sent, err := w.click(r, ann, form.Posted, send, good).Card()
	if err != nil || !strings.Contains(sent.Text(), handoff.FormSent) {
		t.Fatalf("a good submission answered %v, %v", sent, err)
	}
	rec := w.waitHandoff(ann)
	if rec.Contact.Name != "Ann <b>Admin</b>" || rec.Contact.Email != "ann@acme.example" || rec.Contact.Size != "11-50" || rec.Skipped {
		t.Errorf("stored contact %+v", rec.Contact)
	}
	w.wait("the confirmation", personal, func(v []message) bool { return count(v, containing("passed your request on")) == 1 })
	if card, ok := w.desk.Card(rec.Card); !ok || !strings.Contains(card.Text.Who, "Acme") {
		t.Errorf("desk card %+v", card)
	}
}

// TestE2EHandoffRelay: a claimed handoff relays ann's messages to the
// card's thread (the bot stays quiet) and the consultant's to ann's
// personal chat, escaped and named; status and end work as typed words.
func TestE2EHandoffRelay(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "can I talk to a human?"))
	form := w.wait("the contact form", personal, func(v []message) bool { return count(v, isForm) == 1 })
	for _, m := range form {
		if isForm(m) {
			w.click(r, ann, m.Posted, button(t, m, teams.VerbContactSkip), nil)
		}
	}
	rec := w.waitHandoff(ann)
	if msg := r.svc.Claim(w.ctx, rec.ID, consultant); msg != nil {
		t.Fatalf("claim refused: %s", msg(handoff.Style{}))
	}
	v := w.wait("the claim told", personal, func(v []message) bool { return count(v, containing("will help you")) == 1 })
	claimed := v[len(v)-1]
	if !strings.Contains(claimed.Card.Text(), `Carla \*Consultant\* from Consulting Springfield`) || !strings.Contains(claimed.Card.Text(), "**end**") {
		t.Errorf("claim told as %q: want the consultant's name escaped and the end command", claimed.Card.Text())
	}

	before := len(w.view(personal))
	w.deliver(r, w.bf.Message(ann, "We are 50 people <at>all</at>"))
	w.wait("the relay in the card's thread", personal, func([]message) bool {
		card, _ := w.desk.Card(rec.Card)
		return len(card.Thread) > 0 && strings.Contains(card.Thread[len(card.Thread)-1], "We are 50 people")
	})
	r.svc.RelayFromConsultant(w.ctx, rec.Card, consultant, "Hi! See https://springfield.example/cio and **this**")
	v = w.wait("the consultant's message", personal, func(v []message) bool { return count(v, containing("springfield.example")) == 1 })
	got := v[len(v)-1].Card.Text()
	if !strings.Contains(got, `https:`+"\u200b"+`//springfield.example/cio and \*\*this\*\*`) || !strings.Contains(got, "Carla") {
		t.Errorf("consultant's message shown as %q: want it named and escaped (no live link, no bold)", got)
	}
	if n := len(v); n != before+1 {
		t.Errorf("%d new messages after ann wrote and the consultant answered, want 1 (the bot stays quiet)", n-before)
	}

	w.deliver(r, w.bf.Message(ann, "status"))
	w.wait("the status with the consultant", personal, func(v []message) bool { return count(v, containing("talking with Carla")) == 1 })
	w.deliver(r, w.bf.Message(ann, "end"))
	w.wait("the end told", personal, func(v []message) bool { return count(v, containing("You ended the conversation")) == 1 })
	if got, err := w.hoStore.Get(w.ctx, rec.ID); err != nil || got.State != handoff.StateClosed {
		t.Errorf("handoff after end: %+v, %v", got, err)
	}
}

// TestE2EConsultFromChannel: asking for a consultant in a channel sends
// the form to the personal chat, opened for a user who never wrote there,
// and says so in the thread; a notice goes there too, not to the thread.
func TestE2EConsultFromChannel(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	bob := teamstest.User("bob")
	channel := teamstest.ChannelConversation("general")
	post := w.bf.ChannelMention(bob, channel, "can I talk to a consultant?")
	w.deliver(r, post)
	thread := teamstest.ThreadConversation(channel, post.ID)
	personal := teamstest.PersonalConversation(bob)
	w.wait("the form in the personal chat", personal, func(v []message) bool { return count(v, isForm) == 1 })
	w.wait("the note in the thread", thread, func(v []message) bool { return count(v, containing("personal chat")) == 1 })
	if n := count(w.view(thread), isForm); n != 0 {
		t.Errorf("%d forms in the thread, want none", n)
	}
	if n := len(w.bf.Calls(teamstest.OpCreate)); n != 1 {
		t.Errorf("%d personal chats created, want 1", n)
	}

	w.deliver(r, w.bf.ThreadReply(bob, channel, post.ID, "cancel"))
	w.wait("the notice in the personal chat", personal, func(v []message) bool { return count(v, containing("no assessment in progress")) == 1 })
	if n := count(w.view(thread), containing("no assessment in progress")); n != 0 {
		t.Errorf("the notice was shown in the thread too")
	}
	refs, err := w.refs.Load(w.ctx, keyOf(bob))
	if err != nil || refs.Personal == nil || refs.Personal.ConversationID != personal || !refs.Personal.Validated {
		t.Errorf("bob's stored personal reference: %+v, %v", refs.Personal, err)
	}
}

// TestE2ENoDesk: without a consultants' desk a request for a consultant
// is answered plainly, and so is "end".
func TestE2ENoDesk(t *testing.T) {
	w := newWorld(t)
	w.noDesk = true
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "consult"))
	w.wait("the answer", personal, func(v []message) bool { return count(v, containing("no consultants' desk")) == 1 })
	w.deliver(r, w.bf.Message(ann, "end"))
	w.wait("the answer to end", personal, func(v []message) bool { return count(v, containing(handoff.TextNoneOpen)) == 1 })
	if n := count(w.view(personal), isForm); n != 0 {
		t.Errorf("%d contact forms without a desk", n)
	}
}

// TestE2EInstallAndRemove: an install greets once however many updates
// announce it; removing the bot forgets the references it made useless.
func TestE2EInstallAndRemove(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	joined := w.bf.Installed(ann)
	joined.Type, joined.Action, joined.MembersAdded = "conversationUpdate", "", []teamstest.Account{teamstest.Bot()}
	w.deliver(r, w.bf.Installed(ann))
	w.deliver(r, joined)
	channel := teamstest.ChannelConversation("general")
	w.deliver(r, w.bf.BotAdded(ann, channel, "channel"))
	w.deliver(r, w.bf.BotAdded(ann, channel, "channel"))
	w.wait("the welcome in the channel", channel, func(v []message) bool { return len(v) == 1 })
	w.wait("the greeting", personal, func(v []message) bool { return len(v) == 1 })
	if err := r.stop(); err != nil { // drained
		t.Fatal(err)
	}
	if n, m := len(w.view(personal)), len(w.view(channel)); n != 1 || m != 1 {
		t.Errorf("%d greetings in the personal chat and %d in the channel, want 1 each", n, m)
	}
	if refs, _ := w.refs.Load(w.ctx, keyOf(ann)); refs.Personal == nil || refs.Elsewhere == nil {
		t.Fatalf("references after the installs: %+v", refs)
	}

	r = w.start()
	removed := w.bf.BotAdded(ann, channel, "channel")
	removed.MembersAdded, removed.MembersRemoved = nil, []teamstest.Account{teamstest.Bot()}
	w.deliver(r, removed)
	w.deliver(r, w.bf.Uninstalled(ann))
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if refs, _ := w.refs.Load(w.ctx, keyOf(ann)); refs.Personal != nil || refs.Elsewhere != nil {
		t.Errorf("references after removal and uninstall: %+v", refs)
	}
}

// TestE2EForgetDeletesReferences: "forget me" deletes the stored
// references with everything else, and still confirms.
func TestE2EForgetDeletesReferences(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "What does a CIO do?"))
	w.wait("the answer", personal, func(v []message) bool { return len(v) == 1 })
	w.deliver(r, w.bf.Message(ann, "forget me"))
	w.wait("the confirmation", personal, func(v []message) bool { return count(v, containing("deleted everything")) == 1 })
	if refs, err := w.refs.Load(w.ctx, keyOf(ann)); err != nil || refs.Personal != nil || refs.Elsewhere != nil {
		t.Errorf("references after forget: %+v, %v", refs, err)
	}
}
