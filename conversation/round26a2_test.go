package conversation

import "testing"

// round26aNoDowntime: downtime told as not to be borne ("zero tolerance
// for downtime", "any outage is a P1", "downtime is not an option") is
// complete reliance on IT. 4 of 6 failed first (3 asked with no option
// offered, 1 between completely and a little).
var round26aNoDowntime = []readingCase{
	{qOps, "We have zero tolerance for downtime.", "high"},
	{qOps, "we can't tolerate any downtime at all", "high"},
	{qOps, "Downtime is not an option for us.", "high"},
	{qOps, "Every outage is a sev 1.", "high"},
	{qOps, "we can't afford even an hour of downtime", "high"},
	{qOps, "no outage is acceptable, the line runs 24/7", "high"},
}

// round26aNoDowntimeKept must keep their reading: downtime borne. A day
// of it borne is quite a lot, as the labelled answers read "we'd survive
// a day without it", and the model now takes it so.
var round26aNoDowntimeKept = []readingCase{
	{qOps, "a bit of downtime wouldn't hurt us", "medium"},
	{qOps, "we can live with a day of downtime", "~medium"},
	{qOps, "outages happen, we just use paper", "low"},
}

func TestRound26aNoDowntime(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round26aNoDowntime, round26aNoDowntimeKept)
}

// round26aNotBadButNeeds: a bad denied ("not too bad") and then a part
// that needs work ("Some improvement is required in the inventory
// module") is some pain points: neither fine nor the worst. 5 of 5
// failed first (2 read fine, 2 asked between some and fine, 1 asked
// with no option offered).
var round26aNotBadButNeeds = []readingCase{
	{qSystems, "Not too bad. The booking part needs some work.", "some"},
	{qSystems, "not bad, but the stock module needs improving", "some"},
	{qSystems, "Not too bad. Some improvement is required in the billing module.", "some"},
	{qSystems, "They're not bad. The accounts side needs an upgrade though.", "some"},
	{qSystems, "not terrible, some improvements are needed in the reporting", "some"},
}

// round26aNotBadButNeedsKept must keep their reading: a bad denied with
// nothing needed, or the worst told.
var round26aNotBadButNeedsKept = []readingCase{
	{qSystems, "not bad at all, they work well", "fine"},
	{qSystems, "no, they run well", "fine"},
	{qSystems, "they're a disaster and need replacing", "pain"},
}

func TestRound26aNotBadButNeeds(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aNotBadButNeeds, round26aNotBadButNeedsKept)
}

// round26aNotBadButNeedsAfterDenial: the same after a good denied first
// ("Not fully modern, not too bad either. The stock module needs some
// work"). 3 of 3 failed first (2 asked between some and fine, 1 asked
// with no option offered).
var round26aNotBadButNeedsAfterDenial = []readingCase{
	{qSystems, "Not fully modern, not too bad either. The stock module needs some work.", "some"},
	{qSystems, "not perfect, not bad also, the billing part requires improvement", "some"},
	{qSystems, "Not the fastest, not too bad. Reporting needs an upgrade.", "some"},
}

func TestRound26aNotBadButNeedsAfterDenial(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aNotBadButNeedsAfterDenial)
}

// round26aMuchButFallback: much use told first and then a fallback to
// paper the work can take for a while ("A lot, but the factory floor can
// run on paper for a day if it has to") is quite a lot: the fallback
// lowers the opening's degree, as "but not hugely" does. Through the
// engine 4 of 4 failed first (all asked between quite a lot and
// completely).
var round26aMuchButFallback = []readingCase{
	{qOps, "a lot, but we could manage on paper for a day", "medium"},
	{qOps, "Heavily, but the kitchen can work from paper tickets for a day.", "medium"},
	{qOps, "Very much, but the shop could write receipts by hand for a day or two.", "medium"},
	{qOps, "A great deal, but the drivers can use paper delivery notes if it's down.", "medium"},
}

// round26aMuchButFallbackKept must keep their reading: a fallback that
// is no way to work, or none.
var round26aMuchButFallbackKept = []readingCase{
	{qOps, "a lot, and if it's down we go to paper and it's chaos", "~high"},
	{qOps, "completely, we can't go back to paper", "high"},
	{qOps, "a lot", "medium"}, // the middle's label is "Quite a lot"; labelled bare "a lot" reads it
}

