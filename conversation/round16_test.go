package conversation

import "testing"

// round16Classes are the classes of blind set 20's wrong reading and
// re-asks, in fresh wordings of other voices, read by the rules and the
// doubt alone (no model). "~v" wants v or a re-ask with v in it, "?"
// any re-ask.
var round16Classes = []struct{ q, text, want string }{
	// Machines that run without the internet beside work on a computer:
	// the middle, never the top ("without internet" was a key of it).
	{qOps, "quotes and payroll on the laptop. the looms run without any computer", "~medium"},
	{qOps, "orders come by email, but the kilns work without internet", "~medium"},
	{qOps, "booking system for the office; the boats operate without the system", "~medium"},
	// Nothing of value on the computers: little worry.
	{qSecurity, "no worries, there's nothing valuable on our laptops", "low"},
	{qSecurity, "not really, nothing important is kept on the computer", "low"},
	// An age told as a birthday to come: "turns 18 this year".
	{qStage, "the bakery turns 25 next month", "established"},
	{qStage, "we turn 30 this year", "established"},
	{qStage, "we turn 2 this year", "startup"},
	// No other business like ours here: nobody ahead.
	{qCompetitors, "there's no other service like ours in the county yet", "no"},
	{qCompetitors, "nobody else round here does anything like ours", "no"},
	{qCompetitors, "no other bakery like ours in town", "no"},
	// The basics to fix first: no innovating for now.
	{qInnovation, "not now, we must fix the basic things", "no"},
	{qInnovation, "first we need to sort out the basics", "no"},
	{qInnovation, "we have to get the fundamentals right before anything fancy", "no"},
	// A salary dearer than a whole budget of ours: no.
	{qBudget, "no chance, that would cost more than our whole budget", "no"},
	{qBudget, "a CTO would cost more than our entire IT budget", "no"},
	{qBudget, "a salary like that is more than our annual marketing budget", "no"},
	// A start in a month with no year and a number of something else:
	// this year's start.
	{qStage, "we began in october, 15 clients signed so far", "startup"},
	{qStage, "started in june, 12 customers so far", "startup"},
	{qStage, "we launched in february and have 300 users on the beta", "startup"},
}

// round16Kept are nearby answers the round must not change.
var round16Kept = []struct{ q, text, want string }{
	{qOps, "we'd be lost without the internet", "high"},
	{qOps, "without the computers nothing happens", "high"},
	{qOps, "we could manage without it", "low"},
	{qOps, "all jobs run through the system, we could not operate without it", "high"},
	{qSecurity, "very worried, all our client files are on the computer", "high"},
	{qSecurity, "not worried", "low"},
	{qSecurity, "a bit, clients send drawings, but nothing confidential yet", "?"},
	{qSecurity, "a lot, everything important is on the computer", "high"},
	{qStage, "we've been going 30 years", "established"},
	{qStage, "we turn over 2 million a year", "?"},
	{qCompetitors, "the other firms have apps like ours now", "?"},
	{qInnovation, "we fixed the basics years ago, now we try every new thing", "?"},
	{qInnovation, "we have the basics covered, now we try new things", "some"},
	{qBudget, "yes, we have the budget", "yes"},
	{qStage, "we started in march 1998", "established"},
	{qStage, "started in may, 25 years ago", "established"},
	{qStage, "opened our third shop in april, 40 staff now", "scaling"},
	{qStage, "shop 3 opened in may, a 4th is planned", "?"},
	{qBudget, "it would come out of the marketing budget, but yes", "yes"},
}

func TestRound16Classes(t *testing.T) {
	checkReadings(t, rulesReading, false, round16Classes, round16Kept)
}

// round16CVClasses are the classes the cross-validation read wrongly, in
// fresh wordings: a worry grown since the past is the middle; retyping
// between systems is pain; figures arriving in many formats, or that
// customers dispute because two records disagree, are a real problem.
var round16CVClasses = []struct{ q, text, want string }{
	{qSecurity, "somewhat more than we did a few years ago", "~medium"},
	{qSecurity, "more than we used to, since a school nearby lost its records", "~medium"},
	{qSystems, "we re-enter every order into the accounts by hand and invoices go out late", "~pain"},
	{qSystems, "the till and the stock app are separate, we retype sales each night and reorders are always late", "~pain"},
	{qData, "sales reports arrive from a dozen shops, each in its own format, and the owners keep questioning them", "~yes"},
	{qData, "suppliers send invoices in all sorts of formats and customers keep disputing the totals", "~yes"},
	{qData, "clients dispute our invoices because the timesheets and the rota don't match", "~yes"},
	{qData, "the hauliers query every bill since the weighbridge tickets and our log don't match", "~yes"},
}

// round16CVKept are nearby answers the fix must not change.
var round16CVKept = []struct{ q, text, want string }{
	{qSecurity, "far more than we used to, we were hacked last spring", "~high"},
	{qData, "the two spreadsheets don't match now and then", "~some"},
	{qSystems, "they work fine", "fine"},
	{qSystems, "the till and the stock app are separate, so we retype sales each night", "some"},
}

func TestRound16CVClasses(t *testing.T) {
	checkReadings(t, rulesReading, false, round16CVClasses, round16CVKept)
}
