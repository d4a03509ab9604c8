package knowledge

import (
	"strings"
	"testing"
)

func TestRespell(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ in, want string }{
		{"can we get a cto for a few hrs a wk", "can we get a cto for a few hours a week"},
		{"who should we higher first", "who should we hire first"},
		{"higher costs than a cio", "higher costs than a cio"},
		{"not sure weather we need a cto", "not sure whether we need a cto"},
		{"the weather today", "the weather today"},
		{"what is the roll of a cto", "what is the role of a cto"},
		{"roll out new products", "roll out new products"},
		{"wht dose a cio do", "what does a cio do"},
		{"a dose of reality", "a dose of reality"},
		{"wich 1 first", "which one first"},
		{"2 days a week", "2 days a week"},
		{"is it 2 soon", "is it too soon"},
		{"a few hours a weak", "a few hours a week"},
		{"idk what a cto is", "i dont know what a cto is"},
	}
	for _, tt := range tests {
		got := strings.Join(b.an.respell.apply(tokenize(tt.in)), " ")
		if got != tt.want {
			t.Errorf("respell %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseRespellErrors(t *testing.T) {
	for _, src := range []string{"hrs hours", "hrs >", "a b > c", "hrs > hours: around x", "hrs > hours: after"} {
		if _, err := parseRespell(src); err == nil {
			t.Errorf("parseRespell(%q): no error", src)
		}
	}
}
