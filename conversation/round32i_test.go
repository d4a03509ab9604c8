package conversation

import "testing"

// A trouble told, then the top of the scale denied ("the till and the
// books are off most months. Not a disaster, mind."): some trouble, not
// none. 2 of 5 failed first (both asked between none and some, the rules
// reading none).
var round32iTroubleNotDisaster = []readingCase{
	{qData, "The till and the books are off most months. Not a disaster, mind.", "some"},
	{qData, "Customers get entered twice fairly often. It's not a catastrophe though.", "some"},
	{qData, "The stock list lags the shop floor by a week or so. Not a disaster.", "some"},
	{qData, "Supplier prices are out of date half the time, but it's not a disaster.", "some"},
	{qData, "Addresses go stale and nobody updates them. Not a crisis though.", "some"},
}

// Kept: the top denied with no trouble told stays no.
var round32iTroubleNotDisasterKept = []readingCase{
	{qData, "Not a disaster.", "~no"},
	{qData, "Not a disaster at all, everything is tidy.", "no"},
	{qData, "Not a crisis, we're fine.", "no"},
	{qData, "The books are in order. Not a disaster by any stretch.", "no"},
}

func TestRound32IDataTroubleNotDisaster(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32iTroubleNotDisaster, round32iTroubleNotDisasterKept)
}