func TestRound26aMuchButFallback(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round26aMuchButFallback, round26aMuchButFallbackKept)
}

// round26aConstantDiscrepancies: records that differ or mismatch, told
// as never stopping ("Stock counts differ between the WMS and the ERP.
// Every single month."), are a real problem, as constant errors are.
// 4 of 4 failed first (all asked with no option offered).
var round26aConstantDiscrepancies = []readingCase{
	{qData, "The stock figures differ between the shop and the warehouse every week.", "yes"},
	{qData, "there are discrepancies between the two systems all the time", "yes"},
	{qData, "Invoices and orders mismatch constantly.", "yes"},
	{qData, "Member numbers differ between the app and the bank. Every single month.", "yes"},
}

// round26aConstantDiscrepanciesKept must keep their reading: now and
// then, or denied.
var round26aConstantDiscrepanciesKept = []readingCase{
	{qData, "the stock figures differ now and then", "~some"},
	{qData, "no discrepancies, it all reconciles", "?"},
}

func TestRound26aConstantDiscrepancies(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aConstantDiscrepancies, round26aConstantDiscrepanciesKept)
}

// round26aFallbackUnharmed: systems down, the work goes to paper and
// carries on unharmed ("if the internet is down we just write on paper
// like before and nothing stops"): little reliance, not the middle of
// "if it breaks we do it by hand", and the model's "down" and "stops"
// do not make it the whole. Through the engine 5 of 5 failed first (3
// asked between the middle and completely, 2 offered a little beside
// another).
var round26aFallbackUnharmed = []readingCase{
	{qOps, "if the wifi goes down we just use paper and nothing stops", "low"},
	{qOps, "when the system is down we write it by hand, nothing stops", "low"},
	{qOps, "if it crashes we go back to pen and paper and carry on, no problem", "low"},
	{qOps, "if the computer is down we write the orders on paper and keep going", "low"},
	{qOps, "If the EPOS dies we take orders on a notepad and carry on as normal.", "low"},
}

// round26aFallbackUnharmedKept must keep their reading: the fallback is
// harm, or there is none.
var round26aFallbackUnharmedKept = []readingCase{
	{qOps, "if the system goes down, everything stops", "high"},
	{qOps, "if the till is down we use paper, but it's chaos", "high"},
	{qOps, "if it breaks we do it by hand, but it's slow", "medium"},
}

func TestRound26aFallbackUnharmed(t *testing.T) {
	checkRulesThenEngine(t, round26aFallbackUnharmed, round26aFallbackUnharmedKept)
}

// round26aSecurityNotVouched: security the owner will not vouch for
// ("I'd not bet on any of it being secure", "wouldn't swear they're
// secure") is a doubt of it, as "no idea if they're secure" is: beside
// slowness, two kinds of trouble. 4 of 4 failed first (3 read some, 1
// read fine).
var round26aSecurityNotVouched = []readingCase{
	{qSystems, "Slow, and I wouldn't swear they're secure.", "pain"},
	{qSystems, "They crash a lot and I'd not trust them to be secure.", "pain"},
	{qSystems, "Sluggish. Can't guarantee any of it is secure either.", "pain"},
	{qSystems, "slow as anything and I wouldn't bet my house on it being secure", "pain"},
}

// round26aSecurityNotVouchedKept must keep their reading: security
// vouched for.
var round26aSecurityNotVouchedKept = []readingCase{
	{qSystems, "they are secure and fast", "fine"},
	{qSystems, "slow but secure", "some"},
}

func TestRound26aSecurityNotVouched(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aSecurityNotVouched, round26aSecurityNotVouchedKept)
}

