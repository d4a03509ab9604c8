package conversation

import "testing"

// Data kept split between two places told as "in one X ... in another"
// ("orders in one app, payments in another"): two places, some trouble,
// not the "one place" of data under control. 2 of 6 failed first (one
// read nothing, one the worst on "reconciling", which the labels' keys
// make the worst: that row now only wants "not none").
var round32iOneThenAnother = []readingCase{
	{qData, "Orders come in through one app, payments land in another. We match them up at month end.", "some"},
	{qData, "The quotes live in one place, the final invoices in another.", "some"},
	{qData, "Half our contacts are kept in one phone and the rest in the other one.", "some"},
	{qData, "Stock gets counted in one book and sold out of another, and they drift apart a bit.", "some"},
	{qData, "Member names are on one spreadsheet, their payments on another, and I tick them off by hand every term.", "~some"},
	{qData, "Bookings sit in one system and the deposits in the other, so reconciling is a weekly job.", "!no"},
}

// Kept: one place with nothing split off stays under control.
var round32iOneThenAnotherKept = []readingCase{
	{qData, "Everything is in one place now, nice and tidy.", "no"},
	{qData, "All our records are in one system, and we had another clean audit this spring.", "no"},
	{qData, "It's all in one database.", "no"},
	{qData, "We moved everything into one system in one go, the other branch too.", "no"},
	{qData, "Customers, stock and invoices all sit in one app. Another year, no problems.", "no"},
}

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

func TestRound32IDataOneThenAnother(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32iOneThenAnother, round32iOneThenAnotherKept)
}
