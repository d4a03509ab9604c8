package conversation

import "testing"

// round29aOneOptionAllYear: counts that change with the seasons, or
// temps added to the staff, inside one option all year are that option;
// a number in words is one number and a count added ("plus 40 from
// agency", "another 40") is summed with the one before. 7 of 7 failed
// first (1 read the 40 pickers alone as 11–50; 6 asked between the
// added count or a word of the number and the staff).
var round29aOneOptionAllYear = []readingCase{
	{qSize, "about 180 year round, another 40 pickers at harvest", "m"},
	{qSize, "140 permanent, plus 30 temps over christmas", "m"},
	{qSize, "seventy-two in summer, sixty in winter", "m"},
	{qSize, "320 staff + 50 seasonal workers", "l"},
	{qSize, "two hundred and twenty, a few more at peak", "m"},
	{qSize, "around 15, and 10 more casuals in the busy season", "s"},
	{qSize, "sixty-five most of the year, eighty at christmas", "m"},
}

// round29aOneOptionAllYearKept: seasons across two options are asked.
var round29aOneOptionAllYearKept = []readingCase{
	{qSize, "sixty at harvest, twenty the rest of the year", "?"},
	{qSize, "8 in winter, 30 in summer", "?"},
	{qSize, "45 staff plus 20 temps in summer", "~s"},
}

func TestRound29aOneOptionAllYear(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aOneOptionAllYear, round29aOneOptionAllYearKept)
}

// round29aTotalThenParts: a total told first, then counted out in parts
// that add up to it, is the headcount, whatever people words a part
// carries. 2 of 10 failed first (both read one part as the staff).
var round29aTotalThenParts = []readingCase{
	{qSize, "55 — 40 fitters and 15 in the office", "m"},
	{qSize, "about 70: 52 on the tools, 18 office", "m"},
	{qSize, "12, 8 techs and 4 admin", "s"},
	{qSize, "300, 240 on the line and 60 support", "l"},
	{qSize, "~90 (70 nurses, 20 admin)", "m"},
	{qSize, "sixty: forty-five drivers and fifteen in the yard", "m"},
	{qSize, "about 75 now, 60 carers and 15 office", "m"},
	{qSize, "~200 (150 teachers, 50 support staff)", "m"},
	{qSize, "130 (100 drivers, 30 staff)", "m"},
	{qSize, "80 now, 65 on site and 15 staff at HQ", "m"},
}

// round29aTotalThenPartsKept: parts with no total, or a part of them.
var round29aTotalThenPartsKept = []readingCase{
	{qSize, "30 in the shop, 25 in the warehouse", "m"},
	{qSize, "50 people, 30 of them part time", "s"},
	{qSize, "12 staff, 5 in the office and 4 on the road", "s"},
}

func TestRound29aTotalThenParts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aTotalThenParts, round29aTotalThenPartsKept)
}

// round29aCeiling: a limit the staff will not pass ("won't be going
// above twenty", "we'll cap it at 60") is no count of today. 3 of 8
// failed first (all read the limit, or added it to the count).
var round29aCeiling = []readingCase{
	{qSize, "7 of us, never going past 10", "xs"},
	{qSize, "we're 8, and I'd never want more than 12", "xs"},
	{qSize, "45, and we'll cap it at 60", "s"},
	{qSize, "30 staff, won't go over 50", "s"},
	{qSize, "9 of us, won't go above ten", "xs"},
	{qSize, "5, won't be going above twenty any time soon", "xs"},
	{qSize, "about 40 and we'll never go past sixty", "s"},
	{qSize, "12, we won't grow beyond 15", "s"},
}

// round29aCeilingKept: a bound of today's count, and a count to come.
var round29aCeilingKept = []readingCase{
	{qSize, "6 now, hoping to reach 20 next year", "xs"},
	{qSize, "just over 60", "m"},
	{qSize, "above 300 people", "l"},
}

func TestRound29aCeiling(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aCeiling, round29aCeilingKept)
}

// round29aFromMemory: a round count and then the exact one from memory
// ("about fifty. 53 if I remember right") is the exact one, no
// condition on who counts. 3 of 5 failed first (all read the round one).
var round29aFromMemory = []readingCase{
	{qSize, "around 60, 62 if memory serves", "m"},
	{qSize, "a hundred or so, 104 if I'm not mistaken", "m"},
	{qSize, "roughly 250, 262 if I recall", "l"},
	{qSize, "forty-ish, 52 if I remember correctly", "m"},
	{qSize, "about fifty. 53 if I remember right", "m"},
}

