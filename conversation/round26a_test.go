package conversation

import "testing"

// round26aMoneyNoHeadcount: a sum of money told beside the team ("ARR is
// €400k", "turnover about 90k", "we raised $2m") counts no people: a
// currency sign, a currency word after it or an income word before it
// makes it money. 2 of 6 failed first (both read more than 250).
var round26aMoneyNoHeadcount = []readingCase{
	{qSize, "Just myself and my business partner; ARR about 90k.", "xs"},
	{qSize, "Me and one developer. MRR is $12k, growing.", "xs"},
	{qSize, "We're 14. Revenue last year was £800k.", "s"},
	{qSize, "Six people, turnover around 350k euros", "xs"},
	{qSize, "It's me and my wife. Sales are about ₹40 lakh a year.", "xs"},
	{qSize, "Three founders, we raised €600k in the pre-seed.", "xs"},
}

// round26aMoneyNoHeadcountKept must keep their reading: a headcount told
// in thousands, and money beside a plain count.
var round26aMoneyNoHeadcountKept = []readingCase{
	{qSize, "about 2k staff across the group", "l"},
	{qSize, "1.5k employees", "l"},
	{qSize, "45 staff, turnover €3m", "s"},
	{qSize, "Three of us. Turnover last year was £250k.", "xs"},
	{qSize, "me and my co-founder", "xs"},
}

func TestRound26aMoneyNoHeadcount(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aMoneyNoHeadcount, round26aMoneyNoHeadcountKept)
}

// round26aVendorPeople: a count of staff, then a group the next sentence
// calls a vendor, an agency or a supplier ("Dev team is an agency in
// Kraków, 20 people, but they're a vendor"): the vendor's people are not
// staff, whatever people word they carry. 4 of 5 failed first (all read
// the vendor's count).
var round26aVendorPeople = []readingCase{
	{qSize, "Nine staff. Our IT is a supplier in Leeds, about 15 people, but they're external.", "xs"},
	{qSize, "We're 6. Customer support is outsourced to a call centre, 40 people.", "xs"},
	{qSize, "11 employees. The app is built by a studio in Porto, 60 developers, they're a vendor.", "s"},
	{qSize, "4 FTE. The warehouse is a 3PL with 60 people, that's a supplier.", "xs"},
	{qSize, "Around 30 of us. Cleaning and security are a contractor, 70 or so people.", "s"},
}

// round26aVendorPeopleKept must keep their reading: the firm calling
// itself an agency, and a group told as the firm's own.
var round26aVendorPeopleKept = []readingCase{
	{qSize, "15 people. We're a design agency.", "s"},
	{qSize, "We are an agency of 40 people.", "s"},
	{qSize, "25 staff. The vendor visits twice a year.", "s"},
	{qSize, "Eight of us. Our accountant is a supplier too.", "xs"},
	{qSize, "Six. The cleaners who come at night are not ours, they're from a contractor.", "xs"},
}

func TestRound26aVendorPeople(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aVendorPeople, round26aVendorPeopleKept)
}

// round26aPlaceThenCount: a headcount listed place by place with the
// number after the place ("office 8, warehouse 19, drivers 6") adds up
// as "8 in the office, 19 in the warehouse" does: "Office 8" is no
// product and "warehouse 19" no site's name in such a list. 3 of 5 failed first (2 read 1–10 from one
// place, 1 asked between two).
var round26aPlaceThenCount = []readingCase{
	{qSize, "Shop 6, office 3, bakery 14.", "s"},
	{qSize, "Office 12, factory 40, drivers 5", "m"},
	{qSize, "warehouse 30, office 9, sales reps 7", "s"},
	{qSize, "Kitchen 11, office 2. That's everyone.", "s"},
	{qSize, "Head office 20, store 35, delivery 10, all on payroll", "m"},
}

