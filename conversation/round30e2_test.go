package conversation

import "testing"

// round30eSplitWork: named parts of the work on the computer beside a
// part told off it without a denial (paid in cash, taught with chalk,
// run by the machines' own controls) is the middle. 4 of 7 failed first (3 asked
// between high and medium, 1 between medium and low).
var round30eSplitWork = []readingCase{
	{qOps, "timetables and reports are on the computer, but the lessons are chalk and talk", "medium"},
	{qOps, "the orders and the invoices are in the system, the customers mostly pay cash", "medium"},
	{qOps, "rents and bookings go through the software, deposits still come as cheques", "medium"},
	{qOps, "the kilns have their own controls, the office does quotes and orders on the computer", "medium"},
	{qOps, "the presses run on hydraulics, the office uses the system for orders and shipping", "medium"},
	{qOps, "stock and payroll are computerised, but the market stall takes cash only", "medium"},
	{qOps, "the boilers run on their own controllers; scheduling and billing are on the computer", "medium"},
}

// round30eSplitWorkKept: a small use told outright, one computer beside
// the machines, most sales off the computer, or work by hand beside the
// office's laptop.
var round30eSplitWorkKept = []readingCase{
	{qOps, "the computer does the emails, everything else is by hand", "low"},
	{qOps, "very little: the accounts are on the laptop, the customers pay cash", "~low"},
	{qOps, "the mill runs on diesel and muscle, one laptop in the office for the books", "~low"},
	{qOps, "we have a web shop but 85% of our sales are cash at the market", "low"},
	{qOps, "the carpenters work by hand, the laptop stays in the office for quotes", "~low"},
	{qOps, "everything is on the computer", "high"},
}

func TestRound30eSplitWork(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30eSplitWork, round30eSplitWorkKept)
}
