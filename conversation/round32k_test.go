package conversation

import "testing"

// round32kSizeAsked: a figure said as a question the owner asks the
// listener to believe ("Would you believe 1,400?") states the count; the
// words after it only add to it. 2 of 7 failed first (re-asked: the
// question was set aside and the rest read alone).
var round32kSizeAsked = []readingCase{
	{qSize, "Would you believe 1,400? Most of them machinists.", "l"},
	{qSize, "Would you believe we're 300 now? Mostly drivers.", "l"},
	{qSize, "Can you believe it, 85 people on the books.", "m"},
	{qSize, "Guess how many. Twelve! All in one little office.", "s"},
	{qSize, "Would you believe it's just four of us?", "xs"},
	{qSize, "Can you imagine, 600 staff and one IT guy.", "l"},
	{qSize, "You'd never guess: 40, most of them part-time.", "s"},
}

// round32kSizeAskedKept: a real question about the count is still asked.
var round32kSizeAskedKept = []readingCase{
	{qSize, "Do part-timers count? If so 40.", "~s"},
	{qSize, "Is it 30 or 35? Around there.", "?"},
}

// round32kSizeBackThen: today's count, then "back in 2012 we were six"
// or "back then we were five": the count after a time gone is history,
// even when a year stands between the time and the verb. 3 of 7 failed
// first (two read xs, the count then taken as today's; "Six of us. Back
// in 2012 we were forty." read s).
var round32kSizeBackThen = []readingCase{
	{qSize, "About 40 on the payroll. Back in 2012 we were six.", "s"},
	{qSize, "Around 120 today. When we started in 2005 we were three.", "m"},
	{qSize, "We're 55 people. Back in the nineties we were eight.", "m"},
	{qSize, "300 or so. In 2010 we were just nine.", "l"},
	{qSize, "Twenty-five of us now. At the start we were two.", "s"},
	{qSize, "Eighty, give or take. Back then we were five, in a garage.", "m"},
	{qSize, "Six of us. Back in 2012 we were forty.", "xs"},
}

// round32kSizeBackThenKept: the past told first, or a fall, reads as
// before.
var round32kSizeBackThenKept = []readingCase{
	{qSize, "We were six back in 2012, now about 40.", "s"},
	{qSize, "We were forty, now we are six.", "xs"},
	{qSize, "We started with 3 of us in 2012, now we're 40.", "s"},
	{qSize, "Back in 2012 we were six, today about 40.", "s"},
}

// round32kBudgetTry: "we can try, but ..." offers an effort, not money
// in hand: maybe, whatever worry follows. 4 of 5 failed first (asked
// between yes and maybe, or yes and no).
var round32kBudgetTry = []readingCase{
	{qBudget, "We can try, but with the way the naira is going, everything is expensive.", "maybe"},
	{qBudget, "We could try, but with prices rising like this everything costs more.", "maybe"},
	{qBudget, "We can try. With inflation the way it is, though, nothing is cheap.", "maybe"},
	{qBudget, "We'd try, but with the rand falling it's all expensive now.", "maybe"},
	{qBudget, "We can try, but fuel and rent have doubled.", "maybe"},
}

// round32kBudgetTryKept: a refusal or a plain yes reads as before.
var round32kBudgetTryKept = []readingCase{
	{qBudget, "We can't, everything is too expensive.", "no"},
	{qBudget, "Yes, we can.", "yes"},
	{qBudget, "We can try, but honestly no, the money is not there.", "~no"},
}

// round32kBudgetFirmFrame: an answer that opens "For the hotel, ..." or
// "As for the bakery, ..." names whose budget it is, not a thing the
// money is for, so a yes after it is no budget for something else. 4 of
// 5 failed first (re-asked, the frame taken for the money's purpose).
var round32kBudgetFirmFrame = []readingCase{
	{qBudget, "For the hotel this is no problem, the owners already put it in next year's budget.", "yes"},
	{qBudget, "For our school it's easy, the governors have set the money aside.", "yes"},
	{qBudget, "For the practice, yes, the partners agreed it in the budget.", "yes"},
	{qBudget, "As for the bakery, we have the money ready.", "yes"},
	{qBudget, "For the firm it's no question, the money has been set aside already.", "yes"},
}

// round32kBudgetFirmFrameKept: money for another thing is still asked,
// after a frame too.
var round32kBudgetFirmFrameKept = []readingCase{
	{qBudget, "We put money aside for the new roof.", "?"},
	{qBudget, "Yes, we have a budget for a new van.", "?"},
	{qBudget, "For the shop, yes, we have a budget for a new van.", "?"},
}

func TestRound32kBudgetFirmFrame(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32kBudgetFirmFrame, round32kBudgetFirmFrameKept)
}

func TestRound32kSizeAsked(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32kSizeAsked, round32kSizeAskedKept)
}

func TestRound32kSizeBackThen(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32kSizeBackThen, round32kSizeBackThenKept)
}

func TestRound32kBudgetTry(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32kBudgetTry, round32kBudgetTryKept)
}
