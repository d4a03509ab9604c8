package conversation

import "testing"

// round28aSaleDate: a shopping date written day.month before a sale
// ("the 11.11 sale", "the 12.12 campaign") is no count of staff.
// 3 of 5 failed first (all read the date as eleven or more staff).
var round28aSaleDate = []readingCase{
	{qSize, "only me and my sister, we add two helpers for the 12.12 campaign", "xs"},
	{qSize, "me alone most of the year, the 11.11 rush means a part-timer", "xs"},
	{qSize, "3 of us, plus a temp around the 10.10 mega sale", "xs"},
	{qSize, "just me. I take on a packer for the 9.9 sale", "xs"},
	{qSize, "two of us, and a friend helps out on the 12.12 promo", "xs"},
}

// round28aSaleDateKept: a decimal count of staff stays a count.
var round28aSaleDateKept = []readingCase{
	{qSize, "about 2.5 fte", "xs"},
	{qSize, "we're 12.5 people in FTE terms", "s"},
	{qSize, "around 1.5k staff", "l"},
}

func TestRound28aSaleDate(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28aSaleDate, round28aSaleDateKept)
}

// round28aTheOtherFine: one trouble named, then "the other data is
// okay" or "the remaining files are fine": the trouble is the
// exception to the rest, some. 4 of 5 failed first (3 read the rest's
// verdict as the whole's, 1 asked between no and some).
var round28aTheOtherFine = []readingCase{
	{qData, "minor challenges, especially in the warehouse files. The other data is fine.", "some"},
	{qData, "Some difficulties with the export paperwork. The remaining data is well organised.", "some"},
	{qData, "a few problems with the payroll records. the other files are okay", "some"},
	{qData, "challenges with the lab results mostly. The others are in order.", "some"},
	{qSystems, "the booking tool is a bit slow. the other systems are fine", "some"},
}

// round28aTheOtherFineKept: "the other" with no trouble before it, or a
// trouble told beside it.
var round28aTheOtherFineKept = []readingCase{
	{qData, "no challenges at all, the data is fine", "no"},
	{qData, "it's a mess. the other branch is even worse", "yes"},
	{qData, "a mess, the other sites too", "~yes"}, // the Bayes, with blind63-70 learned, asks
}

func TestRound28aTheOtherFine(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28aTheOtherFine, round28aTheOtherFineKept)
}

// round28aStaffAges: the staff's ages told beside their number ("5, all
// under 30", "8, the oldest is 35") count no one. 4 of 6 failed first
// (all read the age as the headcount).
var round28aStaffAges = []readingCase{
	{qSize, "5, all under 30", "xs"},
	{qSize, "all under 25, so about 7 of us", "xs"},
	{qSize, "8, the oldest is 35", "xs"},
	{qSize, "7, the youngest is 19 and the oldest 31", "xs"},
	{qSize, "six of us, average age 24", "xs"},
	{qSize, "4 people, everyone aged 20 to 28", "xs"},
}

// round28aStaffAgesKept: a bound of the count itself, and ages with a
// count past ten.
var round28aStaffAgesKept = []readingCase{
	{qSize, "under 25 people", "s"},
	{qSize, "we're a team of 40, none over 35", "s"},
	{qSize, "12 staff, mostly in their 20s", "s"},
}

func TestRound28aStaffAges(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28aStaffAges, round28aStaffAgesKept)
}

// round28aParentCount: a parent firm's or group's headcount told beside
// the firm's own ("60 of us here, the parent company has 4,000") is not
// the firm's. 4 of 5 failed first (all read the parent's count).
var round28aParentCount = []readingCase{
	{qSize, "about 60 of us here, the parent company has 4,000", "m"},
	{qSize, "35 in our subsidiary, the mother company is 1200 people", "s"},
	{qSize, "our branch is 18 people, the whole group around 500", "s"},
	{qSize, "we employ 90, the holding employs some 3,000", "m"},
	{qSize, "70 people. the parent is much bigger, 20,000 worldwide", "m"},
}

// round28aParentCountKept: the group's count alone, or "our group", the
// firm itself.
var round28aParentCountKept = []readingCase{
	{qSize, "the group has 3,000 staff, we're the biggest company in it", "l"},
	{qSize, "our group is 300 people across 3 hotels", "l"},
	{qSize, "we're 25 people; the group employs over 2,000 worldwide", "s"},
}

func TestRound28aParentCount(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28aParentCount, round28aParentCountKept)
}

// round28aSalesOffline: a web presence named, then most of the selling
// off the computer ("an online shop, but 80% of our takings are cash at
// the market"): little reliance. 4 of 5 failed first (2 read high, 1
// medium, 1 asked between medium and low).
var round28aSalesOffline = []readingCase{
	{qOps, "we have an online shop but 80% of our takings are cash at the market", "low"},
	{qOps, "website exists, but most sales, like 95%, happen face to face at fairs", "~low"},
	{qOps, "there's an instagram page but almost all sales are in person, cash", "low"},
	{qOps, "we've got a web store, but honestly 85% of the business is cash at craft fairs", "low"},
	{qOps, "maybe 10% online, the rest is cash at the stall", "low"},
}

