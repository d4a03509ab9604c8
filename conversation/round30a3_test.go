package conversation

import "testing"

// round30aBasicToolsBesideHands: the computer side told as basic tools
// alone (email, a spreadsheet, Xero) beside the work done by hand or
// with tools is little reliance, as "only email" is; a system of the
// business's own (bookings, an app) beside the hands stays the middle.
// 5 of 5 failed first (all asked between medium and low); Xero named
// plainly is a system of its own, so the farrier's row stays asked.
var round30aBasicToolsBesideHands = []readingCase{
	{qOps, "Email and a spreadsheet for the invoices. The actual work is done with chisels.", "low"},
	{qOps, "A bit of Xero and some email. The proper work is done by hand in the forge.", "low"},
	{qOps, "Email for the bookings. The real work happens out on the boats with nets.", "low"},
	{qOps, "we make leather bags with our hands. email and a spreadsheet for orders", "low"},
	{qOps, "I shoe horses with my hands. Xero for invoices and email for bookings.", "~low"},
}

// round30aBasicToolsBesideHandsKept: a system beside the hands.
var round30aBasicToolsBesideHandsKept = []readingCase{
	{qOps, "the jobs are tracked on an app but the fitters work with their hands", "medium"},
	{qOps, "Email and the booking system. The real work is done by hand.", "~medium"},
	{qOps, "the diggers run on diesel, the invoices on Xero", "medium"},
}

func TestRound30aBasicToolsBesideHands(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aBasicToolsBesideHands, round30aBasicToolsBesideHandsKept)
}
