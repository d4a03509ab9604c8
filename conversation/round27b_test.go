package conversation

import "testing"

// round27bSmallWorryNothingHeld: an opening "small worry" told
// then undercut by a sentence that there is nothing to protect ("Small
// worry. We have nothing secret") is little concern; the mild verdict
// sentence gave way to nothing else. 4 of 5 failed first (all read
// medium).
var round27bSmallWorryNothingHeld = []readingCase{
	{qSecurity, "A small worry. There's nothing to steal, it's all invoices for fence posts.", "low"},
	{qSecurity, "Minor concern. We have nothing secret, the menu is on the door.", "low"},
	{qSecurity, "Slight worry. Nothing confidential here, our price list is public.", "low"},
	{qSecurity, "Small concern. Nobody's after our timetables.", "low"},
	{qSecurity, "Small worry, we have nothing secret, our plans are on the website anyway.", "low"},
}

// round27bSmallWorryNothingHeldKept must keep their reading: a mild
// worry whose later sentence holds something of value, or a plain small
// worry with no reason.
var round27bSmallWorryNothingHeldKept = []readingCase{
	{qSecurity, "Small worry.", "medium"},
	{qSecurity, "Small worry. We have the customers' card details on the till.", "medium"},
	{qSecurity, "some worry, but nothing secret yet", "medium"},
	{qSecurity, "A small worry. The bank details are on the office PC.", "medium"},
}

func TestRound27bSmallWorryNothingHeld(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bSmallWorryNothingHeld, round27bSmallWorryNothingHeldKept)
}

// round27bWeWereTheOnes: a lead told as "we were the ones leading"
// then lost ("not now") is falling behind; "the ones" there is us, not
// the rivals. 3 of 5 failed first (2 read no, 1 re-asked).
var round27bWeWereTheOnes = []readingCase{
	{qCompetitors, "Honestly we used to be the ones leading the pack. No longer, the big banks caught up.", "yes"},
	{qCompetitors, "Years ago we were the ones out front. Not now.", "yes"},
	{qCompetitors, "We used to be the ones who led. Not today, the others have raced past.", "yes"},
	{qCompetitors, "we were the ones leading back in 2010, not anymore", "yes"},
	{qCompetitors, "We were the ones in front once, ten years back. Not anymore; the new apps have overtaken us.", "yes"},
}

// round27bWeWereTheOnesKept must keep their reading: the rivals' lead
// told as the ones who led, now lost, is no lag of ours.
var round27bWeWereTheOnesKept = []readingCase{
	{qCompetitors, "they used to be the ones leading, not anymore, we caught up", "no"},
	{qCompetitors, "the big ones were ahead years ago, not now", "no"},
	{qCompetitors, "the others used to be the ones leading, not now", "no"},
}

func TestRound27bWeWereTheOnes(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bWeWereTheOnes, round27bWeWereTheOnesKept)
}

// round27bPointBack: "that is the whole point" after a sentence points
// back at it: the sentence before is what is the point, here no change
// on purpose, so the key "whole point" tells nothing of innovation.
// 4 of 5 failed first (2 read yes, 1 asked no or yes, 1 re-asked); an
// unsure reading of the sentence before now asks.
var round27bPointBack = []readingCase{
	{qInnovation, "The cheese is made the way it was in 1890 and we change nothing. That is the whole point of it.", "~no"},
	{qInnovation, "Our whisky is good because we never change anything. That's the whole point.", "no"},
	{qInnovation, "We keep doing it the old way, no new gadgets. That is the point.", "?"},
	{qInnovation, "We're not interested in new tech. That's the point of a heritage bakery.", "no"},
	{qInnovation, "Customers come because nothing changes here. That's the whole point.", "?"},
}

