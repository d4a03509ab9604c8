package conversation

import "testing"

// round21aThingCounts are size answers that count things or a rate of
// work beside a small headcount, in fresh wordings of other businesses:
// the things ("9,000 bottles a day", "4,000 of our labels", "64 dogs")
// are never the staff, nor a part to add or a season to ask between.
// 6 of 11 failed first.
var round21aThingCounts = []readingCase{
	{qSize, "18 at the brewery, we fill about 5000 kegs a week", "s"},
	{qSize, "we're 6 in the bakery and bake around 1,200 loaves a day", "xs"},
	{qSize, "30 of us in the plant, we ship about 800 pallets a month", "s"},
	{qSize, "14 people, and about 2,500 of our candles in 40 gift shops", "s"},
	{qSize, "nine staff and some 6,000 of our jars in delis across the country", "xs"},
	{qSize, "we are 5 all year, 3 more instructors in summer, and 40 horses", "~xs"},
	{qSize, "12 in the workshop, we repair roughly 300 bikes a month", "s"},
	{qSize, "about 45 on site and we pack 20,000 boxes a week", "s"},
	{qSize, "7 people and 300 beehives", "xs"},
	{qSize, "20 in the kitchen, we serve 600 meals a night", "s"},
	{qSize, "we bake 3000 rolls a day", "?"},
}

// round21aThingCountsKept are nearby size answers the fix must not change.
var round21aThingCountsKept = []readingCase{
	{qSize, "we have 400 drivers and deliver to 20,000 homes", "l"},
	{qSize, "about 35, and we deliver to 2,000 homes", "s"},
	{qSize, "300 pickers at harvest, 20 the rest of the year", "~l"},
	{qSize, "we are 7, and in summer 20 more guides", "~s"},
	{qSize, "120 nurses and 15 in the office", "m"},
	{qSize, "60 of us and 12 of them drivers", "m"},
	{qSize, "four chefs, six waiters and me", "~s"},
}

func TestRound21aThingCounts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aThingCounts, round21aThingCountsKept)
}
