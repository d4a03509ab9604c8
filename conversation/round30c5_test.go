package conversation

import "testing"

// round30cNothingOfThat: "nothing of that" (or "of this", "of that
// kind"), as owners writing in a second language say "nothing like
// that", is a no. 8 of 8 failed first (all asked between no and the
// middle or planned).
var round30cNothingOfThat = []readingCase{
	{qProducts, "nothing of that, we are a bakery", "no"},
	{qProducts, "no, nothing of this", "no"},
	{qProducts, "nothing of that kind", "no"},
	{qProducts, "nothing of that sort here", "no"},
	{qInnovation, "nothing of that", "no"},
	{qInnovation, "nothing of this for us", "no"},
	{qInnovation, "no no, nothing of that kind", "no"},
	{qProducts, "we sell shoes, nothing of that", "no"},
}

// round30cNothingOfThatKept: "nothing of it" of a product held, and
// plain "nothing like that".
var round30cNothingOfThatKept = []readingCase{
	{qProducts, "no, nothing like that", "no"},
	{qInnovation, "no, nothing like that", "no"},
	{qProducts, "not yet, but nothing of that stops us planning an app for next year", "!no"},
}

func TestRound30cNothingOfThat(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30cNothingOfThat, round30cNothingOfThatKept)
}

// round30cLeanThenUnknown: a lean taken back by not knowing ("probably
// not, but honestly I don't have the information") is not sure: the
// owner says so in as many words. 4 of 5 failed first (all asked between
// not sure and the lean); one still asks.
var round30cLeanThenUnknown = []readingCase{
	{qCompetitors, "probably not, but honestly I don't have the information", "unsure"},
	{qCompetitors, "I'd say no, but I haven't checked in years, so I don't really know", "unsure"},
	{qCompetitors, "I'd guess not, though I really can't say for sure", "~unsure"},
	{qCompetitors, "maybe not, but truthfully I have no idea what they run", "unsure"},
	{qCompetitors, "likely not, but I don't really know", "unsure"},
}

// round30cLeanThenUnknownKept: a lean held with certainty.
var round30cLeanThenUnknownKept = []readingCase{
	{qCompetitors, "no, we're ahead, I'm sure of it", "~no"},
	{qCompetitors, "probably yes, they have apps and we don't", "yes"},
}

func TestRound30cLeanThenUnknown(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30cLeanThenUnknown, round30cLeanThenUnknownKept)
}