// round26aPlaceThenCountKept must keep their reading: a product's or a
// site's name beside a plain count, and a list told as a range.
var round26aPlaceThenCountKept = []readingCase{
	{qSize, "we use Office 365, about 25 staff", "s"},
	{qSize, "store seven opens in June, we're 40 now", "s"},
	{qSize, "kitchen 12, front of house 9, management 3", "s"},
	{qSize, "warehouse 19, office 8", "s"},
	{qSize, "8 in the office, 19 in the warehouse, 6 delivery boys", "s"},
}

func TestRound26aPlaceThenCount(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aPlaceThenCount, round26aPlaceThenCountKept)
}

// round26aPastCount: a count told as the past ("earlier we were 18",
// "was 320 before the layoffs") beside today's is not today's headcount;
// "two X and me" is three. 5 of 6 failed first (2 read the past count,
// 3 asked between it and today's).
var round26aPastCount = []readingCase{
	{qSize, "My brother and me. Earlier we were 15, but we closed the factory.", "xs"},
	{qSize, "Three cooks and me. Previously we had 25 staff when we ran two restaurants.", "xs"},
	{qSize, "About 60 now. Was 140 before the recession.", "m"},
	{qSize, "Around 200. We were 320 until the layoffs last year.", "m"},
	{qSize, "Two drivers and me. Once we were 30.", "xs"},
	{qSize, "Just 9. Formerly we had 40 people on the farm.", "xs"},
}

// round26aPastCountKept must keep their reading: a past count with no
// other, and a count grown since.
var round26aPastCountKept = []readingCase{
	{qSize, "we were 45 at christmas", "s"},
	{qSize, "we were 10 people, now we are 60", "m"},
	{qSize, "We were 5 when we started, 60 now", "m"},
	{qSize, "two cooks and me", "xs"},
	{qSize, "Earlier we were 18, now two counter girls and me.", "xs"},
}

func TestRound26aPastCount(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aPastCount, round26aPastCountKept)
}

// round26aWrittenDown: everything written down by hand ("we write
// everything down in a book") is kept on paper, as "printed and filed"
// is: the "down" is the pen's, not a system gone down. 4 of 5 failed
// first (3 read completely, 1 quite a lot).
var round26aWrittenDown = []readingCase{
	{qOps, "we write everything down in a book", "low"},
	{qOps, "everything is written down in the ledger", "low"},
	{qOps, "We write it all down on paper and file it.", "low"},
	{qOps, "everything gets jotted down in a notebook", "low"},
	{qOps, "All of it is written down by hand, in the order book.", "low"},
}

// round26aWrittenDownKept must keep their reading: a system that goes
// down stops everything.
var round26aWrittenDownKept = []readingCase{
	{qOps, "the system goes down and everything stops", "high"},
	{qOps, "if the till goes down, everything stops", "high"},
	{qOps, "we print everything from the system", "high"},
}

func TestRound26aWrittenDown(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aWrittenDown, round26aWrittenDownKept)
}

// round26aWeighedElsewhere: the engine keeps a rule reading the model
// doubts from words the rules placed elsewhere: a data problem denied
// for another kind ("we haven't got a records problem, we've got a cash
// problem": the model reads the problem), and everything kept on paper
// ("everything is filed in folders": the model reads "everything").
// 5 of 8 failed first (4 asked between the rules' reading and the
// model's, 1 read some from "Our problem is the landlord." alone).
var round26aWeighedElsewhere = []readingCase{
	{qData, "we haven't got a records problem, we've got a cash problem", "no"},
	{qData, "our records are ok, the issue is late payers", "no"},
	{qData, "the numbers are fine, the problem is getting staff", "no"},
	{qData, "No data problem. Our problem is the landlord.", "no"},
	{qOps, "everything is filed in folders", "low"},
	{qOps, "everything printed, everything filed", "low"},
	{qOps, "we print all of it and file it in folders", "low"},
	{qOps, "everything is handwritten and filed in boxes", "low"},
}

