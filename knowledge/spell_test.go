package knowledge

import (
	"slices"
	"testing"
)

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"should", "should", 2, 0},
		{"shuold", "should", 2, 1}, // transposition
		{"shoud", "should", 2, 1},  // deletion
		{"shoulld", "should", 2, 1},
		{"techology", "technology", 2, 1},
		{"cio", "cto", 2, 1},
		{"kitten", "sitting", 2, 3}, // stops early: max+1
		{"abc", "abcdefgh", 1, 2},
		{"", "ab", 2, 2},
		{"compeltely", "completely", 5, 1},
		{"definately", "definitely", 5, 1},
		{"kitten", "sitting", 5, 3},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

// TestTypoTolerance checks corrections against the real vocabulary.
func TestTypoTolerance(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ in, want string }{
		{"diffrence", "difference"},
		{"techology", "technology"},
		{"virtaul", "virtual"},
		{"shuold", "should"},
		{"responsibilites", "responsibilities"},
		{"infomation", "information"},
		{"cybersecurty", "cybersecurity"},
		{"fractinal", "fractional"},
		{"diffrnce", "difference"}, // two letters dropped
		{"invoices", ""},           // not two letters changed ("involves")
		{"ned", "need"},            // short typos are read as the few short domain words
		{"bth", "both"},
		{"tiem", "time"},
		{"stnd", "stand"},
		{"sale", ""},   // real short words are not
		{"hide", ""},   // ("hire")
		{"cook", ""},   // short words are not corrected: "cook" is not "book"
		{"cfo", ""},    // and "cfo" is never "cio"
		{"qwrtzp", ""}, // nothing close
	}
	for _, tt := range tests {
		if got := b.an.spell.correct(tt.in); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMisspelledQuestions(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ q, want string }{
		{"diffrence between cto and cio", "difference"},
		{"virtaul cto", "virtual"},
		{"what is a chief techology officer", "what-is-cto"},
		{"responsibilites of cio and cto", "responsibilities"},
		{"do we need bot a cio and cto", "both"},
		{"cybersecurty is a worry, who do we hire", "when-cio"},
	}
	for _, tt := range tests {
		if got := outcome(b.Search(tt.q)); got != tt.want {
			t.Errorf("Search(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
}

// TestOtherRoleAcronyms checks that other roles' acronyms are never read (or
// typo-corrected) as the CIO or CTO, and are declined on their own.
func TestOtherRoleAcronyms(t *testing.T) {
	b := mustNew(t)
	for _, w := range []string{"ciso", "cisos", "caio", "caios", "cdo", "cdos", "cpo", "cpos", "cso", "csos", "cfos", "coos", "ceos"} {
		for _, tm := range b.an.analyze(w, true) {
			if tm.text == conceptCIO || tm.text == conceptCTO {
				t.Errorf("analyze(%q) has %s", w, tm.text)
			}
		}
		if got := outcome(b.Search("what is a " + w)); got != "decline" {
			t.Errorf("Search(%q) = %s, want decline", "what is a "+w, got)
		}
	}
}

// TestDeletionHashes: the speller indexes each known word by the hashes
// of its deletions, made without the strings; a typo is looked up by the
// hash of the string. Both must agree, accents included.
func TestDeletionHashes(t *testing.T) {
	for _, w := range []string{"cost", "hire", "strategy", "coûte", "straße", "日本語です", "aab"} {
		var want, got []uint64
		for _, d := range deletions(w) {
			want = append(want, hashString(d))
		}
		deletionHashes(w, func(h uint64) { got = append(got, h) })
		if !slices.Equal(got, want) {
			t.Errorf("%q: deletion hashes %x, want %x", w, got, want)
		}
	}
	if hashString("cost") == hashString("cots") {
		t.Error("the hash does not see the order of letters")
	}
}
