package conversation

import "testing"

// TestDescriptionRound17aFills: fills for size, stage, ops and data that
// blind sets 21-24 made unlike the owner, in fresh wordings of other
// businesses, beside guards that must still fill ("" is asked).
func TestDescriptionRound17aFills(t *testing.T) {
	tests := []fillCase{
		// A time gone ("ten years ago") tells how things were, not how
		// the firm runs now. 2 of 4 failed first.
		{"Fifteen years ago every booking went into a paper diary.", qOps, ""},
		{"A decade ago the whole workshop ran on paper job cards.", qOps, ""},
		{"Five years ago our customer data was a mess.", qData, ""},
		{"Ten years ago we could run the yard with a notebook.", qOps, ""},
		{"We still take every booking by phone.", qOps, "low"},
		{"Our customer data is a mess.", qData, "yes"},
		// A part still on paper, beside what runs on the computer, says
		// the work is not all by hand. 3 of 3 failed first.
		{"The tills are new, but about half the timesheets are still on paper.", qOps, ""},
		{"Bookings are online, but the delivery notes are still on paper.", qOps, ""},
		{"The rota is in an app, though some of the orders still come in on paper.", qOps, ""},
		// Data arriving in many formats is a challenge; how big, the
		// owner tells. 3 of 3 failed first.
		{"The hard part is patient data from 15 clinics in different formats.", qData, ""},
		{"Supplier data arrives in 20 different formats.", qData, ""},
		{"Our sales figures come from the shops in all sorts of formats.", qData, ""},
		{"Client records sit in three systems.", qData, "yes"},
		// "ppl" counts people. 2 of 2 failed first.
		{"we're 40 ppl", qSize, "s"},
		{"about 300 ppl across the sites", qSize, "l"},
		// A young age beside a growth rate: start-up or growing fast, by
		// the owner, even with a seed round named. 1 of 2 failed first.
		{"Launched 10 months ago and sales are up 15% a month. We raised our seed in May.", qStage, ""},
		{"We started last year and revenue is up 30% every month, seed round closed in June.", qStage, ""},
		{"Our company was founded last year.", qStage, "startup"},
		{"A seed-funded startup, launched last spring.", qStage, "startup"},
	}
	checkFills(t, tests)
}

// TestDescriptionRound17aCounts: a count "once you count" the crews is
// today's, not a count that was; and a size word on another noun in the
// rest of a description gives the size question nothing ("if the big
// contract comes through" is no big company).
func TestDescriptionRound17aCounts(t *testing.T) {
	q := &questions[questionIndex(qSize)]
	// 3 of 3 failed first.
	fills := []struct{ text, want string }{
		{"We run six boats out of Whitby, about 40 people once you count the deckhands.", "s"},
		{"A family bakery, around 70 staff once we add the weekend shift.", "m"},
		{"Around 300 people once you include the drivers.", "l"},
		{"We had 60 staff once.", ""},
		{"We were 60 people before covid.", ""},
	}
	for _, tt := range fills {
		if got := readDescription(tt.text).value(questionIndex(qSize)); got != tt.want {
			t.Errorf("size from %q = %q, want %q", tt.text, got, tt.want)
		}
	}
	// 3 of 3 failed first.
	rests := []string{
		"We have fixed boilers since 1985 and the vans run on diesel. Bookings are on the computer, the only other firm in town is still on paper. A full time tech person is possible if the big contract comes through.",
		"We sell flowers and we've been here since 1990. The big supermarkets undercut us, and our till is ancient.",
		"Our bakery has been going since 1975, we are a big name in town and the ovens are old.",
	}
	for _, text := range rests {
		d := readDescription(text)
		var filled []int
		for i, v := range d.values {
			if v != "" {
				filled = append(filled, i)
			}
		}
		if len(filled) == 0 || d.value(questionIndex(qSize)) != "" {
			t.Fatalf("%q: fills %v, want some and not size", text, d.values)
		}
		if m := readAnswer(q, d.rest(q, filled), nil); m.value != "" {
			t.Errorf("size from the rest of %q = %q, want none", text, m.value)
		}
	}
}
