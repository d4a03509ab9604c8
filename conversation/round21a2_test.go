package conversation

import "testing"

// round21aThenNowCounts are stage answers telling growth as a count then
// and a larger one now, the count now just before "now" ("fourteen
// now") or the then set by a "when" clause. 5 of 5 failed first.
var round21aThenNowCounts = []readingCase{
	{qStage, "3 trucks when I joined, 11 now", "scaling"},
	{qStage, "two shops when we started, seven today and another one signed", "scaling"},
	{qStage, "5 vans when I took over from my uncle, 12 now", "scaling"},
	{qStage, "twelve staff when we opened, about thirty now", "scaling"},
	{qStage, "four kitchens back in 2019, ten now", "scaling"},
}

// round21aThenNowCountsKept: a small rise is no scaling.
var round21aThenNowCountsKept = []readingCase{
	{qStage, "we had 40 rooms when dad ran it, 45 now", "~established"},
	{qStage, "we were 20 when I joined, 22 now", "~established"},
}

func TestRound21aThenNowCounts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aThenNowCounts, round21aThenNowCountsKept)
}

// round21aNoPremises are stage answers of a firm with no premises of its
// own yet ("the founder's kitchen table", "no real office"): a startup.
// A table is no typo of "stable". 4 of 5 failed first.
var round21aNoPremises = []readingCase{
	{qStage, "it's still the two of us at my kitchen table", "startup"},
	{qStage, "we run it from the spare bedroom for now", "~startup"},
	{qStage, "no real office yet, we meet in a café", "startup"},
	{qStage, "we don't have an office yet, the founders work from a coworking desk", "startup"},
	{qStage, "still working off my mum's kitchen table", "startup"},
}

// round21aNoPremisesKept must keep their reading.
var round21aNoPremisesKept = []readingCase{
	{qStage, "we've been in the same office for 20 years", "established"},
	{qStage, "we moved out of the garage years ago, now 40 staff and steady", "established"},
	{qStage, "stable", "established"},
}

func TestRound21aNoPremises(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aNoPremises, round21aNoPremisesKept)
}

// round21aGrowthPercent are stage answers telling growth as a percentage
// a year: from 30% it is scaling, whatever age is told beside it.
// 2 of 5 failed first.
var round21aGrowthPercent = []readingCase{
	{qStage, "going about eight years, but turnover is up 50% on last year", "scaling"},
	{qStage, "we grew 35% last year and again this year", "scaling"},
	{qStage, "sales up 45% since the new website", "scaling"},
	{qStage, "nine years old, still small, but orders are up 60% this year", "scaling"},
	{qStage, "revenue up 3% this year, pretty flat", "established"},
}

// round21aGrowthPercentKept: a share or a past rate is no growth now.
var round21aGrowthPercentKept = []readingCase{
	{qStage, "40% of our sales are online", "?"},
	{qStage, "we were growing 60% a year until covid, now it's flat", "established"},
	{qStage, "about 5% growth a year, same as always", "established"},
}

func TestRound21aGrowthPercent(t *testing.T) {
	checkRulesThenEngine(t, round21aGrowthPercent, round21aGrowthPercentKept)
}

// round21aSteadyGrowth are stage answers telling growth as modest: a low
// rate a year, or growth "not crazy". 3 of 4 failed first.
var round21aSteadyGrowth = []readingCase{
	{qStage, "Going since 1998. Turnover moves 1-2% a year, up or down.", "established"},
	{qStage, "we grow, but not wild, maybe 12% in a good year", "~established"},
	{qStage, "sales creep up about 4% per year", "established"},
	{qStage, "we grow but not crazy, about 10% last year", "established"},
}

func TestRound21aSteadyGrowth(t *testing.T) {
	checkRulesThenEngine(t, round21aSteadyGrowth)
}

// round21aEarlyYears are stage answers of a firm in its second or third
// year growing slowly: a start-up, not an established firm. 3 of 3
// failed first, all silently wrong.
var round21aEarlyYears = []readingCase{
	{qStage, "we're in our second year, growing slowly", "startup"},
	{qStage, "third year now, slow and steady growth", "startup"},
	{qStage, "second season of trading, growing a little", "~startup"},
}

// round21aEarlyYearsKept: generations are no early years.
var round21aEarlyYearsKept = []readingCase{
	{qStage, "third generation, growing slowly", "established"},
	{qStage, "growing slowly but surely", "established"},
}

func TestRound21aEarlyYears(t *testing.T) {
	checkReadings(t, rulesReading, false, round21aEarlyYears, round21aEarlyYearsKept)
}

// round21aPastTheStart are stage answers telling growth stopped or the
// start-up stage behind: never scaling or start-up unasked. 3 of 4
// failed first, 2 silently wrong.
var round21aPastTheStart = []readingCase{
	{qStage, "we have stopped growing", "established"},
	{qStage, "growth has stalled since covid", "established"},
	{qStage, "we are just past the startup phase", "~established"},
	{qStage, "beyond the startup stage now, growing steadily", "?"},
}

// round21aPastTheStartKept must keep their reading.
var round21aPastTheStartKept = []readingCase{
	{qStage, "we are a startup", "startup"},
	{qStage, "growth stopped for a year, now we are growing again", "~scaling"},
}

func TestRound21aPastTheStart(t *testing.T) {
	checkReadings(t, modelFreeReading, true, round21aPastTheStart, round21aPastTheStartKept)
}
