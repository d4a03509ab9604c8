package conversation

import "testing"

// round31a4GrowthFraction: growth told as a fraction ("up by a third",
// "grew by half") is a rate, read as a percentage is: a third or a half
// in a year or so is scaling, past a steady spell told before it. 2 of 4
// failed first (1 read established, 1 asked).
var round31a4GrowthFraction = []readingCase{
	{qStage, "Flat for a decade, but this last year the order book is up by half.", "scaling"},
	{qStage, "We were steady for ages; since the new contract our staff has grown by a third.", "scaling"},
	{qStage, "It was quiet for years, but lately revenue is up by a half.", "scaling"},
	{qStage, "Sales are up a third on last year and we're hiring.", "scaling"},
}

// round31a4GrowthFractionKept: a fraction as a share, and a fall.
var round31a4GrowthFractionKept = []readingCase{
	{qStage, "steady for twenty years, a third of our sales are export", "established"},
	{qStage, "Thirty years going; sales down by a third since covid.", "!scaling"},
}

func TestRound31a4GrowthFraction(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a4GrowthFraction, round31a4GrowthFractionKept)
}
