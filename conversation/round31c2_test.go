package conversation

import "testing"

// round31cPlanAsPlace: a product "in the plan" (or "in our plans",
// "part of the plan") is planned, a yes beside it included: the yes
// answers that it is coming, not that it is built. 3 of 6 failed first
// (asked between core and planned).
var round31cPlanAsPlace = []readingCase{
	{qProducts, "Part of the plan, yes, a loyalty card on the phone.", "planned"},
	{qProducts, "In the plan, yes. A label code for each bottle so buyers can trace the vineyard, from next vintage.", "planned"},
	{qProducts, "yes, in the plan", "planned"},
	{qProducts, "Yes, in our plans: an app for booking the sauna slots.", "planned"},
	{qProducts, "It's in the plans for next spring, a tracking page for the customers' orders.", "planned"},
	{qProducts, "In our plan for the new year: an online price checker for the builders we supply.", "planned"},
}

// round31cPlanAsPlaceKept: a plan denied, a plan of another kind, a plan
// already carried out (which read planned before, and now asks).
var round31cPlanAsPlaceKept = []readingCase{
	{qProducts, "No, it's not in the plan.", "no"},
	{qProducts, "Nothing like that in the plan, we're a bakery.", "no"},
	{qProducts, "A second shop is in the plan, no apps though.", "!planned"},
	{qProducts, "The app is live, it was in the plan for years.", "~core"},
}

func TestRound31cPlanAsPlace(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cPlanAsPlace, round31cPlanAsPlaceKept)
}

// round31cTimeAfterMaking: a time after a making verb ("we start
// building after the harvest", "building from January") says when, not
// what is made: it names no trade of goods. 2 of 2 failed first (the
// rules read no, the model asked).
var round31cTimeAfterMaking = []readingCase{
	{qProducts, "There's a plan for a delivery-tracking service. We start building after the harvest.", "planned"},
	{qProducts, "Something's being drawn up: a parts-ordering service for our dealers, building from January.", "planned"},
}

// round31cTimeAfterMakingKept: a trade with a time or a place after its
// verb, and an app sold through from a place.
var round31cTimeAfterMakingKept = []readingCase{
	{qProducts, "We make furniture, that's all we build.", "no"},
	{qProducts, "We're builders, building from scratch every house we do.", "no"},
	{qProducts, "No, we sell bread, from the morning until the afternoon.", "no"},
	{qProducts, "We build kitchens, after that we fit them.", "no"},
	{qProducts, "No. We sell tyres from two depots.", "no"},
	{qProducts, "The app is our business, farmers sell from the field to the shops through it.", "core"},
}

func TestRound31cTimeAfterMaking(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cTimeAfterMaking, round31cTimeAfterMakingKept)
}
