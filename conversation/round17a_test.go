package conversation

import "testing"

// round17aHeadcounts are the size classes blind sets 23 and 24 read
// wrongly, in fresh wordings of other businesses, read by the rules and
// the doubt alone. "~v" wants v or a re-ask with v in it.
var round17aHeadcounts = []readingCase{
	// A bare number word is a count of people as much as an option
	// number: asked, never taken as the top option.
	// 3 of 3 failed first.
	{qSize, "Three.", "~xs"},
	{qSize, "four", "~xs"},
	{qSize, "Two!", "~xs"},
	// People the firm pays, serves or works for are not its staff when
	// it has told its own count.
	// 4 of 4 failed first.
	{qSize, "We are 12 in the bureau and we pay 9,000 people a month for the councils", "s"},
	{qSize, "the team is 30, we handle the payroll for around 15,000 people", "s"},
	{qSize, "We are 60 staff and we cater for 5,000 people a day at the stadium", "m"},
	{qSize, "we're 7, we process invoices for about 3,000 people", "xs"},
	// A group that does the work "for us", not working for us, supplies
	// the firm.
	// 3 of 3 failed first.
	{qSize, "We are 6 at the dairy, but 400 households bring milk for us every morning", "xs"},
	{qSize, "we are 15 in the roastery and 2,000 families grow the beans for us", "s"},
	{qSize, "We are 9, and around 350 villagers knit the sweaters for us at home", "xs"},
	{qSize, "We are 11 at the mill, and some 700 fishermen land their catch for us", "s"},
	// A group its own sentence denies are employees is not staff.
	// 3 of 3 failed first.
	{qSize, "We are 20 in the depot. Drivers are not employees, about 300 drivers are freelance.", "s"},
	{qSize, "we're 40 in the office; the tutors are not staff, around 900 tutors are self-employed", "s"},
	{qSize, "12 in the kitchen. couriers are not employees, roughly 500 couriers are independent", "?"},
	// Groups of a size given after "each": their product, plus the rest.
	// 3 of 3 failed first.
	{qSize, "22 salons, each one about 12 staff, plus 10 at the head office", "l"},
	{qSize, "six garages, each with around 9 mechanics, plus 5 in the office", "m"},
	{qSize, "30 branches, each roughly 10 people", "l"},
}

// round17aHeadcountsKept are nearby answers the fixes must not change.
var round17aHeadcountsKept = []readingCase{
	{qSize, "4", "l"},
	{qSize, "option four", "l"},
	{qSize, "the fourth one", "l"},
	{qSize, "one", "xs"},
	{qSize, "300 people work for us", "l"},
	{qSize, "we employ 400 people", "l"},
	{qSize, "we pay 40 people every month", "s"},
	{qSize, "three branches with about eight each", "s"},
	{qSize, "We are 12 in the bureau and we pay 9,000 pensioners a month for the councils", "s"},
	{qSize, "We are 6 at the dairy, but 400 farmers bring milk for us every morning", "xs"},
	{qSize, "we're 40 in the office; the tutors are not staff, some 900 tutors are self-employed", "s"},
	{qSize, "the 40 riders work for a delivery partner, they are not ours, we are 6", "xs"},
}

func TestRound17aHeadcounts(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aHeadcounts, round17aHeadcountsKept)
}

// round17aLeftovers are answers that name what is sorted and then, after
// a "but", a part still kept by hand: the present has a problem left,
// the middle option, never "under control".
// 5 of 5 failed first.
var round17aLeftovers = []readingCase{
	{qData, "a few years ago it was chaos; today the stock is in one system, though the delivery notes are still handwritten", "some"},
	{qData, "before the new ERP it was chaos, now the orders are in one place, only the certificates are still in folders", "some"},
	{qData, "we have one database for the patients now, but the consent forms still are on paper", "some"},
	{qData, "everything moved to one system last year, but the allergen sheets are still kept in a binder", "some"},
	{qSystems, "the new booking system is solid, but the rota is still done on paper", "some"},
}

// round17aLeftoversKept are nearby answers the fix must not change.
var round17aLeftoversKept = []readingCase{
	{qData, "it was chaos, now it's all in one system", "no"},
	{qData, "before it was chaos, now everything is in one system and it works", "no"},
	{qData, "it used to be a mess, now the bookings are all in one place but the invoices are still on paper", "some"},
	{qSystems, "the till is old but it still works fine", "~fine"},
}

