package conversation

import "testing"

// round19aHeadcounts are size answers blind sets 29-30 read wrongly, in
// fresh wordings of other businesses.
var round19aHeadcounts = []readingCase{
	// A count "all year" or "year round" beside a bigger one at some
	// time of year is the staff and its seasonal peak: ask which.
	// 1 of 4 failed first.
	{qSize, "about 8 all year, 30 odd at the busy time when the temps are in", "~xs"},
	{qSize, "12 all year round, nearly 60 when the students come to help with the grapes", "~s"},
	{qSize, "we're 30 year round, 90 or so when the pickers arrive", "~s"},
	{qSize, "around 5 all year, 20 when the festival crowd needs feeding", "~xs"},
	// The number before "if you count" or "including" is the total; a
	// count after it is a part of it, not the staff.
	// 2 of 4 failed first.
	{qSize, "around 40 if you count the three cooks", "s"},
	{qSize, "about 18 including the two apprentices", "s"},
	{qSize, "roughly 70 counting the four drivers", "m"},
	{qSize, "about 35 if you count the two drivers, and we deliver to 2,000 homes", "s"},
	// A bare number said on its own, beside a count of a plural of
	// things, is the staff: homes or parcels are no people.
	// 3 of 4 failed first.
	{qSize, "about 35, and we deliver to 2,000 homes", "s"},
	{qSize, "around 14, we manage 900 flats", "s"},
	{qSize, "roughly 60 and we ship 4,000 parcels", "m"},
	{qSize, "about 45, and we deliver to 1,500 restaurants", "s"},
}

// round19aHeadcountsKept are nearby answers the fixes must not change.
var round19aHeadcountsKept = []readingCase{
	{qSize, "23 groomers and 3 on reception", "s"},
	{qSize, "we have 400 drivers and deliver to 20,000 homes", "l"},
	{qSize, "about 200 in peak season, 150 the rest of the year", "m"},
	{qSize, "about 35 if you count the drivers", "s"},
	{qSize, "me and 6 staff, 8 if you count my brother on busy days", "xs"},
	{qSize, "we run 3 shops with 2 staff each", "xs"},
}

func TestRound19aHeadcounts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19aHeadcounts, round19aHeadcountsKept)
}

// round19aData are data answers blind sets 29-30 read wrongly.
var round19aData = []readingCase{
	// A yes-ish word with the size of the trouble said unknown ("couldn't
	// tell you how bad") is a hedge, not a real problem.
	// 5 of 5 failed first.
	{qData, "probably, though I couldn't say how big", "~some"},
	{qData, "I'd guess so, but no idea how serious", "~some"},
	{qData, "likely, but I've no idea how bad it is", "~some"},
	{qData, "I think so, can't tell you how much though", "~some"},
	{qData, "maybe, I couldn't tell you how much", "~some"},
}

// round19aDataKept are nearby data answers that must keep their reading.
var round19aDataKept = []readingCase{
	{qData, "yes, and it's bad", "yes"},
	{qData, "probably yes, it's a mess", "yes"},
	{qData, "probably not", "no"},
	{qData, "yes, I can't tell you how bad, it's everywhere", "yes"},
}

func TestRound19aData(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19aData, round19aDataKept)
}

// TestRound19aProductNumbers: a number in a product's name ("Microsoft
// 365") counts no one, typed or in a description's rest.
// 1 of 4 failed first (the rows with a staff count passed).
var round19aProductNumbers = []readingCase{
	{qSize, "Laptops, Office 365 and a printer, three of us", "xs"},
	{qSize, "two of us on Microsoft 365", "xs"},
	{qSize, "14 staff, everything runs on Dynamics 365", "s"},
	{qSize, "Windows 11 on every PC, 60 people", "m"},
}

func TestRound19aProductNumbers(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19aProductNumbers)
	d := "My brother and I run a small bookkeeping practice. Laptops, Microsoft 365 and the phone; the clients keep their own records."
	q := &questions[questionIndex(qSize)]
	desc := readDescription(d)
	if m := readAnswer(q, desc.rest(q, desc.fills(&state{}, questionIndex(qSize))), nil); m.value == "l" {
		t.Errorf("size from %q = %q, want no >250", d, m.value)
	}
}
