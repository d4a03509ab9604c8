package conversation

import "testing"

// round22bAdoptButNotFirst: an adoption owned ("sometimes", "we try new
// things once they're proven", "open") beside leading denied ("not
// first", "not bleeding edge", "don't go looking") is a follower: some.
// 5 of 5 failed first (asked between no and some, or again).
var round22bAdoptButNotFirst = []readingCase{
	{qInnovation, "now and then, but never the first", "some"},
	{qInnovation, "we pick up new kit once others have tested it, we're not pioneers", "~some"},
	{qInnovation, "occasionally. not leading edge though", "some"},
	{qInnovation, "we're open, but we don't chase it", "some"},
	{qInnovation, "Open. Not first.", "some"},
}

// round22bAdoptButNotFirstKept: leading denied alone, or with no
// adoption owned, stays no; "open" that is the shop's hours is no degree.
var round22bAdoptButNotFirstKept = []readingCase{
	{qInnovation, "we're never first and that suits us", "~no"},
	{qInnovation, "we bought a robot only after the others had them for years. we're never first", "~no"},
	{qInnovation, "no, we won't be first", "no"},
	{qInnovation, "open to it, but we won't be first", "some"},
}

func TestRound22bAdoptButNotFirst(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bAdoptButNotFirst, round22bAdoptButNotFirstKept)
}
