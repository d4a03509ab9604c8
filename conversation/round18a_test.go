package conversation

import "testing"

// round18aHeadcounts are size answers blind sets 25-28 read wrongly, in
// fresh wordings of other businesses, read by the rules and the doubt.
var round18aHeadcounts = []readingCase{
	// A part counted "of that" or "of them" is a subset of the total
	// just told, never the headcount.
	// 2 of 6 failed first.
	{qSize, "around 120 all told, most of them on the road, the depot is about 20 of that", "m"},
	{qSize, "we're 70 or so, the workshop team is 30 of them", "m"},
	{qSize, "just under 300, mostly carers, the office is only 40 of that", "l"},
	{qSize, "about 45, the office is 6 of those", "s"},
	{qSize, "we're about 150, most of them out in the vans, the office is maybe 20 of that", "m"},
	{qSize, "a bit over 600 now, mostly cleaners, head office is only 30 of that", "l"},
	// "N if you count X" after "me plus M staff" restates the same
	// total with one more person, it adds nothing to it.
	// 1 of 3 failed first.
	{qSize, "me and 6 staff, 8 if you count my brother on busy days", "xs"},
	{qSize, "myself plus 7 employees, 9 if you include my wife who does the books", "xs"},
	{qSize, "me plus 30 staff, 35 if you count the seasonal pickers", "s"},
	// Sites or vans counted with a modifier before them ("two sandwich
	// shops") are no people to add to the team's own count.
	// 1 of 4 failed first.
	{qSize, "i own three pizza shops under a big brand, 8 of us incl me", "xs"},
	{qSize, "we own two hair salons in town, 7 of us", "xs"},
	{qSize, "i have two ice cream vans, 5 of us in summer", "xs"},
	{qSize, "we own three family restaurants, about 40 of us", "s"},
	// People who work with the firm "per job" are outside help, not staff.
	// 2 of 3 failed first.
	{qSize, "15 staff, plus around 60 tutors who work with us per lesson", "s"},
	{qSize, "we're 9, plus about 30 drivers who work with us per job", "xs"},
	{qSize, "22 people, plus about 50 freelancers who work with us per assignment", "s"},
}

// round18aHeadcountsKept are nearby answers the fixes must not change.
var round18aHeadcountsKept = []readingCase{
	{qSize, "about 90 of us", "m"},
	{qSize, "me plus 8 staff", "xs"},
	{qSize, "400 people, 25 of them in head office", "l"},
	{qSize, "about 35 if you count the drivers", "s"},
	{qSize, "40 shop staff across two sites", "s"},
	{qSize, "three shops and 40 staff", "s"},
}

func TestRound18aHeadcounts(t *testing.T) {
	checkReadings(t, rulesReading, false, round18aHeadcounts, round18aHeadcountsKept)
}

