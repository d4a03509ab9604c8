package conversation

import "testing"

// round30gNotNowButPlanned: a product denied for today and then planned
// in the same breath ("not now, but we plan an online shop") is planned.
// 3 of 6 failed first (all asked between planned and no: the "not now"
// opening was read as an answer the plan after it turned).
var round30gNotNowButPlanned = []readingCase{
	{qProducts, "not now, but we plan a booking website for the salons", "planned"},
	{qProducts, "Not at the moment, but we want to make an app for our drivers next year", "planned"},
	{qProducts, "not yet, we are talking with a partner about an online quote tool", "planned"},
	{qProducts, "Not today. But there is a plan to launch our own portal for the members.", "planned"},
	{qProducts, "no, not right now, although we want to build a web shop for spare parts", "planned"},
	{qProducts, "not at present, but we hope to sell our planning tool to other farms from 2026", "planned"},
}

// round30gNotNowButPlannedKept: a plain denial, or a product already had.
var round30gNotNowButPlannedKept = []readingCase{
	{qProducts, "not now, and we have no plans for one", "no"},
	{qProducts, "no, we just want what we have to work", "!planned"},
	{qProducts, "not now, maybe one day", "!planned"},
	{qProducts, "yes, our app is the core of the business", "core"},
	{qProducts, "not now, we are too busy with the shop", "!planned"},
	// Talks with a developer are no plan word: still asked.
	{qProducts, "not currently but we discuss with a developer to make an ordering app", "?"},
}

func TestRound30gNotNowButPlanned(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30gNotNowButPlanned, round30gNotNowButPlannedKept)
}

// round30gWishNotPriority: wanting new technology while denying it the
// top place ("we'd like to, but it's not the priority") is somewhat. 6
// of 7 failed first (all asked between some and no, or yes and some:
// the denied priority read as the no, "keen" as the yes).
var round30gWishNotPriority = []readingCase{
	{qInnovation, "we would like to be, but it isn't our top priority at the moment", "some"},
	{qInnovation, "I'd love to, but it's not the first thing on the list", "some"},
	// "for now" postpones: still asked between some and no.
	{qInnovation, "some interest, but not a priority for now", "~some"},
	{qInnovation, "not the main focus, but we do want to try new tools", "some"},
	{qInnovation, "it's one goal among several, not the main one", "some"},
	{qInnovation, "we're keen, though it's not number one on the agenda", "some"},
	{qInnovation, "we'd like that, but it isn't the priority this year", "some"},
}

// round30gWishNotPriorityKept: a plain lack of priority is no.
var round30gWishNotPriorityKept = []readingCase{
	{qInnovation, "not a priority", "!yes"},
	{qInnovation, "low priority, if it works we don't touch it", "!yes"},
	{qInnovation, "yes, it's our top priority", "yes"},
	{qInnovation, "not priority. we want things to work first, innovation maybe later", "!yes"},
	{qInnovation, "Jo would like to try the new printers, I wouldn't, so not a priority", "no"},
	{qInnovation, "not a priority since the customers like the old way", "no"},
}

func TestRound30gWishNotPriority(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30gWishNotPriority, round30gWishNotPriorityKept)
}

// round30gYesAfterRound: a yes dated by a funding round already raised
// ("yes, after the Series A it's in the plan") is a yes; the round is
// the reason, no condition still to meet. 6 of 6 failed first (all
// asked between maybe and yes: the "after" read as a condition).
var round30gYesAfterRound = []readingCase{
	{qBudget, "yes, after the Series A it's budgeted", "yes"},
	{qBudget, "Yes. After the Series C the money for a CTO is there.", "yes"},
	{qBudget, "yeah, after our seed round that's not a problem", "yes"},
	{qBudget, "yes, after the funding round we put a head of tech in the plan", "yes"},
	{qBudget, "yes - after the series B we have the cash for it", "yes"},
	{qBudget, "yep, after the investment round it's covered", "yes"},
}

// round30gYesAfterRoundKept: a round still to come is a condition.
var round30gYesAfterRoundKept = []readingCase{
	{qBudget, "yes, after the Series A closes", "!yes"},
	{qBudget, "once the seed round closes in March, it's in the plan", "!yes"},
	{qBudget, "after the next round, maybe", "!yes"},
	{qBudget, "yes, after the series B is signed", "!yes"},
	{qBudget, "only after the funding round", "!yes"},
}