func TestRound17aLeftovers(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aLeftovers, round17aLeftoversKept)
}

// round17aShares are two re-asked kinds: a share of the records still
// kept by hand is some challenges, not a real problem; a business that
// names only the till, the card machine or the phone, with the rest on
// paper, relies on IT a little.
// 4 of 7 failed first.
var round17aShares = []readingCase{
	{qData, "roughly half the delivery notes are still on paper", "some"},
	{qData, "a third of the patient files are still in paper folders", "some"},
	{qData, "some of the stock counts are still done by hand", "some"},
	{qOps, "Cash register. Phone.", "low"},
	{qOps, "a till and the phone, the rest goes in the diary", "low"},
	{qOps, "card reader and email, bookings go in the diary", "low"},
	{qOps, "just the till and the card machine", "low"},
}

// round17aSharesKept are nearby answers the rules must not change.
var round17aSharesKept = []readingCase{
	{qData, "everything is still on paper", "yes"},
	{qOps, "the till and the card machine, and the web shop does half our sales", "?"},
	{qOps, "till, card machine and the website, which is half our sales", "?"},
}

func TestRound17aShares(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aShares, round17aSharesKept)
}

// round17aSharesMore are shares beside a second trouble, and one tool as
// the opening of a longer answer: not the fix's to read.
var round17aSharesMore = []readingCase{
	{qData, "half the records are still paper and referrals come by fax", "yes"},
	{qOps, "the tills, the stock and the payroll are all on computers, but the ovens don't care", "medium"},
}

func TestRound17aSharesMore(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aSharesMore)
}

// round17aPlusSign: "+" between two groups adds them, as "plus" does.
// 3 of 4 failed first.
var round17aPlusSign = []readingCase{
	{qSize, "8 drivers + 4 of us in the office", "s"},
	{qSize, "6 carers + 5 nurses", "s"},
	{qSize, "40 pickers + 15 in the packhouse", "m"},
	{qSize, "2 owners + 7 instructors", "xs"},
}

// round17aPlusSignKept must keep their reading.
var round17aPlusSignKept = []readingCase{
	{qSize, "20+ people", "s"},
	{qSize, "250+ staff", "m"},
	{qSize, "8 drivers plus 4 of us in the office", "s"},
}

func TestRound17aPlusSign(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aPlusSign, round17aPlusSignKept)
}

// round17aStages: a launch still to come is a start-up; growth set in a
// past era with the present steady is established; growth told as
// modest beside a long age is established.
var round17aStages = []readingCase{
	// 2 of 3 failed first.
	{qStage, "we haven't launched yet, the beta goes out to ten cafés in september", "startup"},
	{qStage, "not launched yet, first customers are testing it next month", "startup"},
	{qStage, "we have not opened yet, the shop opens in april", "startup"},
	// 1 of 3 failed first.
	{qStage, "we expanded like crazy in the nineties, these days it's steady", "established"},
	{qStage, "the shop boomed in the 80s, these days it ticks along", "established"},
	{qStage, "we grew fast in the 2010s, now we're steady", "established"},
	// 1 of 3 failed first.
	{qStage, "going 25 years, we grow a little each year but nothing dramatic", "established"},
	{qStage, "22 yrs in, steady, growing slowly", "established"},
	{qStage, "been trading since 1998, we grow a bit every year, nothing crazy", "established"},
}

// round17aStagesKept must keep their reading.
var round17aStagesKept = []readingCase{
	{qStage, "we launched last month", "startup"},
	{qStage, "we've been going 30 years", "established"},
	{qStage, "growing like mad, we doubled last year", "scaling"},
	{qStage, "going 20 years and growing fast, we doubled last year", "~scaling"},
}

func TestRound17aStages(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aStages, round17aStagesKept)
}

// round17aStagesTurned: a steady past before growth now is no
// established firm's steadiness.
var round17aStagesTurned = []readingCase{
	{qStage, "we were steady through the 90s, now we're growing fast", "scaling"},
}

func TestRound17aStagesTurned(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aStagesTurned)
}

// round17aBareDenials: "no not really" typed without a comma before a
// new clause ("its all in xero") ends there; its negation does not reach
// the clause after.
// 3 of 7 failed first.
var round17aBareDenials = []readingCase{
	{qData, "nah not really everything is in the one system", "no"},
	{qData, "no not really its all in sage", "no"},
	{qData, "not really we keep it all in the practice software", "no"},
	{qSystems, "no not really its all fairly new and works fine", "fine"},
	{qData, "no not really its all in the booking app and quickbooks", "no"},
	{qData, "not really its all on the shared drive on the server", "no"},
	{qData, "not really its all in the project folders on the nas", "no"},
}

