package conversation

import "testing"

// round31aThousandsComma: a number written with a thousands comma
// ("1,800") is a count, never a year, even where no people word
// follows it. 3 of 7 failed first (all read xs: the year dropped, the
// sites and shifts summed).
var round31aThousandsComma = []readingCase{
	{qSize, "Roughly 1,900 over our four mills, two shifts a day.", "l"},
	{qSize, "We're about 2,000, spread over the three sites.", "l"},
	{qSize, "Some 1,950 across five hospitals and two clinics.", "l"},
	{qSize, "Around 1,820 in the group, three divisions.", "l"},
	{qSize, "1,850 on the books, four depots, two shifts.", "l"},
	{qSize, "About 2,000 across the two farms, four packhouses.", "l"},
	{qSize, "Nearly 1,900 over the two hotels, three kitchens.", "l"},
}

// round31aThousandsCommaKept: years with no comma stay years.
var round31aThousandsCommaKept = []readingCase{
	{qSize, "Since 1985, and we're 12 now.", "s"},
	{qSize, "Founded in 1998 with two people, now 40.", "s"},
}

func TestRound31aThousandsComma(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31aThousandsComma, round31aThousandsCommaKept)
}

// round31aCodeNumbers: a capital-letter code joined to digits by a
// hyphen ("W-2", "ISO-9001", "K-12", "H-1B") names a form, a standard
// or a grade, and counts no one. 4 of 7 failed first (3 read the
// code's digit as the staff, xs; 1 added it, m).
var round31aCodeNumbers = []readingCase{
	{qSize, "The payroll firm lists 140 W-2 employees.", "m"},
	{qSize, "Around 400 on Form W-2 last year, across the bakeries.", "l"},
	{qSize, "We're 60 people, certified to ISO-9001 since last spring.", "m"},
	{qSize, "35 teachers for a K-12 school, plus 6 in admin.", "s"},
	{qSize, "About 90 on staff, 12 of them on H-1B visas.", "m"},
	{qSize, "We have 300 W-2 workers on two lines.", "l"},
	{qSize, "Our bookkeeper counts 75 W-2 staff.", "m"},
}

// round31aCodeNumbersKept: plain hyphenated counts are still counts.
var round31aCodeNumbersKept = []readingCase{
	{qSize, "We're 8, and 2 of them are part-time.", "xs"},
	{qSize, "twenty-seven of us", "s"},
}

func TestRound31aCodeNumbers(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31aCodeNumbers, round31aCodeNumbersKept)
}

// round31aOneCollective: "one" before a collective word ("one payroll",
// "one team", "one company") tells there is a single one of it, not one
// person. 2 of 6 failed first (both read xs).
var round31aOneCollective = []readingCase{
	{qSize, "62 across three cafés, but it's all one payroll.", "m"},
	{qSize, "About 35 between the two yards. One team, really.", "s"},
	{qSize, "4 salons, 30 staff, one payroll.", "s"},
	{qSize, "We count as one company even with 70 people in two towns.", "m"},
	{qSize, "55 over two towns, but it's one business and one payroll.", "m"},
}

// round31aOneCollectiveKept: one person is still one.
var round31aOneCollectiveKept = []readingCase{
	{qSize, "just one person, me", "xs"},
	{qSize, "a team of 12", "s"},
	{qSize, "12 crew on the boat", "s"},
}

func TestRound31aOneCollective(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31aOneCollective, round31aOneCollectiveKept)
}

// round31aEraBefore: a time gone told before a past verb and its count
// ("back in the eighties this place employed over 600") sets that count
// in the past, as the era told after it does. 4 of 5 failed first (all
// read the past count).
var round31aEraBefore = []readingCase{
	{qSize, "About 90 these days. In the seventies the mill employed over 400.", "m"},
	{qSize, "We're 30 now. Back in the nineties we had 300 on the floor.", "s"},
	{qSize, "Around 160. In its heyday the yard employed 1,200.", "m"},
	{qSize, "12 today; back in the 1980s my father employed 80.", "s"},
	{qSize, "Six, counting me. In the eighties, when the factory still had its own shop, we were ninety.", "xs"},
}

// round31aEraBeforeKept: an era after its count, and a time since.
var round31aEraBeforeKept = []readingCase{
	{qSize, "85 now, over 600 in the seventies", "m"},
	{qSize, "Since the nineties we've been about 40.", "s"},
}

func TestRound31aEraBefore(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31aEraBefore, round31aEraBeforeKept)
}

// round31aCountingAfter: a count followed straight by its include word
// ("24, counting the drivers") is the staff's total; a group of "us"
// told after it by role is a part. 2 of 5 failed first (both read the
// group of "us", xs).
var round31aCountingAfter = []readingCase{
	{qSize, "31, counting the 3 cleaners. 9 of us are nurses.", "s"},
	{qSize, "About 70 including the drivers; 12 of us are in the office.", "m"},
	{qSize, "18 counting me. Five of us are chefs.", "s"},
	{qSize, "260 including the seasonal pickers, and 40 of us work in packing.", "l"},
	{qSize, "45, counting the 4 porters. 8 of us are vets.", "s"},
}

// round31aCountingAfterKept: a count with the group left out.
var round31aCountingAfterKept = []readingCase{
	{qSize, "Seven of us, not counting the two drivers.", "xs"},
	{qSize, "about 35 if you count the two drivers", "s"},
}

func TestRound31aCountingAfter(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31aCountingAfter, round31aCountingAfterKept)
}