func TestRound30gYesAfterRound(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30gYesAfterRound, round30gYesAfterRoundKept)
}

// round30gRivalsCompared: a plain comparison that puts the rivals ahead
// ("others are more modern than us", "we are slower than the others")
// is a yes the model's lean to no does not outweigh. 3 of 7 failed
// first (all asked between yes and no: the model's doubt over a lone
// comparative).
var round30gRivalsCompared = []readingCase{
	{qCompetitors, "the others are more digital than us", "yes"},
	{qCompetitors, "we're slower than most firms in our trade", "yes"},
	{qCompetitors, "the rest of the market is way ahead", "yes"},
	{qCompetitors, "our rivals are further along than us", "yes"},
	{qCompetitors, "others are quicker than us with new systems", "yes"},
	{qCompetitors, "we are behind the other agencies", "yes"},
	{qCompetitors, "competitors are more modern than we are", "yes"},
}

// round30gRivalsComparedKept: the owner ahead, or a comparison denied.
var round30gRivalsComparedKept = []readingCase{
	{qCompetitors, "we are ahead of the others", "!yes"},
	{qCompetitors, "nobody is more modern than us", "!yes"},
	{qCompetitors, "others are not faster than us", "!yes"},
	{qCompetitors, "we're faster than most", "!yes"},
	{qCompetitors, "the big ones are ahead, the small ones not", "!yes"},
}

func TestRound30gRivalsCompared(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30gRivalsCompared, round30gRivalsComparedKept)
}

// round30gBuysWhenCheap: new things bought only once they are cheap, or
// when the old one is worn out, tell no lead: not a priority. 4 of 6
// failed first (all asked between some and no: a purchase on a
// condition read as a follower's take-up).
var round30gBuysWhenCheap = []readingCase{
	{qInnovation, "we buy new machines when the old ones break down", "no"},
	{qInnovation, "no, we get the new gear when it's cheaper", "no"},
	{qInnovation, "we'll buy new software when the old one is finished", "no"},
	{qInnovation, "not really, we upgrade when the prices come down and it's cheap", "no"},
	{qInnovation, "I buy a new oven when the old one dies", "no"},
	{qInnovation, "nah, others can try it first, we buy it once it's cheap", "no"},
}

// round30gBuysWhenCheapKept: taken up once it pays or is proven is some.
var round30gBuysWhenCheapKept = []readingCase{
	{qInnovation, "we try new materials once they're proven, not bleeding edge", "~some"},
	{qInnovation, "we buy new tools if they save us time", "some"},
	{qInnovation, "we'd adopt new tech when it makes sense for us", "some"},
	{qInnovation, "new flavours every month, new machines only when the old ones break", "!no"},
}

func TestRound30gBuysWhenCheap(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30gBuysWhenCheap, round30gBuysWhenCheapKept)
}

// round30gBotPlanned: a bot or a configurator planned is software
// planned ("a WhatsApp bot that sells the tours, next year"), not goods.
// 2 of 5 failed first (asked between no and planned: the bot or the
// configurator read as goods).
var round30gBotPlanned = []readingCase{
	{qProducts, "we plan a bot that takes the bookings on WhatsApp", "planned"},
	{qProducts, "next year a chat bot that answers the customers' questions about the rooms", "planned"},
	{qProducts, "We are thinking of an online configurator for the windows, maybe in 2026.", "planned"},
	{qProducts, "we want to build bots that sell our trips on Telegram", "planned"},
	{qProducts, "in the plan for next spring: a configurator so clients design their own sofas", "planned"},
}

// round30gBotPlannedKept: goods and places stay as read.
var round30gBotPlannedKept = []readingCase{
	{qProducts, "we run a kiosk selling coffee", "!core"},
	{qProducts, "no, we make sofas", "no"},
	{qProducts, "we have a chatbot on the website someone made for us", "!planned"},
}

func TestRound30gBotPlanned(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30gBotPlanned, round30gBotPlannedKept)
}
