package conversation

import "testing"

// round31a3TimePosition: a number naming a place in time ("year 1",
// "month 8") or a plan's length ("a five-year plan") counts nothing
// that grows: no growth sequence; told as the answer opens, an early
// year or month is a startup's. 4 of 5 failed first (all asked between
// startup and scaling, the rules reading scaling).
var round31a3TimePosition = []readingCase{
	{qStage, "Month 8 of a two-year grant.", "startup"},
	{qStage, "Year one of a four-year programme, first customers signed.", "startup"},
	{qStage, "We're in year 2 of a 5-year plan and haven't broken even.", "startup"},
	{qStage, "Year 1, week 30. No revenue yet.", "startup"},
	{qStage, "Year 2, month 4 of the business. Still testing the product.", "startup"},
}

// round31a3TimePositionKept: counts told over the years still grow.
var round31a3TimePositionKept = []readingCase{
	{qStage, "last year one restaurant, this year three, next year five", "scaling"},
	{qStage, "last year 3 shops, this year 7", "scaling"},
	{qStage, "Year 15 of the business and steady as ever.", "established"},
	{qStage, "In year two we tripled sales and hired twelve people.", "scaling"},
}

func TestRound31a3TimePosition(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a3TimePosition, round31a3TimePositionKept)
}
