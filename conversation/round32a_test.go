package conversation

import "testing"

// round32aFigurative: a number told as a figure of speech ("on a busy
// day it feels like thirty"), a wish ("I wish it were twenty", "if only
// we were thirty") or the part left out of "all but six" is no count of
// the staff when another count stands beside it; nor is the count told
// again with the owner ("ten guys, eleven with me") the one to take. 8 of
// 17 failed first: figures 3 of 5 (two read s, one asked s or l),
// wishes 2 of 4 (read s), "all but" 2 of 4 (read xs), "with me" 1 of 4
// (read s).
var round32aFigurative = []readingCase{
	{qSize, "Just the two of us, though at Christmas it feels like a hundred.", "xs"},
	{qSize, "There are 30 of us, though at the Christmas party it feels like three hundred.", "s"},
	{qSize, "Five staff. Some mornings it feels more like fifty with the noise they make.", "xs"},
	{qSize, "Four of us in a bakery in town, and on a Saturday morning it seems like forty.", "xs"},
	{qSize, "two of us in a little print shop, some weeks it feels like 20", "xs"},
	{qSize, "If only we were thirty! We're nine.", "xs"},
	{qSize, "Six of us, I wish we had twenty.", "xs"},
	{qSize, "Seven in the workshop, and in the spring rush I wish there were fifteen.", "xs"},
	{qSize, "we're 4 in the office, wish it was 10 honestly", "xs"},
	{qSize, "Thirty, all bar two are nurses", "s"},
	{qSize, "Forty, and all but three work on the shop floor.", "s"},
	{qSize, "Sixty people, all except five of them on the tools.", "m"},
	{qSize, "Twelve, and all but one are family.", "s"},
	{qSize, "Nine lads, ten with me.", "xs"},
	{qSize, "Fifty workers, fifty-one with me.", "m"},
	{qSize, "ten fitters, eleven with me", "s"},
	{qSize, "Ten on the books, eleven including me.", "s"},
}

// round32aFigurativeKept: a figure or wish with no other count beside
// it, and "like" as "about", read as before.
var round32aFigurativeKept = []readingCase{
	{qSize, "It feels like about 40 people now, I've lost count", "s"},
	{qSize, "like 30 people", "s"},
	{qSize, "We're 12 in the office, and on deadline day it seems like fifty.", "s"},
	{qSize, "We're 14. I wish it were forty some weeks.", "s"},
	{qSize, "We're 60, all but five are part-time.", "m"},
	{qSize, "Twenty-eight people, all but two of them drivers.", "s"},
	{qSize, "Ten staff, eleven counting me.", "s"},
	{qSize, "250 on the payroll, 251 with me", "l"},
}

// round32aMostOfTheYear: a count told for "most of the year" beside a
// larger one for a month or a festival is a seasonal headcount: the
// larger one alone is no answer. 2 of 5 failed first (both read m; the
// others asked or the model read the smaller).
var round32aMostOfTheYear = []readingCase{
	{qSize, "About 20 most of the year, and it jumps to 70 in August for the festival.", "~s"},
	{qSize, "Eight for most of the year, and it shoots up to thirty over Christmas.", "~xs"},
	{qSize, "We're about 40 most months, and it jumps to 120 for the harvest.", "~s"},
	{qSize, "Twelve of us most of the year, then sixty in October when the fair is on.", "~s"},
	{qSize, "Around thirty most of the year and about ninety in May for the races.", "~s"},
}

// round32aMostOfTheYearKept: "most of" other things read as before.
var round32aMostOfTheYearKept = []readingCase{
	{qSize, "Normally twelve, rising to forty in the busy season.", "s"},
	{qSize, "Most of the 80 staff are part-time.", "m"},
	{qSize, "About 75 now. Five years ago it was just me and my brother.", "m"},
}

func TestRound32aSize(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32aFigurative, round32aFigurativeKept, round32aMostOfTheYear, round32aMostOfTheYearKept)
}

// round32aStillSettingUp: a firm still doing the paperwork of its own
// founding (the constitution, the bank account, registering the company,
// the partnership agreement) is a start-up, whatever verb names the
// chore ("opening a bank account" is no site opened). 4 of 7 failed
// first (all asked: start-up or scaling, or start-up or established).
var round32aStillSettingUp = []readingCase{
	{qStage, "We're still drawing up the partnership agreement.", "startup"},
	{qStage, "still doing the incorporation paperwork", "startup"},
	{qStage, "We're still choosing a name and registering it.", "startup"},
	{qStage, "Still opening the bank account and writing the bylaws, to be honest.", "startup"},
	{qStage, "we are still registering the company, so very early", "startup"},
	{qStage, "Still getting the articles of association signed.", "startup"},
	{qStage, "honestly still setting up the business bank account and the shareholders agreement", "startup"},
}

// round32aStillSettingUpKept: chores of a going firm, and no "still",
// read as before.
var round32aStillSettingUpKept = []readingCase{
	{qStage, "We opened our fourth branch last month.", "scaling"},
	{qStage, "Thirty years trading, still registering new customers every week.", "established"},
}

