package conversation

import "testing"

// round31cPeopleBuyOurTech: technology named as why people buy from us
// ("the smart locks are why people buy from us", "the designer tool is
// why people buy it") is ours and sold: core, not a tool bought. 2 of 4
// failed first (both asked between no and core, the rules reading no).
var round31cPeopleBuyOurTech = []readingCase{
	{qProducts, "The smart locks are why people buy from us now, the old hardware is a sideline.", "core"},
	{qProducts, "Years ago we only printed, now the online designer tool is why people buy it.", "core"},
	{qProducts, "Our heat pumps sell because of the control software we write; people buy them for that.", "core"},
	{qProducts, "It's become the business: people buy our trailers for the tracking software inside.", "core"},
}

// round31cPeopleBuyOurTechKept: no technology named as the reason, or
// technology people buy from others.
var round31cPeopleBuyOurTechKept = []readingCase{
	{qProducts, "We sell flowers, people buy them for weddings.", "no"},
	{qProducts, "We use software that people buy everywhere, nothing of ours.", "no"},
	{qProducts, "Service is the reason people buy from us; the software we use is off the shelf.", "no"},
	{qProducts, "No. Our bread is why people buy from us.", "no"},
	{qProducts, "The app is why people buy from the big chains, we don't have one.", "!core"},
	{qProducts, "Low prices are why people buy from us, we're a discount grocer.", "!core"},
}

func TestRound31cPeopleBuyOurTech(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cPeopleBuyOurTech, round31cPeopleBuyOurTechKept)
}
