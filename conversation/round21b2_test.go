package conversation

import "testing"

// round21bTargetsElsewhere: attackers told to go for others is a low
// concern; the attack words had read it high. 4 of 4 failed first (read
// high or asked again).
var round21bTargetsElsewhere = []readingCase{
	{qSecurity, "hackers go for banks, not sheep farms", "low"},
	{qSecurity, "the criminals are after the big chains", "low"},
	{qSecurity, "scammers don't bother with a place like ours", "low"},
	{qSecurity, "fraudsters target the rich, not a village shop", "low"},
}

// round21bTargetsElsewhereKept: attackers after us, or a worry owned.
var round21bTargetsElsewhereKept = []readingCase{
	{qSecurity, "hackers target small firms like us, that's what scares me", "high"},
	{qSecurity, "hackers attack us every week", "high"},
	{qSecurity, "the hackers hit the hospital next door, not us yet, but it worries me", "?"},
}

func TestRound21bTargetsElsewhere(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bTargetsElsewhere, round21bTargetsElsewhereKept)
}

// round21bNotYetSold: a product dated to come ("the app is coming in
// spring") or a single prototype is not sold yet: planned, or asked,
// never core or a trade's no. 3 of 5 failed first (read core or no).
var round21bNotYetSold = []readingCase{
	{qProducts, "the app is coming in spring", "~planned"},
	{qProducts, "our portal goes live in March", "planned"},
	{qProducts, "the booking app is due next year", "planned"},
	{qProducts, "we're testing a prototype with three farms", "?"},
	{qProducts, "we have a working prototype of the sensor", "planned"},
}

// round21bNotYetSoldKept: out now, or a trade.
var round21bNotYetSoldKept = []readingCase{
	{qProducts, "our app is out now", "core"},
	{qProducts, "we are out in the fields all day, no tech", "no"},
}

func TestRound21bNotYetSold(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bNotYetSold, round21bNotYetSoldKept)
}

// round21bDrawElsewhere: patrons said to come for something that is no
// technology ("the guests come for the dogs") is innovation not led
// with: no, also after a denied first place the doubt had asked about.
// 4 of 4 failed first (asked again).
var round21bDrawElsewhere = []readingCase{
	{qInnovation, "the guests come for the dogs", "no"},
	{qInnovation, "our diners come for grandma's recipes", "no"},
	{qInnovation, "we're never the first to change anything, walkers come for the silence", "no"},
	{qInnovation, "visitors come to us for the quiet, we don't chase gadgets", "no"},
}

// round21bDrawElsewhereKept: the draw is technology, or innovation owned.
var round21bDrawElsewhereKept = []readingCase{
	{qInnovation, "clients come for our speed, so new tech matters", "yes"},
	{qInnovation, "customers come for the app", "?"},
}

func TestRound21bDrawElsewhere(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bDrawElsewhere, round21bDrawElsewhereKept)
}

// round21bMoneyLost: money told lost, owed or in the red is no budget;
// the key "money" had read a yes. 5 of 6 failed first (read yes, or
// asked again).
var round21bMoneyLost = []readingCase{
	{qBudget, "we've been losing money for two years", "~no"},
	{qBudget, "we're in the red", "no"},
	{qBudget, "we made a loss last year", "no"},
	{qBudget, "we owe the bank a lot of money", "~no"},
	{qBudget, "we're losing money on every order", "no"},
	{qBudget, "the company lost money in 2024, so no hires", "no"},
}

// round21bMoneyLostKept: a loss denied or turned.
var round21bMoneyLostKept = []readingCase{
	{qBudget, "we lost money last year but this year it's budgeted", "yes"},
	{qBudget, "no debt, lots of cash, yes", "yes"},
	{qBudget, "we are not losing money anymore, so yes", "~yes"},
}

func TestRound21bMoneyLost(t *testing.T) {
	checkRulesThenEngine(t, round21bMoneyLost, round21bMoneyLostKept)
}

// round21bKeepUpStrained: keeping up told as a strain is falling behind.
// 3 of 3 failed first (read no, or asked again).
var round21bKeepUpStrained = []readingCase{
	{qCompetitors, "it's hard to keep up with the startups", "~yes"},
	{qCompetitors, "we struggle to keep up", "yes"},
	{qCompetitors, "honestly it's difficult to keep pace with the online shops", "~yes"},
}

// round21bKeepUpStrainedKept: keeping up, however narrowly.
var round21bKeepUpStrainedKept = []readingCase{
	{qCompetitors, "we keep up, just about", "no"},
	{qCompetitors, "no, we keep up fine", "no"},
}