// round17aBareDenialsKept must keep their reading.
var round17aBareDenialsKept = []readingCase{
	{qData, "not really", "no"},
	{qData, "not really organised, its all over the place", "~yes"},
	{qSystems, "not really fine, its all very slow", "~pain"},
}

func TestRound17aBareDenials(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aBareDenials, round17aBareDenialsKept)
}

// round17aNothingSubject: "nothing" as the subject denies the trouble
// after it, as "nobody" does: "nothing is broken".
// 4 of 4 failed first.
var round17aNothingSubject = []readingCase{
	{qSystems, "nothing is broken, they just work", "fine"},
	{qSystems, "honestly nothing's slow or clunky", "?"}, // "or clunky" is out of the denial's reach: asked
	{qSystems, "nothing is outdated", "fine"},
	{qSystems, "no, nothing is insecure", "fine"},
}

// round17aNothingSubjectKept must keep their reading.
var round17aNothingSubjectKept = []readingCase{
	{qSystems, "nothing but problems", "~pain"},
	{qSystems, "nothing works properly", "pain"},
	{qSystems, "they're ok, nothing is broken", "fine"},
}

func TestRound17aNothingSubject(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aNothingSubject, round17aNothingSubjectKept)
}

// round17aWorstDeniedTurn: the worst denied, then a trouble after a
// turn, is the middle, not a doubt between it and the opening's no.
var round17aWorstDeniedTurn = []readingCase{
	{qSystems, "nothing's broken, but the booking app needs a clean-up", "some"},
	{qSystems, "nothing is broken, but the rota tool needs updating", "~some"},
	{qSystems, "nothing's broken", "fine"},
}

func TestRound17aWorstDeniedTurn(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aWorstDeniedTurn)
}

// round17aPastThenPresent: a past trouble in the opening sentence, then
// a present or a change since in the next, with no "but" or "now" at
// the turn: the present is the answer.
// 4 of 5 failed first.
var round17aPastThenPresent = []readingCase{
	{qSystems, "They used to crash every week. We moved to the cloud in 2022 and it's been fine since.", "fine"},
	{qSystems, "Four years ago it was a shambles, we replaced the lot when we moved and it runs well now", "fine"},
	{qData, "It used to be all over the place. We moved everything into one system last year and it's been tidy since.", "no"},
	{qSystems, "The tills were a nightmare before. The new ones went in last spring and they've been solid since.", "fine"},
	{qData, "Two years ago it was chaos, we cleaned it up and it's under control now", "no"},
}

// round17aPastThenPresentKept must keep their reading.
var round17aPastThenPresentKept = []readingCase{
	{qSystems, "they used to be fine but since we doubled they're falling apart", "pain"},
	{qSystems, "it was a mess five years ago and it still is", "~pain"},
	{qStage, "The mill was founded in 1890, though we have only sold online since 2020.", "established"},
	{qCompetitors, "we're not behind, I'd have heard", "no"},
}

func TestRound17aPastThenPresent(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aPastThenPresent, round17aPastThenPresentKept)
}

// round17aGuesswork: figures told as a guess are a data problem; beside
// a part told fine, some challenges.
// 4 of 4 failed first.
var round17aGuesswork = []readingCase{
	{qData, "order data is fine, the stock figures are guesswork", "some"},
	{qData, "the customer list is fine, the margins are a guess", "some"},
	{qData, "bookings come in fine but the costings are pure guesswork", "some"},
	{qData, "honestly our stock numbers are a guess", "yes"},
}

func TestRound17aGuesswork(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aGuesswork)
}

// round17aOpsShapes: one computer for a side task beside work by hand
// is little; systems as the subject that "run the place" are the top;
// work told "computerised" is on the computer.
var round17aOpsShapes = []readingCase{
	// 2 of 3 failed first.
	{qOps, "we have one laptop for the invoices, the furniture is built by hand", "low"},
	{qOps, "a single pc for the books, the boats are built by hand", "low"},
	{qOps, "there's one computer in the office for email, the stone is all cut by hand", "low"},
	// 2 of 3 failed first.
	{qOps, "the till system basically runs the shop", "high"},
	{qOps, "honestly the booking app runs the whole business", "high"},
	{qOps, "the scheduling software and the phones run the place", "high"},
	// 2 of 2 failed first.
	{qOps, "orders and invoicing are computerised, the kilns themselves not really", "medium"},
	{qOps, "the bookings are computerised, the boats themselves not at all", "medium"},
}

