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

// round30cTrialForPartner: another's technology tried out with or for a
// partner ("but we test an AI camera with a university") is no product of
// ours: no. 3 of 5 failed first (all asked between core and no).
var round30cTrialForPartner = []readingCase{
	{qProducts, "not products, we grow apples, but we're trialling a picking robot with a startup", "no"},
	{qProducts, "no, we're a dairy, though we test a milking sensor for a university", "no"},
	{qProducts, "no products, we run care homes, but we pilot an AI fall detector with the hospital", "no"},
	{qProducts, "nothing like that, we're builders, but we test a drone survey tool for a supplier", "no"},
	{qProducts, "not as such, we fish, but we are testing a smart net with the institute", "no"},
}

// round30cTrialForPartnerKept: our own thing under test is planned.
var round30cTrialForPartnerKept = []readingCase{
	{qProducts, "not yet, but we're testing our own booking app with a few customers", "planned"},
	{qProducts, "we're testing our own app with a partner, launching next year", "planned"},
	{qProducts, "we're piloting our app with the university hospital, launch is in spring", "~planned"},
}

func TestRound30cTrialForPartner(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30cTrialForPartner, round30cTrialForPartnerKept)
}
