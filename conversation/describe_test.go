package conversation_test

import (
	"context"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation"
)

// noted returns the reply listing what a description answered, or nil.
func noted(rs []conversation.Reply) *conversation.Reply {
	for i := range rs {
		if strings.Contains(rs[i].Text, "noted") {
			return &rs[i]
		}
	}
	return nil
}

// answeredSize is the size answer the first reply took, or "".
func answeredSize(rs []conversation.Reply) string {
	if rs[0].Answered != nil && rs[0].Answered.QuestionID == "size" {
		return rs[0].Answered.Answer
	}
	return ""
}

func changeActions(r *conversation.Reply) []string {
	var ids []string
	for _, a := range r.Actions {
		if id, ok := strings.CutPrefix(string(a.ID), conversation.ActionChange); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// TestDescriptionFirst describes the company at the first question: the
// engine fills what the description answers, lists it with a button to
// change each, and asks only the rest.
func TestDescriptionFirst(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		answered string   // the first question's answer, "" for none
		filled   []string // other questions filled, in order
		next     string   // the question asked next; "" for a recommendation
		want     conversation.RecommendationKind
	}{
		{
			name: "nothing to fill",
			text: "Hello, I'd like some advice about technology for my company",
			next: "size",
		},
		{
			name:     "some",
			text:     "We're a 40-person logistics firm, growing fast, and our data is a mess.",
			answered: "11–50 people",
			filled:   []string{"stage", "data"},
			next:     "ops",
		},
		{
			name:   "some, not the pending question",
			text:   "We've been trading since 1987 and ransomware worries me a lot.",
			filled: []string{"stage", "security"},
			next:   "size",
		},
		{
			name: "all ten",
			text: "We're a 120-person logistics company, established in 1990. Everything runs on our systems and we can't work without them. " +
				"Our systems are ancient and slow, our data is a mess, and ransomware keeps me up at night. " +
				"We don't build software, we just use it. Innovation is not a priority for us. " +
				"Our competitors are way ahead of us. A full-time executive would be tight on our budget.",
			answered: "51–250 people",
			filled:   []string{"stage", "ops", "systems", "data", "security", "products", "innovation", "competitors", "budget"},
			want:     conversation.RecommendVirtualCIO,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _ := newEngine(t)
			start(t, e)
			rs := handle(t, e, conversation.Text(tt.text))
			if got := answeredSize(rs); got != tt.answered {
				t.Errorf("first question answered %q, want %q (replies %+v)", got, tt.answered, rs)
			}
			n := noted(rs)
			switch {
			case len(tt.filled) == 0 && n != nil:
				t.Errorf("noted %q, want nothing", n.Text)
			case len(tt.filled) > 0 && n == nil:
				t.Fatalf("nothing noted, want %v: %+v", tt.filled, rs)
			case len(tt.filled) > 0 && strings.Join(changeActions(n), " ") != strings.Join(tt.filled, " "):
				t.Errorf("change buttons for %v, want %v (text %q)", changeActions(n), tt.filled, n.Text)
			}
			last := rs[len(rs)-1]
			if tt.next == "" {
				if last.Recommendation == nil || last.Recommendation.Kind != tt.want {
					t.Fatalf("last reply %+v, want a %s recommendation", last, tt.want)
				}
				return
			}
			q := lastQuestion(t, rs)
			answered := len(tt.filled)
			if tt.answered != "" {
				answered++
			}
			if q.ID != tt.next || q.Step != answered+1 {
				t.Errorf("asked %s as step %d, want %s as step %d", q.ID, q.Step, tt.next, answered+1)
			}
			if st := status(t, e); len(st.Answers) != answered {
				t.Errorf("status has %d answers, want %d", len(st.Answers), answered)
			}
		})
	}
}

// TestDescriptionStartsAssessment: an owner who opens by describing the
// company starts the assessment with what the description answers.
func TestDescriptionStartsAssessment(t *testing.T) {
	e, _ := newEngine(t)
	rs := handle(t, e, conversation.Text("We're 8 people building a SaaS app for dentists, and our data is fine"))
	started := 0
	for _, r := range rs {
		if r.Started {
			started++
		}
	}
	n := noted(rs)
	if started != 1 || n == nil || strings.Join(changeActions(n), " ") != "size data products" {
		t.Fatalf("replies = %+v, want one Started reply noting size, data and products", rs)
	}
	if q := lastQuestion(t, rs); q.ID != "stage" || q.Step != 4 {
		t.Errorf("asked %s step %d, want stage step 4", q.ID, q.Step)
	}
	// A question with a description is answered, not taken for one.
	e, _ = newEngine(t)
	rs = handle(t, e, conversation.Text("what is a CIO?"))
	if rs[0].ArticleID != "what-is-cio" || status(t, e).InProgress {
		t.Errorf("knowledge question = %+v, want the article and no assessment", rs)
	}
}

