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

// round26bRiskSmall: the risk told small in so many words ("Our
// exposure is minimal", "the risk is pretty negligible") is not much
// concern. 4 of 5 failed first (all asked).
var round26bRiskSmall = []readingCase{
	{qSecurity, "The risk is small for us.", "low"},
	{qSecurity, "Our exposure is minimal.", "low"},
	{qSecurity, "Honestly the risk is pretty negligible.", "low"},
	{qSecurity, "Our risk is tiny, we only keep invoices.", "low"},
	{qSecurity, "Risk is small, we hold nothing of value.", "~low"},
}

// round26bRiskSmallKept must keep their reading: the smallness denied,
// or turned after a "but".
var round26bRiskSmallKept = []readingCase{
	{qSecurity, "The risk is not small, we hold card data.", "~high"},
	{qSecurity, "No risk is small when you hold card data.", "high"},
	{qSecurity, "The risk is small but a breach would finish us.", "high"},
}

func TestRound26bRiskSmall(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bRiskSmall, round26bRiskSmallKept)
}
