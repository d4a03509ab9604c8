package conversation

import "testing"

// round30eOldFirmGrowingNow: an old firm told growing fast now, in the
// present simple or by what it opens each year ("the firm is 30 years
// old, but exports grow very fast", "we open two new regions every
// year") is scaling. 4 of 9 failed first (all asked between
// established and scaling).
var round30eOldFirmGrowingNow = []readingCase{
	{qStage, "the firm is 30 years old, but the last three years sales grow very fast", "scaling"},
	{qStage, "we exist since 1998, but now the online side grows like crazy", "scaling"},
	{qStage, "the company is 25 years old but with the new partner we open three new cities every year", "scaling"},
	{qStage, "old company, since 1980, but now we open a new branch every year", "scaling"},
	{qStage, "we're 15 years old, but the last two years the export to Asia grows very fast", "scaling"},
	{qStage, "the shop is 60 years old, but with the franchise we open four new towns every year", "scaling"},
	{qStage, "the business is from 1992 but since the new contract the growth is really strong", "scaling"},
	{qStage, "established 2009, but the last 18 months our wholesale grows very quickly", "scaling"},
	{qStage, "the bakery is 12 years old but with the new investor we add two new shops every year", "scaling"},
}

// round30eOldFirmGrowingNowKept: age alone, or growth told modest.
var round30eOldFirmGrowingNowKept = []readingCase{
	{qStage, "30 years old, same size for ever", "established"},
	{qStage, "the company is 40 years old and grows a little every year", "established"},
	{qStage, "since 1990, we open a new shop now and then", "~established"},
}

func TestRound30eOldFirmGrowingNow(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30eOldFirmGrowingNow, round30eOldFirmGrowingNowKept)
}
