package conversation

import "testing"

// round23bOptionPosition: an option named by its place in the list ("the
// last one", "the middle box", "I'd go with the final option"), alone or
// with a short hedge after it ("sadly", "I suppose"), is that option.
// 6 of 10 failed first (all re-asked; the middle was already read).
var round23bOptionPosition = []readingCase{
	{qProducts, "the last one please", "core"},
	{qProducts, "I'd go with the last option", "core"},
	{qCompetitors, "last one I'm afraid", "yes"},
	{qInnovation, "middle one", "some"},
	{qSecurity, "put us down as the middle one", "medium"},
	{qBudget, "I'd tick the last box", "no"},
	{qSecurity, "the final option", "high"},
	{qInnovation, "the middle, I suppose", "some"},
	{qCompetitors, "the first one, thankfully", "no"},
	{qBudget, "the middle option, honestly", "maybe"},
}

// round23bOptionPositionKept: "last", "first" and "middle" that name no
// option (a time, a rank among rivals, a negated choice) are not read as
// a place in the list.
var round23bOptionPositionKept = []readingCase{
	{qProducts, "not the last one", "?"},
	{qBudget, "the last one we hired cost us a fortune", "?"},
	{qInnovation, "we're somewhere in the middle of the pack", "some"},
	{qCompetitors, "we're always the last ones to get anything new", "?"},
}

func TestRound23bOptionPosition(t *testing.T) {
	checkReadings(t, rulesReading, false, round23bOptionPosition)
	checkReadings(t, rulesReading, true, round23bOptionPositionKept)
}
