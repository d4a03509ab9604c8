package conversation

import "testing"

// round28cTakenBack: an owner who takes back what they first typed ("a
// little. no, a lot", "steady. actually no, we've doubled", "no. hang
// on, yes") is read by what they settle on, by the rules, the model and
// the doubt alike. 7 of 18 failed first (1 read the retracted option, 6
// asked between the two).
var round28cTakenBack = []readingCase{
	{qSecurity, "not really a worry, actually yes it is since the phishing thing last month", "~high"},
	{qSecurity, "a little. no, scratch that, a lot, we hold card data", "high"},
	{qSecurity, "a lot. well, somewhat, to be honest", "~medium"}, // the Bayes, with blind63-70 learned, asks
	{qSize, "around 12, no wait, 14 with the apprentices", "s"},
	{qSize, "8. oh, plus the 4 drivers, so 12", "s"},
	{qStage, "steady. actually no, we've doubled this year", "scaling"},
	{qOps, "not much. hmm, actually the whole dispatch runs on the app, so completely", "high"},
	{qSystems, "they're fine. well, the invoicing is slow", "some"},
	{qSystems, "some pain. no, honestly, it's a mess, everything crashes", "pain"},
	{qData, "under control. well, mostly, the stock counts never match", "some"},
	{qData, "no. hang on, yes, actually it's all over the place", "yes"},
	{qProducts, "no. well, we're planning a customer app for next year", "planned"},
	{qProducts, "planning to. actually it's already live and it's most of our revenue", "~core"},
	{qInnovation, "not a priority, well, somewhat, we try new kit when it's proven", "~some"},
	{qCompetitors, "no. actually, yeah, the big chains are way ahead now", "yes"},
	{qCompetitors, "falling behind? nah, scratch that, we're level", "no"},
	{qBudget, "yes. well, it would be tight", "maybe"},
	{qBudget, "maybe. no, honestly, not now", "no"},
}

// round28cTakenBackKept: an "actually" or a "no" that opens an aside or
// a reason, not a turn, leaves the answer before it standing.
var round28cTakenBackKept = []readingCase{
	{qSystems, "they run fine. well, actually the coffee machine is broken, but that's not IT", "fine"},
	{qBudget, "yes, the money's there. actually maybe we need two people, that's why I'm asking", "~yes"},
	{qSecurity, "a lot. we actually had a breach in 2022", "high"},
	{qSystems, "secure? no. efficient? also no", "pain"},
	{qData, "No. Actually it's all in one system and it's clean", "no"},
}

func TestRound28cTakenBack(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28cTakenBack, round28cTakenBackKept)
}

// round28cNoSuchTrouble: plain trouble denied with a word between ("no
// real problems", "no particular issues") or by a denial of saying it
// later in the answer or with no subject ("they work well, I wouldn't
// say we have problems there", "can't say we have issues") is the best
// option. 9 of 9 failed first (each asked between the best and the
// rules' reading: the worst for 5, the middle for 4).
var round28cNoSuchTrouble = []readingCase{
	{qSystems, "no real problems", "fine"},
	{qSystems, "no particular issues", "fine"},
	{qSystems, "no specific problems with them", "fine"},
	{qData, "no notable issues", "no"},
	{qSystems, "they do the job, no significant problems", "fine"},
	{qSystems, "they work well, I wouldn't say we have problems there", "fine"},
	{qSystems, "I wouldn't say there are problems, they do the job", "fine"},
	{qSystems, "can't say we have issues with them", "fine"},
	{qData, "all in one place, can't say we have problems", "no"},
}

// round28cNoSuchTroubleKept: a "no" that answers before the trouble
// told, a denial of big trouble only, and trouble beside the denial.
var round28cNoSuchTroubleKept = []readingCase{
	{qSystems, "no, we have real problems", "~pain"},
	{qSystems, "I wouldn't say we have big problems, a few niggles", "some"},
	{qSystems, "the server is ancient and crashes weekly, I wouldn't say we have problems though", "?"},
}

func TestRound28cNoSuchTrouble(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28cNoSuchTrouble, round28cNoSuchTroubleKept)
}

// round28cNotPerfect: serious trouble denied, then perfection denied
// ("not a big problem, but not perfect either") is the middle option,
// which neither the doubt nor the model, reading the first denial as no
// trouble, puts in question. 3 of 5 failed first (asked between some
// and no).
var round28cNotPerfect = []readingCase{
	{qData, "not a real issue, but not perfect either, a few duplicates", "some"},
	{qData, "not a big deal, but not perfect", "some"},
	{qData, "no big problem, but it's not perfect", "some"},
	{qSystems, "not a disaster, but not ideal either", "some"},
	{qSystems, "not a major issue but they're not perfect", "some"},
}

// round28cNotPerfectKept: either end said plainly.
var round28cNotPerfectKept = []readingCase{
	{qSystems, "no problems, they're great", "fine"},
	{qData, "a real problem, nothing matches", "yes"},
	{qSystems, "nothing's perfect, but we have no problems", "fine"},
}