// round18aReadings are stage, ops and systems answers blind sets 25-28
// read wrongly, in fresh wordings.
var round18aReadings = []readingCase{
	// Growth said to be slow, with nothing young or fast beside it, is
	// steady trading, not scaling up.
	// 4 of 4 failed first.
	{qStage, "growing, but slowly", "~established"},
	{qStage, "we grow a little every year, slowly but steadily", "~established"},
	{qStage, "slowly growing, nothing dramatic", "~established"},
	{qStage, "we're growing slowly", "~established"},
	// "A bit of" everyday tools is a little use, not the middle "a bit".
	// 3 of 3 failed first.
	{qOps, "a bit of email", "low"},
	{qOps, "bit of whatsapp", "low"},
	{qOps, "bit of email and a spreadsheet", "low"},
	// More than it used to be, with the core work still done by people:
	// the middle, never "completely". Work "face to face", "in person"
	// or "is people" is such core work.
	// 3 of 5 failed first.
	{qOps, "more than it used to. Orders came by fax until 2018, now it's all online, but the building itself is still by hand", "~medium"},
	{qOps, "a lot more than before, the bookings are all online now, but the haircuts are still people", "~medium"},
	{qOps, "more than before, quotes and invoices went online in 2021, but the cleaning is still done by hand", "~medium"},
	{qOps, "the rota and the care plans are on the system, but the care itself is people looking after people", "~medium"},
	{qOps, "bookings and payments are online but the tours are all in person", "~medium"},
	// A tech firm's ordinary cloud tools, two or more named: maybe not
	// the bottom option, so asked.
	// 2 of 2 failed first.
	{qOps, "Microsoft 365, Teams, Jira, the usual stuff, nothing special inside", "~medium"},
	{qOps, "Notion, Slack, Google Drive, the normal things, nothing special", "~medium"},
	// The owner echoes the question's words and denies them: the
	// systems are not efficient, not secure. Faults echoed and denied
	// are systems that run well; one quality kept and one denied, some.
	// 5 of 5 failed first.
	{qSystems, "efficient? no. secure? no", "pain"},
	{qSystems, "secure? not really. efficient? also not really", "pain"},
	{qSystems, "fast? no. safe? also no", "~pain"},
	{qSystems, "slow? no. insecure? no", "fine"},
	{qSystems, "secure? yes. efficient? no", "some"},
}

// round18aReadingsKept are nearby answers the fixes must not change.
var round18aReadingsKept = []readingCase{
	{qStage, "growing fast", "scaling"},
	{qStage, "not slowly, we're growing like mad", "scaling"},
	{qStage, "we launched eight months ago and we're growing slowly", "startup"},
	{qOps, "just email", "low"},
	{qOps, "a fair bit of email", "medium"},
	{qOps, "just email and Slack", "low"},
	{qOps, "we're a people business, just email", "low"},
	{qOps, "all online, the meetings are face to face but even those are booked in the system", "high"},
	{qOps, "everything is online now, we couldn't work without it", "high"},
	{qSystems, "no", "fine"},
	{qSystems, "need work? no", "~fine"},
}

func TestRound18aReadings(t *testing.T) {
	checkReadings(t, rulesReading, false, round18aReadings, round18aReadingsKept)
}

// TestDescriptionRound18aFills: description fills blind set 26 made
// unlike the owner, in fresh wordings, beside guards ("" is asked).
func TestDescriptionRound18aFills(t *testing.T) {
	tests := []fillCase{
		// A count "of us incl me" beside a number of shops counts the
		// people, not people per shop (the typed reading is in
		// round18aHeadcounts). 0 of 3 failed first.
		{"i run three cafes for a big chain, 7 of us incl me.", qSize, "xs"},
		{"we have two salons, 8 of us including me.", qSize, "xs"},
		{"I own two bakeries, 30 of us incl me.", qSize, "s"},
		// Founders plus staff is the sum of both. 2 of 3 failed first.
		{"a candle brand, three founders and 14 staff.", qSize, "s"},
		{"two founders and 40 staff, selling only online.", qSize, "s"},
		{"we are two founders and 5 staff.", qSize, "xs"},
		// A list of office tasks on computers says which work uses IT,
		// not that the firm stops without it. 2 of 2 failed first.
		{"Quotes, ordering, timesheets and drawings are on computers.", qOps, ""},
		{"Bookings, invoices and rotas are on the computer, and a virus hit the office PC last year.", qOps, ""},
		{"Everything runs on our software, if it goes down we stop.", qOps, "high"},
		{"Orders are on the system, and everything stops without it.", qOps, "high"},
		// "The other" firm of a place is a rival, its ways not ours.
		// 2 of 3 failed first.
		{"the only other bakery in town is still on paper.", qOps, ""},
		{"The other garage down the road still does everything on paper.", qOps, ""},
		{"the only other florist in the village takes bookings by phone.", qOps, ""},
		{"We still take every booking by phone.", qOps, "low"},
		// One part said to work, then records of another part in a mess:
		// a real problem or some, the owner says. 2 of 4 failed first.
		{"The booking system works fine, but the staff rotas are all over the place.", qData, ""},
		{"Our till software works, though the supplier invoices are all over the place.", qData, ""},
		{"The stock system is reliable. The training records are a mess.", qData, ""},
		{"The practice software works well, the phones are old and the HR files are all over the place.", qData, ""},
		{"Our customer data is all over the place.", qData, "yes"},
		{"Nothing works and our data is all over the place.", qData, "yes"},
	}
	checkFills(t, tests)
}

