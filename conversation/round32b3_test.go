package conversation

import "testing"

// round32bFineThenSmallThings: the main systems called fine and the
// trouble put in "the small things" is some pain points. 3 of 4 failed
// first (all asked between fine and some). Left: "The main system is
// fine. The small stuff lets us down: scanners, the old PCs." still
// reads fine (the rules read fine; not found why).
var round32bFineThenSmallThings = []readingCase{
	{qSystems, "The big systems are fine, it's the little things, the printer and the wifi.", "some"},
	{qSystems, "Core stuff is fine. It's the small things that annoy us, like the card reader.", "some"},
	{qSystems, "the accounts package is good, just little things like the label printer playing up", "some"},
}

// round32bFineThenSmallThingsKept: small things that work, or the small
// things at their worst.
var round32bFineThenSmallThingsKept = []readingCase{
	{qSystems, "It's fine, we only have small needs.", "fine"},
	{qSystems, "the small things are a nightmare and the main system is fine", "!fine"},
	{qSystems, "All good, no complaints.", "fine"},
}

func TestRound32bFineThenSmallThings(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32bFineThenSmallThings, round32bFineThenSmallThingsKept)
}