// round26aWeighedElsewhereKept must keep their reading: a data problem
// owned after another denied, and everything on a system.
var round26aWeighedElsewhereKept = []readingCase{
	{qData, "we don't have a cash problem, we have a data problem", "~yes"},
	{qData, "the data is fine, the problem is the records never match", "some"},
	{qOps, "everything is on the computer", "high"},
	{qOps, "every order goes through the system", "high"},
}

func TestRound26aWeighedElsewhere(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round26aWeighedElsewhere, round26aWeighedElsewhereKept)
}

// round26aApartAtOdds: records kept in several systems that do not agree,
// told plainly ("Customer records, gold savings accounts and stock are in
// separate systems and they don't match"), are a real problem; softened
// ("sometimes", "a bit", "somewhat") they are some. 5 of 5 failed first
// (1 read some silently, 3 asked between some and yes, 1 between no and
// some).
var round26aApartAtOdds = []readingCase{
	{qData, "Orders, invoices and stock live in three systems and they don't match.", "yes"},
	{qData, "the CRM and the accounts are separate and the numbers don't match", "~yes"}, // the model doubts it
	{qData, "bookings and payments are in separate systems, and they don't tally", "yes"},
	{qData, "patient records and billing are in two different systems that don't match up", "yes"},
	{qData, "Our stock is in one system, sales in another, and they do not agree.", "yes"},
}

// round26aApartAtOddsKept must keep their reading: the disagreement
// softened, or no systems told apart.
var round26aApartAtOddsKept = []readingCase{
	{qData, "customer details are in two places and sometimes they don't match", "some"},
	{qData, "A little. Clients are in the CRM and in Excel, and they don't match.", "some"},
	{qData, "stock is in two systems that don't match now and then", "some"},
	{qData, "they don't match", "some"},
	{qData, "we have two systems and they match fine", "no"},
	{qData, "orders are in two systems that don't quite agree", "~some"},
}

func TestRound26aApartAtOdds(t *testing.T) {
	checkRulesThenEngine(t, round26aApartAtOdds, round26aApartAtOddsKept)
}

// round26aLittleThenStillByHand: a little told first, then a part still
// done by hand ("hardly, we still do the books by hand"): the hand work
// confirms the little, as no computer is named before it; "the till is
// on computers, but a match can still be played on paper" is the middle.
// 3 of 5 failed first (all read quite a lot).
var round26aLittleThenStillByHand = []readingCase{
	{qOps, "hardly, we still do the books by hand", "low"},
	{qOps, "Hardly anything. We still do the books by hand.", "low"},
	{qOps, "Barely anything. The orders are still written in a notebook.", "low"},
	{qOps, "very little, the orders still go in the diary", "low"},
	{qOps, "Not a lot. My wife still keeps the bookings on paper.", "low"},
}

// round26aLittleThenStillByHandKept must keep their reading: computers
// named before the hand work.
var round26aLittleThenStillByHandKept = []readingCase{
	{qOps, "the till is on computers, but a match can be played on paper", "~medium"},
	{qOps, "the bookings are online, but we could still do them by hand", "medium"},
	{qOps, "we could run it by hand", "low"},
}

func TestRound26aLittleThenStillByHand(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aLittleThenStillByHand, round26aLittleThenStillByHandKept)
}

// round26aSomeSystem: "some" before a system's noun after a whole told
// ("every process goes through some system", "everything runs on some
// software") is "the" system, no degree: the whole stands, or the
// model weighs it. Through the engine, 2 of 5 failed first (read quite a
// lot silently; the other 3 asked between quite a lot and completely).
var round26aSomeSystem = []readingCase{
	{qOps, "everything runs on some software", "high"},
	{qOps, "each job passes through some kind of system", "high"},
	{qOps, "Every booking goes through some app.", "~high"},
	{qOps, "all our orders end up in some system or other", "high"}, // the rules know no "end up in"; both models read it
	{qOps, "every invoice and every delivery is on some platform", "~high"},
}

