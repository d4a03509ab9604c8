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

// round29bNotMainPlan: an interest in new things told beside a denial
// that it carries the plan ("we care about it, but it's not the heart
// of the plan") is the middle option. 7 of 8 failed first (1 read the
// top option, 6 asked).
var round29bNotMainPlan = []readingCase{
	{qInnovation, "we care about it, but it's not the heart of the plan", "some"},
	{qInnovation, "it matters to us, just not the main thing in our strategy", "some"},
	{qInnovation, "part of the plan, not the centre of it", "some"},
	{qInnovation, "it's in the plan but the plan isn't built around it", "~some"},
	{qInnovation, "we like new ideas but our plans aren't built on them", "some"},
	{qInnovation, "interested yes, but it's not what drives our plans", "some"},
	{qInnovation, "it's one strand of the plan, not the whole of it", "some"},
	{qInnovation, "not the main focus, but we do keep an eye out for new things", "some"},
}

// round29bNotMainPlanKept: no interest told, or the plan carried.
var round29bNotMainPlanKept = []readingCase{
	{qInnovation, "not part of our plans at all", "!some"},
	{qInnovation, "it's the whole plan", "yes"},
	{qInnovation, "the main part of our plan is being first", "yes"},
	{qInnovation, "not interested, it's not the main thing for us", "~no"},
	{qInnovation, "it's central to the plan, the whole business is built on it", "yes"},
	{qInnovation, "no interest, our plan is built on price not on new things", "no"},
}

func TestRound29bNotMainPlan(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29bNotMainPlan, round29bNotMainPlanKept)
}
