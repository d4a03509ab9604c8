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
