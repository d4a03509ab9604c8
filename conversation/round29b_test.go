package conversation

import "testing"

// round29bTakenBackPick: a middle option said with a question mark and
// taken back with a "no" ("somewhat? no, not really") is no reading:
// what follows is, or a re-ask. 5 of 8 failed first (3 read the option
// taken back, 2 asked where the rest reads alone); an end option taken
// back ("central? no.") may answer an echoed question, and is still
// asked.
var round29bTakenBackPick = []readingCase{
	{qInnovation, "central? no. somewhat at most, we try a thing or two a year", "?"},
	{qInnovation, "somewhat? no, honestly we never chase new things", "!some"},
	{qInnovation, "a little? no, not really, we're an old-fashioned firm", "no"},
	{qSecurity, "a lot? no. not much, there's nothing here worth stealing", "low"},
	{qSecurity, "somewhat? no, not really, we're too small for anyone to bother", "low"},
	{qBudget, "yes? no, we couldn't stretch to that this year", "no"},
	{qProducts, "planned? no, not really, nothing on the drawing board", "!planned"},
	{qCompetitors, "behind? no. we're ahead of the rest in town", "no"},
}

// round29bTakenBackPickKept: the question echoed and answered no keeps
// its no.
var round29bTakenBackPickKept = []readingCase{
	{qInnovation, "Central? No, not a priority for us.", "no"},
	{qCompetitors, "Falling behind? No, not at all.", "no"},
	{qBudget, "The budget? No, not this year.", "no"},
	{qSecurity, "Worried? No, not much.", "low"},
	{qCompetitors, "Are they faster? No, if anything we're quicker.", "no"},
	{qProducts, "Do we sell tech? No, we're a bakery.", "no"},
}

func TestRound29bTakenBackPick(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29bTakenBackPick, round29bTakenBackPickKept)
}