// round28aSalesOfflineKept: most sales online, or the cash share beside
// a firm that stops without its system.
var round28aSalesOfflineKept = []readingCase{
	{qOps, "90% of our sales come through the website", "high"},
	{qOps, "80% of sales are cash, but we can't work without the till system", "high"},
	{qOps, "about 70% of orders come by phone, we write them in a book", "low"},
}

func TestRound28aSalesOffline(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28aSalesOffline, round28aSalesOfflineKept)
}

// round28aComputerKeptInOffice: the trade by hand and the computer kept
// in the office ("the PC stays in the office for the orders"): the
// computer a side, little reliance. 3 of 5 failed first (2 asked between
// medium and low, 1 read medium).
var round28aComputerKeptInOffice = []readingCase{
	{qOps, "Few. the carpenters work by hand, the laptop stays in the office for quotes", "low"},
	{qOps, "little, the tailors sew by hand and the computer sits in the back office for the invoices", "low"},
	{qOps, "the bread is made by hand, the PC stays in the office for the orders", "low"},
	{qOps, "the weaving is manual, our two computers stay in the office for the accounts", "~low"},
	{qOps, "the masons cut stone by hand, the laptop lives in the site office for the quotes", "low"},
}

// round28aComputerKeptInOfficeKept: the office computer the work runs
// through, or machines on software beside it.
var round28aComputerKeptInOfficeKept = []readingCase{
	{qOps, "the laptop stays in the office, but every order and every delivery runs through it", "high"},
	{qOps, "the machines run on software, the laptop stays in the office", "~high"},
}

func TestRound28aComputerKeptInOffice(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28aComputerKeptInOffice, round28aComputerKeptInOfficeKept)
}

// round28aReportedButActually: another's view reported, then in the same
// sentence "but actually" the owner's own ("my father says it runs, so
// it's fine, but really the server crashes every month"): the owner's
// words answer alone. A shared reading (every question). 4 of 6 failed
// first (3 asked between the report's end and the owner's, 1 between
// some and no).
var round28aReportedButActually = []readingCase{
	{qSystems, "my father says \"it runs, so it's fine\", but really the server crashes every month and we lose bookings", "pain"},
	{qSystems, "My partner thinks everything is okay, but in reality the ERP freezes daily and orders get lost", "pain"},
	{qSystems, "according to our IT guy it all works, but honestly the system goes down every week and customers leave", "pain"},
	{qSystems, "management says \"no problem\", but the truth is the network crashes twice a week and we lose work", "pain"},
	{qData, "my accountant says our data is fine, but actually it's duplicated everywhere", "yes"},
	{qSecurity, "my wife thinks we're a target, but honestly who would hack a bakery", "low"},
}

// round28aReportedButActuallyKept: a report the owner agrees with, or
// denies in a sentence of its own.
var round28aReportedButActuallyKept = []readingCase{
	{qSystems, "my dad says it's fine and he's right, it works", "fine"},
	{qSystems, "the boss says they're fine. actually the till crashes every Saturday and we lose sales", "pain"},
}

func TestRound28aReportedButActually(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28aReportedButActually, round28aReportedButActuallyKept)
}

// round28aBackupsDoubted: systems told working beside backups no one has
// checked ("they run, but nobody has ever tested the backups"): one pain
// point doubted, some, not fine; the model's doubt between some and fine
// is fair. 5 of 5 failed first (3 read fine, 1 asked between fine and
// pain, 1 asked at all).
var round28aBackupsDoubted = []readingCase{
	{qSystems, "they run, but nobody has ever tested the backups", "some"},
	{qSystems, "it works, though I'm not sure the backups have ever been checked", "~some"},
	{qSystems, "fine day to day, but no one knows if the backups actually work", "some"},
	{qSystems, "they work. the updates are done without telling us and I doubt the backups were ever tested", "some"},
	{qSystems, "all good really, no idea whether the backup would restore", "some"},
}

// round28aBackupsDoubtedKept: backups checked, or doubted beside a
// failure told.
var round28aBackupsDoubtedKept = []readingCase{
	{qSystems, "they work, and the backups are tested every month", "fine"},
	{qSystems, "the server crashes weekly and nobody has tested the backups", "pain"},
	{qSystems, "no backups at all, it's a mess", "pain"},
}

func TestRound28aBackupsDoubted(t *testing.T) {
	checkRulesThenEngine(t, round28aBackupsDoubted, round28aBackupsDoubtedKept)
}
