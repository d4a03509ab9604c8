package conversation

import "testing"

// round21aOpsParts are ops answers told by what runs without IT beside
// what runs on it: machines that are mechanical or run on diesel beside
// an office on the computer (the middle; the bottom when the computer is
// one for the invoices), work carried on paper when the network is off
// (the middle), IT that is the product (the top), a computer that broke
// with nobody missing it (the bottom), systems that "matter" beside the
// rest by hand (the middle). 9 of 16 failed first.
var round21aOpsParts = []readingCase{
	{qOps, "the looms are mechanical, but orders and invoices all go through the computer", "medium"},
	{qOps, "our boats run on diesel, bookings and payroll are on the computer", "medium"},
	{qOps, "the crusher is purely mechanical; the weighbridge tickets and billing are on the system", "~medium"},
	{qOps, "the mill runs on diesel and muscle, one laptop in the office for the books", "low"},
	{qOps, "the cranes are hydraulic, the invoices and the customs forms are on the computer", "medium"},
	{qOps, "tills in every branch, but when the internet is off the staff write sales on paper and enter them later", "medium"},
	{qOps, "when the wifi is out we take orders on paper and type them in after", "medium"},
	{qOps, "the platform is what we sell, it's all hosted on AWS, if it's down we have no business", "high"},
	{qOps, "our software is the business, without it there's nothing", "high"},
	{qOps, "the app is our product, everything sits on Google Cloud", "high"},
	{qOps, "the laptop died in spring and honestly no one noticed for weeks", "low"},
	{qOps, "the computer was broken for a month and we didn't miss it", "low"},
	{qOps, "our PC broke at Easter and nobody cared", "low"},
	{qOps, "we have a tablet but it broke and nobody missed it", "low"},
	{qOps, "hmm, the middle. The booking page and the phone matter, the rest we could do on paper", "medium"},
	{qOps, "the till and the card machine matter, the rest we could do by hand", "~medium"},
	// Added later in the round: 2 of 2 failed first, both silently wrong.
	{qOps, "the farm runs on tractors, the office on a PC", "~medium"}, // the Bayes, with blind63-70 learned, asks
	{qOps, "the diggers run on diesel, the invoices on Xero", "medium"},
}

// round21aOpsPartsKept must keep their reading.
var round21aOpsPartsKept = []readingCase{
	{qOps, "everything is on the computer, even the presses are computer controlled", "high"},
	{qOps, "the computer does the emails and the layouts, everything else is chisels and the saw", "low"},
	{qOps, "the system went down last week and we couldn't do anything", "high"},
	{qOps, "the app is not our product, we just use it for bookings", "?"},
}

func TestRound21aOpsParts(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aOpsParts, round21aOpsPartsKept)
}

// round21aAllOnPaper are ops answers where "everything" is kept on
// paper: little reliance, not the "everything" of the top option. 2 of 3
// failed first, both silently wrong.
var round21aAllOnPaper = []readingCase{
	{qOps, "we print everything and file it", "low"},
	{qOps, "everything is printed and filed in folders", "low"},
	{qOps, "all handwritten, kept in the ledger", "low"},
}

// round21aAllOnPaperKept must keep their reading.
var round21aAllOnPaperKept = []readingCase{
	{qOps, "we print everything from the system", "high"},
	{qOps, "the eMAR is everything, if it's down we're on paper and that's when mistakes happen", "~high"},
	{qOps, "every order, every invoice, every delivery note goes through the system", "high"},
}

func TestRound21aAllOnPaper(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21aAllOnPaper, round21aAllOnPaperKept)
}
