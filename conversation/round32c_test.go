package conversation

import "testing"

// A data answer that praises one part and then raises another as a
// question before faulting it ("The invoices are fine, but the job
// records? All over the place.") tells some trouble, not the worst: the
// fault after the question mark is read with the praise before it.
// 4 of 6 failed first: three read "yes" silently, one re-asked.
var round32cPraiseThenAsked = []readingCase{
	{qData, "Invoices are fine, but the job records? All over the place.", "~some"},
	{qData, "Payroll is tidy, but the client files? Half on paper, half in email.", "~some"},
	{qData, "Our accounts are solid, but customer data? Scattered everywhere.", "~some"},
	{qData, "The website orders are fine, but the phone orders? Nobody writes them down properly.", "~some"},
	{qData, "the member list is in good shape but the bookings? nobody trusts them", "~some"},
	{qData, "Finance data is clean. But the maintenance logs? Nobody believes a word of them.", "~some"},
}

// Kept: no praise before the question, or no question between.
var round32cPraiseThenAskedKept = []readingCase{
	{qData, "The sales numbers are fine, but the stock figures are a mess.", "some"},
	{qData, "Everything's fine. Why do you ask?", "no"},
	{qData, "The stock figures? Nobody trusts them.", "yes"},
	{qData, "Is it a problem? Nobody trusts the stock figures.", "yes"},
}

// "It is a concern" told plain, with no word of its size, is the middle
// of the security worry; a serious, real or huge concern is the top, and
// an incident told beside the plain concern still reads as it would alone.
// 4 of 5 failed first: three read "high" silently, one re-asked between
// high and medium.
var round32cPlainConcern = []readingCase{
	{qSecurity, "It's a concern.", "medium"},
	{qSecurity, "It is a concern. A former employee tried to log into our email.", "medium"},
	{qSecurity, "That's a concern for us, yes.", "medium"},
	{qSecurity, "it is a concern, someone tried to guess the admin password on the website", "~medium"},
	{qSecurity, "Yes it's a concern. Phishing emails come in weekly but nobody has clicked.", "~medium"},
}

// Kept: the concern sized, denied, or beside a harm done.
var round32cPlainConcernKept = []readingCase{
	{qSecurity, "It's a serious concern.", "high"},
	{qSecurity, "It's a concern. We were hacked last year and lost a week of orders.", "high"},
	{qSecurity, "A real concern, we hold patient records.", "high"},
	{qSecurity, "not a concern", "low"},
	{qSecurity, "It's a huge concern for us", "high"},
	{qSecurity, "It is a concern, but not the biggest one.", "medium"},
	{qSecurity, "100% a concern, a breach would finish us.", "high"},
}

// A worry owned and then limited by its degree ("I worry about it,
// though not a great deal") is the middle: the rules weighed the limit;
// the learned model reads the "not" as no worry. 2 of 4 failed first:
// both re-asked between medium and low.
var round32cWorryLimited = []readingCase{
	{qSecurity, "I worry about it, though not a great deal", "medium"},
	{qSecurity, "It worries me, though not hugely.", "medium"},
	{qSecurity, "we do worry about it, but not massively", "medium"},
	{qSecurity, "I'm concerned, though not too much", "medium"},
}

var round32cWorryLimitedKept = []readingCase{
	{qSecurity, "I don't worry about it a great deal", "low"},
	{qSecurity, "not a great deal", "low"},
}

// Records kept on scraps ("bits of paper", "post-it notes", "the back of
// an envelope") are a real data problem: nothing can be found or joined.
// 3 of 5 failed first: one read "some" silently, two re-asked with no
// option offered.
var round32cScraps = []readingCase{
	{qData, "CUSTOMER DETAILS ON BITS OF PAPER AND IN MY PHONE, NOT GREAT", "~yes"},
	{qData, "client numbers on post-it notes and in my phone", "~yes"},
	{qData, "orders get written on scraps of paper and half go missing", "~yes"},
	{qData, "honestly the quotes are on the backs of envelopes", "~yes"},
	{qData, "phone numbers on sticky notes round the monitor, that's our CRM", "~yes"},
}

