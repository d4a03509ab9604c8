package conversation

import "testing"

// round21aSystemIncidents are systems answers telling an error the
// systems made on the business's customers or goods (sold twice,
// double-booked, overcharged, sent to the wrong customer): the worst
// option, however calm the words; "not the first time" denies no rank.
// 2 of 6 failed first.
var round21aSystemIncidents = []readingCase{
	{qSystems, "we shipped the same order twice last week because the shop and the warehouse don't sync", "pain"},
	{qSystems, "the booking site double-booked three weddings this spring", "pain"},
	{qSystems, "last month the till system overcharged about 200 customers", "pain"},
	{qSystems, "twice this year we sent goods to the wrong customer because the addresses are in two systems", "pain"},
	{qSystems, "our invoicing billed 50 clients twice in March", "pain"},
	{qSystems, "we booked the same room twice in August, the channel manager doesn't sync. not the first time either", "pain"},
}

// round21aSystemIncidentsKept must keep their reading.
var round21aSystemIncidentsKept = []readingCase{
	{qSystems, "never had a double booking, it all works", "fine"},
	{qSystems, "mostly fine, the rota sheet is clunky, we double-booked a van once", "~some"},
	{qSystems, "all fine", "fine"},
}

func TestRound21aSystemIncidents(t *testing.T) {
	checkRulesThenEngine(t, round21aSystemIncidents, round21aSystemIncidentsKept)
}

// round21aFineThenChore are systems answers with one part fine and a
// later part a chore by hand or records that never agree: some pain
// points. 4 of 5 failed first.
var round21aFineThenChore = []readingCase{
	{qSystems, "the accounts package is fine but the rotas we build in Excel by hand, it takes hours", "some"},
	{qSystems, "email's ok, the stock between the two warehouses never matches", "some"},
	{qSystems, "the new branch is fine, the old one is struggling", "some"},
	{qSystems, "the tills work, but the stock counts never agree with the system", "some"},
	{qSystems, "the card machine is fine, the delivery notes we type one by one", "some"},
}

// round21aFineThenChoreKept must keep their reading.
var round21aFineThenChoreKept = []readingCase{
	{qSystems, "they're fine, no complaints", "fine"},
}

func TestRound21aFineThenChore(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aFineThenChore, round21aFineThenChoreKept)
}

// round21aSystemsSplit are systems answers owners rate some or the worst
// alike: trouble told only of peripherals (printer, wifi) without "all
// the time", systems held together with working tools and nothing more;
// asked between the two, never taken as the worst. Beside them a solid
// core with too many side tools is some. 4 of 6 failed first. Since the
// model learned from blind83-88 it leans pain on the Access databases,
// so that answer is asked between some and pain, the right one offered.
var round21aSystemsSplit = []readingCase{
	{qSystems, "not my area, but staff moan about the printer and the wifi being slow", "~some"},
	{qSystems, "the wifi is slow in the back office, that's about it", "~some"},
	{qSystems, "the quoting and the stock are held together with macros", "~some"},
	{qSystems, "The accounts system is solid. Around it there are too many spreadsheets nobody owns.", "some"},
	{qSystems, "Our ERP is reliable, but we have too many little Access databases built by people who left.", "~some"},
	{qSystems, "card readers in both cafés keep dropping", "~some"},
}

// round21aSystemsSplitKept must keep their reading.
var round21aSystemsSplitKept = []readingCase{
	{qSystems, "it's all held together with duct tape and prayers", "pain"},
	{qSystems, "the wifi drops constantly", "pain"},
	{qSystems, "our CRM is a 2009 Access database that one guy understands, held together with macros", "~pain"},
}

func TestRound21aSystemsSplit(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aSystemsSplit, round21aSystemsSplitKept)
}

// round21aRareIncidents: an incident told as once, long ago, is no
// reading of the worst. Guards for the incident reader above: the first
// was silently wrong with it before the rare event was checked.
var round21aRareIncidents = []readingCase{
	{qSystems, "we double-booked a room once, years ago, nothing since", "~fine"},
	{qSystems, "we overcharged a customer once, it was fixed the same day", "?"},
}

func TestRound21aRareIncidents(t *testing.T) {
	checkReadings(t, modelFreeReading, true, round21aRareIncidents)
}

// round21aOneThingOrAge are systems answers naming one thing and calling
// the rest fine ("otherwise fine"), or systems old but working: some
// pain points, neither a clean bill nor the worst. 4 of 5 failed first,
// all silently wrong.
var round21aOneThingOrAge = []readingCase{
	{qSystems, "we need a new phone system, otherwise fine", "some"},
	{qSystems, "the printer is temperamental, other than that all good", "some"},
	{qData, "a few duplicates, apart from that fine", "some"},
	{qSystems, "they are ancient but reliable", "some"},
	{qSystems, "old, but it does the job", "some"},
}

// round21aOneThingOrAgeKept must keep their reading.
var round21aOneThingOrAgeKept = []readingCase{
	{qSystems, "otherwise fine", "fine"},
	{qSystems, "the till is old but it still works fine", "~fine"},
	{qSystems, "old but it crashes a lot", "~pain"},
}

func TestRound21aOneThingOrAge(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aOneThingOrAge, round21aOneThingOrAgeKept)
}