// The rules must read these: the learned model, retrained on new files,
// may doubt "we struggle to keep up" without the rules being wrong.
func TestRound21bKeepUpStrained(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bKeepUpStrained, round21bKeepUpStrainedKept)
}

// round21bSupposedOrPast: a worry hung on a condition then denied ("I'd
// lose sleep if we held card numbers, but we don't") is low; a reading
// dated back by a later clause ("but that was 15 years ago") is asked
// again; technology licensed to a count of buyers is sold. 6 of 6 failed
// first (read high, yes, no or core).
var round21bSupposedOrPast = []readingCase{
	{qSecurity, "I'd lose sleep if we held card numbers, but we don't", "low"},
	{qSecurity, "if we were a bank I'd be worried, but we aren't", "low"},
	{qInnovation, "we were first with card payments in town, but that was 15 years ago", "?"},
	{qCompetitors, "we were ahead once, but that's history", "?"},
	{qProducts, "we license our software to 40 gyms", "core"},
	{qProducts, "we license the booking tool to 300 hotels", "core"},
}

// round21bSupposedOrPastKept: a denial that adds to the worry, a dated
// decision that holds now, software licensed from others.
var round21bSupposedOrPastKept = []readingCase{
	{qSecurity, "if we get hacked we're done, and we don't have backups", "high"},
	{qInnovation, "we want to be first, that was decided last year", "yes"},
	{qProducts, "we license our software from 3 vendors", "no"},
}

func TestRound21bSupposedOrPast(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bSupposedOrPast, round21bSupposedOrPastKept)
}

// round21bLessThanBefore: a worry compared down with the past is never
// the top, whatever "a lot" says: asked between the middle and the top
// at most. 1 of 1 failed first (read high).
var round21bLessThanBefore = []readingCase{
	{qSecurity, "a lot less than two years ago, we fixed most things", "?"},
}

func TestRound21bLessThanBefore(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bLessThanBefore)
}

// round21bEchoLittlePart: an opening that only echoes the subject
// ("hackers?") picks no option; "little" without "a" is next to none;
// a short yes limited to some competitors is asked between yes and not
// sure. 5 of 7 failed first (read high, medium or yes).
var round21bEchoLittlePart = []readingCase{
	{qSecurity, "hackers? we have a cash register from 1995", "?"},
	{qSecurity, "ransomware? we have nothing worth a ransom", "low"},
	{qSecurity, "very little worry, we are a small bakery", "low"},
	{qSecurity, "there is little concern here, honestly", "low"},
	{qCompetitors, "depends, some yes", "?"},
	{qCompetitors, "some do, yes", "?"},
	{qSecurity, "hackers? terrifying", "high"},
}

// round21bEchoLittlePartKept keep their readings.
var round21bEchoLittlePartKept = []readingCase{
	{qSecurity, "a little worry", "medium"},
	{qSecurity, "only a little worry", "medium"},
	{qSecurity, "medium? we had card testing attacks twice, stripe blocked them", "~medium"},
	{qCompetitors, "yes, some of the new players already have apps and we are behind", "yes"},
	{qCompetitors, "Several larger administrators already offer digital onboarding and investor portals.", "?"},
}

func TestRound21bEchoLittlePart(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bEchoLittlePart, round21bEchoLittlePartKept)
}

// round21bEndedOrScoped: a product planned to be closed is no new one; a
// budget said to be for things and not for people is no. 5 of 5 failed
// first (read planned or yes, or asked again).
var round21bEndedOrScoped = []readingCase{
	{qProducts, "we're planning to close the app down", "no"},
	{qProducts, "we will discontinue the portal next year", "no"},
	{qBudget, "we have budget for tools, not for people", "no"},
	{qBudget, "money for machines yes, not for salaries", "no"},
	{qBudget, "not for a full-time person", "no"},
}

// round21bEndedOrScopedKept: an old product dropped for a new one.
var round21bEndedOrScopedKept = []readingCase{
	{qProducts, "we plan to drop the old app and build a new one", "planned"},
}

func TestRound21bEndedOrScoped(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bEndedOrScoped, round21bEndedOrScopedKept)
}

// round21bLyingIfSaid: "I'd be lying if I said ..." turns what follows
// round, which the reader would take as meant: asked again. 3 of 3
// failed first (read low, maybe, no).
var round21bLyingIfSaid = []readingCase{
	// Read since round 31 (litotes.go): a denial called a lie is the
	// worry; the money called a lie is none.
	{qSecurity, "I'd be lying if I said it doesn't worry me", "high"},
	{qBudget, "I'd be lying if I said we have the money", "no"},
	{qCompetitors, "I would be lying if I said we were ahead", "?"},
}

