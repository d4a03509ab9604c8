package knowledge

import (
	"strings"
	"testing"
)

// A lexicon phrase is read within one clause: the words either side of a
// comma (or colon or dash) belong to two clauses, and together they are
// no phrase. "Quick sanity check, do we need a CIO" holds no "check do"
// (a price asked), "if we hire, your take" no "hire your" (hiring the
// bot).

// TestCommaSplitsPhrases: two clauses whose words next to the comma
// would make a phrase of the lexicon read as the question they ask.
func TestCommaSplitsPhrases(t *testing.T) {
	checkWordings(t, []struct{ q, want string }{
		{"Quick sanity check, do we actually need a CIO at 40 staff?", "when-cio"},
		{"Honest check, should a 12-person startup hire a CTO?", "when-cto"},
		{"One last check, does a startup of ten need a CTO yet?", "when-cto"},
		{"If we hire, your honest take: CIO or CTO first?", "first-hire"},
		{"When we hire, you reckon a CIO or a CTO comes first?", "first-hire"},
		{"Say we hire, you think CIO or CTO comes first?", "first-hire"},
		{"If we hire a CTO, first question: what would they cost?", "cost"},
		{"Before we sign anything, quick check, should we hire a CIO?", "when-cio"},
		{"We hire a lot now, and then we'll need proper systems. When do we need a CIO?", "when-cio"},
		{"We're a small business, planning to double next year. Do we need a CTO?", "when-cto"},
		{"In any case, studies say CTOs pay off. What does a CTO actually do?", "what-is-cto"},
		{"Our old boss, who ran everything, has gone. What does a CTO do?", "what-is-cto"},
		{"As a non-technical person, who should we hire first, CIO or CTO?", "first-hire"},
		{"Our CTO is leaving, do we still need one if an agency builds the app?", "when-cto"},
		{"For such a big job, offering equity is normal. What does a CTO cost?", "cost"},
	})
}

// TestPhraseWithinClause: a phrase inside one clause still reads, commas
// elsewhere in the sentence or not.
func TestPhraseWithinClause(t *testing.T) {
	checkWordings(t, []struct{ q, want string }{
		{"Is a CIO worth the money for a 50-person firm?", "business-impact"},
		{"Can we share a CTO with another startup?", "virtual"},
		{"Could a CTO work for us one day a week?", "virtual"},
		{"Which should be our first hire, a CIO or a CTO?", "first-hire"},
		{"We're planning a leaving do for our CIO, any ideas?", "decline"},
		{"Who is the person who owns security, CIO or CTO?", "responsibilities"},
		{"Can a CIO help our business grow?", "business-impact"},
		{"What does a CTO cost, and is a day rate normal?", "cost"},
		{"Can you write a job ad for a CTO?", "decline"},
		{"Should we get a CTO now or wait a year?", "when-cto"},
		{"We have no budget, so what are our options for a CTO?", "virtual"},
		{"Do we need a CTO before hiring developers?", "first-hire"},
		{"Honestly, is a CIO worth it for a firm our size?", "business-impact"},
		{"So, what is the price range for a CTO?", "cost"},
		// A saying written with a comma inside is one phrase still.
		{"Is the CIO and CTO thing a bit tomato, tomahto?", "difference"},
		{"CIO, CTO: tomato, tomahto?", "difference"},
	})
}

// TestRespellCarriesCuts: a word respelled into several keeps the clause
// break before it on the first of them, and the rest follow unbroken.
func TestRespellCarriesCuts(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ in, want string }{
		{"ok, idk what a cto is", "ok |i dont know what a cto is"},
		{"wanna know, wht dose a cio do", "want to know |what does a cio do"},
		{"quick check, do we need one", "quick check |do we need one"},
	}
	for _, tt := range tests {
		toks, cut := b.an.respell.applyCut(tokenizeCut(tt.in))
		if len(cut) != len(toks) {
			t.Fatalf("%q: %d tokens, %d breaks", tt.in, len(toks), len(cut))
		}
		var sb strings.Builder
		for i, w := range toks {
			if i > 0 {
				sb.WriteString(" ")
			}
			if cut[i] {
				sb.WriteString("|")
			}
			sb.WriteString(w)
		}
		if got := sb.String(); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}