// round26aSomeSystemKept must keep their reading: "some" as a share, or
// with no whole told.
var round26aSomeSystemKept = []readingCase{
	{qOps, "we use some software", "medium"},
	{qOps, "some of it", "medium"},
	{qOps, "some things are on the computer", "medium"},
	{qOps, "Completely, every order goes through some app or other.", "high"},
}

func TestRound26aSomeSystem(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round26aSomeSystem, round26aSomeSystemKept)
}

// round26aMuchButNotWhole: much use told by an adverb and the whole
// denied after it ("Significantly, but not totally", "heavily, but not
// completely") is quite a lot, as "a lot, but not for everything" is.
// 4 of 5 failed first (1 read a little, 3 asked between two others or
// the middle and completely).
var round26aMuchButNotWhole = []readingCase{
	{qOps, "heavily, but not completely", "medium"},
	{qOps, "Largely. But not entirely.", "medium"},
	{qOps, "substantially, though not fully", "medium"},
	{qOps, "We rely on it heavily but not totally.", "medium"},
	{qOps, "a lot, but not totally", "medium"},
}

// round26aMuchButNotWholeKept must keep their reading: the adverb
// denied, or the whole not denied.
var round26aMuchButNotWholeKept = []readingCase{
	{qOps, "heavily", "high"},
	{qOps, "not heavily, no", "~low"},
	{qOps, "we use it a lot, but not for everything", "medium"},
	{qOps, "completely", "high"},
}

func TestRound26aMuchButNotWhole(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aMuchButNotWhole, round26aMuchButNotWholeKept)
}

// round26aListThenAll: parts of the work listed and then summed up with
// "all" ("Trade counter, stock, van deliveries, all on the computer"):
// the listed parts are what "all" covers, their words ("van", "trade")
// no reading of their own. 3 of 5 failed first (all read quite a lot).
var round26aListThenAll = []readingCase{
	{qOps, "Trade counter, stock, van deliveries, all on the computer.", "high"},
	{qOps, "The till, the stock, the van rounds, all on the system.", "high"},
	{qOps, "Bookings, billing, stock, all on the computer.", "high"},
	{qOps, "Quotes, jobs, the van schedule: all of it on the app.", "high"},
	{qSystems, "The tills, the website, the booking app, all fine.", "fine"},
}

// round26aListThenAllKept must keep their reading: a list with no
// "all", and "all" that sums up a part.
var round26aListThenAllKept = []readingCase{
	{qOps, "email, a spreadsheet and the van", "low"},
	{qOps, "orders, stock, invoices, all on the computer. If it goes down we stop.", "high"},
	{qSystems, "the tills, the website, all slow", "pain"},
}

func TestRound26aListThenAll(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aListThenAll, round26aListThenAllKept)
}

// round26aEverythingListedOnly: "everything" heading a list of the work
// ("Everything, billing, stock, accounts, is on the computer only") is
// the whole on the system, the "only" its emphasis: the list head is no
// "all manual" clause. 4 of 4 failed first (all read a little).
var round26aEverythingListedOnly = []readingCase{
	{qOps, "Everything, billing, stock, accounts, is on the computer only.", "high"},
	{qOps, "Since last year everything, bookings, invoices, payroll, goes through the software only.", "high"},
	{qOps, "everything, orders, deliveries, cash, on the system only", "high"},
	{qOps, "Everything, from orders to payments, runs on the computer only.", "high"},
}

// round26aEverythingListedOnlyKept must keep their reading: the trade
// all by hand beside a computer only for a side.
var round26aEverythingListedOnlyKept = []readingCase{
	{qOps, "the brewing is all manual, the PC is only for Xero", "low"},
	{qOps, "we use the computer for billing only, everything else is by hand", "low"},
}

func TestRound26aEverythingListedOnly(t *testing.T) {
	checkReadings(t, rulesReading, false, round26aEverythingListedOnly, round26aEverythingListedOnlyKept)
}
