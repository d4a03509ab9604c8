package conversation

import "testing"

// round30aYearShaped: a count in the thousands that looks like a year
// ("around 1,800 agents", "2,000 pickers") counts people when a plural
// noun of them follows and no word makes it a date: it is no year to
// leave out of the parts added. 2 of 5 failed first (both left the
// count out as a year).
var round30aYearShaped = []readingCase{
	{qSize, "Around 1,900 operators on two shifts, plus maintenance maybe 100 more.", "l"},
	{qSize, "1,850 nurses over three shifts, plus 10 in admin", "l"},
	{qSize, "About 2,000 agents on four shifts, support and admin another 150.", "l"},
	{qSize, "Roughly 1,950 pickers across 3 shifts, plus 90 drivers on top.", "~l"},
	{qSize, "2,010 packers on two shifts plus 5 office", "l"},
}

// round30aYearShapedKept: a year is still a year.
var round30aYearShapedKept = []readingCase{
	{qSize, "since 2004, about 40 people", "s"},
	{qSize, "4 shifts of 6 people each", "s"},
}

func TestRound30aYearShaped(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aYearShaped, round30aYearShapedKept)
}

// round30aNamedSites: places named in a list ("the depots in Dodoma,
// Morogoro and Iringa have about 30 each") are as many groups as names;
// a count told beside them ("head office is 25") is no number of
// groups. 2 of 5 failed first (both multiplied
// a count beside the sites by the size of each).
var round30aNamedSites = []readingCase{
	{qSize, "Head office is 20, then the branches in Leeds, York and Hull have about 15 each.", "m"},
	{qSize, "The shops in Cork, Galway and Limerick have 6 each, and 4 of us in the office.", "s"},
	{qSize, "We're 10 at HQ, and the clinics in Kumasi, Tamale, Accra and Takoradi have about 25 each.", "m"},
	{qSize, "Our stores in Lyon and Lille, about 40 each, plus 30 at the warehouse.", "m"},
	{qSize, "the depots at Mwanza, Arusha and Moshi have 100 each, head office 60", "l"},
}

// round30aNamedSitesKept: a count of groups in digits, as before.
var round30aNamedSitesKept = []readingCase{
	{qSize, "three branches with about eight each", "s"},
}

func TestRound30aNamedSites(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aNamedSites, round30aNamedSitesKept)
}

// round30aOrdinalSites: "we opened our 30th store" tells thirty stores:
// "each one has around 12 staff" is per store, thirty times over.
// 5 of 5 failed first (all read one site's staff).
var round30aOrdinalSites = []readingCase{
	{qSize, "Just opened our 12th shop. Each one has 6 staff.", "m"},
	{qSize, "We're on our 4th branch now, each one with about 10 people.", "s"},
	{qSize, "Our 20th salon opened in March. Each one has 5 stylists, plus 2 of us at head office.", "m"},
	{qSize, "We opened our 25th store last month. Each one has around 14 staff, and 80 in the warehouse.", "l"},
	{qSize, "we just opened the 3rd cafe, each one has 4 staff", "s"},
}

// round30aOrdinalSitesKept: an ordinal that counts no sites.
var round30aOrdinalSitesKept = []readingCase{
	{qSize, "We opened our third branch this year, 45 people in all", "s"},
}

func TestRound30aOrdinalSites(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aOrdinalSites, round30aOrdinalSitesKept)
}

// round30aLeftOut: a group the owner chose not to count ("so I don't
// count them"), told with no number of its own beside a count near the
// top of its option, may carry the count over: asked, between the two.
// 5 of 5 failed first (all took the count unasked).
var round30aLeftOut = []readingCase{
	{qSize, "We're 47 in the office. The riders are paid per delivery, so I don't count them.", "?"},
	{qSize, "Payroll is 240. The stall holders rent from us, I'm not counting them.", "?"},
	{qSize, "9 staff. The pickers come through a labour broker so I didn't count them.", "?"},
	{qSize, "The office is 45 people. The guides are self-employed, I don't count them.", "?"},
	{qSize, "230 on our books. The drivers are owner-operators so I don't count them.", "?"},
}

// round30aLeftOutKept: a count far from the next option, and a left-out
// group that is not the firm's.
var round30aLeftOutKept = []readingCase{
	{qSize, "We're 12. The cleaners come from an agency so I don't count them.", "s"},
	{qSize, "Seven. The computer man is not ours.", "xs"},
}

func TestRound30aLeftOut(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30aLeftOut, round30aLeftOutKept)
}