func TestRound21bLyingIfSaid(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21bLyingIfSaid)
}

// round21bHandedOrFailed: technology handed over by others ("the
// franchise gives us the app") is used, a product whose first units
// ship on a date ahead is not sold yet, one that "flopped" is given up.
// 3 of 3 failed first (read core, or asked between core and planned).
var round21bHandedOrFailed = []readingCase{
	{qProducts, "the franchise gives us the app, we just run the shop", "no"},
	{qProducts, "we're a hardware startup, the first units ship in June", "planned"},
	{qProducts, "we had a go at an app in 2019, it flopped", "no"},
}

// round21bHandedOrFailedKept: what we give our clients, what we ship now.
var round21bHandedOrFailedKept = []readingCase{
	{qProducts, "we give our clients an app to track orders", "~core"},
	{qProducts, "we ship our sensors to 30 countries", "core"},
}

func TestRound21bHandedOrFailed(t *testing.T) {
	checkRulesThenEngine(t, round21bHandedOrFailed, round21bHandedOrFailedKept)
}

// round21bLeastWishNoMeans: "the least of my worries" is no concern; an
// ambition held back by means ("we want to be first, but we never have
// the money") is somewhat, as "would be nice but no money". 4 of 4
// failed first (asked between high and medium, or read yes).
var round21bLeastWishNoMeans = []readingCase{
	{qSecurity, "it's the least of my worries", "low"},
	{qSecurity, "honestly that's the least of our concerns", "low"},
	{qInnovation, "we want to be first, but we never have the money", "some"},
	{qInnovation, "I want to lead, but no budget", "some"},
}

// round21bLeastWishNoMeansKept: the means there.
var round21bLeastWishNoMeansKept = []readingCase{
	{qInnovation, "we want to be first and we have the money", "yes"},
}

func TestRound21bLeastWishNoMeans(t *testing.T) {
	checkRulesThenEngine(t, round21bLeastWishNoMeans, round21bLeastWishNoMeansKept)
}

// round21bDigitalGoods: digital goods made or sold (video courses, PDFs)
// may be a technology product: asked, not a trade's no. 2 of 2 failed
// first (read no).
var round21bDigitalGoods = []readingCase{
	{qProducts, "we make video courses for nurses", "?"},
	{qProducts, "we design knitting patterns and sell the PDFs online", "?"},
}

// round21bDigitalGoodsKept: courses held in a room, goods.
var round21bDigitalGoodsKept = []readingCase{
	{qProducts, "we run cooking courses in our kitchen", "no"},
	{qProducts, "we sell yarn", "no"},
}

func TestRound21bDigitalGoods(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bDigitalGoods, round21bDigitalGoodsKept)
}

// round21bGuards: answers near the round's new readings that must not be
// taken by them: a product closed for one to be made, an old self name
// turned by "but", a "too much" echoed and denied.
var round21bGuards = []readingCase{
	{qProducts, "we want to stop paying for Shopify and build our own shop software", "~planned"},
	{qProducts, "we will stop reselling and start making our own app", "?"},
	{qProducts, "we are going to drop the paper catalogue and launch an app", "?"},
	{qCompetitors, "we are the old ones in town but we have the newest website", "?"},
	{qBudget, "too much? no, it is fine, we have the money", "?"},
}

func TestRound21bGuards(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21bGuards)
}

// round21bTechHeld: a maker sought or a talk beside a technology the
// firm has or makes now ("a developer for our app", "we build apps")
// grows a product that is: not planned; a denied phrase that is a
// subject ("nothing in the app is outsourced") denies nothing.
var round21bTechHeld = []readingCase{
	{qProducts, "we are hiring a developer for our app", "~core"},
	{qProducts, "we need a developer, our app keeps crashing", "~core"},
	{qProducts, "we build apps for clients and discussed an app with a bank last week", "~core"},
	{qProducts, "nothing in the app is outsourced, we build it all", "~core"},
}

// round21bTechHeldKept: the product to be built is ours to be.
var round21bTechHeldKept = []readingCase{
	{qProducts, "we're looking for an agency to build our booking app", "planned"},
}

func TestRound21bTechHeld(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21bTechHeld, round21bTechHeldKept)
}

// round21bSellsWell: "it sells well" names no goods, only how they sell:
// no trade's no. 2 of 2 failed first (read no).
var round21bSellsWell = []readingCase{
	{qProducts, "our app was the first prototype, now it sells well", "?"},
	{qProducts, "it sells well", "?"},
}

func TestRound21bSellsWell(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bSellsWell)
}
