package conversation

import "testing"

// round22LeadOneThingAMess: one named thing called a mess, in a short
// answer, is asked between some pain points and the worst (the labelled
// sets have both). Checked before the fix: 3 of 3 read the worst.
var round22LeadOneThingAMess = []readingCase{
	{qSystems, "The CRM's a mess.", "~some"},
	{qSystems, "our booking tool's a mess", "~some"},
	{qSystems, "the rota spreadsheet is a mess", "~some"},
}

// round22LeadOneThingAMessKept: the systems as a whole called a mess.
var round22LeadOneThingAMessKept = []readingCase{
	{qSystems, "it's a mess", "pain"},
	{qSystems, "honestly they're a total mess", "pain"},
	{qSystems, "the whole setup is a mess", "pain"},
}

func TestRound22LeadOneThingAMess(t *testing.T) {
	checkReadings(t, rulesReading, false, round22LeadOneThingAMess, round22LeadOneThingAMessKept)
}
