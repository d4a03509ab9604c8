package conversation

import "testing"

// round25aCalledFreelancers: a size answer that gives the staff and then
// a larger group it calls freelancers or contractors ("the 60
// pharmacists in our relief pool are freelancers") counts the staff
// alone; the group's place words ("on our list") tied it to the firm.
// 3 of 5 failed first (2 read the sum's option, 1 asked s or m).
var round25aCalledFreelancers = []readingCase{
	{qSize, "About 20 of us. The 35 tutors on our list are freelancers.", "s"},
	{qSize, "Around 12 staff. The 40 drivers we use are contractors.", "s"},
	{qSize, "We're 14. The 50 guides we book are all self-employed.", "s"},
	{qSize, "Nine employees; the 45 interpreters in our network are independent contractors.", "xs"},
	{qSize, "About 30 people. The 80 nurses in our bank are freelancers, paid per shift.", "s"},
}

// round25aCalledFreelancersKept must keep their reading: a group called
// the firm's own, on the payroll, or freelancers told as a plain count.
var round25aCalledFreelancersKept = []readingCase{
	{qSize, "30 staff and 25 freelancers", "s"},
	{qSize, "We're 14. The 50 guides are all ours.", "s"},
	{qSize, "About 20. The 35 tutors are on the payroll too.", "m"},
	{qSize, "12 in the office and 45 in the warehouse", "m"}, // parts added since round 28
	{qSize, "10 of us plus 5 drivers", "s"},
}

func TestRound25aCalledFreelancers(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aCalledFreelancers, round25aCalledFreelancersKept)
}

// round25aPreOpening: a business not open yet told as "pre-opening" is
// an early-stage startup; the "opening" in it is no new branch.
// 5 of 5 failed first (all read scaling).
var round25aPreOpening = []readingCase{
	{qStage, "Pre-opening: the salon fit-out is done, we wait for the fire certificate.", "startup"},
	{qStage, "Still pre-opening. The bakery ovens arrive in June.", "startup"},
	{qStage, "We're in pre-opening; the gym opens its doors next month.", "startup"},
	{qStage, "preopening phase, hiring the first cooks", "startup"},
	{qStage, "pre-opening, we get the keys next week", "startup"},
}

// round25aPreOpeningKept must keep their reading: opening more branches
// is scaling, a launch still to come is a startup.
var round25aPreOpeningKept = []readingCase{
	{qStage, "opening our third branch next month", "scaling"},
	{qStage, "opening in two new cities", "scaling"},
	{qStage, "We just opened our third shop and are planning a fourth.", "scaling"},
	{qStage, "Pre-launch. The kitchen is fitted and we open in March.", "startup"},
}

func TestRound25aPreOpening(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aPreOpening, round25aPreOpeningKept)
}

// round25aStartingOut: "starting out" alone, with no year it began in,
// is an early-stage startup. 3 of 5 failed first (all re-asked).
var round25aStartingOut = []readingCase{
	{qStage, "starting out", "startup"},
	{qStage, "still starting out really", "startup"},
	{qStage, "Just starting out.", "startup"},
	{qStage, "we're only starting out, six months in", "startup"},
	{qStage, "Starting out, first season.", "startup"},
}

// round25aStartingOutKept must keep their reading: starting out told in
// a year long gone, or starting to grow.
var round25aStartingOutKept = []readingCase{
	{qStage, "we started out in 1987 as a corner shop", "established"},
	{qStage, "starting to grow fast", "scaling"},
}

func TestRound25aStartingOut(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aStartingOut, round25aStartingOutKept)
}

// round25aConsolidated: a business told as "consolidated" (a Spanish
// and Portuguese habit for well established) is established and steady.
// 3 of 4 failed first (all re-asked).
var round25aConsolidated = []readingCase{
	{qStage, "consolidated", "established"},
	{qStage, "a consolidated firm", "established"},
	{qStage, "Consolidated. No big changes.", "established"},
	{qStage, "Well consolidated, 25 years in the market.", "established"},
}

