package conversation_test

import (
	"context"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation"
)

// afterReply sends msgs in turn on a fresh conversation with the real
// knowledge base and returns the replies to the last one.
func afterReply(t *testing.T, msgs ...string) []conversation.Reply {
	t.Helper()
	e := realEngine(t)
	ctx := context.Background()
	var rs []conversation.Reply
	for _, m := range msgs {
		in := conversation.Text(m)
		if m == "/start" {
			in = conversation.Cmd(conversation.CommandStart)
		}
		rs = e.Handle(ctx, key, in)
	}
	return rs
}

// answeredTo is the option label the replies record, "" if none.
func answeredTo(rs []conversation.Reply) string {
	for _, r := range rs {
		if r.Answered != nil {
			return r.Answered.Answer
		}
	}
	return ""
}

func replyText(rs []conversation.Reply) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text + "\n")
	}
	return b.String()
}

// Right after the bot lists what it noted from a description, the owner
// often confirms the list. A confirmation must not answer the question
// asked next; an answer to that question still must.
func TestConfirmingNotedAnswers(t *testing.T) {
	const (
		// Fills size and stage: the next question asks how much the
		// business relies on IT.
		bakery = "we're a family bakery, 14 of us, been going since 1988"
		// Fills size, stage and reliance: the next asks whether the
		// systems need work.
		agency = "30 people, steady since 1995, we rely completely on our booking system"
	)
	cases := []struct {
		describe, reply string
		want            string // the option recorded, "" for none
		text            string // in the reply, if set
	}{
		{bakery, "yes that's right", "", "Good."},
		{bakery, "ok", "", "Good."},
		{bakery, "yep, all correct", "", "Good."},
		{bakery, "great thanks", "", "You're welcome."},
		{bakery, "yes", "", "Good."}, // no answer to "how much"
		{bakery, "sounds good", "", "Good."},
		{bakery, "no", "A little: basic tools", ""},
		{bakery, "2", "Quite a lot", ""},
		{bakery, "completely, we can't bake without the ovens' software", "Completely: IT is critical", ""},
		{agency, "that's right", "", "Good."},
		{agency, "correct", "", "Good."},
		{agency, "fine", "No, they run well", ""}, // an answer to "need work?"
		{agency, "yes", "Yes: slow, patchy or insecure", ""},
		{agency, "they're ok, a bit slow", "Some pain points", ""},
	}
	for _, c := range cases {
		t.Run(c.reply, func(t *testing.T) {
			rs := afterReply(t, "/start", c.describe, c.reply)
			if got := answeredTo(rs); got != c.want {
				t.Errorf("after %q, %q recorded %q, want %q", c.describe, c.reply, got, c.want)
			}
			if c.text != "" && !strings.Contains(replyText(rs), c.text) {
				t.Errorf("after %q, %q replied %q, want %q in it", c.describe, c.reply, replyText(rs), c.text)
			}
			if rs[len(rs)-1].Question == nil {
				t.Errorf("%q: the assessment asks no question next: %+v", c.reply, rs)
			}
		})
	}
}

// Away from a list of noted answers, an acknowledgement answers nothing:
// the question comes again, with no "start the assessment" from the
// knowledge base; a bare yes to a question of how much offers the upper
// two options; to a yes-or-no question it is the yes.
func TestAcknowledgementsAndBareYes(t *testing.T) {
	cases := []struct {
		msgs      []string
		want      string // the option recorded, "" for none
		offered   int    // options offered next when nothing was recorded
		text, not string // in the reply, and never in it
	}{
		{[]string{"/start", "2", "3", "ok"}, "", 3, "", "start the assessment"},
		{[]string{"/start", "2", "3", "thanks"}, "", 3, "You're welcome.", "start the assessment"},
		{[]string{"/start", "2", "3", "yes"}, "", 2, "", ""},
		{[]string{"/start", "2", "3", "yeah sure"}, "", 2, "", ""},
		{[]string{"/start", "2", "3", "yes, completely"}, "Completely: IT is critical", 0, "", ""},
		{[]string{"/start", "2", "3", "1", "1", "1", "yes"}, "", 2, "", ""},
		{[]string{"/start", "2", "3", "1", "1", "1", "yes, it keeps me up at night"}, "A lot: a breach would hurt us", 0, "", ""},
		{[]string{"/start", "2", "3", "1", "1", "1", "1", "yes"}, "Yes, core to our business", 0, "", ""},
	}
	for _, c := range cases {
		last := c.msgs[len(c.msgs)-1]
		t.Run(strings.Join(c.msgs[1:], "/"), func(t *testing.T) {
			rs := afterReply(t, c.msgs...)
			if got := answeredTo(rs); got != c.want {
				t.Fatalf("%q recorded %q, want %q", last, got, c.want)
			}
			if c.want == "" {
				q := rs[len(rs)-1].Question
				if q == nil || len(q.Options) != c.offered {
					t.Errorf("%q: want the question again with %d options, got %+v", last, c.offered, rs)
				}
			}
			if c.text != "" && !strings.Contains(replyText(rs), c.text) {
				t.Errorf("%q replied %q, want %q in it", last, replyText(rs), c.text)
			}
			if c.not != "" && strings.Contains(replyText(rs), c.not) {
				t.Errorf("%q replied %q, want no %q", last, replyText(rs), c.not)
			}
		})
	}
}
