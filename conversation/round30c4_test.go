package conversation

import "testing"

// round30cCostBites: the money found, but the hire would eat most of a
// margin or hurt ("we'd manage it, but it would eat into the marketing
// money", "could find it, but it'd hurt") is tight: maybe. Eating all of
// it, or a no, stays no. 6 of 6 failed first (all asked between yes and
// maybe).
var round30cCostBites = []readingCase{
	{qBudget, "yes, though it'd eat half the margin", "maybe"},
	{qBudget, "we'd manage it, but it would eat into the marketing money", "maybe"},
	{qBudget, "Could probably find the money, but it'd hurt.", "maybe"},
	{qBudget, "we could, would eat most of this year's growth money though", "maybe"},
	{qBudget, "yes but it'd eat a big chunk of our reserves", "maybe"},
	{qBudget, "affordable on paper, but it would hurt", "maybe"},
}

// round30cCostBitesKept: all of it eaten, a no, or no hurt at all.
var round30cCostBitesKept = []readingCase{
	{qBudget, "it would eat all our profit, so no", "no"},
	{qBudget, "no, it would eat the whole margin", "no"},
	{qBudget, "it wouldn't hurt us at all", "!maybe"},
	{qBudget, "we can afford it easily, it wouldn't hurt", "yes"},
	{qBudget, "can't, it would eat most of our margin", "!maybe"},
}

func TestRound30cCostBites(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30cCostBites, round30cCostBitesKept)
}