// round25aConsolidatedKept must keep their reading: consolidating now,
// or branches merged, tell no stage plainly.
var round25aConsolidatedKept = []readingCase{
	{qStage, "we're consolidating after a big growth spurt", "?"},
	{qStage, "we consolidated two branches into one last year", "?"},
}

func TestRound25aConsolidated(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aConsolidated, round25aConsolidatedKept)
}

// round25aRestatedWithout: a headcount told again with a group left out
// ("44 if I count the three volunteer guides, without them 41") is the
// same team twice, not two counts to add. 6 of 6 failed first (all read
// the sum's option, silently).
var round25aRestatedWithout = []readingCase{
	{qSize, "It's 44 if I count the three volunteer guides, without them 41.", "s"},
	{qSize, "About 40 counting the 5 volunteers; without them 35.", "s"},
	{qSize, "45 if you count our four volunteers, 41 without them", "s"},
	{qSize, "220 if I count the 30 volunteers, without them 190", "m"},
	{qSize, "9 if I count the two volunteers, without them 7", "xs"},
	{qSize, "48 with the three volunteers, 45 without", "s"},
}

// round25aRestatedWithoutKept must keep their reading: a group added
// with "plus" or "and", and "without me" after the parts.
var round25aRestatedWithoutKept = []readingCase{
	{qSize, "8 of us plus 45 volunteers", "xs"},
	{qSize, "about 30 staff and 12 volunteers", "s"},
	{qSize, "we are 12, plus 4 volunteers at weekends", "s"},
	{qSize, "40 staff, 5 volunteers, without me", "s"},
	{qSize, "30 in the shop, 25 in the bakery, without me", "m"},
}

func TestRound25aRestatedWithout(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aRestatedWithout, round25aRestatedWithoutKept)
}

// round25aFewComputersForOffice: a few computers for the office beside
// a trade told apart from software ("A couple of tablets for bookings.
// The boats are built with hands, not software.") is a little reliance:
// the computers are a side, as one computer "only" for the books is,
// and "not software" denies IT of the trade. 6 of 6 failed first (all
// read the middle, one of them asked between the middle and low).
var round25aFewComputersForOffice = []readingCase{
	{qOps, "A couple of PCs for the books. The haircuts are done with scissors, not software.", "low"},
	{qOps, "A few laptops for admin; the gardening is done by hand, not on computers.", "low"},
	{qOps, "A few computers for the paperwork, the cooking is done with our hands, not apps.", "low"},
	{qOps, "Three laptops for the accounts. The dogs are groomed by hand, not by software.", "low"},
	{qOps, "A couple of tablets for bookings. The boats are built with hands, not software.", "low"},
	{qOps, "Two computers for the office. The massage itself is hands, not technology.", "low"},
}

// round25aFewComputersForOfficeKept must keep their reading: the rest
// of the business told on software, "quite a few" computers, and an app
// beside hands-on work with no "only" or "few" to make it a side.
var round25aFewComputersForOfficeKept = []readingCase{
	{qOps, "A few laptops for admin, and the machines in the workshop all run on software.", "medium"},
	{qOps, "A couple of PCs for the books, but the whole shop floor runs on the system.", "medium"},
	{qOps, "The jobs are tracked on an app but the fitters work with their hands.", "medium"},
	{qOps, "One computer for the accounts, the rest by hand", "low"},
	{qOps, "a few systems run the whole warehouse", "medium"},
	{qOps, "Quite a few laptops for admin, the builders work with their hands.", "medium"},
}

func TestRound25aFewComputersForOffice(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aFewComputersForOffice, round25aFewComputersForOfficeKept)
}

