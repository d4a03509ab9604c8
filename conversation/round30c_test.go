package conversation

import "testing"

// round30cParityOrBehind: rivals told level with us or behind ("the
// others are the same as us or worse", "like us, some are further
// behind") have nobody ahead of us: no. Said of ourselves against them
// ("we're the same as them or a bit behind") the lag is ours. 5 of 8
// failed first (3 asked between the lag word's falling behind and the
// model's no, 1 between the two after "further", 1 read the "some are"
// as not sure); 2 of the kept, said of ourselves, were read as no.
var round30cParityOrBehind = []readingCase{
	{qCompetitors, "the other garages round here are the same as us or worse", "no"},
	{qCompetitors, "most bakeries in town are like us or behind", "no"},
	{qCompetitors, "they're in the same boat as us, a few are worse off", "no"},
	{qCompetitors, "same like us, or even behind", "no"},
	{qCompetitors, "the other clinics are level with us or behind", "no"},
	{qCompetitors, "we're all in the same boat, some are slower", "no"},
	{qCompetitors, "other wineries in the valley are the same as us, some are further behind", "no"},
	{qCompetitors, "the other print shops are much the same or worse", "no"},
	{qCompetitors, "The other garden centres are in the same boat, some are worse.", "no"},
}

// round30cParityOrBehindKept: a lag that is ours, or a rival ahead.
var round30cParityOrBehindKept = []readingCase{
	{qCompetitors, "we're the same as them or a bit behind", "!no"},
	{qCompetitors, "some are the same as us, some are ahead", "!no"},
	{qCompetitors, "the big ones are ahead, the small ones are like us", "!no"},
	{qCompetitors, "they're behind us", "no"},
	{qCompetitors, "we are behind them", "yes"},
	{qCompetitors, "we're about the same, or a little behind", "!no"},
}

func TestRound30cParityOrBehind(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30cParityOrBehind, round30cParityOrBehindKept)
}

// round30cSizeFragmentThenNo: a question-marked fragment that only says
// what the hire would be for ("For five people?", "Full-time? With 12
// staff?") asks the bot nothing; the bare yes or no after it answers.
// 4 of 5 failed first (all asked again, the fragment taken for a
// question of the owner's own; a yes after one is still asked, kept).
var round30cSizeFragmentThenNo = []readingCase{
	{qBudget, "For our size? No.", "no"},
	{qBudget, "Full-time? With 12 staff? No.", "no"},
	{qBudget, "For a company our size? Honestly, no.", "no"},
	{qBudget, "For a six-person office? No.", "no"},
	{qBudget, "Full-time? For a corner shop? No.", "no"},
}

// round30cSizeFragmentThenNoKept: a real question before the no, and a
// fragment already read.
var round30cSizeFragmentThenNoKept = []readingCase{
	{qBudget, "Is it worth it? No.", "?"},
	{qBudget, "Who would pay for it? No.", "?"},
	{qBudget, "For what? No.", "no"},
	{qBudget, "For a year or two? Maybe.", "maybe"},
	{qBudget, "For the group as a whole? Yes.", "~yes"},
	{qBudget, "A full salary? On a farm shop's takings? No.", "no"},
}

func TestRound30cSizeFragmentThenNo(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30cSizeFragmentThenNo, round30cSizeFragmentThenNoKept)
}
