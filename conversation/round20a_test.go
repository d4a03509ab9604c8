package conversation

import "testing"

// round20aHeadcounts are size answers blind sets 31-32 read wrongly, in
// fresh wordings of other businesses.
var round20aHeadcounts = []readingCase{
	// "two hundred and seventy" is one number: the words after "hundred
	// and" add to it, they are no second count.
	// 3 of 5 failed first.
	{qSize, "three hundred and forty, give or take", "l"},
	{qSize, "two hundred and sixty-five on the books", "l"},
	{qSize, "four hundred fifty staff", "l"},
	{qSize, "about one hundred and twenty", "m"},
	{qSize, "six hundred and ten across the depots", "l"},
	// A count of those "in the office", said after "only", is a part of
	// the total told first, never the staff.
	// 3 of 4 failed first.
	{qSize, "forty-two, but only 6 of us work in the office", "s"},
	{qSize, "about 90, although only 15 of us sit in the office", "m"},
	{qSize, "a hundred and thirty, only ten of us are office based", "m"},
	{qSize, "thirty, though only five of us are at head office", "s"},
	// A role's plural "on the roster" (rota, books, payroll) is staff;
	// the few of us in the office are added to it or asked, never taken
	// alone.
	// 4 of 4 failed first.
	{qSize, "600 stewards on the roster and twelve of us at head office", "~l"},
	{qSize, "300 nurses on the rota and six of us in the office", "~l"},
	{qSize, "about 80 chefs on the books and 4 of us in the office", "~m"},
	{qSize, "2,000 guards on the payroll and eight of us in the office", "~l"},
}

// round20aHeadcountsKept are nearby answers the fixes must not change.
var round20aHeadcountsKept = []readingCase{
	{qSize, "a hundred and ten", "m"},
	{qSize, "two hundred", "m"},
	{qSize, "only 5 of us", "xs"},
	{qSize, "we have 400 drivers and deliver to 20,000 homes", "l"},
	{qSize, "about 35, and we deliver to 2,000 homes", "s"},
}

func TestRound20aHeadcounts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20aHeadcounts, round20aHeadcountsKept)
}

// round20aData are data answers blind sets 31-32 read wrongly.
var round20aData = []readingCase{
	// "nothing matches" (adds up, agrees) says the records disagree: a
	// problem, not a denial of one.
	// 4 of 5 failed first.
	{qData, "stock on a whiteboard, orders in email, invoices in QuickBooks. nothing matches", "~yes"},
	{qData, "bookings in one app, payments in another, and nothing lines up", "~yes"},
	{qData, "nothing adds up between the warehouse sheet and the till", "~yes"},
	{qData, "the rota is in a notebook and the pay in a spreadsheet, nothing agrees", "~yes"},
	{qData, "nothing matches, ever", "~yes"},
}

// round20aDataKept are nearby data answers that must keep their reading.
var round20aDataKept = []readingCase{
	{qData, "nothing to worry about", "no"},
	{qData, "no, everything matches", "no"},
	{qData, "no, nothing like that", "no"},
}

func TestRound20aData(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20aData, round20aDataKept)
}

// round20aRosterDenied: a roster whose people are denied as staff stays
// out of the count.
var round20aRosterDenied = []readingCase{
	{qSize, "8 of us, there are 200 models on the books but they're not employees", "xs"},
	{qSize, "five of us in the agency, 400 tutors on the roster who aren't staff", "xs"},
}

func TestRound20aRosterDenied(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20aRosterDenied)
}

// round20aDataNothingKept: "nothing" that denies trouble still reads no.
var round20aDataNothingKept = []readingCase{
	{qData, "nothing to match up, we only have the one spreadsheet", "~no"},
	{qData, "nothing major", "~some"},
}

func TestRound20aDataNothingKept(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20aDataNothingKept)
}

// round20aRosterVolunteers: volunteers on the rota are no staff to add.
var round20aRosterVolunteers = []readingCase{
	{qSize, "14 staff and about 70 volunteers on the rota", "~s"},
	{qSize, "9 paid staff, 200 members on the books", "~xs"},
}

func TestRound20aRosterVolunteers(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20aRosterVolunteers)
}
