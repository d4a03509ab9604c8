package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"CIO vs CTO??", []string{"cio", "vs", "cto"}},
		{"what's the CIO's job", []string{"whats", "the", "cios", "job"}},
		{"whta does a c.i.o. do", []string{"whta", "does", "a", "cio", "do"}},
		{"C.T.O", []string{"cto"}},
		{"who runs R&D", []string{"who", "runs", "rd"}},
		{"i.e. a cio", []string{"ie", "a", "cio"}},
		{"word.x stays apart", []string{"word", "x", "stays", "apart"}},
		{"I need a CTO", []string{"i", "need", "a", "cto"}},
		{"we’re 20 people!!!", []string{"were", "20", "people"}},
		{"  ", nil},
		{"<script>alert(1)</script>", []string{"script", "alert", "1", "script"}},
		{"Ça coûte CHER", []string{"ça", "coûte", "cher"}},
		{"bad \xff utf8", []string{"bad", "utf8"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := tokenize(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeBoundsLength(t *testing.T) {
	long := strings.Repeat("cio ", 10000)
	if n := len(tokenize(long)); n > maxQueryBytes/4+1 {
		t.Errorf("got %d tokens from a huge message, want at most %d", n, maxQueryBytes/4+1)
	}
}

// TestAnalyzeConcepts checks normalisation end to end: stemming, phrases
// mapped to concepts, stop words dropped.
func TestAnalyzeConcepts(t *testing.T) {
	b := mustNew(t)
	tests := []struct {
		in       string
		want     []string // terms that must be present
		wantNone []string // terms that must be absent
	}{
		{"Chief Information Officer", []string{"~cio"}, []string{"chief", "offic"}},
		{"who looks after the head of IT", []string{"~cio", "~owner"}, []string{"it"}},
		{"our servers never get patched", []string{"~itops", "~cioside"}, nil},
		{"hackers and ransomware", []string{"~security", "~cioside"}, nil},
		{"compliance", []string{"~security", "~cioside"}, nil},
		{"we want to ship a new app", []string{"~product", "~ctoside"}, nil},
		{"who runs R&D", []string{"~innovation", "~ctoside"}, nil},
		{"should we use AI", []string{"~innovation", "~ctoside"}, nil},
		{"both at the same time", []string{"~both"}, []string{"~diff"}},
		{"the cfo", []string{"~other"}, []string{"~cio", "~cto"}},
		{"is it the same as that", nil, []string{"it", "is", "the", "that"}},
		{"launching products", []string{"~product"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, x := range b.an.analyze(tt.in, true) {
				got = append(got, x.text)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("analyze(%q) = %q, missing %q", tt.in, got, w)
				}
			}
			for _, w := range tt.wantNone {
				if slices.Contains(got, w) {
					t.Errorf("analyze(%q) = %q, should not contain %q", tt.in, got, w)
				}
			}
		})
	}
}