// round27bPointBackKept must keep their reading: the point said of
// innovation itself, before or after.
var round27bPointBackKept = []readingCase{
	{qInnovation, "innovation is the whole point", "yes"},
	{qInnovation, "Being first with new tech is the whole point.", "yes"},
	{qInnovation, "New tech is our edge. That's the whole point.", "yes"},
	{qInnovation, "tradition is the whole point of what we do", "no"},
}

func TestRound27bPointBack(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bPointBack, round27bPointBackKept)
}

// round27bAfterPastEvent: a budget yes dated by an event already had
// ("after the last financing round we have enough", "after the season
// we've had, yes") is a yes; the "after" sets no condition. 5 of 5
// failed first (all asked maybe or yes).
var round27bAfterPastEvent = []readingCase{
	{qBudget, "Yes, after the last funding round there's room for it.", "yes"},
	{qBudget, "After our recent investment, yes, we can pay that.", "yes"},
	{qBudget, "after the year we've had, yes, easily", "yes"},
	{qBudget, "Yes, after the latest capital raise the money's there.", "yes"},
	{qBudget, "yes we can, after the harvest we had this autumn", "yes"},
}

// round27bAfterPastEventKept must keep their reading: an event still to
// come sets a condition.
var round27bAfterPastEventKept = []readingCase{
	{qBudget, "once the seed round closes in March, it's in the plan", "maybe"},
	{qBudget, "yes, after the next funding round", "maybe"},
	{qBudget, "after the round closes, yes", "maybe"},
	{qBudget, "yes, after the last loan is paid off", "maybe"},
	{qBudget, "after we've raised the round, yes", "maybe"},
	{qBudget, "after the year we've had, no chance", "no"},
}

func TestRound27bAfterPastEvent(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bAfterPastEvent, round27bAfterPastEventKept)
}

// round27bTalkOfMaking: a product talked over told with a making verb
// ("we've been talking about building our own dispatch app") or as
// "there's talk of an app" is planned, not one held. 5 of 5 failed
// first (4 read core, 1 asked no or core).
var round27bTalkOfMaking = []readingCase{
	{qProducts, "we have been talking about building an app", "planned"},
	{qProducts, "we've been talking about building our own booking app, nothing signed", "planned"},
	{qProducts, "There's talk of an app for the members.", "planned"},
	{qProducts, "the partners keep talking about making a client portal", "planned"},
	{qProducts, "been talking about developing a tracking app with a local firm", "planned"},
}

// round27bTalkOfMakingKept must keep their reading: talk of a product
// held, or talk given up.
var round27bTalkOfMakingKept = []readingCase{
	{qProducts, "talking about our app, it is the business", "core"},
	{qProducts, "we talked about making an app years ago but dropped it", "no"},
	{qProducts, "no, we only talk about it", "no"},
}

func TestRound27bTalkOfMaking(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bTalkOfMaking, round27bTalkOfMakingKept)
}

// round27bInFront: our lead told as being "in front" ("We are in front,
// and we stay there") keeps up or leads. 4 of 5 failed first (all
// re-asked).
var round27bInFront = []readingCase{
	{qCompetitors, "We are in front, nobody comes close.", "no"},
	{qCompetitors, "we are in front in our region", "no"},
	{qCompetitors, "Still in front, as far as I can see.", "no"},
	{qCompetitors, "We are in front and we plan to stay in front.", "no"},
	{qCompetitors, "we stay in front by investing every year", "no"},
}

// round27bInFrontKept must keep their reading: the rivals in front, or
// our lead lost.
var round27bInFrontKept = []readingCase{
	{qCompetitors, "they are in front", "?"},
	{qCompetitors, "we were in front ten years ago, not anymore", "yes"},
	{qCompetitors, "the big chains are in front of us", "yes"},
}

func TestRound27bInFront(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bInFront, round27bInFrontKept)
}

