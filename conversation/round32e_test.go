package conversation

import "testing"

// round32eOnWhatWeMake: a question back about the means that names the
// owner's own income ("On what we make from dog shampoo?", "on what I
// clear ironing shirts?") is no, alone or before a bare no. The same
// opening without "we" ("on what a yoga studio makes?") was read
// already. 5 of 6 failed first (asked again).
var round32eOnWhatWeMake = []readingCase{
	{qBudget, "On what I clear from ironing shirts? No way.", "no"},
	{qBudget, "on what we earn selling seedlings? no chance", "no"},
	{qBudget, "On what we bring in from car washes? Not likely.", "no"},
	{qBudget, "on what we make? forget it", "no"},
	{qBudget, "On what I make from tuning pianos?", "no"},
	{qBudget, "on what we take on a wet tuesday?", "no"},
}

// round32eOnWhatWeMakeKept: the owner's income as the measure of a yes
// keeps its reading.
var round32eOnWhatWeMakeKept = []readingCase{
	{qBudget, "on what we make now, yes, comfortably", "~yes"},
	{qBudget, "On what we make we could easily afford one", "~yes"},
	{qBudget, "on our turnover we can afford it", "~yes"},
}

func TestRound32eOnWhatWeMake(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32eOnWhatWeMake, round32eOnWhatWeMakeKept)
}

// round32eCostsMoreThanWeMake: the hire's cost set above all the
// business makes ("it's more than we make", "would cost more than our
// whole profit") is no, however unsure the owner is of the figure.
var round32eCostsMoreThanWeMake = []readingCase{
	{qBudget, "No idea what they charge, but I bet it's more than we make in a year.", "no"},
	{qBudget, "pretty sure one of those costs more than our whole profit", "no"},
	{qBudget, "That salary would be more than I earn myself, so no.", "no"},
	{qBudget, "I'm certain it'd cost more than we turn over", "no"},
	{qBudget, "Whatever it costs, it's surely more than the shop clears.", "~no"},
}

// round32eCostsMoreThanWeMakeKept: income set above the cost, or a
// comparison with other spending, keeps its reading.
var round32eCostsMoreThanWeMakeKept = []readingCase{
	{qBudget, "yes, we make far more than that costs", "~yes"},
	{qBudget, "we spend more than that on software already, so yes", "~yes"},
}

func TestRound32eCostsMoreThanWeMake(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32eCostsMoreThanWeMake, round32eCostsMoreThanWeMakeKept)
}

// round32eNothingAside: setting money aside denied ("we can't put
// anything aside", "nothing left to set aside") is no: the budget
// question's own words for the money not being there. 5 of 5 failed
// first (2 asked again, 3 asked between two); after the fix the rules
// read all five no, and three still ask between no and the model's yes
// ("put aside" leans yes in what it learned).
var round32eNothingAside = []readingCase{
	{qBudget, "we never manage to set anything aside", "no"},
	{qBudget, "there's nothing left over to put aside, ever", "~no"},
	{qBudget, "can't put a penny aside at the moment", "~no"},
	{qBudget, "We don't have anything to put aside for that.", "no"},
	{qBudget, "honestly we cannot set money aside for a post like that", "~no"},
}

// round32eNothingAsideKept: money set aside, or aside for another
// thing, keeps its reading.
var round32eNothingAsideKept = []readingCase{
	{qBudget, "we can put something aside for it", "~yes"},
	{qBudget, "we put money aside for the new roof", "?"},
}

func TestRound32eNothingAside(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32eNothingAside, round32eNothingAsideKept)
}
