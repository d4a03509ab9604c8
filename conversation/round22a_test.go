package conversation

import "testing"

// round22aSpokenCounts are size answers whose total is spoken in words
// ("Sixty-four", "Thirty-one") beside a second group or a ceiling: the
// sum check must read the words as one number, and a ceiling ("under
// forty") is no group to add. 4 of 6 failed first.
var round22aSpokenCounts = []readingCase{
	{qSize, "Sixty-four on the books. We also bring in about twelve seasonal packers through an agency.", "m"},
	{qSize, "Thirty-one, plus three trainees if you count them. Still under forty.", "s"},
	{qSize, "Eighty-five in total, we also hire around ten freelance editors.", "m"},
	{qSize, "Forty-two on payroll, and we use about eight agency cleaners.", "s"},
	{qSize, "Twenty-six, plus one intern. Under thirty anyway.", "s"},
	{qSize, "ninety-eight staff plus four contractors", "~m"},
}

// round22aSpokenCountsKept must keep their reading.
var round22aSpokenCountsKept = []readingCase{
	{qSize, "190 on the payroll plus 80 drivers", "l"},
	{qSize, "a dozen in the office and forty on site", "m"},
	{qSize, "fewer than 50 but more than 40", "s"},
	{qSize, "me plus 8 staff, 10 if you count my mum", "~xs"},
	{qSize, "8 of us plus 45 casual pickers at harvest", "~s"},
}

func TestRound22aSpokenCounts(t *testing.T) {
	checkReadings(t, rulesReading, false, round22aSpokenCounts, round22aSpokenCountsKept)
}

// round22aSmallGroupBeside are size answers with a larger count of staff
// and a small group told beside it ("and 2 of us in the office", "the
// two people in Leeds"): the small group's people word must not make it
// the headcount. 4 of 7 failed first.
var round22aSmallGroupBeside = []readingCase{
	{qSize, "22 driving instructors and 3 of us in the office", "s"},
	{qSize, "about 60, if you count the Leeds branch and the three people in York", "m"},
	{qSize, "we are about 400 now, my father ran it with 150 people", "~l"},
	{qSize, "we're around 75 these days", "m"},
	{qSize, "30 care workers and two of us running the office", "s"},
	{qSize, "Forty, plus two apprentices", "s"},
	{qSize, "18 carpenters and 4 of us doing the admin", "s"},
}

// round22aSmallGroupBesideKept must keep their reading.
var round22aSmallGroupBesideKept = []readingCase{
	{qSize, "7 people and 300 beehives", "xs"},
	{qSize, "about 35, and we deliver to 2,000 homes", "s"},
	{qSize, "we see about 200 clients a week, 6 of us", "xs"},
	{qSize, "120 nurses and 15 in the office", "m"},
	{qSize, "eighteen instructors and two in the office", "~s"},
}

func TestRound22aSmallGroupBeside(t *testing.T) {
	checkReadings(t, rulesReading, false, round22aSmallGroupBeside, round22aSmallGroupBesideKept)
}
