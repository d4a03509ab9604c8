package conversation

import "testing"

// round31bPresentSince: a comparison with the past, then a present told
// in more than one clause ("more than we used to. the line is
// mechanical, but the orders are all on the system now") is read by all
// the present clauses, not the one holding the "now". 4 of 5 failed
// first (2 read high from the last clause alone, 2 asked between medium
// and high).
var round31bPresentSince = []readingCase{
	{qOps, "We use computers far more than ten years ago. The ovens are still manual, but orders and invoicing are all digital now.", "medium"},
	{qOps, "Back then we had nothing. The boats are worked by hand, but sales and the quota paperwork all go through the computer now.", "medium"},
	{qOps, "Ten years ago it was all paper. The vines don't need a computer, but the cellar records and the sales are all in the software now.", "medium"},
	{qOps, "We used to do it all by hand. The welding is still by hand, but the orders and the drawings are on the computer now.", "medium"},
	{qOps, "It's changed since my father's day. The looms are mechanical, but design, stock and dispatch run on the system now.", "medium"},
}

// round31bPresentSinceKept: a present in one clause, either way.
var round31bPresentSinceKept = []readingCase{
	{qOps, "We used to do it all on paper, now everything is on the system", "high"},
	{qOps, "It used to be all paper, now the orders, the stock and the payroll are on the computer and we'd stop without it", "~high"},
	{qOps, "We used to rely on it heavily, now it's just email", "low"},
	{qOps, "We rely on it more than we used to. Everything from orders to payroll is on the system now.", "high"},
}

func TestRound31bPresentSince(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bPresentSince, round31bPresentSinceKept)
}

// round31bReportRejected: an adviser's verdict quoted and thrown out in
// a word or an idiom ("I'm not having it", "rubbish", "I beg to differ")
// is denied, as "we're not" denies it: the other side, or asked between
// the two beyond the verdict. 3 of 5 failed first (one read the quoted
// "fine", two asked offering it).
var round31bReportRejected = []readingCase{
	{qSystems, "My accountant says our systems are fine. Rubbish, the server crashes every week and nobody can find the invoices.", "~pain"},
	{qSystems, "Our IT firm swears everything is in good shape. I don't buy it, the laptops take an age to boot and the shared drive keeps vanishing.", "~pain"},
	{qSystems, "The consultant reckons they're all fine. I'm not having that, the till freezes twice a day.", "~pain"},
	{qSystems, "My son says the computers are great. Nonsense, the printer and the email both play up weekly.", "some"},
	{qSystems, "The software supplier insists it works well. I beg to differ, we lose bookings every month.", "~pain"},
}

// round31bReportRejectedKept: a verdict quoted and agreed with, and the
// worst quoted and thrown out.
var round31bReportRejectedKept = []readingCase{
	{qSystems, "The IT contractor says they're fine, and I agree.", "fine"},
	{qSystems, "My accountant says our systems are fine. She's right, nothing has gone wrong in years.", "fine"},
	{qSystems, "My nephew thinks it's a disaster. Rubbish, it's a couple of small niggles.", "some"},
	{qSystems, "The IT firm swears they're fine and honestly they are.", "fine"},
}

func TestRound31bReportRejected(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bReportRejected, round31bReportRejectedKept)
}

// round31bWorseTrouble: a trouble topped by a worse one ("the card
// reader freezes, but that's not the worst, the booking system is from
// 2008") is not fine, and the worst the rules read of it stands against
// the model's middle. 2 of 9 failed first (one asked offering fine, one
// asked between the worst the rules read and the model's middle).
var round31bWorseTrouble = []readingCase{
	{qSystems, "the printer jams daily but that's not the worst of it, the accounts package loses entries", "~pain"},
	{qSystems, "our email keeps bouncing, and worse, the backups haven't run since spring", "pain"},
	{qSystems, "the wifi drops out all the time. Even worse, the stock database corrupts itself", "pain"},
	{qSystems, "the phones are flaky, and that's not even the worst, the server is 15 years old", "pain"},
	{qSystems, "the laptops are slow, worse still the payroll software crashes at month end", "pain"},
	{qSystems, "the card reader freezes, but that's not the worst, the booking system is from 2008", "~pain"},
	{qSystems, "the website is clunky, but it's not even the worst, our server has no backups", "pain"},
	{qSystems, "the scanner is temperamental, and what's worse, the accounts package corrupts itself every few weeks", "~pain"},
	{qData, "the spreadsheets are messy, but that's not the worst of it, client files are scattered over four laptops and nobody knows which is current", "yes"},
}

// round31bWorseTroubleKept: the worst that is small, a trouble coped
// with, the ends both denied, a later trouble that reads the middle.
var round31bWorseTroubleKept = []readingCase{
	{qSystems, "the worst of it is the printer jamming now and then", "some"},
	{qSystems, "the printer jams, otherwise fine", "some"},
	{qSystems, "the till crashes, but it's not the worst, we cope fine", "some"},
	{qSystems, "not the worst, not the best, a few things to fix", "~some"},
	{qData, "the customer list has duplicates, but that's not the worst, half the invoices are in someone's personal email", "~yes"},
}

func TestRound31bWorseTrouble(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bWorseTrouble, round31bWorseTroubleKept)
}