// round17aOpsShapesKept must keep their reading.
var round17aOpsShapesKept = []readingCase{
	{qOps, "we have computers for the orders and the accounts, the furniture is built by hand", "medium"},
	{qOps, "I run the place with a notebook", "?"},
	{qOps, "we run the place on paper", "low"},
}

func TestRound17aOpsShapes(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aOpsShapes, round17aOpsShapesKept)
}

// round17aOpsWholeKept: a denial of paper or of the whole keeps its
// reading beside the computer.
var round17aOpsWholeKept = []readingCase{
	{qOps, "everything is computerised, no paper at all", "high"},
}

func TestRound17aOpsWholeKept(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aOpsWholeKept)
}

// round17aOpsReliance: a clause that nothing happens "without" the
// system is reliance, not work by hand beside it.
var round17aOpsReliance = []readingCase{
	{qOps, "nothing leaves the yard without going through the booking system, and that's all computerised. if it's down we stop", "~high"},
	{qOps, "one computer for the accounts, the rest is done by hand", "low"},
	{qOps, "all tills and stock in one system, if it stops the shops cannot sell", "high"},
}

func TestRound17aOpsReliance(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aOpsReliance)
}

// round17aOpsCoping: work by hand that copes "without it" stays the
// middle beside the system.
var round17aOpsCoping = []readingCase{
	{qOps, "the front desk runs on the booking system, but the crew in the workshop could fix a boat without it", "~medium"},
}

func TestRound17aOpsCoping(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aOpsCoping)
}

// round17aRestByHand: the computer does a named task and "everything
// else" or "the rest" is by hand or with tools: a side, little reliance.
// 3 of 4 failed first.
var round17aRestByHand = []readingCase{
	{qOps, "the laptop does the invoices, everything else is done by hand", "low"},
	{qOps, "the pc does the emails and everything else is by hand", "low"},
	{qOps, "the computer does the quotes, the rest is hammers and chisels", "low"},
	{qOps, "the tablet takes the bookings, all the rest is pen and paper", "low"},
}

// round17aRestByHandKept: the rest on other IT keeps its reading.
var round17aRestByHandKept = []readingCase{
	{qOps, "the website does the sales, everything else runs on xero", "high"},
	{qOps, "the till does the sales and everything else is on the computer too", "high"},
}

func TestRound17aRestByHand(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aRestByHand, round17aRestByHandKept)
}

// round17aKeyedTwice: two systems apart bridged by keying things in
// twice are a pain point, as retyping is.
// 3 of 3 failed first.
var round17aKeyedTwice = []readingCase{
	{qSystems, "the till and the loyalty app dont talk to each other so we enter every sale twice", "some"},
	{qSystems, "booking site and the accounts don't talk, we type each invoice twice", "some"},
	{qSystems, "the web shop and the stock app dont talk so we key orders in twice", "some"},
}

// round17aKeyedTwiceKept: the worst told beside it stays the worst.
var round17aKeyedTwiceKept = []readingCase{
	{qSystems, "it's a mess, 3 systems that dont talk and we type everything twice", "pain"},
}

func TestRound17aKeyedTwice(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aKeyedTwice, round17aKeyedTwiceKept)
}

// round17aCountsGrown: a count then and a count now at least doubled is
// growth.
// 3 of 3 failed first.
var round17aCountsGrown = []readingCase{
	{qStage, "we had 2 clinics in 2019, now we have 6", "scaling"},
	{qStage, "in 2021 we ran 4 vans, today we run 11", "scaling"},
	{qStage, "three years ago we had 5 franchisees, now there are 14", "scaling"},
}

// round17aCountsGrownKept: a count barely grown is no growth told.
var round17aCountsGrownKept = []readingCase{
	{qStage, "we had 40 staff in 2015, now we have 45", "?"},
}

func TestRound17aCountsGrown(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aCountsGrown, round17aCountsGrownKept)
}

// round17aCountsOther: counts of other things then and now tell no
// growth of the same.
var round17aCountsOther = []readingCase{
	{qStage, "we were a garage with one lift in the 70s, now we service three fleets", "?"},
}

func TestRound17aCountsOther(t *testing.T) {
	checkReadings(t, rulesReading, false, round17aCountsOther)
}