func TestRound28cNotPerfect(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28cNotPerfect, round28cNotPerfectKept)
}

// round28cInnovationLater: innovation put off to later ("maybe later,
// not now", "interesting, but for a shop like ours it's not the time")
// is no: the hedge is about when, and the model, reading what comes
// before the turn, does not put it in doubt; a clause that only says
// when ("maybe once the new warehouse is running") changes nothing. 8 of
// 10 failed first (2 read some, 6 asked between some and no).
var round28cInnovationLater = []readingCase{
	{qInnovation, "maybe later, not now", "no"},
	{qInnovation, "one day maybe, not now", "no"},
	{qInnovation, "it's not the moment for us", "no"},
	{qInnovation, "not the right time for us", "no"},
	{qInnovation, "we went to an AI fair, great stuff, but for a shop like ours it's not the time", "no"},
	{qInnovation, "interesting, but it is not the moment", "no"},
	{qInnovation, "Not at this time. Maybe once the new warehouse is running.", "no"},
	{qInnovation, "not now, perhaps when the kids take over", "no"},
	{qInnovation, "we'll consider it in the future, for now we have other priorities", "no"},
	{qInnovation, "other priorities for now, maybe in a few years", "no"},
}

// round28cInnovationLaterKept: a hedge without a denial of now, and a
// "not now" that turns to a yes.
var round28cInnovationLaterKept = []readingCase{
	{qInnovation, "maybe later", "some"},
	{qInnovation, "not the moment to sit still: yes, it's central to our plans", "yes"},
}

func TestRound28cInnovationLater(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28cInnovationLater, round28cInnovationLaterKept)
}

// round28cWorkGoesOn: systems down and the work going on, on paper
// ("if the computers stop tomorrow, we keep working, it's just more
// paper") is little reliance, before any fear of a stop is weighed, and
// the model's doubt of it does not stand. 4 of 5 failed first (2 read
// quite a lot, 2 asked).
var round28cWorkGoesOn = []readingCase{
	{qOps, "if the computers stop tomorrow, we keep working, it's just more paper", "low"},
	{qOps, "if the PCs go down we continue to work on paper", "low"},
	{qOps, "when the system crashes we continue working with paper tickets", "low"},
	{qOps, "if it all stopped we'd keep on working, on paper", "low"},
	{qOps, "if the till crashes we carry on working with a notepad", "low"},
}

// round28cWorkGoesOnKept: the fallback hurts.
var round28cWorkGoesOnKept = []readingCase{
	{qOps, "if the system stops we keep working on paper but everything is slow and orders get lost", "!low"},
}

func TestRound28cWorkGoesOn(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28cWorkGoesOn, round28cWorkGoesOnKept)
}

// round28cFewTroubles: an answer that opens by counting a few troubles
// ("a couple of things annoy me: the portal is slow") is some pain
// points, whatever the details' words. 5 of 6 failed first (all asked
// between pain and some: the rules read "slow" as the worst).
var round28cFewTroubles = []readingCase{
	{qSystems, "a couple of things annoy me: the portal is slow and the receipts are manual", "some"},
	{qSystems, "two or three things irritate us, the VPN is slow and the printers jam", "some"},
	{qSystems, "a few things bug me: the wifi is patchy and the laptops are slow", "some"},
	{qSystems, "one or two things drive me mad, the booking system is slow on Mondays", "some"},
	{qSystems, "a couple of niggles: slow logins, patchy wifi", "some"},
	{qData, "a few issues: duplicates, and the stock counts are unreliable", "some"},
}

// round28cFewTroublesKept: a few things that work, and the whole in
// trouble.
var round28cFewTroublesKept = []readingCase{
	{qSystems, "a couple of things annoy me, honestly everything is slow and insecure", "!some"},
}

func TestRound28cFewTroubles(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28cFewTroubles, round28cFewTroublesKept)
}

// round28cCountsJoined: two counts of people joined by "and" in one
// clause ("3 dentists and 9 nurses") are parts to add, as "dentists 3,
// nurses 9" always were. 5 of 5 failed first (3 read the second count
// alone, 1–10 people, silently; 2 asked); the last is still asked.
var round28cCountsJoined = []readingCase{
	{qSize, "3 dentists and 9 nurses", "s"},
	{qSize, "5 chefs and 7 waiters", "s"},
	{qSize, "two vets and nine nurses", "s"},
	{qSize, "8 in the kitchen and 5 front of house", "s"},
	{qSize, "30 drivers and 25 in the warehouse", "~m"},
}

// round28cCountsJoinedKept: things counted beside people are no part.
var round28cCountsJoinedKept = []readingCase{
	{qSize, "3 vans and 9 drivers", "xs"},
	{qSize, "5 sites and 48 people", "s"},
	{qSize, "40 staff and 12 vans", "s"},
}

func TestRound28cCountsJoined(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28cCountsJoined, round28cCountsJoinedKept)
}