// round29aFromMemoryKept: a condition on who counts keeps its reading.
var round29aFromMemoryKept = []readingCase{
	{qSize, "35 if you count the drivers", "s"},
	{qSize, "Around 30. 34 if I'm not wrong", "s"},
}

func TestRound29aFromMemory(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aFromMemory, round29aFromMemoryKept)
}

// round29aStartCount: "we were 3 when dad started it" is the start's
// count, also after an aside on today's. 4 of 4 failed first (all read
// the start's count).
var round29aStartCount = []readingCase{
	{qSize, "around 45 which still surprises me, we were 2 when we started", "s"},
	{qSize, "70, crazy really, we were 5 when mum opened the shop", "m"},
	{qSize, "about 120 which I never expected, we were four when we began", "m"},
	{qSize, "over 55, not bad since we were 3 when we founded it", "m"},
}

// round29aStartCountKept: a start's count with no "when", and today's.
var round29aStartCountKept = []readingCase{
	{qSize, "about 80 now, we were 4 when we began", "m"},
	{qSize, "35, and it was just me in 2015", "s"},
	{qSize, "we were 45 at christmas", "s"},
}

func TestRound29aStartCount(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aStartCount, round29aStartCountKept)
}

// round29aFillerThenNo: a filler before the no that takes an answer back
// ("steady. hmm, no, growing", "a little. um, no, quite a lot") is a
// self-correction as the bare no is. 5 of 6 failed first (all read the
// words taken back).
var round29aFillerThenNo = []readingCase{
	{qStage, "established. hmm, no, we've doubled in two years, so growing fast", "scaling"},
	{qStage, "growing I'd say. hmm, no, honestly we're pretty steady", "established"},
	{qOps, "a little. um, no, quite a lot, the tills and bookings are all on it", "medium"},
	{qSystems, "they're fine. hmm, no, honestly they're a real mess", "pain"},
	{qSize, "about 8. hmm, no, 14 with the drivers", "s"},
	{qData, "no problems. uh, no, the stock counts never match between the shop and the web", "!no"},
}

// round29aFillerThenNoKept: a no that opens the answer, or one that is
// no taking back.
var round29aFillerThenNoKept = []readingCase{
	{qStage, "steady, no doubt about it", "established"},
	{qSystems, "hmm, no, they work fine", "fine"},
	{qData, "um, no. it's all in one system", "no"},
}

func TestRound29aFillerThenNo(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aFillerThenNo, round29aFillerThenNoKept)
}

// round29aOwnersExperience: the owners' own years in the trade beside a
// new firm ("new company, but I've 25 years in the industry") are no age
// of the firm. 5 of 6 failed first (all asked between established and
// start-up).
var round29aOwnersExperience = []readingCase{
	{qStage, "brand new firm, but me and my partner have 30 years in the trade between us", "startup"},
	{qStage, "we only started in March, though I've 25 years in the industry", "startup"},
	{qStage, "new company, the founders bring decades of experience", "startup"},
	{qStage, "just launched, but the team has 40 years combined experience", "startup"},
	{qStage, "started last year, the two of us have been in catering for decades", "~startup"},
	{qStage, "a new business, but I've been in the trade for 20 years", "~startup"},
}

// round29aOwnersExperienceKept: the firm's own years, and experience
// beside them.
var round29aOwnersExperienceKept = []readingCase{
	{qStage, "20 years in the trade", "established"},
	{qStage, "the business has 30 years in the trade", "established"},
	{qStage, "established 30 years, our staff have decades of experience", "established"},
}

func TestRound29aOwnersExperience(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aOwnersExperience, round29aOwnersExperienceKept)
}

// round29aNotASystem: a complaint disowned as "hardly a system" or "not
// really IT", then the rest said to be fine, is fine. 3 of 5 failed
// first (all read the complaint as some pain points).
var round29aNotASystem = []readingCase{
	{qSystems, "the coffee machine breaks, but that's hardly IT. the rest works fine", "fine"},
	{qSystems, "the phones drop out sometimes, though that's not really a system. everything else is solid", "~fine"}, // the models, with blind71-76 learned, ask
	{qSystems, "staff grumble about the printer, hardly a system really. all the rest runs smoothly", "fine"},
	{qSystems, "the wifi in the yard is patchy but that's not really a system problem, otherwise all good", "fine"},
	{qSystems, "the kettle leaks, though that is hardly tech. no complaints otherwise", "fine"},
}

