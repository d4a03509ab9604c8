package conversation

import (
	"strings"
	"testing"
)

// TestDescriptionRestHeadcount: a description typed at the size question
// answers it from the clauses the other questions left, read as a typed
// answer; a number of things there (sheep, barrels, members, freelancers,
// sites) is no headcount, and only the staff counted may fill the size.
func TestDescriptionRestHeadcount(t *testing.T) {
	tests := []restSizeCase{
		// Things counted beside the people: not the size ("" is asked).
		{"Dairy farm since the 1950s, 300 cows, me and my daughter, and the computer only does the milk records.", "xs"},
		{"Family bakery since 1988, just me, my husband and one apprentice, we bake 2,000 loaves a week and it all runs on paper.", "xs"},
		// The owner, his wife, their son and a seasonal picker: 1–10 either
		// way (this was asked before the people were counted).
		{"Vineyard, family-run since 1962, 40 hectares, my wife, our son and a picker in autumn, and the laptop is ancient.", "xs"},
		{"Boat hire since 1990, 60 narrowboats, my brother, his wife and a fitter, and the bookings system is ancient.", "xs"},
		{"A design studio founded in 2012, we're 12 in the studio plus 300 freelance illustrators on our books, and the server is ancient.", "s"},
		// People counted: the size, as before.
		{"Established 1995, about 70 staff across three depots, and our systems are ancient.", "m"},
		{"A dance school since 2001, nine teachers and me, and our booking data is a mess.", "xs"},
	}
	checkRestSize(t, tests)
}

// restSizeCase is a description and the size it gives: filled from the
// description, or read from what the description left for the size
// question ("" when it is asked).
type restSizeCase struct{ text, want string }

// checkRestSize runs each description as the first answer of an
// assessment and checks the size it gives.
func checkRestSize(t *testing.T, tests []restSizeCase) {
	t.Helper()
	size := &questions[questionIndex(qSize)]
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := readDescription(tt.text)
			filled := d.fills(&state{}, 0)
			if len(filled) == 0 {
				t.Fatalf("%q fills nothing: no description", tt.text)
			}
			got := d.value(0)
			if got == "" {
				got = readAnswer(size, d.rest(size, filled), nil).value
			}
			if got != tt.want {
				t.Errorf("size from %q = %q, want %q (rest %q)", tt.text, got, tt.want, d.rest(size, filled))
			}
		})
	}
}

// fillCase is one clause of a description and the option value it should
// fill for question q: "" for nothing filled, "!v" for anything but v.
type fillCase struct{ text, q, want string }

// checkFills reads each text as a description and checks what it fills.
func checkFills(t *testing.T, tests []fillCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.text, func(t *testing.T) {
			got := readDescription(tt.text).value(questionIndex(tt.q))
			if not, ok := strings.CutPrefix(tt.want, "!"); ok && got == not || !ok && got != tt.want {
				t.Errorf("%s from %q = %q, want %q", tt.q, tt.text, got, tt.want)
			}
		})
	}
}
