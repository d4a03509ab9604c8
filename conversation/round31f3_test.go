package conversation

import "testing"

// round31f3EitherWay: each end said under its own condition ("if we win
// the contract, yes; if not, no") is neither: the middle option. Money
// denied as the obstacle beside a yes ("yes, it's not a question of
// money") is the yes. A threat told as a what-if is the yes where the
// rest says nothing: being first, or the software being what is sold.
// 6 of 8 failed first (four asked between the two ends, one between yes
// and maybe, one between planned and core).
var round31f3EitherWay = []readingCase{
	{qBudget, "If the council renews the contract, yes. If it doesn't, no.", "maybe"},
	{qBudget, "if we land the hotel job, yes; otherwise no", "maybe"},
	{qInnovation, "If the growers ask for it, yes, if not, no.", "some"},
	{qOps, "If it's wedding season, completely; if not, hardly at all.", "medium"},
	{qBudget, "Yes. It's not a matter of money, it's finding the right person.", "yes"},
	{qBudget, "money isn't the problem, we've got it", "yes"},
	{qInnovation, "Must be. If we're not first with the new kilns, the potteries buy from the Germans.", "yes"},
	{qProducts, "It's our living. If the app doesn't work, the gyms get nothing from us.", "core"},
}

// round31f3EitherWayKept: one branch only, money denied, a plain end.
var round31f3EitherWayKept = []readingCase{
	{qBudget, "if the bank agrees, yes", "!no"},
	{qBudget, "no, we don't have the money for it", "no"},
	{qBudget, "It's not a question of money, we just don't need one.", "!yes"},
	{qInnovation, "No. If we're not first, so be it.", "!yes"},
	{qOps, "completely, nothing works without it", "high"},
}

func TestRound31f3EitherWay(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31f3EitherWay, round31f3EitherWayKept)
}
