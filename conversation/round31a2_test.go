package conversation

import "testing"

// round31a2AddedInSeason: a count the season adds by a verb ("we add
// 8", "we add about 40") is on top of the year-round staff, as "plus"
// or "another" would put it. 4 of 5 failed first (all asked between the
// added count alone and the staff).
var round31a2AddedInSeason = []readingCase{
	{qSize, "22 all year. Over the summer we add 6, so 28 at most.", "s"},
	{qSize, "300 year round, and at harvest we add about 40.", "l"},
	{qSize, "About 60 all year; in December we add 15 for the rush.", "m"},
	{qSize, "We're 120 year round and add 30 at Christmas.", "m"},
	{qSize, "15 year round. At harvest we add 5, so 20 at the peak.", "s"},
}

// round31a2AddedInSeasonKept: seasons across two options still ask.
var round31a2AddedInSeasonKept = []readingCase{
	{qSize, "8 all year, we add 40 pickers at harvest", "?"},
}

func TestRound31a2AddedInSeason(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a2AddedInSeason, round31a2AddedInSeasonKept)
}

// round31a2PeakOfSeason: "the peak of the season" is a busy time of
// today, as "the peak season" is; a peak of a time gone ("the peak of
// the boom") stays gone. 2 of 5 failed first (both asked: the season's
// count read as gone).
var round31a2PeakOfSeason = []readingCase{
	{qSize, "Around 400 at the peak of the season, about 300 the rest of the year.", "l"},
	{qSize, "At the peak of summer we're 35, in winter 20.", "s"},
	{qSize, "90 at the peak of the harvest, 60 otherwise.", "m"},
	{qSize, "Some 500 at the peak of the season.", "l"},
	{qSize, "Roughly 70 at the peak of summer, 55 through the winter. Our accountant uses the winter number.", "m"},
}

// round31a2PeakOfSeasonKept: peaks gone.
var round31a2PeakOfSeasonKept = []readingCase{
	{qSize, "At the peak of the boom we had 300. Now 90.", "m"},
	{qSize, "at our peak we had 300, today about 90", "m"},
}

func TestRound31a2PeakOfSeason(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a2PeakOfSeason, round31a2PeakOfSeasonKept)
}

// round31a2SpelledHundreds: a count spelled with "hundred" is one
// number, not a small part to add to another clause's "one". 2 of 3
// failed first (1 read xs, 1 asked with xs).
var round31a2SpelledHundreds = []readingCase{
	{qSize, "Two hundred drivers on the books, half of them on the road at any one time.", "m"},
	{qSize, "Three hundred on the payroll, maybe one in ten off sick at any time.", "l"},
	{qSize, "Eight hundred staff, and never more than one shift in at once.", "l"},
}

// round31a2SpelledHundredsKept: spelled counts alone.
var round31a2SpelledHundredsKept = []readingCase{
	{qSize, "four hundred", "l"},
	{qSize, "about a hundred and twenty", "m"},
}

func TestRound31a2SpelledHundreds(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a2SpelledHundreds, round31a2SpelledHundredsKept)
}

// round31a2RestSplit: "N are X, the rest Y" after a total splits it:
// the smaller count is a part, no group to add. 3 of 5 failed first (2
// asked for the sum, 1 read the part).
var round31a2RestSplit = []readingCase{
	{qSize, "We have 60 staff, 45 are drivers, the rest work in the depot.", "m"},
	{qSize, "30 people; 22 are nurses, the rest admin and cleaning.", "s"},
	{qSize, "There are 80 of us, 50 are pickers, rest are packers and drivers.", "m"},
	{qSize, "We have 44 workers in the tannery, 30 are cutters, rest is finishing and dispatch.", "s"},
	{qSize, "120 fitters on the yard, 90 are welders, the rest do rigging.", "m"},
}

// round31a2RestSplitKept: two groups with no split named.
var round31a2RestSplitKept = []readingCase{
	{qSize, "45 in the shop and 12 in the office", "m"},
}

func TestRound31a2RestSplit(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a2RestSplit, round31a2RestSplitKept)
}

// round31a2RosterAfterPlace: a count on the payroll or staff is the
// staff's, whatever place noun the sentence before ended on ("We're not
// a small shop. 140 on the payroll"). 2 of 3 failed first (both asked:
// the count read as the place's name).
var round31a2RosterAfterPlace = []readingCase{
	{qSize, "We're not a tiny store. 75 on the payroll across the chain.", "m"},
	{qSize, "Not a small clinic. 60 on staff.", "m"},
	{qSize, "It's a big factory. 300 on the books.", "l"},
}

// round31a2RosterAfterPlaceKept: a place named by its number.
var round31a2RosterAfterPlaceKept = []readingCase{
	{qSize, "not a big shop, 14 techs", "s"},
}

func TestRound31a2RosterAfterPlace(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a2RosterAfterPlace, round31a2RosterAfterPlaceKept)
}