// round29aNotASystemKept: a trouble not disowned stays.
var round29aNotASystemKept = []readingCase{
	{qSystems, "the printer jams, otherwise fine", "some"},
	{qSystems, "the till software crashes but that's not the worst, the stock system is ancient", "pain"},
}

func TestRound29aNotASystem(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aNotASystem, round29aNotASystemKept)
}

// round29aMuchForOnePart: much use of one named thing and little of the
// rest ("heavily for bookings, not much else") is the middle. 5 of 5
// failed first (4 read the little of the rest, 1 asked between the
// ends); the model still reads "not much else" as little, so the
// engine asks between the two for some.
var round29aMuchForOnePart = []readingCase{
	{qOps, "a lot for the orders, not much else", "medium"},
	{qOps, "heavily for invoicing, otherwise hardly at all", "~medium"},
	{qOps, "totally for the bookings, but that's about it", "~medium"},
	{qOps, "the tills depend on it completely, nothing else does", "?"},
	{qOps, "a great deal for scheduling, little else", "~medium"},
}

// round29aMuchForOnePartKept: little use, and much of everything.
var round29aMuchForOnePartKept = []readingCase{
	{qOps, "the card machine, not much else", "low"},
	{qOps, "not a lot for anything, nothing else really", "low"},
	{qOps, "we rely on it totally for everything", "high"},
}

func TestRound29aMuchForOnePart(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aMuchForOnePart, round29aMuchForOnePartKept)
}

// round29aBarelyStarted: "we've barely started", "only just got going"
// are a start-up. 4 of 4 failed first (all asked: no key read them).
var round29aBarelyStarted = []readingCase{
	{qStage, "we've hardly started yet", "startup"},
	{qStage, "only just got going", "startup"},
	{qStage, "we're barely off the ground", "startup"},
	{qStage, "honestly we've only just begun", "startup"},
}

// round29aPlaceNextDoor: a garage or building next door taken over to
// grow into is growth, not the start-up's garage. 2 of 4 failed first
// (1 read the garage as a start-up, 1 asked between the two); the model
// still leans to a start-up on one.
var round29aPlaceNextDoor = []readingCase{
	{qStage, "we took over the unit next door last year to fit the new staff", "scaling"},
	{qStage, "bought the building next door, we're bursting", "~scaling"},
	{qStage, "we took over the garage next door in May, run out of space again", "scaling"},
	{qStage, "running out of room every year, had to rent a second warehouse", "scaling"},
}

// round29aPlaceNextDoorKept: a start-up's garage, a neighbour, and room
// short in a steady firm.
var round29aPlaceNextDoorKept = []readingCase{
	{qStage, "two guys in a garage, basically", "startup"},
	{qStage, "started it out of my garage last fall", "startup"},
	{qStage, "the family next door started the firm in 1950, steady ever since", "established"},
	{qStage, "we're short of space but the business is steady, same as ever", "established"},
}

func TestRound29aStageKeys(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aBarelyStarted, round29aPlaceNextDoor, round29aPlaceNextDoorKept)
}

// round29aNotWhatYouAsk: what an owner sets aside as "not what you're
// asking" or "beside the point" is no part of the answer; what follows
// is. 4 of 6 failed first (1 read the family shop's age as the firm's,
// 3 asked between the two).
var round29aNotWhatYouAsk = []readingCase{
	{qStage, "my dad's shop has been open since 1970, but that's not what you're asking. my cafe opened in March", "startup"},
	{qStage, "the parent group is a hundred years old, that's beside the point, our unit launched last year", "startup"},
	{qStage, "the farm's been in the family for generations, but that's not the question. the cheese business started six months ago", "startup"},
	{qStage, "the workshop's been in the family since '62, but that's not what you asked about, the repair business opened last spring", "startup"},
	{qSystems, "the old server at my previous job was awful, but that's not what you asked. ours run fine", "fine"},
	{qSize, "the group has 4000 staff but that's not what you mean, here we're 35", "s"},
}

// round29aNotWhatYouAskKept: a point made, and a question mentioned.
var round29aNotWhatYouAskKept = []readingCase{
	{qStage, "we've been going since 1990, that's the point", "established"},
	{qStage, "steady, not the question I'd ask but there you go", "established"},
}

func TestRound29aNotWhatYouAsk(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round29aNotWhatYouAsk, round29aNotWhatYouAskKept)
}
