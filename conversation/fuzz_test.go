package conversation

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// FuzzReadAnswer feeds any text to the answer and description readers of
// every question: no panic, and only real option values come out.
func FuzzReadAnswer(f *testing.F) {
	for _, s := range []string{"", "2", "yes?", "not not no", "we're 40 people, growing fast", "—,,;;..",
		"without", "ahead of us than them", "1.5k+ staff since 1999", "’’’", "no no no no", "we we we are are",
		"IT IT IT", "change size", "the the the", strings.Repeat("a ", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for qi := range questions {
			q := &questions[qi]
			m := matchAnswer(q, text, nil)
			if m.value != "" {
				if _, ok := q.optionByValue(m.value); !ok {
					t.Fatalf("%s %q: value %q is no option", q.ID, text, m.value)
				}
			}
			for _, c := range m.candidates {
				if _, ok := q.optionByValue(c); !ok || len(m.candidates) != 2 {
					t.Fatalf("%s %q: candidates %q", q.ID, text, m.candidates)
				}
			}
		}
		d := readDescription(text)
		for qi, v := range d.values {
			if _, ok := questions[qi].optionByValue(v); v != "" && !ok {
				t.Fatalf("%q: description value %q for %s", text, v, questions[qi].ID)
			}
		}
		_, _ = textCommand(text)
	})
}

// TestLongMessageIsRead: a message at the chat's 64 KiB limit is read as
// a description and as an answer; the time it takes is logged (see
// BenchmarkReadDescription for the cost of a normal one).
func TestLongMessageIsRead(t *testing.T) {
	text := strings.Repeat("our data is a mess and we are 40 people, growing fast. ", 1200)[:64*1024]
	start := time.Now()
	d := readDescription(text)
	matchAnswer(&questions[0], text, nil)
	t.Logf("64 KiB message read in %v", time.Since(start))
	if !slices.Contains(d.values, "yes") {
		t.Errorf("the data problem was not read: %q", d.values)
	}
}