var round32cScrapsKept = []readingCase{
	{qData, "What data? It's a calendar on the wall and my head.", "!yes"},
	{qData, "customer list in my email", "!yes"},
	{qData, "we keep the paper invoices in a folder, all in order", "!yes"},
	{qData, "it used to be bits of paper, now it's all in Xero", "!yes"},
}

func TestRound32cPraiseThenAsked(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32cPraiseThenAsked, round32cPraiseThenAskedKept, round32cPraiseThenAskedKept2)
}

func TestRound32cPlainConcern(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32cPlainConcern, round32cPlainConcernKept)
}

func TestRound32cWorryLimited(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32cWorryLimited, round32cWorryLimitedKept)
}

func TestRound32cScraps(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32cScraps, round32cScrapsKept)
}

var round32cPraiseThenAskedKept2 = []readingCase{
	{qData, "The invoices are fine, but the stock? Also fine, really.", "!some"},
	{qData, "Sales data is fine but the rest? Honestly no complaints.", "!some"},
}

// A thought owned and its constancy denied ("we think about it, not
// every day") is the middle, not the top "every day" would read alone.
// 1 of 4 failed first: re-asked between high and medium.
var round32cConstancyDenied = []readingCase{
	{qSecurity, "I think about it, not every day though.", "medium"},
	{qSecurity, "it crosses my mind, not daily, when the insurer sends the form", "~medium"},
	{qSecurity, "We worry about it, not constantly, but the auditors keep asking.", "~medium"},
	{qSecurity, "we think about it, not every week, mostly when a scam email lands", "~medium"},
}

var round32cConstancyDeniedKept = []readingCase{
	{qSecurity, "I think about it every day.", "high"},
	{qSecurity, "I don't think about it every day, it's not a big deal for us", "low"},
	{qSecurity, "we think about it but not all the time, the bank sent us a warning once", "medium"},
}

func TestRound32cConstancyDenied(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32cConstancyDenied, round32cConstancyDeniedKept)
}

// A risk the owner cannot ignore ("not something we can shrug off
// anymore") is the top. 1 of 4 failed first (re-asked, no option
// offered); two more were re-asked offering high.
var round32cNotIgnored = []readingCase{
	{qSecurity, "It's not something we can ignore anymore.", "~high"},
	{qSecurity, "We can't afford to ignore it, not with patient records.", "~high"},
	{qSecurity, "Can't brush it off these days, the bank warned us twice.", "~high"},
	{qSecurity, "not something I can shrug off, one breach and we lose the contract", "high"},
}

var round32cNotIgnoredKept = []readingCase{
	{qSecurity, "I wouldn't ignore it, but it's not top of the list", "!high"},
	{qSecurity, "we can ignore it, we're tiny", "!high"},
	{qSecurity, "We can't ignore it, but it isn't keeping me up at night.", "!high"},
}

func TestRound32cNotIgnored(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32cNotIgnored, round32cNotIgnoredKept)
}

// A data answer praising one named kind of record and faulting another
// is some: "Payroll's tight, but the job costings are scattered".
// 1 of 5 failed first: re-asked between yes and some.
var round32cDataSplit = []readingCase{
	{qData, "Safeguarding records are tight, but volunteer details are scattered over group chats.", "some"},
	{qData, "The stock counts are clean, but supplier contacts are spread across three inboxes.", "~some"},
	{qData, "Our patient notes are in good order, but the billing side is duplicated everywhere.", "~some"},
	{qData, "Invoices are fine, but the job sheets still need tidying.", "~some"},
	{qData, "Client files are spotless; the quotes, though, live in five spreadsheets.", "~some"},
}

var round32cDataSplitKept = []readingCase{
	{qData, "The accounts are good but everything else is scattered.", "!some"},
	{qData, "The accounts are fine and so is the customer list.", "no"},
	{qData, "The stock used to be clean, now it's a nightmare.", "!some"},
	{qData, "The payroll records are spotless, but the job costings are all over the place.", "some"},
}

func TestRound32cDataSplit(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32cDataSplit, round32cDataSplitKept, round32cDataSplitKept2, round32cDataSplitKept3)
}

var round32cDataSplitKept2 = []readingCase{
	{qData, "The invoices are fine, the stock is fine too, really.", "~no"},
}

var round32cDataSplitKept3 = []readingCase{
	{qData, "The orders are in one spreadsheet and the rest in my head, and both are in good order.", "!some"},
}
