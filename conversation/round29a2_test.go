package conversation

import "testing"

// round29aSpellWithout: a short spell without IT coped with ("we'd limp
// through a day without the tills") is the middle; a spell carried on
// as usual ("down for a day we carry on as normal") is little. 3 of 6
// failed first (all asked); the model still leans to the middle on two
// of them, so the engine asks there.
var round29aSpellWithout = []readingCase{
	{qOps, "we could cope for a day without it, not longer", "medium"},
	{qOps, "a fair bit, we could get by on paper for a couple of days", "~medium"},
	{qOps, "if the system went down we'd manage a few hours, no more", "medium"},
	{qOps, "we'd limp through a day without the tills", "medium"},
	{qOps, "if the network's down for a day we carry on as normal", "~low"},
	{qOps, "we could run happily for weeks on paper if the computers died", "low"},
}

// round29aSpellWithoutKept: no spell coped with.
var round29aSpellWithoutKept = []readingCase{
	{qOps, "we couldn't last an hour without it", "high"},
	{qOps, "without it we stop within the hour", "high"},
	{qOps, "we couldn't manage a day without it", "high"},
}

func TestRound29aSpellWithout(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aSpellWithout, round29aSpellWithoutKept)
}

// round29aBothInOrder: the few records a small firm keeps, told "both in
// order", "kept straight" or "both up to date", are under control. 3 of
// 6 failed first (all asked: no key read the order).
var round29aBothInOrder = []readingCase{
	{qData, "customer list and stock sheet, both up to date", "no"},
	{qData, "two spreadsheets, both kept neat by me", "no"},
	{qData, "stock and sales, all in order", "no"},
	{qData, "the price list and the accounts, both kept straight", "no"},
	{qData, "the bookings and the invoices, both tidy", "no"},
	{qData, "just the client list and the books, both fine", "no"},
}

// round29aBothInOrderKept: records out of order, or one part in order
// beside a mess.
var round29aBothInOrderKept = []readingCase{
	{qData, "the stock list and the accounts, both a mess", "!no"},
	{qData, "nothing is in order, it's chaos", "!no"},
	{qData, "the records are not up to date", "!no"},
	{qData, "the orders are kept straight but the stock is a mess", "!no"},
}

func TestRound29aBothInOrder(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aBothInOrder, round29aBothInOrderKept)
}

// round29aNoneTalk: systems counted and "none talk" or "none connect" is
// the data scattered, not "none" of the trouble. 3 of 5 failed first (2
// read "none" as no trouble, 1 asked).
var round29aNoneTalk = []readingCase{
	{qData, "four apps and none of them talk to each other", "yes"},
	{qData, "three spreadsheets, none of them match", "yes"},
	{qData, "two databases, none connect", "yes"},
	{qData, "a CRM, Xero and a booking app, none talk to each other", "~yes"},
	{qData, "lots of spreadsheets, none connect up", "yes"},
}

// round29aNoneTalkKept: "none" alone is no trouble.
var round29aNoneTalkKept = []readingCase{
	{qData, "none at all", "no"},
	{qData, "no, none, it's in one system", "no"},
}

func TestRound29aNoneTalk(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aNoneTalk, round29aNoneTalkKept)
}

// round29aCantTrade: "can't trade" or "couldn't open the doors" without
// IT is complete reliance. 1 of 5 failed first (asked between the
// middle and complete); the labelled two had no key at all.
var round29aCantTrade = []readingCase{
	{qOps, "we couldn't trade without the tills", "high"},
	{qOps, "if the system's down we can't trade at all", "high"},
	{qOps, "no system, we couldn't open the doors", "high"},
	{qOps, "we'd have to shut the doors if it went", "high"},
	{qOps, "without it we cannot trade", "high"},
}

// round29aCantTradeKept: trading or opening without it.
var round29aCantTradeKept = []readingCase{
	{qOps, "we can trade without it, no bother", "!high"},
	{qOps, "we could open the doors without it, just slower", "!high"},
}

func TestRound29aCantTrade(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aCantTrade, round29aCantTradeKept)
}

// round29aTakenOff: an age granted, then "it's really taken off" or "the
// last two years have been nonstop", is scaling. 3 of 4 failed first (1
// read the age, 2 asked between the two).
var round29aTakenOff = []readingCase{
	{qStage, "20 years old but the last three years it's really taken off", "scaling"},
	{qStage, "30 years trading but the last 18 months have been nonstop", "scaling"},
	{qStage, "old firm, 40 years, but it's really taken off since covid", "scaling"},
	{qStage, "been around since 2001, but the last couple of years have been crazy, hiring all the time", "scaling"},
}

// round29aTakenOffKept: a take-off long past, and nonstop trouble.
var round29aTakenOffKept = []readingCase{
	{qStage, "been trading 30 years, it took off in the eighties and has been steady since", "established"},
	{qStage, "20 years but nonstop firefighting, no growth", "!scaling"},
}

func TestRound29aTakenOff(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aTakenOff, round29aTakenOffKept)
}