// round32aGrowthHalted: growth told as stopped ("we're done growing")
// is steady trading, and stands against the model, which reads the
// "growing"; a stop denied ("we haven't stopped growing") is growth
// going on. 6 of 7 failed first (two asked, two read scaling, two read
// established).
var round32aGrowthHalted = []readingCase{
	{qStage, "we have stopped growing", "established"},
	{qStage, "we're done growing", "established"},
	{qStage, "Honestly, we're finished growing, and happy with that.", "established"},
	{qStage, "We've stopped expanding.", "established"},
	{qStage, "we haven't stopped growing", "~scaling"},
	{qStage, "we never stopped growing", "~scaling"},
	{qStage, "Growth hasn't stalled at all, we're hiring every month.", "~scaling"},
}

// round32aGrowthHaltedKept: a stop then growth again reads as before.
var round32aGrowthHaltedKept = []readingCase{
	{qStage, "we stopped growing for a while but it's picked up again", "scaling"},
	{qStage, "growth has stopped, we just tick over now", "established"},
	{qStage, "seed round done, growing into two new regions this year", "!established"},
}

func TestRound32aStage(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32aStillSettingUp, round32aStillSettingUpKept, round32aGrowthHalted, round32aGrowthHaltedKept)
}

// round32aGrewWithinSpan: growth from a count to a much larger one told
// with the span it took ("from twelve trucks to forty in about eighteen
// months") is scaling: the span is no age of the firm. 4 of 6 failed
// first (all asked start-up or scaling; the rules read start-up).
var round32aGrewWithinSpan = []readingCase{
	{qStage, "We went from 3 vans to 11 in about eighteen months.", "scaling"},
	{qStage, "Our team grew from 4 to 15 in roughly ten months.", "scaling"},
	{qStage, "we went from 200 members to 900 in around 14 months, and it's not slowing", "scaling"},
	{qStage, "From six tables to twenty in under a year.", "scaling"},
	{qStage, "The fleet went from twelve trucks to forty within about eighteen months.", "scaling"},
	{qStage, "went from 2 to 7 clinics in just over two years", "scaling"},
}

// round32aGrewWithinSpanKept: the firm's own age told beside the growth,
// or growth too small, read as before.
var round32aGrewWithinSpanKept = []readingCase{
	{qStage, "We started 18 months ago and went from 2 to 10 staff.", "~startup"},
	{qStage, "Founded eighteen months ago, we grew from 3 to 9 people.", "~startup"},
	{qStage, "We went from 10 staff to 12 in about eighteen months.", "~startup"},
}

func TestRound32aGrowthSpan(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32aGrewWithinSpan, round32aGrewWithinSpanKept)
}

// round32aQuietThenGrowth: a long calm told first ("slow for years"),
// then a turn and growth the firm can barely keep up with, or a shift or
// site added, is scaling: the calm years are the past the growth broke.
// 4 of 6 failed first (all asked established or scaling; the rules read
// established).
var round32aQuietThenGrowth = []readingCase{
	{qStage, "Slow for years, and now we can barely keep up.", "scaling"},
	{qStage, "Dozy for years, then orders took off last spring.", "scaling"},
	{qStage, "Quiet for twelve years, and now we can hardly hold on, we added a night shift in March.", "scaling"},
	{qStage, "Sleepy for a decade, then the new contract came and we added a second warehouse this year.", "scaling"},
	{qStage, "Slow for ages, then in the last year it's gone through the roof.", "scaling"},
	{qStage, "steady for years, then last year we doubled", "scaling"},
}

// round32aQuietThenGrowthKept: a calm with no turn to growth reads as
// before.
var round32aQuietThenGrowthKept = []readingCase{
	{qStage, "Slow for years and still slow, which suits us.", "established"},
	{qStage, "Quiet for twenty years, and we like it that way.", "established"},
	{qStage, "Steady for years, then covid hit and we lost half our customers.", "!scaling"},
}

func TestRound32aQuietThenGrowth(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32aQuietThenGrowth, round32aQuietThenGrowthKept)
}

// round32aCountYearsAgo: today's count, then in a sentence of its own
// what it was "ten years ago" or "in 2015", counts the staff now: the
// count then is history, not a second option. 3 of 4 failed first (all
// asked between the two; the fifth, from the set's own row, was written
// after). Left: "About 40 on the payroll. Back in 2012
// we were six." still reads xs: another reader takes "we were six" as
// "we're six".
var round32aCountYearsAgo = []readingCase{
	{qSize, "Around 190 at the plant. Ten years ago it was twelve people.", "m"},
	{qSize, "Roughly 300 staff. A decade ago it was 25, mostly family.", "l"},
	{qSize, "90 in the warehouse and office. In 2015 it was fifteen of us.", "m"},
	{qSize, "Thirty-odd. Five years ago it was just the two of us.", "s"},
	{qSize, "Around 190 at the plant over two shifts. Ten years ago it was a dozen guys in a barn!", "m"},
}

// round32aCountYearsAgoKept: the past told first, or with "now", reads
// as before.
var round32aCountYearsAgoKept = []readingCase{
	{qSize, "Two years ago it was 40, now we're down to 25.", "s"},
	{qSize, "About 75 now. Ten years ago it was twelve guys in a shed.", "m"},
}

func TestRound32aCountYearsAgo(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32aCountYearsAgo, round32aCountYearsAgoKept)
}
