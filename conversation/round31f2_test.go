package conversation

import "testing"

// round31f2Hypotheticals: a condition denied after it ("if we had the
// money, sure, but we don't") or plainly counterfactual ("if we had that
// kind of cash we'd sell up") is the denial; a breakdown with a
// fallback named is little reliance, one that costs part of the work
// is the middle; "if we had to" is no doubt of the money; a counterfactual
// loss of the product is no plan to build one. 6 of 9 failed first
// (four budget ones read maybe or asked between maybe and another, two
// products ones asked between planned and core).
var round31f2Hypotheticals = []readingCase{
	{qBudget, "If we had the budget, of course, but we haven't.", "no"},
	{qBudget, "if I had that sort of money I'd be on a beach", "no"},
	{qBudget, "If we had the cash we'd have done it already.", "no"},
	{qBudget, "If we had to, yes. The money is there.", "yes"},
	{qOps, "If the laptop died we'd just write the bookings in the diary like we used to.", "low"},
	{qOps, "if the till packs up we take cash and write it in the book", "low"},
	{qOps, "If the website went down for a day we'd lose orders, but the phone and the market stall still bring in most of it.", "~medium"},
	{qProducts, "Yes. If we stopped developing the app we'd be out of business in a year.", "core"},
	{qProducts, "We build our own booking software. If it doesn't work, the surgeries have nothing from us.", "core"},
}

// round31f2HypotheticalsKept: the same conditions with the other
// outcome, and plain answers.
var round31f2HypotheticalsKept = []readingCase{
	{qBudget, "if we find the right person, the money is there", "!no"},
	{qBudget, "if the grant comes through, yes; if not, no", "!yes"},
	{qOps, "if the system goes down, nobody gets paid and the lorries stop", "!low"},
	{qOps, "if the computer goes down we stop, everything is on it", "high"},
	{qProducts, "if the pilot goes well we'll build an app next year", "planned"},
	{qBudget, "no, there's no money for that", "no"},
}

func TestRound31f2Hypotheticals(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31f2Hypotheticals, round31f2HypotheticalsKept)
}

// round31f2Threats: a threat told as a what-if ("if we're not first,
// the buyers go to the Italians") is the reason for the yes beside it;
// a breach that would only let the thief learn something of no worth
// is little worry. 4 of 7 failed first (all asked, the middle or the
// other end offered beside the yes; the haircut between high and low).
var round31f2Threats = []readingCase{
	{qInnovation, "Yes. If we're not the first with the new dyes, the fashion houses go to the Italians.", "yes"},
	{qInnovation, "Absolutely. If we can't offer the newest scanners, the clinics will sign with someone else.", "yes"},
	{qCompetitors, "They've got online ordering and an app, and if we don't catch up they'll take our pubs.", "yes"},
	{qOps, "Bookings, keys and invoices are all on the system. If it's down, nobody checks in and nobody gets billed.", "high"},
	{qProducts, "We make our own irrigation controllers. If we went back to reselling other brands we'd be out of business.", "core"},
	{qSecurity, "If someone hacked us they'd learn how much we charge for a haircut.", "low"},
	{qSecurity, "if anyone broke in they'd find out what's on the lunch menu", "low"},
}

// round31f2ThreatsKept: the threat beside a no, a breach of worth.
var round31f2ThreatsKept = []readingCase{
	{qSecurity, "If someone hacked us they'd find out our clients' bank details.", "!low"},
	{qInnovation, "No. If we're not first, so what, we still sell the same cheese.", "!yes"},
	{qCompetitors, "No. If we don't catch up on the app we'll lose a few, but we're ahead on service.", "!yes"},
	{qOps, "if the system goes down we just carry on with paper, no problem", "low"},
}

func TestRound31f2Threats(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31f2Threats, round31f2ThreatsKept)
}