// round27bInPrinciple: a budget yes granted "in principle" and weighed
// "in practice" is a maybe. 5 of 5 failed first (all read yes).
var round27bInPrinciple = []readingCase{
	{qBudget, "In principle yes. In practice I'd have to check the cash flow first.", "maybe"},
	{qBudget, "in principle we can, in practice it's another story", "maybe"},
	{qBudget, "In theory yes, in practice we'd need to cut something else.", "maybe"},
	{qBudget, "Yes in principle, in reality I'd look hard at the numbers first.", "maybe"},
	{qBudget, "in principle yes, in practice the bank decides", "maybe"},
}

// round27bInPrincipleKept must keep their reading: a plain yes in
// principle, or one the practice confirms.
var round27bInPrincipleKept = []readingCase{
	{qBudget, "yes, in principle and in practice", "yes"},
	{qBudget, "no, not even in principle", "no"},
}

func TestRound27bInPrinciple(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bInPrinciple, round27bInPrincipleKept)
}

// round27bContentToTrail: an owner content to come after others ("Happy
// to be second. Or fifth.") has innovation as no priority. 4 of 5
// failed first (all re-asked).
var round27bContentToTrail = []readingCase{
	{qInnovation, "Happy to be second, let the others test it.", "no"},
	{qInnovation, "We're content to be third or fourth.", "no"},
	{qInnovation, "quite happy coming last with new gadgets", "no"},
	{qInnovation, "Perfectly happy to be number two.", "no"},
	{qInnovation, "fine being a follower, honestly", "no"},
}

// round27bContentToTrailKept must keep their reading: unhappy to trail
// is no contentment.
var round27bContentToTrailKept = []readingCase{
	{qInnovation, "we want to be first", "yes"},
	{qInnovation, "not happy to be second, we want to lead", "yes"},
}

func TestRound27bContentToTrail(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bContentToTrail, round27bContentToTrailKept)
}

// round27bWorryLeftToBigFirms: the worry handed to bigger firms, then
// the owner's smallness ("The banks should worry. We are a bakery with
// four people"), is little concern. 5 of 5 failed first (all read high).
var round27bWorryLeftToBigFirms = []readingCase{
	{qSecurity, "The banks should worry. We are a bakery with four people.", "low"},
	{qSecurity, "Big firms need to worry about that. We're three guys and a van.", "low"},
	{qSecurity, "That is for the large companies to worry about. We are a small shop.", "low"},
	{qSecurity, "Let the big corporations worry, we are only five people.", "low"},
	{qSecurity, "The large hotels should be worried. We are twelve rooms and a kitchen.", "low"},
}

// round27bWorryLeftToBigFirmsKept must keep their reading: the worry
// shared with the big firms.
var round27bWorryLeftToBigFirmsKept = []readingCase{
	{qSecurity, "The big companies must worry, and so must we, we hold patient records.", "high"},
	{qSecurity, "Big firms worry and so do we.", "high"},
	{qSecurity, "Big firms worry about it, we do too, we are 40 people with card data.", "high"},
}

func TestRound27bWorryLeftToBigFirms(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bWorryLeftToBigFirms, round27bWorryLeftToBigFirmsKept)
}

// round27bWithPain: a budget told affordable "with pain" or "painfully"
// is tight, the middle. 5 of 5 failed first (3 read yes, 2 re-asked).
var round27bWithPain = []readingCase{
	{qBudget, "yes, with pain", "maybe"},
	{qBudget, "Painfully, yes.", "maybe"},
	{qBudget, "with difficulty, yes", "maybe"},
	{qBudget, "we could, painfully", "maybe"},
	{qBudget, "With pain, we would find it.", "maybe"},
}

// round27bWithPainKept must keep their reading: no pain, or none even
// with pain.
var round27bWithPainKept = []readingCase{
	{qBudget, "yes, without pain", "yes"},
	{qBudget, "no, not even with pain", "no"},
}

func TestRound27bWithPain(t *testing.T) {
	checkReadings(t, rulesReading, false, round27bWithPain, round27bWithPainKept)
}
