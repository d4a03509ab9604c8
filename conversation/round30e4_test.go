package conversation

import "testing"

// round30eGrewThenCalm: fast growth told in the past and a calm present
// ("grew fast till 2019, levelled off since", "this year is calmer") is
// a firm past its growth: established. 5 of 8 failed first (all asked
// between scaling and established).
var round30eGrewThenCalm = []readingCase{
	{qStage, "we had a big growth spurt around 2015, things have settled since", "established"},
	{qStage, "grew quickly until covid, now steady", "established"},
	{qStage, "we doubled in 2019 and 2020, it's been flat since", "established"},
	{qStage, "we grew like crazy when we started, these days it's much calmer", "established"},
	{qStage, "we grew a lot after the merger, it has levelled off now", "established"},
	{qStage, "grew very fast till 2018. now it's mostly looking after the customers we've got", "established"},
	{qStage, "we boomed in the late nineties, since then we've plateaued", "established"},
	{qStage, "we grew hard for five years, this year has been quieter", "established"},
}

// round30eGrewThenCalmKept: growth now, or growth again after calm.
var round30eGrewThenCalmKept = []readingCase{
	{qStage, "we're growing fast", "scaling"},
	{qStage, "we were steady for years, now we're growing fast", "scaling"},
	{qStage, "we grew 40% last year and we're still growing", "scaling"},
	{qStage, "we doubled this year", "scaling"},
	{qStage, "it was calm for years, then we grew fast in the last two", "~scaling"},
}

func TestRound30eGrewThenCalm(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30eGrewThenCalm, round30eGrewThenCalmKept)
}
