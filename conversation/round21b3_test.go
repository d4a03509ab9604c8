package conversation

import "testing"

// round21bAttitudeQuickFollow: another's attitude told of them ("our IT
// guy is paranoid") against the speaker's own is asked; following told
// quick is a fast follower, somewhat. 2 of 2 failed first (read medium,
// read no).
var round21bAttitudeQuickFollow = []readingCase{
	{qSecurity, "our IT guy is paranoid, I'm relaxed", "?"},
	{qInnovation, "we're too small to be first, but we're quick to follow", "some"},
}

// round21bAttitudeQuickFollowKept: plain following.
var round21bAttitudeQuickFollowKept = []readingCase{
	{qInnovation, "we follow the big players", "no"},
}

func TestRound21bAttitudeQuickFollow(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21bAttitudeQuickFollow, round21bAttitudeQuickFollowKept)
}

// round21bMoneyObstacle: money named as the problem, or the hire's cost
// weighed against another use of it, is no budget; the key "money" had
// read a yes. 5 of 5 failed first (4 read yes, one asked again).
var round21bMoneyObstacle = []readingCase{
	{qBudget, "money is always the problem", "no"},
	{qBudget, "money's the issue", "no"},
	{qBudget, "the problem is money", "no"},
	{qBudget, "with that money I could hire three cooks", "no"},
	{qBudget, "for that salary we could buy a new van", "no"},
}

// round21bMoneyObstacleKept: money denied to be the problem.
var round21bMoneyObstacleKept = []readingCase{
	{qBudget, "money is not the problem", "yes"},
	{qBudget, "money isn't the issue, finding the person is", "yes"},
	{qBudget, "money's not the problem", "yes"},
}

func TestRound21bMoneyObstacle(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bMoneyObstacle, round21bMoneyObstacleKept)
}

// round21bPointlessWorry: worry told pointless ("so why worry", "no
// point worrying") is low; the worry word had read it high. 2 of 2
// failed first (read high or asked again).
var round21bPointlessWorry = []readingCase{
	{qSecurity, "if someone wants in, they'll get in, so why worry", "low"},
	{qSecurity, "no point worrying about it", "low"},
}

// round21bPointlessWorryKept: a question why one worries, answered.
var round21bPointlessWorryKept = []readingCase{
	{qSecurity, "why do I worry? because we hold patient files", "?"},
}

func TestRound21bPointlessWorry(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bPointlessWorry, round21bPointlessWorryKept)
}

// round21bNotMoney: "the problem is not money" has the money. 1 of 1
// failed first (read no).
var round21bNotMoney = []readingCase{
	{qBudget, "the problem is not money, it's finding someone good", "yes"},
}

func TestRound21bNotMoney(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bNotMoney)
}
