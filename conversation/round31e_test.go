package conversation

import "testing"

// round31eScales: a rating, a share or odds given as the answer. A
// rating that leads the answer ("9 out of 10.", "a solid 2", "low single
// digits on my worry list") is the answer; the words after it are its
// reason. Worry, reliance and priority go up with the option; a rating of
// the systems' or the data's quality goes the other way. Mid values and
// bare ratings whose direction is unclear ask. A share of the work on
// computers leading an ops answer is its reliance; a clause on "the
// rest" only restates it. 10 of 36 failed first: 4 read wrong (a 5 as
// low, a 2 as maybe, 9 of 10 staff as yes, 80% of staff as high), 6
// asked (low single digits twice, "a 1.", a 6 with "it works, but",
// two shares with "the rest by phone").
var round31eScales = []readingCase{
	{qOps, "9 out of 10. The dispatch board is the whole day for the couriers.", "high"},
	{qOps, "a 2, honestly. we cut hair, the till is the only screen", "low"},
	{qOps, "I'd say a solid 8. Nothing ships without a label from the system.", "high"},
	{qSecurity, "9 out of 10 and climbing. A supplier of ours was locked out by ransomware last spring.", "high"},
	{qSecurity, "Low single digits on the worry scale. There's nothing on the tablet but the rota.", "low"},
	{qSecurity, "a 1. we sell firewood", "low"},
	// Mid, with a reason that reads an end: asks.
	{qSecurity, "5 out of 10. We keep customer addresses and not much else.", "~medium"},
	{qInnovation, "10 out of 10. If we fall behind on kit we lose the big tenders.", "yes"},
	{qInnovation, "Low single digits on my list of priorities. We mend shoes.", "no"},
	{qInnovation, "A solid 2. We buy what's proven and keep it for fifteen years.", "no"},
	// The rest's "cash" reads a yes: the two ends ask.
	{qBudget, "2 out of 10. The cash goes on the new kiln first.", "~no"},
	{qSystems, "I'd give them a 3. Slow, and the stock module crashes.", "pain"},
	// The rest's words read nothing: a quality or a trouble rating?
	{qSystems, "2 out of 10. The till and the website don't share stock and we oversell every week.", "~pain"},
	{qSystems, "6 out of 10. It works, but the stock and the tills don't talk.", "some"},
	{qSystems, "9 out of 10. Everything moved to the cloud last year.", "fine"},
	{qSystems, "8 out of 10 on the headache scale. Three logins for one customer.", "pain"},
	{qSystems, "a 5. some bits fine, the rota tool is a mess", "some"},
	{qSystems, "9/10", "~fine"},
	{qData, "8 out of 10 on the chaos scale. Job sheets on paper, invoices in three places.", "yes"},
	{qData, "I'd score our data a 9, it all lives in the one system.", "no"},
	{qData, "2/10. Customer lists in four spreadsheets and none agree.", "yes"},
	{qCompetitors, "5 out of 10, I couldn't honestly tell you.", "unsure"},
	// Shares of the work on computers.
	{qOps, "About 15% of our jobs involve a screen, the rest is spanners and grease.", "low"},
	{qOps, "Roughly 90% of sales go through the online shop.", "high"},
	{qOps, "About 50% of bookings come in through the app, the other half ring the office.", "medium"},
	{qOps, "Only 5 percent of what we do happens on a computer. The rest is nets and boats.", "low"},
	{qOps, "Perhaps 10% of the job touches a keyboard. Everything else is soil, seed and tractors.", "low"},
	{qOps, "About 60% of the bookings arrive through the website, the rest by phone.", "medium"},
	{qOps, "Around 55% of orders come through the online shop, the rest walk in or phone.", "medium"},
	{qOps, "Roughly 10% of the day involves a computer. The rest is climbing, cutting and chipping.", "low"},
	{qOps, "Close to 95% of our takings come through the web shop.", "high"},
	{qOps, "Maybe 20% of the orders arrive by email, the rest come by phone, but we couldn't invoice without the laptop.", "!low"},
	// Numbers that count people or things are no rating.
	{qInnovation, "9 out of 10 of our staff are over fifty.", "?"},
	{qSecurity, "8 out of 10 staff work from home on Fridays.", "?"},
	{qOps, "a 10 year old van and a 3 person office.", "!high"},
	{qOps, "About 80% of our staff work on the road, the office does the rest.", "!high"},
}

// round31eScalesKept: the words already say the degree the rating
// refines, or the rating is not where the answer leads.
var round31eScalesKept = []readingCase{
	{qOps, "Quite a lot, 7 out of 10. Orders are online, the baking isn't.", "medium"},
	{qSecurity, "Not much, 2 out of 10. Nothing to steal here.", "low"},
	{qBudget, "Borderline, 7 out of 10 we could, but the bank would frown.", "maybe"},
	{qSecurity, "A lot, 9 out of 10. We hold passport scans for every guest.", "high"},
	{qInnovation, "Somewhat, a 5. We'll try things once they're proven.", "some"},
	{qData, "No, 9 out of 10 clean. One system, checked monthly.", "no"},
	{qOps, "90% of the work is done by hand, the computer is for invoices.", "~low"},
}