// round26aUnbackedOrOpen: systems with no backups or that anyone can
// log in to are insecure, a second kind of trouble beside slowness, as
// a shared login is ("The website is fine, it's ours that's the
// problem: slow, no backups"). 4 of 4 failed first (all read some).
var round26aUnbackedOrOpen = []readingCase{
	{qSystems, "The bank portal is fine; our own server is slow and has no backups.", "pain"},
	{qSystems, "Email is fine. The booking system is slow and anyone can log in to it.", "pain"},
	{qSystems, "The tills are fine, but the back office PC is slow and never backed up.", "pain"},
	{qSystems, "The website is fine, it's ours that's the problem: slow, no backups.", "pain"},
}

// round26aUnbackedOrOpenKept must keep their reading: backups kept,
// logins guarded.
var round26aUnbackedOrOpenKept = []readingCase{
	{qSystems, "they run well, backups every night", "fine"},
	{qSystems, "the website is fine, the booking system is a bit slow", "some"},
	{qSystems, "fine, only the manager can log in", "fine"},
}

func TestRound26aUnbackedOrOpen(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aUnbackedOrOpen, round26aUnbackedOrOpenKept)
}

// round26aCouldBeBetter: systems that work but "could be" better, tidier
// or faster have room to improve: some pain points, not running well.
// "could be worse" is no such room. 4 of 5 failed first (all read
// fine).
var round26aCouldBeBetter = []readingCase{
	{qSystems, "they work, but they could be a lot better", "some"},
	{qSystems, "they work, but could be faster", "some"},
	{qSystems, "they do the job, but it could all be a lot neater", "some"},
	{qSystems, "it works but it could be more secure", "some"},
	{qSystems, "Fine, mostly. Could be quicker.", "some"},
}

// round26aCouldBeBetterKept must keep their reading: "could be worse",
// and the worst told.
var round26aCouldBeBetterKept = []readingCase{
	{qSystems, "they work, could be worse", "~fine"},
	{qSystems, "it's a disaster, it could be a lot better", "~pain"},
	{qSystems, "they run well", "fine"},
}

func TestRound26aCouldBeBetter(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aCouldBeBetter, round26aCouldBeBetterKept)
}

// round26aStartingFromZero: a business told as starting from zero,
// scratch or over ("It feels like starting from zero") is at its start,
// whatever new staff or a reopening say beside it. 5 of 5 failed first
// (4 asked with no option offered, 1 read scaling).
var round26aStartingFromZero = []readingCase{
	{qStage, "It feels like starting from zero.", "startup"},
	{qStage, "we're starting from scratch again", "startup"},
	{qStage, "We reopened last spring after years shut, so really we are starting over.", "startup"},
	{qStage, "New owners, new name, new staff; it's like starting from scratch.", "~startup"},
	{qStage, "Honestly it's like starting from zero, the old customers are gone.", "startup"},
}

// round26aStartingFromZeroKept must keep their reading: a start from
// scratch long ago.
var round26aStartingFromZeroKept = []readingCase{
	{qStage, "we started from scratch in 1998 and now have 40 staff", "established"},
	{qStage, "we built it from scratch over twenty years", "established"},
}

func TestRound26aStartingFromZero(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aStartingFromZero, round26aStartingFromZeroKept)
}

// round26aSlowByTimeAndDropping: slowness told as the time a task takes
// ("Opening a chart takes a couple of minutes") and connections lost
// ("loses its connection most weeks", "keeps disconnecting") are two
// kinds of trouble: slow, patchy or insecure. 4 of 4 failed first (all
// asked with no option offered).
var round26aSlowByTimeAndDropping = []readingCase{
	{qSystems, "Opening an invoice takes two minutes and the wifi drops every day.", "pain"},
	{qSystems, "Reports take forever to run, and the server loses its connection most weeks.", "pain"},
	{qSystems, "Logging in takes five minutes and the scanner keeps disconnecting.", "pain"},
	{qSystems, "Loading a chart takes ages and the app freezes most weeks.", "pain"},
}

// round26aSlowByTimeAndDroppingKept must keep their reading: one kind
// told, or none.
var round26aSlowByTimeAndDroppingKept = []readingCase{
	{qSystems, "they run well", "fine"},
	{qSystems, "The till takes ages to load and crashes on Saturdays.", "pain"},
}

func TestRound26aSlowByTimeAndDropping(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aSlowByTimeAndDropping, round26aSlowByTimeAndDroppingKept)
}
