package conversation

import "testing"

// round30bFineThenMakeshift: one part told in order and, across a turn,
// another part kept on makeshift means (a spreadsheet, a binder, paper,
// by hand, manual steps, shared logins) is some trouble, not none and not
// the worst. 10 of 13 failed first (all asked: 7 between none and some,
// 2 between the worst and some, 1 between the worst and some for data).
// A part on paper alone is no system to fix ("the rota is on paper"), and
// two unsoftened kinds of trouble are the worst option's own label: both
// are left to the other readers.
var round30bFineThenMakeshift = []readingCase{
	{qSystems, "invoicing is fine, the job sheets are an excel file only Mark can follow", "some"},
	{qSystems, "the website's solid but the warehouse runs on spreadsheets and shared logins", "some"},
	{qSystems, "our booking software is great, though payroll is all manual and takes a day every week", "some"},
	{qSystems, "the tills are ok, the stock side is an excel sheet everyone edits", "some"},
	{qSystems, "the CRM is good but quotes are typed up in Word by hand", "some"},
	{qSystems, "production software is solid. around it, admin has lots of manual steps", "some"},
	{qSystems, "the app is okay, finance is separate and a bit slow", "some"},
	{qData, "sales are in the CRM, but the supplier prices live in a ring binder", "some"},
	{qData, "the patient records are fine; the invoicing gets pieced together by hand", "some"},
	{qData, "the stock data is okay, but the costings sit in three excel files", "some"},
	{qData, "customer records are good, but the service history is on paper cards", "some"},
	{qData, "accounts are all in Xero, though the job costings live in my notebook", "~some"},
	{qData, "payroll data is fine, the timesheets are paper and I type them in", "some"},
}

// round30bFineThenMakeshiftKept: every part fine, the rest or the whole
// makeshift, or a part told as the worst.
var round30bFineThenMakeshiftKept = []readingCase{
	{qSystems, "all our systems run fine, no complaints", "fine"},
	{qSystems, "the website is fine but everything else is paper and spreadsheets", "!fine"},
	{qSystems, "it's all spreadsheets and paper", "!fine"},
	{qSystems, "the tills are fine but the back office is slow, insecure and crashes weekly", "!fine"},
	{qData, "everything is in the ERP, nothing on paper", "no"},
	{qData, "orders are in the ERP but everything else lives in spreadsheets and binders", "!no"},
	{qData, "customer records are a mess and the prices live in a binder", "!no"},
	{qData, "all in one system, and the backups are fine", "no"},
	{qData, "we're fine there, the client list is a single spreadsheet and that does us", "no"},
	{qData, "no trouble. head office handles the compliance and the figures come from the one system", "no"},
}

func TestRound30bFineThenMakeshift(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30bFineThenMakeshift, round30bFineThenMakeshiftKept)
}