func TestRound31eScales(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31eScales, round31eScalesKept)
}

// round31eRatedAfter: a rating given after the reason, by a verb ("I'd
// give them a 9", "I'd score our records a 9") or on a named scale ("an
// 8 on the mess scale"): its direction is told, so it is read on the
// systems and data questions too.
var round31eRatedAfter = []readingCase{
	{qSystems, "Everything moved to Microsoft 365 two years ago. I'd rate them an 8.", "fine"},
	{qSystems, "The server's in a cupboard and the backups are a mystery. I'd give it a 2.", "pain"},
	{qData, "One customer list, one stock list, both checked weekly. I'd score our records a 9.", "no"},
	{qData, "Orders in email, stock in a notebook, invoices in Sage. It's an 8 on the mess scale.", "yes"},
	{qSecurity, "We hold delivery addresses and that is all. Maybe a 2.", "low"},
	{qSystems, "Two laptops, a printer and the shared drive. I'd give them a 5.", "some"},
}

// round31eRatedAfterKept: no rating, or none told with a direction.
var round31eRatedAfterKept = []readingCase{
	{qSystems, "They're fine, 8 out of 10.", "fine"},
	{qSystems, "we're on a 10 year old server and it creaks", "!fine"},
	{qSystems, "8/10", "~fine"},
	{qData, "2 out of 10", "~yes"},
	// A low rating with mild trouble may rate the need for work.
	{qSystems, "2 out of 10, just a few small niggles", "!pain"},
	// The defences rated, not the worry.
	{qSecurity, "our defences are a 9, the IT firm sees to that", "!high"},
	{qSecurity, "I'd say our security is an 8.", "!high"},
}

func TestRound31eRatedAfter(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31eRatedAfter, round31eRatedAfterKept)
}

// round31eBigShareWrong: a plain yes, then a third or more of the data
// told wrong, is the real problem the yes says; a smaller share, or none
// affirmed, stays some trouble. 3 of 3 failed first (1 read some, 2
// asked between some and yes).
var round31eBigShareWrong = []readingCase{
	{qData, "Yes. About 35% of our job files are missing photos and we argue with insurers over it.", "yes"},
	{qData, "Yes, 45% of the product records are out of date and the webshop shows the wrong prices.", "yes"},
	{qData, "yeah, a third of our client records are wrong and nobody owns them", "yes"},
}

var round31eBigShareWrongKept = []readingCase{
	{qData, "Yes, maybe 10% of the addresses are out of date.", "some"},
	{qData, "About 40% of the customer records are out of date.", "~some"},
	{qData, "a quarter of the stock records are wrong, the rest is fine", "some"},
}

func TestRound31eBigShareWrong(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31eBigShareWrong, round31eBigShareWrongKept)
}

// round31eOdds: odds of what the question asks, the event told after
// them ("1 in 5 chance we could pay for one"): the odds are the degree.
// Odds of a harm go the other way and are left to the words. 1 of 4
// failed first (asked between maybe and no); the 1 in 3 now asks between
// no and maybe, where it asked between yes and maybe.
var round31eOdds = []readingCase{
	{qBudget, "Maybe a 1 in 5 chance we could pay for one this year.", "no"},
	{qBudget, "About a 1 in 3 chance we could fund it this year.", "~maybe"},
	{qBudget, "1 in 2 chance we can stretch to it.", "maybe"},
	{qSecurity, "a 1 in 20 chance anyone bothers with us. We sell compost.", "low"},
}

var round31eOddsKept = []readingCase{
	{qBudget, "1 in 5 chance we'd go under if we hired one.", "!yes"},
	{qBudget, "9 in 10 chance, the money's there.", "yes"},
}

func TestRound31eOdds(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31eOdds, round31eOddsKept)
}

// round31eTroubleCounted: how many of the systems give trouble. Some of
// them is some pain points, all of them the systems in trouble, most of
// them asks. 2 of 3 failed first (both asked between some and pain).
var round31eTroubleCounted = []readingCase{
	{qSystems, "2 of our 6 tools are a nuisance, the others behave.", "some"},
	{qSystems, "1 of the 3 programs is a real headache. The other two are fine.", "some"},
	{qSystems, "Three of our four programs are a headache.", "~pain"},
}

var round31eTroubleCountedKept = []readingCase{
	{qSystems, "all 4 of our systems run well", "fine"},
}

func TestRound31eTroubleCounted(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31eTroubleCounted, round31eTroubleCountedKept)
}
