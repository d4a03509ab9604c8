package conversation

import "testing"

// round29cWithWhatExactly: "with what?" asked back about a budget is
// no, and so is it with an intensifier after it ("with what, exactly?",
// "with what then?"); the "exactly" is no agreement. 3 of 5 failed first
// (2 read yes, 1 asked).
var round29cWithWhatExactly = []readingCase{
	{qBudget, "With what, exactly?", "no"},
	{qBudget, "with what then?", "!yes"},
	{qBudget, "with what precisely", "no"},
	{qBudget, "with what exactly, the overdraft?", "!yes"},
	{qBudget, "and pay for it with what, exactly?", "!yes"},
}

// round29cWithWhatExactlyKept: "exactly" as agreement stays yes.
var round29cWithWhatExactlyKept = []readingCase{
	{qBudget, "exactly, we budgeted for it", "yes"},
	{qBudget, "With what?", "no"},
}

func TestRound29cWithWhatExactly(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29cWithWhatExactly, round29cWithWhatExactlyKept)
}
