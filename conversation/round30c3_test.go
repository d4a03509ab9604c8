package conversation

import "testing"

// round30cAdoptsNotFirst: new things taken up ("we got a laser cutter",
// "we'll try things") beside a denied lead ("we're not pioneers", "just
// never first") is somewhat: the lead denied, not the interest; taken up
// only once proven by all ("we buy what works") stays a no. 5 of 6
// failed first (all asked between no and some); one still asks, the
// model leaning to no.
var round30cAdoptsNotFirst = []readingCase{
	{qInnovation, "We got a laser cutter last year, but we're not pioneers.", "some"},
	{qInnovation, "we'll try new stuff, we're just never the first ones", "some"},
	{qInnovation, "We use the newer scanners now, though we don't need to be first.", "some"},
	{qInnovation, "we bought the new till system once it was proven, not trying to be first though", "some"},
	{qInnovation, "We'd consider new equipment if it saves time, but we're not pioneers.", "some"},
	{qInnovation, "we try new software once it's proven, we're never first", "~some"},
}

// round30cAdoptsNotFirstKept: the lead denied alone, or with nothing
// taken up.
var round30cAdoptsNotFirstKept = []readingCase{
	{qInnovation, "we're not trying to be the first", "!some"},
	{qInnovation, "no, we let others try new stuff first and buy it later when it's cheap", "!some"},
	{qInnovation, "We're never first and we don't buy new kit unless the old one dies", "!some"},
	{qInnovation, "we want to be first with electric vans", "yes"},
	{qInnovation, "no, we're not pioneers, we use what we've always used", "!some"},
	{qInnovation, "we buy what works and we're never the first", "!some"},
	{qInnovation, "not first, we adopt new kit only once everyone has it", "!some"},
}

func TestRound30cAdoptsNotFirst(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30cAdoptsNotFirst, round30cAdoptsNotFirstKept)
}
