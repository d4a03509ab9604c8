package conversation

import "testing"

// TestEverydayWordsNoTypos checks that everyday chat words one letter
// from a key ("sorry" and "worry") are not read as typos of it: an owner
// apologising or called away has not answered, by the rules or the
// blend, while the key word itself and its real typos still read.
func TestEverydayWordsNoTypos(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		{qSecurity, "sorry, a delivery lorry just pulled up, one minute", ""},
		{qSecurity, "sorry, in a hurry today", ""},
		{qSecurity, "sorry", ""},
		// The key word and a typo of it still read.
		{qSecurity, "it's a big wory for us", "high"},
		{qSecurity, "it's a big worry for us", "high"},
		{qSize, "we are 30 people", "s"},
	}
	for _, tt := range tests {
		q := &questions[questionIndex(tt.q)]
		for name, m := range map[string]answerMatch{
			"rules": matchAnswer(q, tt.text, nil),
			"blend": readAnswer(q, tt.text, nil),
		} {
			if m.value != tt.want {
				t.Errorf("%s %s %q = %q %v, want %q", name, tt.q, tt.text, m.value, m.candidates, tt.want)
			}
		}
	}
}
