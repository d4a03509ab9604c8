package conversation

import "testing"

// round19cNoITRuns are ops answers of a business that runs on things
// that are no IT, named as compounds ("a chalk board", "a biscuit tin").
// 1 of 6 failed first (and the file's "a chalk board and a tin").
var round19cNoITRuns = []readingCase{
	{qOps, "the campsite runs on a clipboard and a biscuit tin", "~low"},
	{qOps, "our market stall runs off a notebook and a cash tin", "~low"},
	{qOps, "the honesty shop runs on a blackboard and an honesty box", "~low"},
	{qOps, "my mum's cafe runs on a cork board and a jam jar", "~low"},
	{qOps, "the allotment society runs on a notice board and a biscuit tin", "~low"},
	{qOps, "the village hall runs on a paper diary and a cash tin", "~low"},
}

// round19cNoITRunsKept are nearby ops answers that must keep their reading.
var round19cNoITRunsKept = []readingCase{
	{qOps, "the whole business runs on the booking system", "high"},
	{qOps, "dads pub runs on a cash till and a notepad", "~low"},
	{qOps, "we run everything on the computer", "high"},
}

func TestRound19cNoITRuns(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19cNoITRuns, round19cNoITRunsKept)
}

// round19cThingCounts are size answers where a bare headcount stands
// beside a count of things named with a word before them ("300 holiday
// lets"), or where the count after "for" is of clients served.
var round19cThingCounts = []readingCase{
	// A compound of things beside a bare count. 5 of 5 failed first.
	{qSize, "about 6, and we look after 400 holiday cottages", "xs"},
	{qSize, "roughly 20, we manage 1,200 rental flats", "s"},
	{qSize, "12 or so, and we run 90 static caravans", "s"},
	{qSize, "around 4 and we clean 250 holiday homes", "xs"},
	{qSize, "about 30, and we maintain 600 school buildings", "s"},
	// A count after "for" is who the work is for; the words beside it
	// ("me and a part-timer") give no option alone, so those are asked.
	// 2 of 4 failed first.
	{qSize, "just the two of us, doing the books for about sixty local shops", "xs"},
	{qSize, "three of us, cleaning for around 90 households", "xs"},
	// Read as xs since round 21: "200 weddings a year" is a rate, no
	// count, and "me and a part-timer" is two people.
	{qSize, "me and a part-timer, we cater for 200 weddings a year", "xs"},
	{qSize, "my partner and I, writing policies for roughly forty small charities", "?"},
}

// round19cThingCountsKept are nearby size answers that must keep theirs.
var round19cThingCountsKept = []readingCase{
	{qSize, "we have 300 holiday staff", "l"},
	{qSize, "we're 12 people working for 300 clients", "s"},
	{qSize, "we employ 25 people", "s"},
	{qSize, "about 35, and we deliver to 2,000 homes", "s"},
}

func TestRound19cThingCounts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19cThingCounts, round19cThingCountsKept)
}

// TestDescriptionRound19cFills: description fills unlike the owner in
// blind sets 29-30, in fresh wordings ("" is asked, "!x" is anything
// but x).
func TestDescriptionRound19cFills(t *testing.T) {
	tests := []fillCase{
		// A bare count at a place ("16 on site") beside named people
		// adds to them: not the named few alone (asked). 3 of 3 failed first.
		{"We fit kitchens, 14 on the tools, me and my wife in the office.", qSize, "!xs"},
		{"Roofing firm: 22 on site, plus me and Dave doing the quotes.", qSize, "!xs"},
		{"We build garden rooms. 12 in the workshop, me and Jo in the office.", qSize, "!xs"},
		{"Me and my brother in the office and two lads on site.", qSize, "xs"},
		// One kind of working paper kept in several places is versions
		// of a document, not records in a mess: ask. 2 of 3 failed first.
		{"Estimates are split across four spreadsheets.", qData, ""},
		{"The rotas live in two different spreadsheets.", qData, ""},
		{"Job sheets are scattered over three folders.", qData, ""},
		{"Client records sit in three systems.", qData, "yes"},
		{"Customer data is spread over three systems and none of it matches.", qData, "yes"},
	}
	checkFills(t, tests)
}

// TestDescriptionRound19cClients: a description with no fill read whole
// at the size question counts no clients served "for", nor "Microsoft
// 365" once those are set aside. 2 of 2 failed first (the third row was
// added with the fix of the product number in the count check).
func TestDescriptionRound19cClients(t *testing.T) {
	q := &questions[questionIndex(qSize)]
	for _, d := range []string{
		"I run a bookkeeping service with my husband, doing payroll for about fifty small firms.",
		"My partner and I write health and safety manuals for around thirty building firms.",
		"Two of us, doing payroll for some forty small firms on Microsoft 365.",
	} {
		if m := readAnswer(q, d, nil); m.value == "s" || m.value == "l" {
			t.Errorf("size from %q = %q, want neither 11-50 nor >250", d, m.value)
		}
	}
}

// round19cDataElsewhere are data answers that place the problem
// somewhere else, or deny a crisis and then tell a smaller trouble.
var round19cDataElsewhere = []readingCase{
	// A data problem denied and another kind of problem owned instead.
	// 4 of 4 failed first.
	{qData, "we don't have a data issue, we have a people issue", "no"},
	{qData, "it's not a data problem, it's a staffing problem", "no"},
	{qData, "we haven't got a data problem, we've got a sales problem", "no"},
	{qData, "no data problem here, our problem is cash flow", "no"},
	// The data said fine, the problem named elsewhere. 3 of 3 failed first
	// (read some, silently).
	{qData, "the records are fine, the problem is finding enough cleaners", "no"},
	{qData, "our data is ok, the issue is getting paid on time", "no"},
	{qData, "the figures are fine, the problem is the weather", "no"},
	// A crisis denied, then a smaller trouble after "but": some.
	// 1 of 4 failed first.
	{qData, "not a disaster, but the supplier lists are in four places", "~some"},
	{qData, "not a big problem, but we spend an afternoon a week fixing the numbers", "~some"},
	{qData, "not the end of the world, but the member lists never quite agree", "~some"},
	{qData, "not a crisis, but invoices sometimes go to the wrong address", "~some"},
}

// round19cDataElsewhereKept are nearby data answers that keep theirs.
var round19cDataElsewhereKept = []readingCase{
	{qData, "we don't have a cash problem, we have a data problem", "~yes"},
	{qData, "not a problem at all", "no"},
	{qData, "the data is fine, the problem is the records never match", "some"},
	{qData, "yes, it's a real problem", "yes"},
}

func TestRound19cDataElsewhere(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round19cDataElsewhere, round19cDataElsewhereKept)
}
