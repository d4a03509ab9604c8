package conversation_test

import (
	"context"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation"
)

// TestDescriptionSummaryWords: what the bot says it understood from a
// description cites nothing the owner did not say (no "tight" budget, no
// "slow, patchy" systems for a server that dies weekly), and one answer
// noted is spoken of as one.
func TestDescriptionSummaryWords(t *testing.T) {
	tests := []struct {
		text    string
		want    []string
		mustNot []string
	}{
		{"We're a 70-person removals firm founded in 1994, the file server dies weekly, and a full-time IT director would need a board decision.",
			[]string{"Internal systems: Yes, they need work", "Budget: Maybe, it would depend"},
			[]string{"tight", "slow, patchy"}},
		{"A 200-bed care group since 1989, we hold medical records for every resident.",
			[]string{"Cybersecurity: A lot"},
			[]string{"a breach would hurt"}},
		{"Two of us, and we don't build any tech ourselves.",
			[]string{"If I got that wrong, press the button"},
			[]string{"one wrong"}},
	}
	e := realEngine(t)
	for i, tt := range tests {
		k := conversation.Key{Platform: "test", Team: "summary", User: string(rune('a' + i))}
		e.Handle(context.Background(), k, conversation.Cmd(conversation.CommandStart))
		rs := e.Handle(context.Background(), k, conversation.Text(tt.text))
		r := noted(rs)
		if r == nil {
			t.Errorf("%q: nothing noted: %+v", tt.text, rs)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(r.Text, w) {
				t.Errorf("%q: summary %q lacks %q", tt.text, r.Text, w)
			}
		}
		for _, w := range tt.mustNot {
			if strings.Contains(r.Text, w) {
				t.Errorf("%q: summary %q says %q", tt.text, r.Text, w)
			}
		}
	}
}
