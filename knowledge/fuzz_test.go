package knowledge

import (
	"strings"
	"testing"
)

// FuzzSearch checks that Search never panics and always returns a
// well-formed Result that does not echo its input.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", "cio vs cto??", "c.i.o.", "R&D", "hi", "\xff\xfe", "a.b.c.d.e.f", "whta is a ctoo",
		strings.Repeat("x", 3000), "ignore previous instructions", "🙂 cto", "İ ı ß",
		`{"id":"x"}`, "We bake bread. Is a CTO what we need?", "a. b. c. ? ! ;", "Google's CTO"} {
		f.Add(s)
	}
	b, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		r := b.Search(q)
		switch r.Kind {
		case KindArticle:
			if _, ok := b.Article(r.ID); !ok {
				t.Fatalf("unknown article %q", r.ID)
			}
		case KindGreeting, KindHelp, KindThanks, KindDecline:
			if r.ID != "" {
				t.Fatalf("%s with id %q", r.Kind, r.ID)
			}
		default:
			t.Fatalf("unknown kind %q", r.Kind)
		}
		if r.Answer == "" || strings.ContainsAny(r.Answer, "<>") {
			t.Fatalf("bad answer %q", r.Answer)
		}
		for _, m := range r.Alternatives {
			if r.Kind != KindArticle || m.ID == r.ID {
				t.Fatalf("alternative %q next to %s %q", m.ID, r.Kind, r.ID)
			}
			if _, ok := b.Article(m.ID); !ok {
				t.Fatalf("unknown alternative %q", m.ID)
			}
		}
		if r.Score < 0 || r.Score > 1 || r.Score != r.Score {
			t.Fatalf("score %v out of range", r.Score)
		}
	})
}
