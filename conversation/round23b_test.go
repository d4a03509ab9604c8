package conversation

import "testing"

// round23bOptionPosition: an option named by its place in the list ("the
// last one", "the middle box", "I'd go with the final option"), alone or
// with a short hedge after it ("sadly", "I suppose"), is that option.
// 6 of 10 failed first (all re-asked; the middle was already read).
var round23bOptionPosition = []readingCase{
	{qProducts, "the last one please", "core"},
	{qProducts, "I'd go with the last option", "core"},
	{qCompetitors, "last one I'm afraid", "yes"},
	{qInnovation, "middle one", "some"},
	{qSecurity, "put us down as the middle one", "medium"},
	{qBudget, "I'd tick the last box", "no"},
	{qSecurity, "the final option", "high"},
	{qInnovation, "the middle, I suppose", "some"},
	{qCompetitors, "the first one, thankfully", "no"},
	{qBudget, "the middle option, honestly", "maybe"},
}

// round23bOptionPositionKept: "last", "first" and "middle" that name no
// option (a time, a rank among rivals, a negated choice) are not read as
// a place in the list.
var round23bOptionPositionKept = []readingCase{
	{qProducts, "not the last one", "?"},
	{qBudget, "the last one we hired cost us a fortune", "?"},
	{qInnovation, "we're somewhere in the middle of the pack", "some"},
	{qCompetitors, "we're always the last ones to get anything new", "?"},
}

func TestRound23bOptionPosition(t *testing.T) {
	checkReadings(t, rulesReading, false, round23bOptionPosition)
	checkReadings(t, rulesReading, true, round23bOptionPositionKept)
}

// round23bTriedOnceNotAgain: a try at something new told as a failure and
// given up for good ("we tried X once, it flopped, never again") is no
// appetite for being first. 5 of 5 failed first (2 read yes, 1 some,
// 2 asked again).
var round23bTriedOnceNotAgain = []readingCase{
	{qInnovation, "we had a go at online ordering years ago, it was a disaster. never again", "no"},
	{qInnovation, "tried being early with self-service kiosks, lost a fortune, we won't do that again", "no"},
	{qInnovation, "we experimented with a loyalty app once and nobody used it, so we dropped it and stick to what works", "no"},
	{qInnovation, "we once bought into VR showrooms before anyone else, total flop. not again", "no"},
	{qInnovation, "did the early adopter thing with a booking robot, customers hated it, back to the phone for good", "no"},
}

// round23bTriedOnceNotAgainKept: a failure that did not end the trying,
// or a try that worked, keeps its reading.
var round23bTriedOnceNotAgainKept = []readingCase{
	{qInnovation, "we tried an app once, it flopped, but we learned a lot and we're trying again next year", "?"},
	{qInnovation, "yes, we were first with online ordering in town and it paid off", "yes"},
	{qInnovation, "not a priority", "no"},
}

func TestRound23bTriedOnceNotAgain(t *testing.T) {
	checkReadings(t, rulesReading, false, round23bTriedOnceNotAgain)
	checkReadings(t, rulesReading, true, round23bTriedOnceNotAgainKept)
}

// round23bCantSayWorried: a worry denied by "can't say" or "wouldn't
// say" before it ("can't say it worries me much", "wouldn't say I'm
// worried") is little worry, not the worry's own degree. 5 of 5 failed
// first (2 read high, 3 asked again).
var round23bCantSayWorried = []readingCase{
	{qSecurity, "Can't say it keeps me up much.", "low"},
	{qSecurity, "I can't say I'm terribly worried about it", "low"},
	{qSecurity, "wouldn't say it worries us a great deal, we've got the basics", "low"},
	{qSecurity, "Couldn't say it's a big concern, to be honest.", "low"},
	{qSecurity, "cannot say it bothers me much", "low"},
}

// round23bCantSayWorriedKept: the worry owned after "I must say" or
// "I'd say" keeps its degree.
var round23bCantSayWorriedKept = []readingCase{
	{qSecurity, "I must say it worries me a lot, we hold patient records", "high"},
	{qSecurity, "I'd say it worries me a lot", "high"},
	{qSecurity, "not much", "low"},
}

func TestRound23bCantSayWorried(t *testing.T) {
	checkReadings(t, rulesReading, false, round23bCantSayWorried)
	checkReadings(t, rulesReading, true, round23bCantSayWorriedKept)
}

// round23bNoIdeaIdiom: not knowing told by an idiom ("haven't the
// foggiest", "haven't a clue", "couldn't tell you") is unsure, not the
// "no" its negation looks like. 3 of 6 failed first (all asked again;
// "haven't a clue" was already read).
var round23bNoIdeaIdiom = []readingCase{
	{qCompetitors, "Haven't the foggiest, to be honest.", "unsure"},
	{qCompetitors, "haven't a clue, we never look at what the others do", "unsure"},
	{qCompetitors, "Couldn't tell you. I don't follow the other firms.", "unsure"},
	{qCompetitors, "not the foggiest idea", "unsure"},
	{qCompetitors, "no clue really, never checked", "unsure"},
	{qCompetitors, "Not the foggiest. We don't pay the others much mind.", "unsure"},
}

// round23bNoIdeaIdiomKept: a plain denial keeps its reading.
var round23bNoIdeaIdiomKept = []readingCase{
	{qCompetitors, "no, we keep up fine", "no"},
}

func TestRound23bNoIdeaIdiom(t *testing.T) {
	checkReadings(t, rulesReading, false, round23bNoIdeaIdiom)
	checkReadings(t, rulesReading, true, round23bNoIdeaIdiomKept)
}
