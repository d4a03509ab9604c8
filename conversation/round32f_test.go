package conversation

import "testing"

// round32fMoneyStoreEmpty: money told as a store that has run out, the
// store named (a money tree, the kitty, the piggy bank, the war chest)
// and then said to be bare, empty or dry, is no money: no. 6 of 7 failed
// first (5 asked, the money read as yes in one).
var round32fMoneyStoreEmpty = []readingCase{
	{qBudget, "The money tree has no leaves left this year.", "no"},
	{qBudget, "Honestly the kitty is bone dry after the new roof.", "no"},
	{qBudget, "The piggy bank's empty, I'm afraid.", "no"},
	{qBudget, "Our war chest is bare since the flood.", "no"},
	{qBudget, "The money tree's been picked clean, mate.", "no"},
	{qBudget, "That well ran dry two winters ago.", "no"},
	{qBudget, "The pot's empty and the kitty's not much better.", "no"},
}

// round32fMoneyStoreEmptyKept: a store said to be full, or its
// emptiness denied.
var round32fMoneyStoreEmptyKept = []readingCase{
	{qBudget, "The kitty's healthy this year, so yes.", "yes"},
	{qBudget, "The war chest isn't empty, we could do it.", "!no"},
	{qBudget, "We have the money, yes.", "yes"},
	{qBudget, "No money, sorry.", "no"},
}

func TestRound32fMoneyStoreEmpty(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fMoneyStoreEmpty, round32fMoneyStoreEmptyKept)
}

// round32fCantAffordNot: "can't afford not to" denies a denial: the
// cost of going without is the one that cannot be borne, so the spend
// is a yes. 4 of 5 failed first (3 read the "can't afford" as no, one
// asked between yes and no).
var round32fCantAffordNot = []readingCase{
	{qBudget, "Frankly we can't afford not to.", "yes"},
	{qBudget, "After the break-in last spring, we cannot afford not to have one.", "yes"},
	{qBudget, "It's pricey, sure, but we couldn't afford not to.", "yes"},
	{qBudget, "The way the insurers talk now, we can't afford NOT to do it.", "yes"},
	{qBudget, "Yes. The board agreed we can't afford not to invest in this.", "yes"},
}

// round32fCantAffordNotKept: a plain can't afford, and one with a "not"
// later that denies something else.
var round32fCantAffordNotKept = []readingCase{
	{qBudget, "We can't afford it, not this year.", "no"},
	{qBudget, "We can't afford one and I'm not going to pretend otherwise.", "no"},
	{qBudget, "Can't afford it.", "no"},
}

func TestRound32fCantAffordNot(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fCantAffordNot, round32fCantAffordNotKept)
}

// round32fTopicTroubleDenied: an answer that opens by denying a trouble
// of the question's own topic ("there's no data problem here", "no IT
// issues to speak of") and goes on with a story that turns nothing is
// the best option, whatever trouble words the story holds. 3 of 7 failed
// first (all asked between the best option and the topic's trouble key).
var round32fTopicTroubleDenied = []readingCase{
	{qData, "No data problem here at all. The orders come in by email and I answer them.", "no"},
	{qData, "No data issue here, the bookings live in one diary.", "no"},
	{qData, "Honestly there's no data trouble in this place. Two of us, one ledger, and the bank statement.", "no"},
	{qSystems, "There's no systems problem here. The till, the laptop and the printer all just work.", "fine"},
	{qSystems, "No IT issues to speak of, the booking site and the card machine do their job.", "fine"},
	{qSecurity, "No security worries here, we're a two-man joinery with nothing worth stealing.", "low"},
	{qSecurity, "There's no cyber problem for us, the computer only does the invoices.", "low"},
}

// round32fTopicTroubleDeniedKept: the denial turned by a "but", a
// trouble of another topic denied, and the trouble affirmed.
var round32fTopicTroubleDeniedKept = []readingCase{
	{qData, "No data problem as such, but the stock counts never match the till.", "!no"},
	{qSystems, "No IT issues, except the Wi-Fi drops every afternoon.", "!fine"},
	{qData, "There's a data problem here, the orders are in three places.", "!no"},
	{qSecurity, "There's no shortage of security worries here after the phishing email.", "!low"},
}

func TestRound32fTopicTroubleDenied(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fTopicTroubleDenied, round32fTopicTroubleDeniedKept)
}

// round32fUnknownConcluded: a reason the owner cannot see the rivals,
// then a "so" that concludes not knowing ("I never get into their shops,
// so no idea") is not sure; the reason's negation is why, no doubt of
// the verdict. 5 of 6 failed first (4 asked between not sure and no, one
// read the "good" of "your guess is as good as mine" as no).
var round32fUnknownConcluded = []readingCase{
	{qCompetitors, "I don't get out to their shops much, so no idea.", "unsure"},
	{qCompetitors, "They don't put anything online, so honestly I don't know.", "unsure"},
	{qCompetitors, "I can't get a look at their books, so I couldn't tell you.", "unsure"},
	{qCompetitors, "Never been inside one of their depots, so your guess is as good as mine.", "unsure"},
	{qCompetitors, "We don't talk to the other growers, so I really don't know.", "unsure"},
	{qCompetitors, "I haven't had time to look at them, so no clue.", "unsure"},
}

// round32fUnknownConcludedKept: a "so" that concludes a lead either
// way, and a plain not knowing.
var round32fUnknownConcludedKept = []readingCase{
	{qCompetitors, "They don't have an app, so no, they're not ahead.", "no"},
	{qCompetitors, "I don't know, they're probably ahead of us with that new app.", "!no"},
	{qCompetitors, "No idea.", "unsure"},
}

func TestRound32fUnknownConcluded(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fUnknownConcluded, round32fUnknownConcludedKept)
}
