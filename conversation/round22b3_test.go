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

// round22bPriorityElsewhere: a priority named that is not what is asked
// ("our priority is capacity", "our main focus is the harvest") places
// the firm's attention elsewhere: innovation no, security low. 4 of 4
// failed first (2 read yes, one some, one asked again).
var round22bPriorityElsewhere = []readingCase{
	{qInnovation, "our priority is paying off the new barn", "no"},
	{qInnovation, "It's not for us right now. Our main focus is getting the orders out.", "no"},
	{qInnovation, "my priority is the staff shortage", "no"},
	{qSecurity, "honestly our priority is cash flow", "low"},
}

// round22bPriorityElsewhereKept: a priority that is the thing asked
// keeps its reading.
var round22bPriorityElsewhereKept = []readingCase{
	{qInnovation, "our priority is new technology", "yes"},
	{qSecurity, "our top priority is security", "high"},
	{qInnovation, "our focus is innovation", "yes"},
}

func TestRound22bPriorityElsewhere(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bPriorityElsewhere, round22bPriorityElsewhereKept)
}

// round22bEllipticReply: the prompt's subject and its "are" alone answer
// it ("They are, sadly", "they aren't", "we are"): the verb left out is
// the one asked. 5 of 6 failed first (asked again).
var round22bEllipticReply = []readingCase{
	{qCompetitors, "They are, unfortunately.", "yes"},
	{qCompetitors, "I'm afraid they are", "yes"},
	{qCompetitors, "they aren't", "no"},
	{qCompetitors, "honestly they are not", "no"},
	{qProducts, "we are", "core"},
	{qProducts, "we're not, no", "no"},
}

// round22bEllipticReplyKept: a degree beside the reply, or a question
// asked "Do you", keeps its own reading.
var round22bEllipticReplyKept = []readingCase{
	{qCompetitors, "they are, a bit", "unsure"},
	{qBudget, "we are", "?"},
}

func TestRound22bEllipticReply(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bEllipticReply, round22bEllipticReplyKept)
}

// round22bCareSleepDenied: care owned beside the lost sleep denied
// through a verb of saying ("I wouldn't say it keeps me up at night") is
// the middle. 3 of 4 failed first (2 read high, one asked between high
// and medium).
var round22bCareSleepDenied = []readingCase{
	{qSecurity, "we're careful with it, but I wouldn't say it keeps me awake", "medium"},
	{qSecurity, "I think about it, we got MFA last year, but I don't think it keeps us up at night", "medium"},
	{qSecurity, "we take it seriously. I wouldn't say it keeps me up though", "medium"},
	{qSecurity, "we're careful and it keeps me up at night", "high"},
}

// round22bCareSleepDeniedKept: sleep lost owned stays high.
var round22bCareSleepDeniedKept = []readingCase{
	{qSecurity, "honestly it keeps me up at night", "high"},
}

func TestRound22bCareSleepDenied(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bCareSleepDenied, round22bCareSleepDeniedKept)
}
