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

// round30dPartsThenTotal: parts counted out, then their total after "so",
// "that's" or "=" ("6 in the office plus 20 riders, so 26"): the total is
// the headcount, not a part to add to the others.
var round30dPartsThenTotal = []readingCase{
	{qSize, "4 in the kitchen and 9 front of house, so 13", "s"},
	{qSize, "20 drivers plus 5 in the office, that's 25 all in", "s"},
	{qSize, "30 on the line plus 12 in the office = 42", "s"},
	{qSize, "8 techs + 3 admin, so 11 total", "s"},
	{qSize, "two partners, three associates and a secretary, so six of us", "xs"},
	{qSize, "40 pickers and 15 in the packhouse, so 55", "m"},
}

// round30dPartsThenTotalKept: a last part that happens to equal the sum
// of the others is still a part.
var round30dPartsThenTotalKept = []readingCase{
	{qSize, "5 in the office plus 5 drivers and 10 fitters", "s"},
	{qSize, "12 in the office, 12 in the yard", "s"},
	{qSize, "two of the partners and 9 staff", "s"},
}

// round30dSubsetAfterTotal: a total, then how many of them are of some
// kind ("38, and two of the partners are semi-retired"): the total is
// the headcount; the two are among the 38.
var round30dSubsetAfterTotal = []readingCase{
	{qSize, "45, and three of those are part-time", "s"},
	{qSize, "120, and ten of them are apprentices", "m"},
	{qSize, "22, though four of the staff are on maternity leave", "s"},
	{qSize, "60, and six of the drivers are agency", "m"},
	{qSize, "about 30, and two of the directors are barely in", "s"},
}

func TestRound30dHeadcountTotals(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30dPartsThenTotal, round30dSubsetAfterTotal, round30dPartsThenTotalKept)
}

// round30dDownNothingHappens: systems down, "nothing happens" and the
// work carried on is little reliance, fallback named or not. 4 of 4
// failed first (3 read complete reliance from "goes down", 1 asked).
var round30dDownNothingHappens = []readingCase{
	{qOps, "if the computer goes down nothing happens, we carry on", "low"},
	{qOps, "when the system is down nothing happens, we just keep going", "low"},
	{qOps, "if the internet goes down, nothing happens, business as usual", "low"},
	{qOps, "if it crashes nothing happens, we keep working", "low"},
}

// round30dDownNothingHappensKept: nothing done, or nothing else told.
var round30dDownNothingHappensKept = []readingCase{
	{qOps, "if the system goes down nothing happens, nothing gets done", "high"},
	{qOps, "if the laptop breaks nothing happens", "!high"},
}

func TestRound30dDownNothingHappens(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30dDownNothingHappens, round30dDownNothingHappensKept)
}

// round30dBehindOrRuin: a yes followed by what not leading would do ("if
// we're second, someone else eats our lunch", "if we fall behind we lose
// the contracts") is the drive to lead, as "if we're not first we're
// dead" was; the "if" is no condition on the yes. 4 of 5 failed first (1
// read somewhat, 3 asked between somewhat and yes).
var round30dBehindOrRuin = []readingCase{
	{qInnovation, "Absolutely, it's everything to us; if we fall behind on tech we lose the contracts", "yes"},
	{qInnovation, "yes, totally central. if we're not early on this stuff, we're finished", "yes"},
	{qInnovation, "Definitely. Leading is the plan, if we're second we're nobody", "yes"},
	{qInnovation, "Very much so. If we stop innovating, the big players crush us", "yes"},
	{qInnovation, "yes! if we don't get there first someone else will", "yes"},
}

// round30dBehindOrRuinKept: a condition on the means, and a place behind
// shrugged off.
var round30dBehindOrRuinKept = []readingCase{
	{qInnovation, "yes, it's central, if we can afford it", "!yes"},
	{qInnovation, "yes if the budget allows", "!yes"},
	{qInnovation, "not really. if we fall behind a bit, so be it, we won't be finished", "!yes"},
	{qInnovation, "no, if we're second that's fine, we won't lose customers over it", "no"},
}

func TestRound30dBehindOrRuin(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30dBehindOrRuin, round30dBehindOrRuinKept)
}
