package conversation

import "testing"

// round31dRefusedThenShare: a budget answer that refuses the post
// ("no chance", "we couldn't", "absolutely not", told by the owner or an
// adviser) and then offers a share of one ("part-time maybe", "a
// freelancer now and then"): the full-time post is refused, whatever the
// "maybe" says of the share. 5 of 6 failed first (3 read maybe, 2
// asked).
var round31dRefusedThenShare = []readingCase{
	{qBudget, "Not a hope, not on our margins. A part-timer perhaps.", "no"},
	{qBudget, "My bookkeeper said absolutely not. Part of a salary, maybe.", "no"},
	{qBudget, "We couldn't, not this year. Part time possibly.", "no"},
	{qBudget, "The accountant says no chance. A freelancer now and then, maybe.", "no"},
	{qBudget, "Our auditor said forget it. Part-time maybe.", "~no"}, // the model leans maybe: asks
	{qBudget, "We can't do full time. Part-time maybe.", "no"},
}

// round31dRefusedThenShareKept: a share named first, a tight yes, or an
// adviser's yes is no refusal.
var round31dRefusedThenShareKept = []readingCase{
	{qBudget, "part-time perhaps, but full-time no", "!yes"},
	{qBudget, "maybe part time", "maybe"},
	{qBudget, "yes, full time. part time would be easier though", "!no"},
	{qBudget, "My accountant said we can. Part-time maybe first.", "!no"},
	{qBudget, "Full time would be a stretch. Part-time maybe.", "!no"},
	{qBudget, "no problem, full time or part time", "!no"},
}

func TestRound31dRefusedThenShare(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dRefusedThenShare, round31dRefusedThenShareKept)
}
