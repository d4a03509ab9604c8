package conversation

import "testing"

// round30eLittleFirst: a small reliance told first ("very little",
// "a little", "hardly") and then why (the office's part on the
// computer, the trade by hand) is that small reliance, not the middle
// the two parts would read alone. 4 of 9 failed first (1 read
// medium, 3 asked); 3 still ask, the model leaning to the parts' middle.
var round30eLittleFirst = []readingCase{
	{qOps, "very little. the invoices are on the laptop, the real work is in the vineyard", "low"},
	{qOps, "hardly at all: quotes go out from the computer, the lads are on the roofs all day", "~low"},
	{qOps, "a little. bookings on the computer, the rest is out in the field", "low"},
	{qOps, "not much. the accounts are in the software, the baking is hands on", "low"},
	{qOps, "barely. the till is on the computer, the workshop is hammers and anvils", "low"},
	{qOps, "very modestly: the orders are on the computer, the kitchen is the work", "~low"},
	{qOps, "very little, the office has a computer for the books, the quarry runs on diesel", "low"},
	{qOps, "a little. invoicing is on the computer, the presses are mechanical", "low"},
	{qOps, "not much really: payroll is in the software, the boats themselves run on diesel engines", "~low"},
}

// round30eLittleFirstKept: a bigger degree told first, a little taken
// back, or no degree told.
var round30eLittleFirstKept = []readingCase{
	{qOps, "quite a lot: the orders are on the computer, the work is in the field", "medium"},
	{qOps, "a little. no wait, quite a lot, the bookings are online and the work is on site", "~medium"},
	{qOps, "the bookings are on the computer, the work itself is on site", "medium"},
}

func TestRound30eLittleFirst(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30eLittleFirst, round30eLittleFirstKept)
}
