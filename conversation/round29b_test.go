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

// round29bPersonCondition: a budget answer whose only condition is the
// person ("if we find someone good") says the money is there. 4 of 6
// failed first (2 read maybe, 2 asked).
var round29bPersonCondition = []readingCase{
	{qBudget, "150k is doable, if we find someone good", "yes"},
	{qBudget, "we could afford it if the candidate is strong", "~yes"}, // the models, with blind77-82 learned, ask
	{qBudget, "yes, we can manage that if the fit is right", "yes"},
	{qBudget, "could do, if I was sure about the person", "yes"},
	{qBudget, "if we found the right person we'd pay it, yes", "yes"},
	{qBudget, "for the right person the money is there", "yes"},
}

// round29bPersonConditionKept: a condition on the money, or a cost.
var round29bPersonConditionKept = []readingCase{
	{qBudget, "if the money was there, yes, but it isn't", "!yes"},
	{qBudget, "the money isn't there, even for the right person", "!yes"},
	{qBudget, "only if the right person took a pay cut", "!yes"},
	{qBudget, "doable only if we cut elsewhere", "maybe"},
	{qBudget, "yes, if the right person costs under 80k", "!yes"},
}

func TestRound29bPersonCondition(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29bPersonCondition, round29bPersonConditionKept)
}

// round29bYesDoable: "doable" beside a plain yes and nothing that
// qualifies it is the yes said again; "for a business our size" tells
// who pays, no budget for another thing. 5 of 6 failed first (1 read
// maybe, 4 asked).
var round29bYesDoable = []readingCase{
	{qBudget, "yes, that's doable for us", "yes"},
	{qBudget, "doable, yes", "yes"},
	{qBudget, "yes, 120k is doable at our size", "yes"},
	{qBudget, "yes, a salary like that is doable for a firm like ours", "~yes"},
	{qBudget, "yes, 150k is doable for a business of our size", "yes"},
	{qBudget, "yes, manageable", "yes"},
}

// round29bYesDoableKept: doable qualified stays a maybe.
var round29bYesDoableKept = []readingCase{
	{qBudget, "doable but tight", "maybe"},
	{qBudget, "doable, just about", "maybe"},
	{qBudget, "yes but it would be a stretch", "maybe"},
	{qBudget, "it's doable, I suppose", "maybe"},
	{qBudget, "doable if we skip the bonus this year", "maybe"},
	{qBudget, "not doable this year", "no"},
	{qBudget, "yes, we put money aside for a new shop", "!yes"},
}

func TestRound29bYesDoable(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29bYesDoable, round29bYesDoableKept)
}

// round29bLateAdopter: new things taken up only once they are common
// ("once it's standard in the trade"), others let go first, or content
// to be late, are no wish to innovate. 6 of 6 failed first (2 read
// some, 4 asked).
var round29bLateAdopter = []readingCase{
	{qInnovation, "only once everyone else has it", "no"},
	{qInnovation, "we take things up when they're mainstream", "~no"},
	{qInnovation, "let others try it first, we follow once it works", "no"},
	{qInnovation, "we get new gear when it's become the norm", "no"},
	{qInnovation, "not really, we get new kit once it's standard in the trade", "no"},
	{qInnovation, "we're fine being late to new things", "no"},
}

// round29bLateAdopterKept: a follower of the proven, the early, and
// waiting denied.
var round29bLateAdopterKept = []readingCase{
	{qInnovation, "we wait until it's proven, then we buy", "no"},
	{qInnovation, "we like to be among the first once it's proven", "!no"},
	{qInnovation, "we adopt new things as soon as they come out", "!no"},
	{qInnovation, "we try things once, then standardise them", "some"},
	{qInnovation, "not happy being late, we want to lead", "yes"},
	{qInnovation, "don't let others go first, that's our motto", "!no"},
	{qInnovation, "we launch when the market is still new, we don't wait till it's standard", "!no"},
	{qInnovation, "new recipes every month, new ovens only when the old ones give up", "!no"},
}

func TestRound29bLateAdopter(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29bLateAdopter, round29bLateAdopterKept)
}

// round29bRegretfulNo: a no said with regret and a reason after it
// ("I'm afraid not. Things are very tight") is the no, not a maybe.
// 3 of 6 failed first (all asked); 2 still ask, offering the no.
var round29bRegretfulNo = []readingCase{
	{qBudget, "sadly no, every spare pound goes into the new kitchen", "no"},
	{qBudget, "unfortunately not, cash is tight after the move", "~no"},
	{qBudget, "I'm afraid not. Things are very tight at the moment.", "no"},
	{qBudget, "alas no, margins are slim in our line of work", "no"},
	{qBudget, "sadly not, the budget is tight", "~no"},
	{qBudget, "regrettably no, all our cash is going on the new warehouse", "no"},
}

// round29bRegretfulNoKept: regret beside a yes or a way offered.
var round29bRegretfulNoKept = []readingCase{
	{qBudget, "unfortunately yes, it would be tight", "maybe"},
	{qBudget, "it's tight, but we could find it", "maybe"},
	{qBudget, "sadly it would be tight, but possible", "maybe"},
	{qBudget, "no, sadly, it's tight as it is", "~no"},
}

func TestRound29bRegretfulNo(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29bRegretfulNo, round29bRegretfulNoKept)
}