// round18aHiring: hiring that cannot keep up ("we cannot recruit fast
// enough") is scaling; its negation is the idiom's, not a doubt.
// 3 of 4 failed first.
var round18aHiring = []readingCase{
	{qStage, "we can't recruit drivers fast enough", "scaling"},
	{qStage, "orders keep coming, we cannot hire engineers fast enough", "scaling"},
	{qStage, "since the new contract we can't hire fast enough", "scaling"},
	{qStage, "we can't train staff fast enough for the new sites", "scaling"},
}

// round18aHiringKept are nearby answers the fix must not change.
var round18aHiringKept = []readingCase{
	{qStage, "growing fast", "scaling"},
	{qStage, "we are not growing fast at all", "~established"},
}

// The doubt took the model's other reading: read with the model.
func TestRound18aHiring(t *testing.T) {
	read := func(q *question, text string) answerMatch { return readAnswer(q, text, nil) }
	checkReadings(t, read, false, round18aHiring, round18aHiringKept)
}

// round18aSeasonPlaces: the sites named beside seasonal counts ("95 in
// the four hotels, in winter 60") are no count of people: both counts
// in one class are that class.
// 3 of 3 failed first.
var round18aSeasonPlaces = []readingCase{
	{qSize, "in summer we are 120 across the three campsites, in winter maybe 70", "m"},
	{qSize, "in the season 30 in the two cafes, in winter about 15", "s"},
	{qSize, "at peak we're 400 in the five hotels, off season 300", "l"},
}

// round18aSeasonPlacesKept are nearby answers the fix must not change.
var round18aSeasonPlacesKept = []readingCase{
	{qSize, "about 22 in the summer, 9 over the winter", "~s"},
	{qSize, "me plus 4 in winter, 20 in summer", "?"},
}

func TestRound18aSeasonPlaces(t *testing.T) {
	checkReadings(t, rulesReading, false, round18aSeasonPlaces, round18aSeasonPlacesKept)
}

// round18aMostlyOnly: "mostly fine, only X" and "X is ok, Y is another
// matter" name one part in trouble beside the rest in order: the middle.
// 5 of 6 failed first.
var round18aMostlyOnly = []readingCase{
	{qSystems, "mostly fine, only the rota app and the payroll don't talk to each other", "~some"},
	{qSystems, "mostly good, except the website crashes on Mondays", "~some"},
	{qData, "mostly ok, only the supplier codes are all over the place", "~some"},
	{qData, "the customer list is fine, the stock data is another matter", "~some"},
	{qSystems, "the tills are ok, the back office is another story", "~some"},
	{qData, "legally we're fine, keeping it tidy is another matter", "~some"},
}

// round18aMostlyOnlyKept are nearby answers the fix must not change.
var round18aMostlyOnlyKept = []readingCase{
	{qSystems, "all fine", "fine"},
	{qData, "it's all in one place and it's fine", "no"},
	{qSystems, "it's all a mess, the website is another story altogether, even worse", "pain"},
}

func TestRound18aMostlyOnly(t *testing.T) {
	read := func(q *question, text string) answerMatch { return readAnswer(q, text, nil) }
	checkReadings(t, read, false, round18aMostlyOnly, round18aMostlyOnlyKept)
	checkReadings(t, rulesReading, false, round18aMostlyOnly, round18aMostlyOnlyKept)
}
