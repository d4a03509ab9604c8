package conversation

import "testing"

// round31cStepsDated: a product's next step dated ahead, told by
// "trials" (plural too, and "with customers" before the date),
// "starting in March" or "starting after Easter", or a year after this
// one, is planned: nothing is sold yet. 3 of 6 failed first (all read
// core, the model asking).
var round31cStepsDated = []readingCase{
	{qProducts, "Our booking app goes to a designer in January, trials with customers in 2027.", "planned"},
	{qProducts, "A freelancer is booked to build the loyalty app, starting after Easter.", "planned"},
	{qProducts, "Building the customer portal, starting in March.", "planned"},
	{qProducts, "The smart collar prototypes are in testing, first farm trials next spring.", "planned"},
	{qProducts, "We will be: a sensor kit for the greenhouses, field trials next summer.", "planned"},
	{qProducts, "The tracking app, starting next year.", "planned"},
}

// round31cStepsDatedKept: a step in the past, a "starting" that dates
// nothing (still asked, as before).
var round31cStepsDatedKept = []readingCase{
	{qProducts, "Our app has been live since 2019, trials were in 2018.", "~core"},
	{qProducts, "We build apps for clients, starting with a workshop in every project.", "~core"},
	{qProducts, "We sell our own booking software to 40 hotels, starting at 90 euros a month.", "core"},
}

func TestRound31cStepsDated(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cStepsDated, round31cStepsDatedKept)
}
