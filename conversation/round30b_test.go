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

// round30bNearMiss: a security incident told as caught or harmless, an
// attempt that failed, or one that hit another firm, with no strong
// degree beside it, is the middle option: the owner has seen the risk
// without suffering it. 5 of 8 failed first (all asked between the
// worst and the middle).
var round30bNearMiss = []readingCase{
	{qSecurity, "we get the odd phishing email, nobody's fallen for one yet", "medium"},
	{qSecurity, "a fake invoice came in last spring, accounts spotted it", "medium"},
	{qSecurity, "our accountant's firm got hit by ransomware. we were fine, but it made me think", "medium"},
	{qSecurity, "someone clicked a bad link once, no harm done", "medium"},
	{qSecurity, "a friend's shop got hacked last year and it's made me a bit more careful", "medium"},
	{qSecurity, "there was a scam call pretending to be the bank, we caught it in time", "medium"},
	{qSecurity, "had a phishing email last week that almost got through", "medium"},
	{qSecurity, "three fake-supplier emails this year, all spotted", "medium"},
}

// round30bNearMissKept: an incident suffered, or told with a strong or
// a low degree.
var round30bNearMissKept = []readingCase{
	{qSecurity, "we got hit by ransomware last year and lost a week of work, it keeps me up at night", "high"},
	{qSecurity, "a competitor got hacked, and since then it's the thing I worry about most", "high"},
	{qSecurity, "we were hacked in March and paid the ransom", "high"},
	{qSecurity, "we get phishing emails like everyone, not worried", "~low"},
	{qSecurity, "a scam email now and then, nothing worth stealing here though", "low"},
	{qSecurity, "our supplier got hit by ransomware and it's now the top worry for me", "high"},
	{qSecurity, "we were hit by a scam last year and lost 8 grand", "high"},
	{qSecurity, "accounts opened a fake email and the bank blocked our payments for a week", "!medium"},
	{qSecurity, "ransomware would shut the warehouse; a customer of ours got hit last year", "!medium"},
	{qSecurity, "a scam nearly cleaned us out last year, so a lot", "high"},
}

func TestRound30bNearMiss(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30bNearMiss, round30bNearMissKept)
}

// round30bSomeOfThings: "some" counting things in a clause of the worst
// trouble ("crashes every month and some PCs are still on windows 7")
// is a count, not the middle option's hedge. 2 of 5 failed first (1
// read the middle, 1 asked between it and the worst).
var round30bSomeOfThings = []readingCase{
	{qSystems, "yes, the server keeps crashing and some laptops are still on windows 8", "pain"},
	{qSystems, "yes badly. the booking tool freezes daily and some staff still share one login", "pain"},
	{qSystems, "yes, the ERP is ancient and some sites still send orders by fax", "pain"},
	{qSystems, "yes, the network drops every afternoon and some machines have no antivirus", "pain"},
	{qSystems, "they're slow and unreliable, and some tills still run XP", "pain"},
}

// round30bSomeOfThingsKept: "some" of the trouble itself, or the only
// trouble told.
var round30bSomeOfThingsKept = []readingCase{
	{qSystems, "some things are slow, the rest works fine", "some"},
	{qSystems, "some bits need work", "some"},
	{qSystems, "some screens are slow, otherwise fine", "~some"},
	{qSystems, "yes, some issues with the wifi", "some"},
	{qSystems, "some of the laptops are old but they work", "some"},
}

func TestRound30bSomeOfThings(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30bSomeOfThings, round30bSomeOfThingsKept)
}

// round30bDataFineThenPart: data told in order in one part and, across a
// turn, out of order in another (kept on own phones, retyped from PDFs,
// counts that differ) is some challenges. 4 of 5 failed first (all
// asked between none and some).
var round30bDataFineThenPart = []readingCase{
	{qData, "the invoices are fine, but the reps keep their contacts on their own phones", "some"},
	{qData, "accounts are okay. the branch figures arrive as PDFs and we type them in", "some"},
	{qData, "our product data is good, though the stock counts in the two shops are often different", "some"},
	{qData, "finance data's fine, but each dealer sends sales numbers in a different format", "some"},
	{qData, "payroll is ok, the timesheets come in as photos and someone retypes them", "some"},
}

// round30bDataFineThenPartKept: no part out of order, or the rest a mess.
var round30bDataFineThenPartKept = []readingCase{
	{qData, "it's fine, all one system, no different versions", "no"},
	{qData, "the accounts are ok but the rest is a total mess", "!no"},
	{qData, "all good, the reps look customers up in the CRM on their phones", "~no"},
}

func TestRound30bDataFineThenPart(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30bDataFineThenPart, round30bDataFineThenPartKept)
}

// round30bPartlyPartly: records told "partly here, partly there" after a
// plain yes are scattered: the repeated "partly" splits the records, it
// does not lower the yes. 5 of 5 failed first (4 asked between some and
// yes, 1 read some); the last is still asked after the fix, the model
// doubting it.
var round30bPartlyPartly = []readingCase{
	{qData, "Yes. Customer records are partly in Sage, partly in Outlook and partly on paper.", "yes"},
	{qData, "very much so, stock data is partly in the till and partly in a notebook", "yes"},
	{qData, "Yes, member details are partly online, partly on index cards, and the auditor noticed.", "yes"},
	{qData, "definitely, the lab results are partly digital and partly on paper", "yes"},
	{qData, "yes, the job cards are partly in the app and partly in the lads' vans", "~yes"},
}

// round30bPartlyPartlyKept: "partly" once as the answer's degree, or a
// softer word beside the split.
var round30bPartlyPartlyKept = []readingCase{
	{qData, "partly, some of the records are still on paper", "some"},
	{qData, "a little. the files are partly on paper, partly digital, but it's manageable", "some"},
	{qData, "partly. the invoices are fine, the delivery notes not so much", "~some"},
}

func TestRound30bPartlyPartly(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30bPartlyPartly, round30bPartlyPartlyKept)
}

// round30bTroubleInProduct: internal systems called fine and the trouble
// placed in the product or the website, told as no part of the office,
// answer the question of internal systems: fine. 3 of 5 failed first
// (all asked between fine and some); the first is still asked after the
// fix, the blend doubting it.
var round30bTroubleInProduct = []readingCase{
	{qSystems, "the office tools are fine; the bugs are in our app, which is a different thing", "~fine"},
	{qSystems, "internally all good. our problems are with the product itself, not the back office", "fine"},
	{qSystems, "our own systems work well, the issues we have are in the software we sell", "fine"},
	{qSystems, "inside the company it runs fine, the trouble is on the customer platform, not in the office", "fine"},
	{qSystems, "office IT is fine. our problem is the website, but that's another matter", "fine"},
}

// round30bTroubleInProductKept: trouble in the office, or both.
var round30bTroubleInProductKept = []readingCase{
	{qSystems, "the office systems are fine but the website is slow and the booking app crashes", "!fine"},
	{qSystems, "the product is fine, the problems are in the office", "!fine"},
	{qSystems, "the problems are in the office and in the product", "!fine"},
}

func TestRound30bTroubleInProduct(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30bTroubleInProduct, round30bTroubleInProductKept)
}
