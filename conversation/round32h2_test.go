package conversation

import "testing"

// round32hCraftByTools: the office or the orders on the computer or the
// web shop beside the craft itself told as its hand tools ("the haircuts
// are done with scissors", "the building work is hammers and saws") or
// made by hand is quite a lot: the tools are the part off the computer,
// not the little their words read alone. 4 of 7 failed first (two
// asked between low and medium, one between medium and low, one
// between medium and high). Left: the craft told "all done by hand" ("the invoices go out
// from Xero, the cooking is all done by hand of course") is still asked
// between low and high: its "all" reads the whole trade by hand; "made
// by hand" beside the web shop ("orders come in on the webshop, the
// furniture itself is made by hand") is still asked between low and
// medium (the rules read low); and the web shop and the tools in one
// clause joined by "and" ("customers order through the website and the
// shoes are stitched with needles and awls") are still asked between
// medium and high: opsFact reads clause by clause.
var round32hCraftByTools = []readingCase{
	{qOps, "The website takes the bookings, the haircuts are done with scissors.", "medium"},
	{qOps, "The accounts are on the laptop, the building work is hammers and saws.", "medium"},
	{qOps, "Bookings go through the app; the tattooing is done by hand, obviously.", "medium"},
	{qOps, "Our quotes and invoices live in the software, the actual stonework is chisels and muscle.", "medium"},
}

// round32hCraftByToolsKept: the whole trade by hand with a computer for
// one chore, and a fallback by hand, read as before.
var round32hCraftByToolsKept = []readingCase{
	{qOps, "Everything is done by hand, the computer only does the emails.", "low"},
	{qOps, "The bookings are done by hand, in a diary.", "low"},
	{qOps, "If the system is down, the orders are done by hand.", "medium"},
	{qOps, "The orders are on the computer and the invoices are done by hand.", "medium"},
	{qOps, "We don't have a website, it's all scissors and combs.", "!medium"},
}

func TestRound32HCraftByTools(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32hCraftByTools, round32hCraftByToolsKept)
}
