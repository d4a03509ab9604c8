package conversation

import "testing"

// round27aNothingWorks: "nothing" before what systems should do ("nothing
// runs properly", "nothing is working") is systems in trouble, and the
// model's doubt, which reads the "nothing" as nothing wrong, does not
// stand. 2 of 5 failed first (1 read fine, 1 asked between some and
// pain).
var round27aNothingWorks = []readingCase{
	{qSystems, "it's chaos, nothing runs properly", "pain"},
	{qSystems, "terrible, nothing really works together", "pain"},
	{qSystems, "a nightmare, nothing is working right now", "~pain"},
	{qSystems, "honestly a mess, nothing works the way it should", "pain"},
	{qSystems, "nothing works, the tills crash every day", "pain"},
}

// round27aNothingWorksKept: "nothing" that denies trouble, or praises.
var round27aNothingWorksKept = []readingCase{
	{qSystems, "nothing broken, all fine", "fine"},
	{qSystems, "nothing wrong with them, they work", "fine"},
	{qSystems, "they're fine, nothing works better than a simple spreadsheet", "~fine"},
}

func TestRound27aNothingWorks(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round27aNothingWorks, round27aNothingWorksKept)
}