// round25aPartsGoodAndFaulty: one named part of the systems praised and
// another faulted ("The lab kit is reliable; the admin side keeps
// breaking") is some pain points, neither the praise nor the fault.
// 3 of 6 failed first (one read fine, one pain, one re-asked).
var round25aPartsGoodAndFaulty = []readingCase{
	{qSystems, "The booking software is solid; the accounts side is a patchwork.", "some"},
	{qSystems, "The tills are great, but the stock system is fragile and breaks every month.", "some"},
	{qSystems, "Our CAD is excellent. The office PCs are held together with tape.", "some"},
	{qSystems, "The website works well; the warehouse system is a mess.", "some"},
	{qSystems, "Payroll is fine, the scheduling tool is a patchwork of spreadsheets.", "some"},
	{qSystems, "The lab kit is reliable; the admin side keeps breaking.", "some"},
}

// round25aPartsGoodAndFaultyKept must keep their reading: praise alone,
// the fault once and the praise now, the whole denied both ends, and a
// part told at its worst.
var round25aPartsGoodAndFaultyKept = []readingCase{
	{qSystems, "The website is fine.", "fine"},
	{qSystems, "Good and solid, no complaints.", "fine"},
	{qSystems, "It used to break every week, now it's solid.", "fine"},
	{qSystems, "all good, except the printer which is ancient", "~some"},
	{qSystems, "Not great, not terrible.", "~some"},
	{qSystems, "The website is good; the stock system is a nightmare.", "some"},
}

// round25aPartsWorstKept: a part told at its worst beside praise is
// asked between some and pain by the engine's reader, not taken as some
// (answers_blind30.txt:150, which the rule read silently wrong at first).
var round25aPartsWorstKept = []readingCase{
	{qSystems, "the trucks' tablets are fine, but the yard system is a disaster, we've released the wrong car twice this year", "~pain"},
	{qSystems, "The vans' phones are fine, but the booking system is a disaster, we lost two jobs last month.", "~pain"},
}

func TestRound25aPartsGoodAndFaulty(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aPartsGoodAndFaulty, round25aPartsGoodAndFaultyKept)
	checkReadings(t, modelFreeReading, false, round25aPartsWorstKept)
}

// round25aFewHoursOnComputer: a few hours a day on the computer and "the
// rest" elsewhere is a little reliance; "on the computer" is then a
// share of the day. 5 of 5 failed first (all read high).
var round25aFewHoursOnComputer = []readingCase{
	{qOps, "We spend one hour a day on the computer, the rest is out in the vineyard.", "low"},
	{qOps, "Maybe 2 hours per day on the computer; the rest is with the clients.", "low"},
	{qOps, "half an hour a day on the computer, the rest is cooking", "low"},
	{qOps, "About three hours a day on the computer, the rest of the time we are on the boats.", "low"},
	{qOps, "We are on the computer 2 hours per day, the rest is with the patients.", "low"},
}

// round25aFewHoursOnComputerKept must keep their reading: long hours or
// the whole day on the computer, and an outage of hours.
var round25aFewHoursOnComputerKept = []readingCase{
	{qOps, "we spend 10 hours a day on the computer", "high"},
	{qOps, "everything is on the computer", "high"},
	{qOps, "the staff are on the computer all day", "high"},
	{qOps, "the till runs all day, the rest is paper", "medium"},
	{qOps, "If the system is down two hours a day, the rest of the day is lost.", "high"},
}

func TestRound25aFewHoursOnComputer(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aFewHoursOnComputer, round25aFewHoursOnComputerKept)
}

// round25aSpokenYearsCompound: an age spoken as a compound number
// ("Thirty-one years") is the whole number, not its last word: "one
// years" read one year old, a startup. 5 of 5 failed first (2 read
// startup, 3 re-asked).
var round25aSpokenYearsCompound = []readingCase{
	{qStage, "Thirty-one years.", "established"},
	{qStage, "Twenty-two years old.", "established"},
	{qStage, "Twenty-one years in the same place.", "established"},
	{qStage, "Forty-three years in business.", "established"},
	{qStage, "We've been here thirty-four years.", "established"},
}

// round25aSpokenYearsCompoundKept must keep their reading: a young age,
// a round tens age, digits, and a headcount beside the age.
var round25aSpokenYearsCompoundKept = []readingCase{
	{qStage, "one year in", "startup"},
	{qStage, "twenty years old", "established"},
	{qStage, "Twenty-five years trading", "established"},
	{qStage, "31 years in the same building.", "established"},
	{qStage, "we're twenty people, one year old", "startup"},
	{qStage, "two years old", "~startup"},
}

