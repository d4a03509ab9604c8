package conversation

import "testing"

// round23aSelfCorrected are answers the owner corrects part way ("about
// 30. no wait, 34"): only what follows the correction is the answer, the
// retracted figure is no second group to add. 2 of 7 failed first.
var round23aSelfCorrected = []readingCase{
	{qSize, "roughly 40. no wait, we took on the two apprentices, so 42", "s"},
	{qSize, "maybe 200, no wait, after the merger it's about 320", "l"},
	{qSize, "12 I think. sorry, wait, 14 with the weekend girls", "s"},
	{qSize, "about 90 - scratch that, 110 since the new ward opened", "m"},
	{qSize, "we're 8. wait, no, 9 counting me", "xs"},
	{qOps, "a little. no wait, quite a lot actually, the tills are all online", "~medium"},
	{qStage, "established. no wait, we're growing fast again since the new contract", "~scaling"},
}

// round23aSelfCorrectedKept must keep their reading: no correction, or
// a wait that corrects nothing.
var round23aSelfCorrectedKept = []readingCase{
	{qSize, "30 staff and 4 instructors", "s"},
	{qSize, "about 140 and 12 agency welders", "m"},
	{qSize, "we can't wait to grow, 25 of us now", "s"},
}

func TestRound23aSelfCorrected(t *testing.T) {
	checkReadings(t, rulesReading, false, round23aSelfCorrected, round23aSelfCorrectedKept)
}
