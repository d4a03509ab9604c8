package conversation

import "testing"

// round27aNothingWorks: "nothing" before what systems should do ("nothing
// runs properly", "nothing is working") is systems in trouble, and the
// model's doubt, which reads the "nothing" as nothing wrong, does not
// stand. 2 of 5 failed first (1 read fine, 1 asked between some and
// pain).
var round27aNothingWorks = []readingCase{
	{qSystems, "it's chaos, nothing runs properly", "pain"},
	{qSystems, "terrible, nothing really works together", "pain"},
	{qSystems, "a nightmare, nothing is working right now", "~pain"},
	{qSystems, "honestly a mess, nothing works the way it should", "pain"},
	{qSystems, "nothing works, the tills crash every day", "pain"},
}

// round27aNothingWorksKept: "nothing" that denies trouble, or praises.
var round27aNothingWorksKept = []readingCase{
	{qSystems, "nothing broken, all fine", "fine"},
	{qSystems, "nothing wrong with them, they work", "fine"},
	{qSystems, "they're fine, nothing works better than a simple spreadsheet", "~fine"},
}

func TestRound27aNothingWorks(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aNothingWorks, round27aNothingWorksKept)
}

// round27aPartAlone: a part named "alone" beside a bare total ("Near
// enough 600. The boats alone need 200 crew") is no headcount; the total
// is. A number that ends a sentence does not count the next one's noun
// ("600. The boats"). 2 of 5 failed first (both read the part).
var round27aPartAlone = []readingCase{
	{qSize, "Near enough 1,000. The mines alone need 240 workers", "l"},
	{qSize, "around 400, the ships alone carry 150 crew", "l"},
	{qSize, "about 300 all told. the warehouse alone needs 120 people", "l"},
	{qSize, "close to 60, the kitchen alone is 40 people", "m"},
	{qSize, "Nine hundred give or take, the stores alone employ 200 people", "l"},
}

// round27aPartAloneKept: a part alone with no total beside it is still
// the count told.
var round27aPartAloneKept = []readingCase{
	{qSize, "the drivers alone are 150", "m"},
	{qSize, "we have 3 shops", "?"},
}

func TestRound27aPartAlone(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aPartAlone, round27aPartAloneKept)
}

// round27aCountToCome: a count hoped for or planned ("next year
// hopefully 60", "aiming for 25") beside today's is not the headcount.
// 3 of 5 failed first (all read the count to come).
var round27aCountToCome = []readingCase{
	{qSize, "Now 30. Next year hopefully 60 if the contract lands.", "s"},
	{qSize, "next year we'll be 20, right now it's 8", "xs"},
	{qSize, "12 right now, aiming for 25 by the summer", "s"},
	{qSize, "currently 48 staff, we expect 80 people by 2027", "s"},
	{qSize, "today we are 40, by next spring maybe 70", "s"},
}

// round27aCountToComeKept: a count added to today's, or grown to it.
var round27aCountToComeKept = []readingCase{
	{qSize, "we have 30 and will hire 10 more", "s"},
	{qSize, "we hired 60 last year and now we're 240", "m"},
}

func TestRound27aCountToCome(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aCountToCome, round27aCountToComeKept)
}

// round27aNotAboutGrowing: growth denied as what the firm is about
// ("now it is about keeping it running, not about growing") is steady.
// 3 of 5 failed first (asked between scaling and established).
var round27aNotAboutGrowing = []readingCase{
	{qStage, "we're not about growing, we're about keeping the lights on", "established"},
	{qStage, "Now it is about keeping it running, not about growing.", "established"},
	{qStage, "it's not about growing for us, the farm is the size it should be", "established"},
	{qStage, "fourth generation. for us it's not about expanding, it's about doing it well", "established"},
	{qStage, "these days it's about keeping the customers happy, not about growth", "established"},
}

// round27aNotAboutGrowingKept: growth told after the "not about", or a
// young firm not about growth yet.
var round27aNotAboutGrowingKept = []readingCase{
	{qStage, "we're not about to stop growing, sales doubled this year", "~scaling"},
	{qStage, "not about growth yet, we launched in March", "~startup"},
}

func TestRound27aNotAboutGrowing(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aNotAboutGrowing, round27aNotAboutGrowingKept)
}

// round27aSpokenTotal: a total told with its parts ("sixty all told,
// forty drivers and twenty in the depot", a list ended "so seventeen")
// is the headcount, and hundreds said short ("three fifty") are
// hundreds. 4 of 6 failed first (all read a part or a unit).
var round27aSpokenTotal = []readingCase{
	{qSize, "sixty all told, forty drivers and twenty in the depot", "m"},
	{qSize, "mechanics four sales three office two drivers six so fifteen", "s"},
	{qSize, "we're about three fifty", "l"},
	{qSize, "two forty five people give or take", "m"},
	{qSize, "ninety in total, sixty on the floor and thirty in the office", "m"},
	{qSize, "shop is four kitchen is eight delivery five so seventeen", "s"},
}

// round27aSpokenTotalKept: a total with no parts beside it stays itself.
var round27aSpokenTotalKept = []readingCase{
	{qSize, "we are 45 in total", "s"},
	{qSize, "5 all in", "xs"},
}

func TestRound27aSpokenTotal(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aSpokenTotal, round27aSpokenTotalKept)
}

// round27aFewAcrossAll: a handful told across all of many places ("all
// the stores together we're about six and red") more likely lost a
// "hundred" than counted the staff: asked again. 4 of 5 failed first
// (read 1–10).
var round27aFewAcrossAll = []readingCase{
	{qSize, "all the stores together we're about six and red", "?"},
	{qSize, "with all our branches counted we're roughly three", "?"},
	{qSize, "counting all the sites, maybe seven", "?"},
	{qSize, "across all our depots were about five and dread", "?"},
	{qSize, "all the locations, the shop, the yard and the office, around four and rid", "?"},
}

// round27aFewAcrossAllKept: a few across two places, or many across all.
var round27aFewAcrossAllKept = []readingCase{
	{qSize, "across both shops we're five", "xs"},
	{qSize, "we're 8, all in one office", "xs"},
	{qSize, "all the locations together about 300", "l"},
}

func TestRound27aFewAcrossAll(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aFewAcrossAll, round27aFewAcrossAllKept)
}

// round27aFallbackNoDrama: systems down, the work goes to hand and the
// harm is waved off ("no drama", "we just keep serving", "annoying but
// that's it"): little reliance. 4 of 5 failed first (3 asked, 1 read
// quite a lot).
var round27aFallbackNoDrama = []readingCase{
	{qOps, "if the laptop dies we do the invoices by hand, no drama", "low"},
	{qOps, "when the system's down we just keep serving and write it on paper", "low"},
	{qOps, "if the wifi goes we just keep working with the paper diary, no drama", "low"},
	{qOps, "server goes down, we take orders by hand, annoying but that's it", "~low"},
	{qOps, "if the till breaks we write receipts by hand like before, no drama", "low"},
}

// round27aFallbackNoDramaKept: the fallback with harm told.
var round27aFallbackNoDramaKept = []readingCase{
	{qOps, "when it's down we write by hand but we lose half the day", "medium"},
}

func TestRound27aFallbackNoDrama(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aFallbackNoDrama, round27aFallbackNoDramaKept)
}