func TestRound25aSpokenYearsCompound(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aSpokenYearsCompound, round25aSpokenYearsCompoundKept)
}

// round25aWholeOverhaulNeeded: systems that need a complete overhaul or
// rebuild are in trouble: slow, patchy or insecure. 6 of 6 failed first
// (all re-asked).
var round25aWholeOverhaulNeeded = []readingCase{
	{qSystems, "The whole setup needs a complete overhaul.", "pain"},
	{qSystems, "our IT needs a total rebuild", "pain"},
	{qSystems, "A full overhaul is overdue.", "pain"},
	{qSystems, "they need a total overhaul", "pain"},
	{qSystems, "needs a complete rebuild", "pain"},
	{qSystems, "Honestly? The lot needs a full overhaul.", "pain"},
}

// round25aWholeOverhaulNeededKept must keep their reading: a small
// overhaul, one done in the past, and one denied.
var round25aWholeOverhaulNeededKept = []readingCase{
	{qSystems, "They need a bit of an overhaul.", "some"},
	{qSystems, "We did a complete overhaul last year, now they run well.", "fine"},
	{qSystems, "No, they don't need a complete overhaul, just some tweaks.", "~some"},
	{qSystems, "after a full overhaul in 2022 they are fine", "fine"},
}

func TestRound25aWholeOverhaulNeeded(t *testing.T) {
	checkReadings(t, rulesReading, false, round25aWholeOverhaulNeeded, round25aWholeOverhaulNeededKept)
}

// round25aCountNowAfterStart: a two-digit count told "today" or "now"
// after a founding verb ("3 of us when we started, 45 today") is today's
// staff, not a year '45; this also mends TestRound21aStartAndNow.
// 3 of 6 failed first (2 re-asked, 1 read xs silently).
var round25aCountNowAfterStart = []readingCase{
	{qSize, "2 of us when we opened, 38 today", "s"},
	{qSize, "We were 5 when we started, 60 now", "m"},
	{qSize, "just me when we started, 25 today", "s"},
	{qSize, "two of us when we began, 70 nowadays", "m"},
	{qSize, "4 when we founded it, 33 today", "s"},
	{qSize, "three of us when we opened, 41 today", "s"},
}

// round25aCountNowAfterStartKept must keep their reading: a year after
// "since" with the count after it, an age in years, and a four-digit
// year before "now" or "today".
var round25aCountNowAfterStartKept = []readingCase{
	{qSize, "since 79, we are 12", "s"},
	{qSize, "since 79, 12 now", "s"},
	{qSize, "we started 12 years ago, 30 people now", "s"},
	{qSize, "opened in 2019, now 14", "s"},
	{qSize, "founded in 2008 with two of us, today 120", "m"},
}

func TestRound25aCountNowAfterStart(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round25aCountNowAfterStart, round25aCountNowAfterStartKept)
}

// TestDescriptionRound25aSpreadAcross: data "spread across" several
// places, named in passing in a description, says there is some
// trouble, not how much: owners answer some as often as a real problem,
// so it is asked, not filled ("" is asked). 2 of 3 failed first (both
// filled a real problem).
func TestDescriptionRound25aSpreadAcross(t *testing.T) {
	checkFills(t, []fillCase{
		{"Our client files are spread across the CRM, a shared drive and a lot of spreadsheets.", qData, ""},
		{"Bookings are spread across three apps and a pile of spreadsheets.", qData, ""},
		{"The case notes are spread over two systems and the paper files.", qData, ""},
		// Kept: the trouble told beside the spread.
		{"Customer data is spread across five systems that never agree.", qData, "yes"},
		{"We have data everywhere: three systems, dozens of spreadsheets, nobody knows which is right.", qData, "yes"},
		{"Reporting is a mess, spread across ten spreadsheets.", qData, "yes"},
	})
}
