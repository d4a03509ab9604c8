package conversation

import "testing"

// round26aNoDowntime: downtime told as not to be borne ("zero tolerance
// for downtime", "any outage is a P1", "downtime is not an option") is
// complete reliance on IT. 4 of 6 failed first (3 asked with no option
// offered, 1 between completely and a little).
var round26aNoDowntime = []readingCase{
	{qOps, "We have zero tolerance for downtime.", "high"},
	{qOps, "we can't tolerate any downtime at all", "high"},
	{qOps, "Downtime is not an option for us.", "high"},
	{qOps, "Every outage is a sev 1.", "high"},
	{qOps, "we can't afford even an hour of downtime", "high"},
	{qOps, "no outage is acceptable, the line runs 24/7", "high"},
}

// round26aNoDowntimeKept must keep their reading: downtime borne.
var round26aNoDowntimeKept = []readingCase{
	{qOps, "a bit of downtime wouldn't hurt us", "medium"},
	{qOps, "we can live with a day of downtime", "?"},
	{qOps, "outages happen, we just use paper", "low"},
}

func TestRound26aNoDowntime(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round26aNoDowntime, round26aNoDowntimeKept)
}
