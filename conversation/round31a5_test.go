package conversation

import "testing"

// round31a5MonthlyRate: a growth rate told per month or week ("up 8% a
// month") is many times that a year: scaling, never the steady trading
// a low yearly rate tells. 2 of 4 failed first (both asked, the rules
// reading established).
var round31a5MonthlyRate = []readingCase{
	{qStage, "Bookings up 8% a month since the spring.", "scaling"},
	{qStage, "Started 4 years ago, and this year orders are up 10% a month.", "scaling"},
	{qStage, "launched last year, subscribers growing about 20% per month", "~scaling"},
	{qStage, "Turnover up 5% a month since we moved to the new unit.", "scaling"},
}

// round31a5MonthlyRateKept: yearly rates keep their reading.
var round31a5MonthlyRateKept = []readingCase{
	{qStage, "Founded 2006. Revenue has moved 2-3% a year.", "established"},
	{qStage, "Sales up 40% on last year.", "scaling"},
}

func TestRound31a5MonthlyRate(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31a5MonthlyRate, round31a5MonthlyRateKept)
}
