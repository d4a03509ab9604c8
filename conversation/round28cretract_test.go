package conversation

import "testing"

// TestRound28cDescriptionTakenBack: a description that takes a point
// back ("Security is not really a worry, actually yes it is") fills
// nothing from the words taken back: the point is filled from what the
// owner settled on, or asked. 3 of 9 failed first (2 filled the
// option taken back, 1 read the count taken back).
func TestRound28cDescriptionTakenBack(t *testing.T) {
	checkRestSize(t, []restSizeCase{
		{"We're 9, no wait, 14 with the apprentices. A joinery since 1990.", "s"},
		{"A joinery since 1990, we're 9, no wait, 14 people with the apprentices.", "s"},
	})
	checkFills(t, []fillCase{
		{"A joinery since 1990. Security is not really a worry, actually yes it is since the phishing email last month.", qSecurity, "!low"},
		{"Our systems are fine, well, actually no, they crash every week.", qSystems, "!fine"},
		{"We don't build software, scratch that, we're building a booking app for other salons.", qProducts, "!no"},
		{"Our data is under control, hang on, no, it's spread over three spreadsheets that never match.", qData, "!no"},
		{"Our competitors are behind us, or rather they were, now they're miles ahead.", qCompetitors, "!no"},
		// Kept: an "actually" that turns nothing.
		{"We make furniture by hand, we actually don't build any software.", qProducts, "no"},
		{"Security is a real worry, actually, since the phishing email.", qSecurity, "high"},
	})
}
