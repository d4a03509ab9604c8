package conversation

import "testing"

// round31gOddsDenied: odds denied ("not a 1 in 10 chance we could
// afford that") are below them: no chance. 2 of 4 failed first (one
// read maybe, one asked).
var round31gOddsDenied = []readingCase{
	{qBudget, "Not a 1 in 10 chance we could afford that.", "no"},
	{qBudget, "not even a 1 in 20 chance we'd find the salary", "no"},
	{qBudget, "Not a 1 in 4 chance, the margins are too thin.", "no"},
	{qBudget, "there's not a 1 in 5 chance the bank would lend for a salary like that", "no"},
}

// round31gOddsDeniedKept: odds told plainly keep their reading.
var round31gOddsDeniedKept = []readingCase{
	{qBudget, "1 in 10 chance we could afford it this year", "~no"},
	{qBudget, "Maybe 1 in 4 chance we could do it this year.", "~no"},
}

// round31gReportDoubted: another's reassurance, then the owner's doubt
// of it ("The bank says we shouldn't worry. I'm not so sure.") is no
// agreement with it: the reassurance denied asks between the other
// options. 2 of 3 failed first (each read the reassurance). Left: "Our
// IT guy reckons there's nothing to worry about. I'm not convinced."
// still reads low: another reader takes "nothing to worry about" first.
var round31gReportDoubted = []readingCase{
	{qSecurity, "The bank says we shouldn't worry. I'm not so sure.", "!low"},
	{qSystems, "The supplier says they run fine. I'm not so sure.", "!fine"},
	{qSecurity, "My son thinks we're safe. I'm not sure about that.", "!low"},
}

// round31gReportDoubtedKept: the owner's own doubt, with no report
// before it, and a report agreed with, read as before.
var round31gReportDoubtedKept = []readingCase{
	{qCompetitors, "I'm not so sure", "~unsure"},
	{qSecurity, "The bank says we shouldn't worry, and they're right, there's little to steal.", "low"},
}

func TestRound31gOddsAndDoubts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31gOddsDenied, round31gOddsDeniedKept, round31gReportDoubted, round31gReportDoubtedKept)
}

// round31gDataListedApart: data told as three kinds each kept somewhere
// else is no "under control" however tidy each part sounds: the "no"
// is asked about. 2 of 4 failed first (both read no; the others asked).
var round31gDataListedApart = []readingCase{
	{qData, "orders are in the one Shopify account, the stock is on paper and the invoices in Xero", "~some"},
	{qData, "bookings in the diary, deposits in the bank app, and the client notes in my phone", "~some"},
	{qData, "jobs on the whiteboard, quotes in Word, invoices in Sage", "~some"},
	{qData, "patients in the clinic system, the rota on a spreadsheet, and payroll in Xero", "~some"},
}

// round31gDataListedApartKept: stores said to be joined, or fewer than
// three, read as before.
var round31gDataListedApartKept = []readingCase{
	{qData, "orders in Shopify, stock in the same app, invoices in Xero, and they all sync", "no"},
	{qData, "everything is in one spreadsheet", "no"},
}

func TestRound31gDataListedApart(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31gDataListedApart, round31gDataListedApartKept)
}