// round31bYesThenTroubles: a bare "Yes." to the systems or data question,
// whose worst option's label opens on the yes, then troubles whose words
// alone read the middle (a duplicate, a mismatch) is that option. 5 of 6
// failed first (2 read some, 3 asked between some and the yes).
var round31bYesThenTroubles = []readingCase{
	{qData, "Yes. Supplier codes are duplicated across the two warehouses and the stock reports don't match.", "yes"},
	{qData, "Yeah, the invoices and the job sheets don't match and it takes Dave a week to square them.", "yes"},
	{qData, "Yes, headaches with the new privacy rules and the membership list lives in four places.", "yes"},
	{qSystems, "Yes. The laptops are shared, the logins are shared and the accounts package isn't connected to anything.", "~pain"},
	{qSystems, "Yes, the rota tool and payroll don't match and everyone keeps their own copy of the timesheets.", "pain"},
	{qData, "Yep. Half the contracts are still on paper and we can't answer an audit request without a week's digging.", "yes"},
}

// round31bYesThenTroublesKept: a yes with a lesser degree, a contrast, or
// both ways.
var round31bYesThenTroublesKept = []readingCase{
	{qData, "Yes, a few duplicates, nothing serious.", "some"},
	{qData, "Yeah, a bit. The odd duplicate in the CRM.", "some"},
	{qSystems, "Yes and no. The tills are fine, the back office is spreadsheets.", "some"},
	{qSystems, "Yes, but nothing urgent, a couple of old PCs.", "~some"},
	{qSystems, "Yes. Mostly small stuff, the printer and the wifi.", "~some"},
	{qData, "Yes. Some of the old job files are on a USB stick.", "!yes"},
}

func TestRound31bYesThenTroubles(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bYesThenTroubles, round31bYesThenTroublesKept)
}

// round31bALot: on the ops question a bare "a lot" is the middle, whose
// label is "Quite a lot", not the top an intensifier alone reads. 5 of 5
// failed first (all read the top by the rules, asked by the model's
// veto).
var round31bALot = []readingCase{
	{qOps, "a lot, really", "medium"},
	{qOps, "We use it a lot.", "medium"},
	{qOps, "the quotes and invoices go through the software, so a lot", "medium"},
	{qOps, "I'd say a lot, yeah", "medium"},
	{qOps, "we lean on it a lot these days", "medium"},
}

// round31bALotKept: a lot beside the top's own words, little, and the
// top's intensifiers.
var round31bALotKept = []readingCase{
	{qOps, "a lot, our whole business is online", "high"},
	{qOps, "a lot, we can't trade without it", "high"},
	{qOps, "not a lot", "low"},
	{qOps, "quite a lot", "medium"},
	{qOps, "very heavily", "high"},
	{qOps, "a lot of our work is on paper still", "!high"},
}

func TestRound31bALot(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bALot, round31bALotKept)
}

// round31bGoodPart: "a good part", "a good chunk", "a good bit" of the
// work is the middle; "a good part of our sales are online" counts
// things, no degree. 1 of 5 failed first (asked between the middle and
// the top); the rules alone read nothing of 3, the model did (the
// labelled "A good part. ..." rows were read little by the rules).
var round31bGoodPart = []readingCase{
	{qOps, "A good part of the work, the invoicing and the scheduling mostly.", "medium"},
	{qOps, "a good chunk, the orders come in by email and the accounts are online", "medium"},
	{qOps, "A good bit. If the till goes down we take cash and write it in a book.", "medium"},
	{qOps, "A good part. The vans are booked on paper, but the invoices all go through Xero.", "medium"},
	{qOps, "a good bit, online orders", "medium"},
}

// round31bGoodPartKept: a share of things beside the top's words.
var round31bGoodPartKept = []readingCase{
	{qOps, "a good part of our sales are online and if the site dies we can't trade", "high"},
	{qOps, "a lot of our work is on paper still", "!high"},
}

func TestRound31bGoodPart(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bGoodPart, round31bGoodPartKept)
}

// round31bFallsOver: a system that "falls over" is a trouble, and "the
// rough bit" a pain point beside parts that work. 1 of 5 failed first
// (asked between the worst and the middle).
var round31bFallsOver = []readingCase{
	{qSystems, "The payroll side is the rough bit, the rest runs well.", "some"},
	{qSystems, "our booking page falls over every time we run a sale", "pain"},
	{qSystems, "the network fell over three times this month and nobody knows why", "pain"},
	{qSystems, "the server falls over about once a week", "pain"},
	{qSystems, "the card machines are sound; the stock app is the rough bit", "some"},
}

// round31bFallsOverKept: a fall told in the past and fixed, and none.
var round31bFallsOverKept = []readingCase{
	{qSystems, "nothing ever falls over", "fine"},
	{qSystems, "the old server fell over every week, but the new setup went in last year and it's been sweet", "!pain"},
}

func TestRound31bFallsOver(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bFallsOver, round31bFallsOverKept)
}

// round31bOneNamedPlace: data kept in one named container ("in the one
// Shopify account", "in one Google sheet") is under control, as in one
// spreadsheet. 1 of 4 failed first through the engine (asked offering
// the worst); the rules alone read 3 of 4 as the worst or not at all.
var round31bOneNamedPlace = []readingCase{
	{qData, "everything lives in the one Shopify account", "no"},
	{qData, "all our customers are in one Google sheet", "no"},
	{qData, "the bookings are in one Square account and that's it", "no"},
	{qData, "all in one Xero file, tidy", "no"},
}

// round31bOneNamedPlaceKept: one place beside others, or one place whose
// figures are not trusted.
var round31bOneNamedPlaceKept = []readingCase{
	{qData, "in one notebook and on scraps of paper", "!no"},
	{qData, "customers in the one Shopify account, suppliers in three spreadsheets and a drawer", "!no"},
	{qData, "one Google sheet per shop, and they never match", "!no"},
	{qData, "we have one Xero account but nobody trusts the figures", "!no"},
}

func TestRound31bOneNamedPlace(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31bOneNamedPlace, round31bOneNamedPlaceKept)
	checkReadings(t, rulesReading, false, round31bOneNamedPlace, round31bOneNamedPlaceKept)
}
