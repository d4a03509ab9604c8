package conversation

import "testing"

// round26bOrNothing: an ambition told as "X or nothing" stresses X; the
// "nothing" read alone denied it. Where X alone is no known ambition
// ("leading", "top of the market") it is asked, not taken as a no.
// 5 of 6 failed first (2 read no, 3 asked no or yes).
var round26bOrNothing = []readingCase{
	{qInnovation, "Bleeding edge or nothing, that's us.", "yes"},
	{qInnovation, "The newest tech or nothing, that is how we work.", "yes"},
	{qInnovation, "We lead or nothing.", "yes"},
	{qInnovation, "Cutting-edge or nothing for our clients.", "yes"},
	{qInnovation, "Leading or nothing, that's our motto.", "?"},
	{qInnovation, "Top of the market or nothing.", "?"},
}

// round26bOrNothingKept must keep their reading: "nothing" alone, or a
// clause that goes on after it.
var round26bOrNothingKept = []readingCase{
	{qInnovation, "Nothing.", "no"},
	{qInnovation, "We try new things or nothing changes.", "some"},
	{qInnovation, "Not first or nothing, just steady.", "~no"},
}

func TestRound26bOrNothing(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bOrNothing, round26bOrNothingKept)
}
