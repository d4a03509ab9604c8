package conversation_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation"
)

// TestRound28cTopicLabels: a description that heads a point with its
// topic and a question mark ("Security? a big worry since the phishing
// email") is no question back: the topic is a label, what follows
// answers it, and what came before it still counts. 6 of 6 failed first
// (4 asked the size again and noted nothing, 2 lost the headcount
// before the label). A description fills no security or budget answer
// from "not much of a worry" or "tight" alone (see describes): for those
// two only the headcount is checked.
func TestRound28cTopicLabels(t *testing.T) {
	tests := []struct {
		text   string
		size   string   // the size question's answer
		filled []string // other questions filled, among them (nil: not checked)
	}{
		{"We are a roofing company, about 32 people. Security? a big worry since the phishing thing last month.", "11–50 people", []string{"security"}},
		{"Family hotel, 45 staff, been here since 1978. Data? all over the place, three booking systems that never agree.", "11–50 people", []string{"stage", "data"}},
		{"Around 200 employees across four plants. Competitors? way ahead of us on automation.", "51–250 people", []string{"competitors"}},
		{"A bakery with 8 staff. Security? not much of a worry, nobody hacks a bakery.", "1–10 people", nil},
		{"Software house, 60 developers. Products? our own platform, it's all we sell.", "51–250 people", []string{"products"}},
		{"We're 300 people in logistics. Budget? tight, honestly, but not impossible.", "More than 250 people", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			e, _ := newEngine(t)
			start(t, e)
			rs := handle(t, e, conversation.Text(tt.text))
			if got := answeredSize(rs); got != tt.size {
				t.Errorf("size answered %q, want %q (replies %+v)", got, tt.size, rs)
			}
			if len(tt.filled) == 0 {
				return
			}
			n := noted(rs)
			if n == nil {
				t.Fatalf("nothing noted, want %v: %+v", tt.filled, rs)
			}
			for _, id := range tt.filled {
				if !slices.Contains(changeActions(n), id) {
					t.Errorf("%s not noted (noted %v, text %q)", id, changeActions(n), n.Text)
				}
			}
		})
	}
}

// TestRound28cTopicLabelsKept: a real question after a description is
// still a question, and a label that opens the answer to its own
// question is read as before.
func TestRound28cTopicLabelsKept(t *testing.T) {
	e, _ := newEngine(t)
	start(t, e)
	rs := handle(t, e, conversation.Text("We're 30 people. Do we need a CIO or a CTO?"))
	if rs[0].Answered != nil {
		t.Errorf("a question after the headcount answered %+v, want it answered as a question", rs[0].Answered)
	}
}

// TestRound28cTopicLabelsOpenChat: the same description typed before
// any assessment starts one with the headcount and the labelled point.
// It failed first (the size was asked, the headcount lost).
func TestRound28cTopicLabelsOpenChat(t *testing.T) {
	e, _ := newEngine(t)
	rs := handle(t, e, conversation.Text("Family hotel, 45 staff, been here since 1978. Data? all over the place, three booking systems that never agree."))
	n := noted(rs)
	if n == nil || strings.Join(changeActions(n), " ") != "size stage data" {
		t.Fatalf("replies = %+v, want size, stage and data noted", rs)
	}
}

// TestRound28cDescriptionAsksBack: a description with a question back
// in it ("... money for a full-time IT boss? you're joking") is read
// whole, not as the words after its last question mark, and the
// question's own words fill nothing: "money for a full-time IT boss"
// does not say the money is there. 2 of 4 failed first (1 asked the
// size again and noted nothing; 1, in open chat, noted a budget of yes).
func TestRound28cDescriptionAsksBack(t *testing.T) {
	tests := []struct {
		opened bool // typed after "start"; else in open chat
		text   string
		size   string
		filled []string // among the notes
		never  string   // a note that must not be made
	}{
		{true, "we're a family-run garage, 6 of us, me, my two sons and three mechanics. been going since 1985. the booking is on a diary and the parts on a laptop. security? nobody's going to hack a garage. we don't make software, we fix cars. money for a full time IT boss? you're joking",
			"1–10 people", []string{"security", "products"}, "Budget: Yes"},
		{false, "family-run garage, 6 of us. been going since 1985. bookings in a diary, parts on a laptop. we don't make software, we fix cars. money for a full time IT boss? you're joking",
			"1–10 people", []string{"products"}, "Budget: Yes"},
		{true, "We're a dental practice, 12 of us, open since 2001. Could we fund a full-time CIO? Not a chance. Patient records are confidential and a breach would finish us.",
			"11–50 people", []string{"security"}, "Budget: Yes"},
		{false, "Bakery chain, 80 people, we opened our 6th shop this year. Fund a full-time tech executive? with bread margins? Our tills and stock system are ancient and keep crashing.",
			"51–250 people", []string{"systems"}, "Budget: Yes"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			e, _ := newEngine(t)
			if tt.opened {
				start(t, e)
			}
			rs := handle(t, e, conversation.Text(tt.text))
			var notes []string
			for _, r := range rs {
				if r.Answered != nil && r.Answered.QuestionID == "size" && r.Answered.Answer != tt.size {
					t.Errorf("size answered %q, want %q", r.Answered.Answer, tt.size)
				}
				notes = append(notes, r.Text)
			}
			n := noted(rs)
			if n == nil {
				t.Fatalf("nothing noted: %+v", rs)
			}
			ids := changeActions(n)
			for _, id := range append([]string{"size"}, tt.filled...) {
				if id == "size" && tt.opened {
					continue // answered, not noted
				}
				if !slices.Contains(ids, id) {
					t.Errorf("%s not noted (noted %v)", id, ids)
				}
			}
			if all := strings.Join(notes, "\n"); strings.Contains(all, tt.never) {
				t.Errorf("noted %q: %s", tt.never, all)
			}
		})
	}
}
