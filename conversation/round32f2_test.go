package conversation

import "testing"

// round32fQuietThenSpeed: a long quiet past ("sleepy for years", "we
// coasted for decades") turned ("then", "but", "now") into speed told
// as a figure ("floored the accelerator", "foot on the gas", "took off",
// "can barely hold on") is scaling: the age is the contrast, not the
// answer. 5 of 6 failed first (4 read the age as established, one asked
// between established and scaling).
var round32fQuietThenSpeed = []readingCase{
	{qStage, "We coasted for decades and now we've got our foot on the gas.", "scaling"},
	{qStage, "Ticked along quietly for fifteen years, then somebody hit the gas.", "scaling"},
	{qStage, "Slow and steady for twenty years, but since the new contract we've floored it.", "scaling"},
	{qStage, "Quiet for ages, then the orders took off and we can barely hold on.", "scaling"},
	{qStage, "A sleepy little firm for thirty years, and now it's like riding a runaway horse.", "scaling"},
	{qStage, "Nothing much happened for a decade, then it went through the roof.", "scaling"},
}

// round32fQuietThenSpeedKept: a long quiet past that stays quiet, and a
// speed denied.
var round32fQuietThenSpeedKept = []readingCase{
	{qStage, "We've coasted along for thirty years and that suits us.", "established"},
	{qStage, "Sleepy for ten years, and still sleepy, thank God.", "~established"},
	{qStage, "Quiet for twenty years, then a bit busier, nothing that took off.", "!scaling"},
}

func TestRound32fQuietThenSpeed(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fQuietThenSpeed, round32fQuietThenSpeedKept)
}

// round32fMostlySound: an opening that grants the systems or data are
// mostly good ("mostly sound", "largely solid", "on the whole
// healthy") and then names a trouble is the middle: the trouble is
// the exception the "mostly" left room for, not the worst. 3 of 6
// failed first (2 asked between pain and some, one read the data's
// "never match" as yes).
var round32fMostlySound = []readingCase{
	{qSystems, "Mostly sound: the booking site and the till don't talk to each other.", "some"},
	{qSystems, "Largely solid, with a creaky hinge or two: the old PC in the back crashes now and then.", "some"},
	{qSystems, "On the whole healthy, though the accounts package is a nightmare at year end.", "some"},
	{qSystems, "Mostly reliable. The Wi-Fi in the barn is hopeless.", "some"},
	{qData, "Mostly sound, but the customer list is riddled with duplicates.", "some"},
	{qData, "Largely in order: the stock counts never match the shop's.", "some"},
}

// round32fMostlySoundKept: a "mostly" of the trouble, and a whole
// verdict with no "mostly".
var round32fMostlySoundKept = []readingCase{
	{qSystems, "Mostly broken, to be honest, nothing talks to anything.", "pain"},
	{qSystems, "Sound as a bell, all of it.", "~fine"},
	{qSystems, "Mostly fine.", "!pain"},
	{qData, "Mostly a mess: three spreadsheets and nobody trusts any of them.", "!no"},
}

func TestRound32fMostlySound(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fMostlySound, round32fMostlySoundKept)
}

// round32fMostlySoundKept2: a grant with nothing wrong after it.
var round32fMostlySoundKept2 = []readingCase{
	{qSystems, "Mostly good, no complaints from anyone really.", "fine"},
	{qSystems, "Generally reliable, everything does what it should.", "fine"},
}

func TestRound32fMostlySoundKept2(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fMostlySoundKept2)
}

// round32fGrowthSpan: a growth from one count to another told with the
// time it took ("from three vans to eleven in about eighteen months")
// is scaling: the span measures the growth, it is no age of the firm.
// 3 of 5 failed first (all asked between startup and scaling).
var round32fGrowthSpan = []readingCase{
	{qStage, "We went from three vans to eleven in about eighteen months.", "scaling"},
	{qStage, "From 4 stylists to 15 in roughly two years, and the waiting list keeps growing.", "scaling"},
	{qStage, "The co-op grew from 30 members to 120 in just under a year.", "scaling"},
	{qStage, "We jumped from two kitchens to seven in around 20 months.", "scaling"},
	{qStage, "We've gone from 6 people to 25 within about a year and a half.", "scaling"},
}

// round32fGrowthSpanKept: an age told beside no growth, and a growth
// too small to be one.
var round32fGrowthSpanKept = []readingCase{
	{qStage, "We opened about eighteen months ago.", "startup"},
	{qStage, "Started in about eighteen months, still getting the lease sorted.", "!scaling"},
	{qStage, "We went from ten staff to eleven in about two years, so steady really.", "!scaling"},
}

func TestRound32fGrowthSpan(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32fGrowthSpan, round32fGrowthSpanKept)
}
