package conversation

import "testing"

// Fixes made after the round's three branches were merged, each with
// fresh wordings written first; the counts are of the merged code before
// the fix.

// round21LeadNumberCountsPeople: a number after a place noun names the
// place ("opening park eight") unless people are counted after it. 2 of
// 4 failed first (one silently wrong: 1–10 people).
var round21LeadNumberCountsPeople = []readingCase{
	{qSize, "not a big shop, 14 techs, 3 in the office, and me", "s"},
	{qSize, "a small garage, 12 fitters", "s"},
	{qSize, "small office, 18 people in all", "s"},
	{qSize, "one warehouse, 30 pickers, plus the office", "s"},
}

// round21LeadNumberCountsPeopleKept must keep their reading.
var round21LeadNumberCountsPeopleKept = []readingCase{
	{qSize, "me and my wife, we're opening shop two next spring", "xs"},
}

// round21LeadMachineOffIT: a machine "purely" or "entirely" mechanical
// beside office work on a system is the middle, not the whole trade by
// hand. 3 of 3 failed first (two silently wrong: completely).
var round21LeadMachineOffIT = []readingCase{
	{qOps, "the crusher is purely mechanical; the weighbridge tickets and billing are on the system", "medium"},
	{qOps, "the looms are entirely mechanical, the orders and invoicing run through the system", "~medium"}, // the models, with blind71-76 learned, ask
	{qOps, "the boats are all diesel and muscle; bookings and payroll are on the system", "medium"},
}

// round21LeadMachineOffITKept must keep their reading.
var round21LeadMachineOffITKept = []readingCase{
	{qOps, "everything is on the system, even the presses are computer controlled", "high"},
	{qOps, "the brewing is all manual, the PC is only for Xero", "low"},
}

// round21LeadMoneyScarce: money owed, or "little" money without its
// article, is no budget. 4 of 5 failed first (three silently wrong: yes
// or maybe).
var round21LeadMoneyScarce = []readingCase{
	{qBudget, "we owe the bank a lot of money", "~no"},
	{qBudget, "we still owe our suppliers quite a bit of money", "~no"},
	{qBudget, "there's little cash for anything like that", "~no"},
	{qBudget, "we have little money for this", "~no"},
	{qBudget, "little funding left after the new kiln", "~no"},
}

// round21LeadMoneyScarceKept must keep their reading.
var round21LeadMoneyScarceKept = []readingCase{
	{qBudget, "we have the money for it", "yes"},
	{qBudget, "we have a little money put aside for it", "~maybe"},
}

// round21LeadDuty: a degree of worry or reliance told against what it
// should be. 1 of 3 failed first (asked between the strongest option
// and the middle).
var round21LeadDuty = []readingCase{
	{qSecurity, "less than I really ought to be", "~low"},
	{qSecurity, "honestly less than we should be", "~low"},
	{qSecurity, "more than I probably need to", "~high"},
}

func TestRound21Lead(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21LeadNumberCountsPeople, round21LeadNumberCountsPeopleKept,
		round21LeadMachineOffIT, round21LeadMachineOffITKept, round21LeadMoneyScarce, round21LeadMoneyScarceKept,
		round21LeadDuty)
}
