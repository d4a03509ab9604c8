package token

import (
	"slices"
	"strings"
	"testing"
)

var (
	search  = Rules{Initials: true}
	answers = Rules{Numbers: true}
)

func TestWords(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		rules Rules
		want  []string
	}{
		{"empty", "", search, nil},
		{"spaces only", " \t\n ", answers, nil},
		{"lower-cased", "CIO vs CTO??", search, []string{"cio", "vs", "cto"}},
		{"straight apostrophe", "what's the CIO's job", search, []string{"whats", "the", "cios", "job"}},
		{"curly apostrophes", "we’re ‘fine’ don`t", answers, []string{"were", "fine", "dont"}},
		{"apostrophe at the edges", "'yes' ’no’", answers, []string{"yes", "no"}},
		{"hyphen splits", "mid-sized e-commerce", search, []string{"mid", "sized", "e", "commerce"}},
		{"dotted initials", "whta does a c.i.o. do", search, []string{"whta", "does", "a", "cio", "do"}},
		{"initials without the last dot", "C.T.O", search, []string{"cto"}},
		{"ampersand initials", "who runs R&D", search, []string{"who", "runs", "rd"}},
		{"initials then a word", "i.e. a cio", search, []string{"ie", "a", "cio"}},
		{"a word is no initial", "word.x stays apart", search, []string{"word", "x", "stays", "apart"}},
		{"two dots are no join", "a..b a. b", search, []string{"a", "b", "a", "b"}},
		{"initials apart in answers", "c.i.o.", answers, []string{"c", "i", "o"}},
		{"digits split in search", "1,200 staff 1.5k 100% c++", search, []string{"1", "200", "staff", "1", "5k", "100", "c"}},
		{"digits whole in answers", "1,200 staff 1.5k 100% c++ 50+", answers, []string{"1200", "staff", "1.5k", "100%", "c++", "50+"}},
		{"comma after a number", "40, growing", answers, []string{"40", "growing"}},
		{"percent alone", "% of 5 %", answers, []string{"of", "5"}},
		{"unicode letters and accents", "Ça coûte CHER, Straße İstanbul", search, []string{"ça", "coûte", "cher", "straße", "istanbul"}},
		{"non-latin scripts", "Привет 日本 مرحبا", answers, []string{"привет", "日本", "مرحبا"}},
		{"unicode digits", "٣ staff", search, []string{"٣", "staff"}},
		{"punctuation", "<script>alert(1)</script>", search, []string{"script", "alert", "1", "script"}},
		{"emoji separate", "🙂cto👍 ok", search, []string{"cto", "ok"}},
		{"invalid utf-8 separates", "bad\xffutf8 \xfe", search, []string{"bad", "utf8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Words(tt.in, tt.rules); !slices.Equal(got, tt.want) {
				t.Errorf("Words(%q, %+v) = %q, want %q", tt.in, tt.rules, got, tt.want)
			}
			// Clauses cuts the same words.
			if got, _ := Clauses(tt.in, tt.rules); !slices.Equal(got, tt.want) {
				t.Errorf("Clauses(%q, %+v) words = %q, want %q", tt.in, tt.rules, got, tt.want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		in   string
		want string // words, "|" before a word with a clause break
	}{
		{"no, fine", "no |fine"},
		{"yes - a bit", "yes |a bit"},
		{"mid-sized firm", "mid sized firm"},
		{"- yes", "yes"},
		{"yes -no", "yes |no"},
		{"well—maybe; ok: sure! why? go.", "well |maybe |ok |sure |why |go"},
		{"2–3 people", "2 |3 people"},
		{"about 1,200 people, 1.5k users", "about 1200 people |1.5k users"},
		{"it's (not) great", "its not great"},
		{"fine 🙂 thanks", "fine thanks"},
		{",,, first", "first"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			w, cut := Clauses(tt.in, answers)
			if len(w) != len(cut) {
				t.Fatalf("%d words, %d cuts", len(w), len(cut))
			}
			parts := make([]string, len(w))
			for i := range w {
				parts[i] = w[i]
				if cut[i] {
					parts[i] = "|" + w[i]
				}
			}
			if got := strings.Join(parts, " "); got != tt.want {
				t.Errorf("Clauses(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestWordsDoNotAlias: a word sliced from the input stays as read when
// the tokenizer goes on to rewrite others.
func TestWordsDoNotAlias(t *testing.T) {
	w := Words("plain WORDS plain what's", search)
	if want := []string{"plain", "words", "plain", "whats"}; !slices.Equal(w, want) {
		t.Errorf("got %q, want %q", w, want)
	}
}

// TestAppendWords: words are appended after dst's, and a text's first
// word never joins the last word of dst, nor carries its clause break.
func TestAppendWords(t *testing.T) {
	tests := []struct {
		dst  []string
		in   string
		want []string
	}{
		{nil, "c.i.o. vs R&D", []string{"cio", "vs", "rd"}},
		{[]string{"x"}, "C.T.O", []string{"x", "cto"}},
		{[]string{"a"}, ".b.c", []string{"a", "bc"}},
		{[]string{"a"}, "", []string{"a"}},
	}
	for _, tt := range tests {
		if got := AppendWords(slices.Clip(tt.dst), tt.in, search); !slices.Equal(got, tt.want) {
			t.Errorf("AppendWords(%q, %q) = %q, want %q", tt.dst, tt.in, got, tt.want)
		}
	}
}
