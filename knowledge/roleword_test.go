package knowledge

import "testing"

func TestRoleSlips(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ in, want string }{
		{"ctoo", "cto"}, // a letter doubled
		{"cioo", "cio"},
		{"ct0", "cto"}, // a look-alike
		{"c1o", "cio"},
		{"tco", "cto"}, // the first two swapped
		{"coi", "cio"}, // the last two swapped
		{"cti", "cto"}, // a key beside
		{"cip", "cio"},
		{"vctoo", "vcto"},
		{"ctos", ""}, // known: not a slip
		{"cdo", ""},  // another chief, one edit from both roles
		{"cia", ""},  // "a" is nowhere near "o"
		{"ciao", ""}, // a greeting, not "cio" with an "a" struck
		{"ct", ""},   // too short to say
		{"c", ""},
		{"cxo", ""},
		{"ceo", ""},
		{"octo", ""}, // a letter added before the first
		{"ctoooo", ""},
		{"ctö", ""},
		{"tehc", "tech"}, // inside a title only: see TestRoleSlipsInQuestions
		{"ifno", "info"},
	}
	for _, tt := range tests {
		if got, _ := b.an.roles.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRoleSlipsInQuestions checks that a slipped title reaches the answer
// and that the answer says what it read.
func TestRoleSlipsInQuestions(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ q, want, subject string }{
		{"wat is a ctoo", "what-is-cto", "cto"},
		{"what does the c1o do", "what-is-cio", "cio"},
		{"whos responsibel for data, cio or ctoo", "responsibilities", "cio+cto"},
		{"what does the cia do", "decline", ""},
		{"what does a chief tehc officer do", "what-is-cto", "cto"},
		{"what is a chief ifno officer", "what-is-cio", "cio"},
	}
	for _, tt := range tests {
		r := b.Search(tt.q)
		if got := outcome(r); got != tt.want || string(r.Why.Subject) != tt.subject {
			t.Errorf("%q: got %s (why %s), want %s about %s", tt.q, got, r.Why, tt.want, tt.subject)
		}
	}
}

// TestRoleSlipInPhrase checks that a short word of a longer title is read
// as its slip only where it makes the title.
func TestRoleSlipInPhrase(t *testing.T) {
	b := mustNew(t)
	tests := []struct {
		toks []string
		i    int
		want string
	}{
		{[]string{"chief", "tehc", "officer"}, 1, "tech"},
		{[]string{"tehc", "please"}, 0, ""},
		{[]string{"ifno", "officer"}, 0, "info"},
		{[]string{"ifno", "please"}, 0, ""},
		{[]string{"a", "ctoo"}, 1, "cto"},
	}
	for _, tt := range tests {
		if got := b.an.roleSlip(tt.toks, tt.i); got != tt.want {
			t.Errorf("roleSlip(%q, %d) = %q, want %q", tt.toks, tt.i, got, tt.want)
		}
	}
}
