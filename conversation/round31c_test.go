package conversation

import "testing"

// round31cTechSubjectDenied: technology as the subject of a denial that
// names the firm's line ("software isn't our business", "technology is
// not what we do") is a no: the "not" after the noun denies it as surely
// as one before it. 5 of 7 failed first (two read core, three asked
// between core and no).
var round31cTechSubjectDenied = []readingCase{
	{qProducts, "We're a law firm. Technology is not what we do.", "no"},
	{qProducts, "Apps are not our thing, we run three hair salons.", "no"},
	{qProducts, "Honestly, technology isn't our world. We grow tomatoes.", "no"},
	{qProducts, "Software has never been our business; we print labels.", "no"},
	{qProducts, "No, we brew beer. Software isn't our business.", "no"},
	{qProducts, "No. Tech is not our line of work, we lay bricks.", "no"},
	{qProducts, "Digital products are not for us, we're a butcher's.", "no"},
}

// round31cTechSubjectDeniedKept: a state still to come, a rank, a
// technology of our own.
var round31cTechSubjectDeniedKept = []readingCase{
	{qProducts, "The app is not finished yet, launch is in spring.", "planned"},
	{qProducts, "Software is our business, we sell it to dentists.", "core"},
	{qProducts, "The platform isn't live yet but we're building it.", "planned"},
	{qProducts, "Our software is not just a side thing, it's what customers pay for.", "core"},
	{qProducts, "The app is not our core business but it brings in a fifth of sales.", "core"},
	{qProducts, "The software is not our main business yet, but it will be.", "!no"},
	{qProducts, "The app is not ours, the franchise provides it.", "no"},
}

func TestRound31cTechSubjectDenied(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31cTechSubjectDenied, round31cTechSubjectDeniedKept)
}