// TestCorrectMisunderstoodSlot corrects an answer the description filled,
// by button and by typing, during the assessment and after it.
func TestCorrectMisunderstoodSlot(t *testing.T) {
	e, _ := newEngine(t)
	q := start(t, e)
	rs := handle(t, e, conversation.Text("We're a team of 5 and growing like crazy, our systems are fine"))
	if n := noted(rs); n == nil || strings.Join(changeActions(n), " ") != "stage systems" {
		t.Fatalf("replies = %+v, want stage and systems noted", rs)
	}
	// The owner meant a steady business: press "Change stage".
	rs = handle(t, e, conversation.Cmd(conversation.Command(conversation.ActionChange+"stage")))
	if !strings.Contains(rs[0].Text, "Growing fast") || lastQuestion(t, rs).ID != "stage" {
		t.Fatalf("change = %+v, want the old answer named and stage asked", rs)
	}
	q = lastQuestion(t, rs)
	rs = handle(t, e, conversation.Text("no, we're established, 30 years"))
	if rs[0].Answered == nil || rs[0].Answered.Answer != "Established and steady" {
		t.Fatalf("corrected answer = %+v", rs)
	}
	if q = lastQuestion(t, rs); q.ID != "ops" {
		t.Errorf("after the correction asked %s, want ops (the first unanswered)", q.ID)
	}
	// Typed: "change the size".
	rs = handle(t, e, conversation.Text("change the size"))
	if lastQuestion(t, rs).ID != "size" {
		t.Fatalf("typed change = %+v, want size asked", rs)
	}
	handle(t, e, conversation.Text("about 60 people"))
	st := status(t, e)
	got := map[string]string{}
	for _, qa := range st.Answers {
		got[qa.QuestionID] = qa.Answer
	}
	if got["size"] != "51–250 people" || got["stage"] != "Established and steady" || got["systems"] != "No, they run well" || st.Pending.ID != "ops" {
		t.Errorf("status answers %v pending %s, want the corrections kept and ops pending", got, st.Pending.ID)
	}
	// Finish, then change the budget: the assessment reopens with the
	// other answers and finishes again.
	q = st.Pending
	for _, v := range []string{"high", "pain", "yes", "high", "no", "no", "no", "yes"} {
		rs = handle(t, e, conversation.Choice(q.Round, q.ID, v))
		if rs[len(rs)-1].Question != nil {
			q = rs[len(rs)-1].Question
		}
	}
	if rec := rs[len(rs)-1].Recommendation; rec == nil || rec.Kind != conversation.RecommendCIO {
		t.Fatalf("recommendation = %+v, want a CIO", rs[len(rs)-1])
	}
	rs = handle(t, e, conversation.Text("change my budget answer"))
	q = lastQuestion(t, rs)
	if q.ID != "budget" {
		t.Fatalf("change after finishing = %+v, want budget asked", rs)
	}
	rs = handle(t, e, conversation.Text("no, can't afford it"))
	if rec := rs[len(rs)-1].Recommendation; rec == nil || rec.Kind != conversation.RecommendVirtualCIO || len(rec.Answers) != 10 {
		t.Fatalf("after the change = %+v, want a virtual CIO on ten answers", rs[len(rs)-1])
	}
}

// TestNotSureWhichAsksBetweenTwo: an answer between two options is asked
// again with those two only; a number then counts among them.
func TestNotSureWhichAsksBetweenTwo(t *testing.T) {
	e, _ := newEngine(t)
	q := start(t, e)
	for q.ID != "competitors" {
		q = lastQuestion(t, handle(t, e, conversation.Choice(q.Round, q.ID, q.Options[0].Value)))
	}
	rs := handle(t, e, conversation.Text("yes, we're ahead"))
	nq := lastQuestion(t, rs)
	if rs[0].Answered != nil || nq.ID != "competitors" || len(nq.Options) != 2 || !strings.Contains(nq.Prompt, "not sure which you meant") {
		t.Fatalf("replies = %+v, want the question again with two options", rs)
	}
	if st := status(t, e); len(st.Pending.Options) != 2 {
		t.Errorf("status pending = %+v, want the two options", st.Pending)
	}
	rs = handle(t, e, conversation.Text("2"))
	if rs[0].Answered == nil || rs[0].Answered.Answer != nq.Options[1].Label {
		t.Fatalf("typed 2 = %+v, want %q", rs, nq.Options[1].Label)
	}
	if q = lastQuestion(t, rs); q.ID != "budget" || len(q.Options) != 3 {
		t.Errorf("next = %+v, want budget with all its options", q)
	}
}

// TestStatementsAreAnswers: plain statements mid-assessment are answers,
// even where the knowledge base knows their words; real questions are
// answered from it.
func TestStatementsAreAnswers(t *testing.T) {
	e := realEngine(t)
	tests := []struct {
		q, text, want string
	}{
		{"budget", "can't afford an executive", "No, not now"},
		{"security", "biggest risk we have", "A lot: a breach would hurt us"},
		{"stage", "1998", "Established and steady"},
		{"size", "it's just the founders", "1–10 people"},
		{"data", "reporting is a nightmare", "Yes, it's a real problem"},
		{"ops", "we can't invoice without it", "Completely: IT is critical"},
		{"products", "no, we fix cars", "No"},
	}
	for i, tt := range tests {
		k := conversation.Key{Platform: "test", Team: "T", User: string(rune('a' + i))}
		rs, _ := answerAt(t, e, k, tt.q, tt.text)
		if rs[0].Answered == nil || rs[0].Answered.Answer != tt.want {
			t.Errorf("%s %q = %+v, want the answer %q", tt.q, tt.text, rs[0], tt.want)
		}
	}
	k := conversation.Key{Platform: "test", Team: "T", User: "question"}
	rs, q := answerAt(t, e, k, "security", "what does a CIO do about ransomware?")
	if rs[0].ArticleID == "" || lastQuestion(t, rs).ID != q.ID {
		t.Errorf("a real question = %+v, want an article and the question again", rs)
	}
	_ = context.Background
}
