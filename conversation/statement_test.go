package conversation_test

import (
	"fmt"
	"testing"

	"github.com/springfield/techleader/conversation"
)

// TestStatementNotAQuestion: mid-assessment, a statement the knowledge
// base happens to match is the owner answering (taken, or asked again),
// never answered with an article; a real question or a request still is.
func TestStatementNotAQuestion(t *testing.T) {
	tests := []struct {
		qid, text string
		article   bool
	}{
		{"data", "an absolute nightmare", false},
		{"budget", "not with the cost of living these days", false},
		{"innovation", "digital transformation is a buzzword to me", false},
		{"competitors", "the technology leaders in our trade are miles away", false},
		{"systems", "a technology executive would have a field day", false},
		{"security", "a breach would be the end of us", false},
		{"innovation", "emerging technologies are for bigger firms", false},
		{"products", "digital products are not our world", false},
		{"budget", "an executive salary is out of the question for us", false},
		{"ops", "the internal IT infrastructure is the backbone of the place", false},
		{"innovation", "what does a CTO do?", true},
		{"budget", "tell me what a virtual CIO costs", true},
	}
	e := realEngine(t)
	for i, tt := range tests {
		t.Run(tt.qid+"/"+tt.text, func(t *testing.T) {
			k := conversation.Key{Platform: "test", Team: "statement", User: fmt.Sprint(i)}
			rs, _ := answerAt(t, e, k, tt.qid, tt.text)
			got := false
			for _, r := range rs {
				got = got || r.ArticleID != ""
			}
			if got != tt.article {
				t.Errorf("%s %q answered with an article = %v, want %v", tt.qid, tt.text, got, tt.article)
			}
		})
	}
}
