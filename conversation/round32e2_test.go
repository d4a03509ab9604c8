package conversation_test

import (
	"strings"
	"testing"
)

// checkNoArticle types each case through e: "v" the option wanted,
// "~v" v or asked again, "article" a knowledge answer.
func checkNoArticle(t *testing.T, n int, sets ...[]struct{ q, text, want string }) {
	t.Helper()
	e := realEngine(t)
	for _, set := range sets {
		for _, tt := range set {
			n++
			got := engineReading(t, e, n, tt.q, tt.text)
			if got == tt.want || strings.HasPrefix(tt.want, "~") && (got == "re-ask" || got == tt.want[1:]) {
				continue
			}
			t.Errorf("%s %q: %s, want %s", tt.q, tt.text, got, tt.want)
		}
	}
}

// round32eFragmentAsk: a question back with no question word and none of
// the roles or the assessment in it, said as a retort ("Ransomware? At a
// dog groomer's?", "Ha! A six-figure tech hire for a bike shed?", "...,
// does it?"), is never a request for an article: read as its answer, or
// asked again. A thing set in a humble place says it does not belong
// there. 4 of 9 failed first (2 answered with an article, 2 asked again).
var round32eFragmentAsk = []struct{ q, text, want string }{
	{"security", "Ransomware? At a dog groomer's?", "low"},
	{"security", "Cyber criminals? Going after a village bakery?", "~low"},
	{"budget", "Ha! A chief technology person for a corner shop?", "no"},
	{"budget", "Oh sure, a six-figure tech hire for a bike repair shed?", "no"},
	{"innovation", "First with new gadgets? A funeral home?", "~no"},
	{"ops", "Phones and a spreadsheet. A farm doesn't run on servers, does it?", "low"},
	{"data", "Three spreadsheets that never agree. A bookkeeper's nightmare, right?", "yes"},
	{"systems", "They just work. Nothing has crashed in years, has it?", "fine"},
	{"data", "Data? In a window cleaning round?", "~no"},
}

// round32eFragmentAskKept: real questions about the roles, the
// assessment or a word's meaning still get an article, and a bare
// fragment that may ask what is meant ("Counting the seasonal pickers?",
// "In a normal year?") keeps its reading.
var round32eFragmentAskKept = []struct{ q, text, want string }{
	{"budget", "A full-time CIO or a fractional one?", "article"},
	{"budget", "Ha! And what would a CTO cost us?", "article"},
	{"size", "We're 40. Do part-timers count?", "article"},
	{"security", "What does a virtual CIO do about security?", "article"},
	{"data", "What do you mean by data silos?", "article"},
	{"innovation", "A fractional CTO for innovation?", "article"},
	{"size", "Counting the seasonal pickers?", "article"},
	{"budget", "Full time or part time?", "article"},
	{"budget", "Ballpark figure?", "article"},
	{"security", "Phishing and that sort of thing?", "article"},
	{"budget", "Salary plus pension, right?", "article"},
	{"budget", "In a normal year?", "re-ask"},
	{"budget", "For the whole group, or just this site?", "re-ask"},
}

func TestRound32eFragmentAsk(t *testing.T) {
	checkNoArticle(t, 3200, round32eFragmentAsk, round32eFragmentAskKept)
}

// round32eDroppedSubject: a verdict typed without its subject ("is a
// disaster honestly", "are a nightmare, all of them") opens like "is a
// CIO...?" but answers; it is read, not answered as a question. 2 of 4
// failed first (answered with an article).
var round32eDroppedSubject = []struct{ q, text, want string }{
	{"data", "is a nightmare to be honest, copies everywhere, nothing matches", "yes"},
	{"systems", "are a total shambles, half of them crash weekly", "pain"},
	{"data", "is a complete mess, three versions of every customer", "yes"},
	{"systems", "is a pain, the old server falls over every month", "~pain"},
}

// round32eDroppedSubjectKept: the same opening with a subject asked
// about still asks.
var round32eDroppedSubjectKept = []struct{ q, text, want string }{
	{"budget", "is a fractional CIO cheaper than a full-time one", "article"},
	{"size", "is a CTO needed at our size", "article"},
	{"systems", "is a mess?", "article"},
}

func TestRound32eDroppedSubject(t *testing.T) {
	checkNoArticle(t, 3300, round32eDroppedSubject, round32eDroppedSubjectKept)
}
