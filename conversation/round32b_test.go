package conversation

import "testing"

// round32bRatingPicks: a rating told by a verb after the reason ("...
// I'd give it a 2") is the systems' degree: its "I'd" is the rating's,
// no hypothetical trouble that opens the worst to the middle, and the
// model may not reopen it. 3 of 4 failed first (1 read some, 2 asked
// between the rating's end and another). Left: "Nobody really knows how
// the old server is set up and the tills freeze. I'd rate them a 2."
// still asks between fine and pain (the rules read nothing there).
var round32bRatingPicks = []readingCase{
	{qSystems, "The shared drive is a maze and the laptops are slow. I'd score it a 1.", "pain"},
	{qSystems, "the passwords live on a sticky note and the printer is a mystery. i'd give the whole lot a 2", "pain"},
	{qSystems, "Everything's on one platform now and the support desk answers in minutes. I'd give them a 9.", "fine"},
	{qData, "Client details sit in three places and none agree. I'd give our records a 2.", "yes"},
}

// round32bRatingPicksKept: a mid rating, or no rating, keeps its reading.
var round32bRatingPicksKept = []readingCase{
	{qSystems, "The tills freeze now and then. I'd give them a 5.", "~some"},
	{qSystems, "The backups are a mystery.", "!fine"},
	{qSystems, "Nobody knows how the old server is set up.", "!fine"},
}

func TestRound32bRatingPicks(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32bRatingPicks, round32bRatingPicksKept)
}

// round32bNumberStands: a rating or a share the rules read is the
// answer's degree; the model, which sees only how many digits a number
// has, may not reopen it. 2 of 5 failed first (both asked between the
// number's reading and the model's). Left: a share after a concession
// the rules do not read as a share ("There's a website, sure, but maybe
// 10% of the bookings come through it." reads high; "a few walk-ins, but
// 95% of the orders come in through the web shop" reads medium).
var round32bNumberStands = []readingCase{
	{qOps, "we have an online shop, but really about 90% of our sales are cash at the market stall", "low"},
	{qSystems, "I'd give them a 2. Slow, and the booking screen freezes.", "pain"},
	{qSystems, "I'd rate them a 9. Quick, and nothing has crashed in a year.", "fine"},
	{qSecurity, "A solid 9. We hold card details for every member.", "high"},
	{qOps, "a 2, honestly. the van and the phone are the business", "low"},
}

// round32bNumberStandsKept: numbers that count staff or things are no
// rating, and words that say the degree keep it.
var round32bNumberStandsKept = []readingCase{
	{qOps, "About 80% of our staff work out on site.", "!high"},
	{qSecurity, "8 out of 10 staff work from home on Fridays.", "?"},
	{qOps, "Quite a lot, 7 out of 10. Orders are online, the baking isn't.", "medium"},
}

func TestRound32bNumberStands(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32bNumberStands, round32bNumberStandsKept)
}

// round32bDownNothingDifferent: the systems down and "nothing
// different" done, the work on paper: carried on unharmed, little
// reliance, not the "nothing" of the whole work stopped. 3 of 5 failed
// first (1 read high, 1 medium, 1 asked with no options).
var round32bDownNothingDifferent = []readingCase{
	{qOps, "if the PC packs up we do nothing different, the diary is on paper anyway", "low"},
	{qOps, "when the internet's down nothing different happens, orders go in the notebook like always", "low"},
	{qOps, "if the tablet crashes, nothing different really, we write the jobs on paper", "low"},
	{qOps, "computer breaks? we'd do nothing different, the bookings are in a paper diary", "low"},
	{qOps, "if the laptop dies we do nothing different, it's all on paper anyway", "!high"},
}

// round32bDownNothingDifferentKept: the whole stopped, or nothing done.
var round32bDownNothingDifferentKept = []readingCase{
	{qOps, "if the network is down nothing moves, we can't even find the paper files", "!low"},
	{qOps, "when the system fails we do nothing, we just wait", "!low"},
	{qOps, "email or the shared drive down = we do nothing", "high"},
}

func TestRound32bDownNothingDifferent(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32bDownNothingDifferent, round32bDownNothingDifferentKept)
}
