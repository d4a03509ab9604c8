package conversation

import "testing"

// TestRound30dDepartmentCounts: a description that counts one department
// ("IT is two people", "our finance team is 4") tells nothing of the
// firm's size; a count of the whole firm beside it still fills. 9 of
// the 9 department rows failed first (8 filled 1–10, 1 asked where the
// firm's total stood beside the department's count); the last six rows
// are kept readings.
func TestRound30dDepartmentCounts(t *testing.T) {
	tests := []fillCase{
		{"We're a regional bus company with three depots. IT is two people and a contractor.", qSize, ""},
		{"A chain of garden centres across the county; our finance team is 4 people.", qSize, ""},
		{"Private school with 600 pupils, the admin office is 6 staff and the IT is outsourced.", qSize, ""},
		{"A hotel group with five hotels. Marketing is just 3 people.", qSize, ""},
		{"We make corrugated packaging in two plants, the IT department is one manager and 3 staff.", qSize, ""},
		{"Big logistics firm, accounts is 5 people and they are drowning.", qSize, ""},
		{"Two care homes and a day centre. Admin today is 3 people.", qSize, ""},
		{"A builders' merchant with four yards; IT currently is one manager and 2 staff.", qSize, ""},
		{"Our tech team is 5 developers and we have 40 people in total.", qSize, "s"},
		// Kept.
		{"Family hardware store, 6 staff including me.", qSize, "xs"},
		{"We're a 30-person agency; IT is one guy.", qSize, "s"},
		{"We are 8 people, the office is 2 of them.", qSize, "xs"},
		{"Small bakery, it is 5 people with me.", qSize, "xs"},
		{"It is 5 of us, a small bakery.", qSize, "xs"},
		{"We are a tech company of 12 people.", qSize, "s"},
	}
	checkFills(t, tests)
}

// round30dNotWhatImAnswering: "that's not what I'm answering" sets aside
// what came before it, as "that's not what you asked" does: the aside's
// pattern knew the wording, but its prefilter had no cue for it. 3 of 4
// failed first (1 read the head office's 900 as the size, 2 asked).
var round30dNotWhatImAnswering = []readingCase{
	{qStage, "my brother's garage is 40 years old, but that's not what I'm answering. mine opened in January", "startup"},
	{qSystems, "the old franchise had terrible systems, but that's not what i'm answering about, ours run fine", "fine"},
	{qSize, "the head office has 900 staff, that is not what I am answering, we are 12 here", "s"},
	{qStage, "the family has farmed here since 1900, thats not what im answering, the cidery launched this spring", "startup"},
}

func TestRound30dNotWhatImAnswering(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30dNotWhatImAnswering)
}
