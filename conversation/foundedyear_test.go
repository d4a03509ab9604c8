package conversation

import "testing"

// foundedTwoDigitYear are answers giving the founding year in two
// digits after "founded" or "established" ("founded 98, about 40
// staff"): a year, never a count to add to the staff. 1 of 5 failed
// first.
var foundedTwoDigitYear = []readingCase{
	{qSize, "founded 98, about 40 staff", "s"},
	{qSize, "est. 85, 120 employees", "m"},
	{qSize, "established 92 and we have 30 people", "s"},
	{qStage, "founded 98, same customers ever since", "established"},
	{qSize, "incorporated 07, we are 9 now", "xs"},
}

// foundedTwoDigitYearKept must keep their reading.
var foundedTwoDigitYearKept = []readingCase{
	{qSize, "founded by 2 brothers, 30 staff now", "s"},
	{qSize, "since 98, 40 of us", "s"},
	{qSize, "we started with 12, now 40", "s"},
	{qStage, "founded 2019, growing fast", "~scaling"},
}

func TestFoundedTwoDigitYear(t *testing.T) {
	checkReadings(t, rulesReading, false, foundedTwoDigitYear, foundedTwoDigitYearKept)
}
