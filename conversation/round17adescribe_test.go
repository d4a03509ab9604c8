package conversation

import "testing"

// TestDescriptionRound17aFills: fills for size, stage, ops and data that
// blind sets 21-24 made unlike the owner, in fresh wordings of other
// businesses, beside guards that must still fill ("" is asked).
func TestDescriptionRound17aFills(t *testing.T) {
	tests := []struct{ text, q, want string }{
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
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.text, func(t *testing.T) {
			if got := readDescription(tt.text).value(questionIndex(tt.q)); got != tt.want {
				t.Errorf("%s from %q = %q, want %q", tt.q, tt.text, got, tt.want)
			}
		})
	}
}
