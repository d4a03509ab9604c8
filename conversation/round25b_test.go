package conversation

import "testing"

// round25bCyberWorryLesser: another worry ranked above the cyber one
// ("I worry more about the rent than about hackers") names the cyber
// worry as the lesser: the lowest option, not the "worry" key's top.
// 5 of 5 failed first (4 read the top option silently, 1 asked).
var round25bCyberWorryLesser = []readingCase{
	{qSecurity, "I worry more about the rent than about hackers.", "low"},
	{qSecurity, "Floods worry me more than hackers do.", "low"},
	{qSecurity, "We fear the tax man more than cyber criminals.", "low"},
	{qSecurity, "I'm more worried about staff leaving than about a cyber attack.", "low"},
	{qSecurity, "Honestly, frost scares me more than any hacker.", "low"},
}

// round25bCyberWorryLesserKept must keep their reading: the cyber worry
// ranked first, a worry growing, a comparison with no cyber word after
// the "than", a comparison denied.
var round25bCyberWorryLesserKept = []readingCase{
	{qSecurity, "I worry more about hackers than about the weather.", "high"},
	{qSecurity, "Hackers worry me more than the weather.", "high"},
	{qSecurity, "I worry about hackers more every year.", "high"},
	{qSecurity, "We're no more worried than anyone about hackers.", "high"},
	{qSecurity, "More than before.", "medium"},
}

func TestRound25bCyberWorryLesser(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bCyberWorryLesser, round25bCyberWorryLesserKept)
}

// round25bPlanBuiltYet: a product planned and a build denied only for
// now ("Nothing's coded yet", "no code yet"), in a sentence of its own
// or beside the tools used now that are not ours, is planned: "yet"
// takes no plan back. 4 of 6 failed first (all read no silently).
var round25bPlanBuiltYet = []readingCase{
	{qProducts, "She wants a booking app for the salon by summer. Nothing's coded yet.", "planned"},
	{qProducts, "We're planning a customer portal. Nothing's built yet.", "planned"},
	{qProducts, "There are wireframes for our own ordering app, no code yet. The till system we use isn't ours.", "planned"},
	{qProducts, "My partner wants a loyalty app for the bakery next year. Nothing's written yet.", "planned"},
	{qProducts, "A spec for our own tracking tool is done but not built yet. The fleet software we use now isn't ours.", "planned"},
	{qProducts, "We'd like our own quoting app. Nothing's been built yet.", "planned"},
}

// round25bPlanBuiltYetKept must keep their reading: a build denied with
// no plan told, plans denied, the tools used told as others' alone.
var round25bPlanBuiltYetKept = []readingCase{
	{qProducts, "Nothing's built yet.", "~no"},
	{qProducts, "No. Nothing built yet, no plans.", "no"},
	{qProducts, "The booking platform isn't ours. We have nothing of our own.", "no"},
	{qProducts, "The app we use isn't ours, and we have no plans for one.", "no"},
	{qProducts, "Nothing planned. The software we use isn't ours.", "no"},
	{qProducts, "No code of our own. The ordering app we use isn't ours.", "no"},
	{qProducts, "no code yet", "no"},
}

func TestRound25bPlanBuiltYet(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bPlanBuiltYet, round25bPlanBuiltYetKept)
}

// round25bGapClosed: rivals we were behind told as caught up or passed
// since ("we were behind, but we caught up in 2023") is not behind now:
// the past "behind" is the gap closed. 4 of 5 failed first (2 read
// behind silently, 2 asked).
var round25bGapClosed = []readingCase{
	{qCompetitors, "We lagged behind for years, but since the new booking system we've overtaken the others.", "no"},
	{qCompetitors, "We were behind before, but we caught up in 2023.", "no"},
	{qCompetitors, "Used to trail the big chains, now we're ahead of most of them.", "no"},
	{qCompetitors, "We were behind until last spring; the new website put us level with them.", "no"},
	{qCompetitors, "We were behind, but since we hired a developer we've pulled ahead.", "no"},
}

// round25bGapClosedKept must keep their reading: a lead lost, behind
// again after catching up, a catching up denied or the rivals' own.
var round25bGapClosedKept = []readingCase{
	{qCompetitors, "We used to be ahead, but now we're behind.", "yes"},
	{qCompetitors, "We were ahead once, not anymore.", "yes"},
	{qCompetitors, "We caught up for a while, but we're behind again.", "yes"},
	{qCompetitors, "We were behind and we haven't caught up.", "yes"},
	{qCompetitors, "We were behind, and they've pulled further ahead since.", "yes"},
	{qCompetitors, "We were behind years ago and still are.", "yes"},
	{qCompetitors, "Behind, but catching up.", "yes"},
}

func TestRound25bGapClosed(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bGapClosed, round25bGapClosedKept)
}

// round25bAttackDoubted: the owner doubting attackers will come at all
// ("I doubt hackers will bother with us", "I don't think anyone would
// hack a village bakery") is the lowest concern: the attack words are
// what is doubted. 3 of 5 failed first (1 read the top option silently,
// 2 asked).
var round25bAttackDoubted = []readingCase{
	{qSecurity, "We're a goat farm up a mountain, I doubt hackers will bother with us.", "low"},
	{qSecurity, "I don't think anyone would hack a village bakery.", "low"},
	{qSecurity, "I don't believe cyber criminals would target a bike repair shop.", "low"},
	{qSecurity, "I don't think hackers would even notice a tiny bookshop.", "low"},
	{qSecurity, "Up here in the hills, I don't think hackers will come here.", "low"},
}

// round25bAttackDoubtedKept must keep their reading: a doubt about our
// safety, a doubt turned by a "but", an attack not come "yet".
var round25bAttackDoubtedKept = []readingCase{
	{qSecurity, "I don't think we're safe from hackers.", "high"},
	{qSecurity, "I doubt hackers will come, but our patient records must be protected.", "high"},
	{qSecurity, "I don't think hackers have come for us yet, but it worries me.", "?"},
}

func TestRound25bAttackDoubted(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bAttackDoubted, round25bAttackDoubtedKept)
}

// round25bTooScarceNowLater: money told too scarce for now with a maybe
// later ("Cash is too tight at the moment. Maybe next year.") is a no for
// now, as "not now, maybe next year" is. 4 of 4 failed first (2 read the
// middle silently, 2 asked).
var round25bTooScarceNowLater = []readingCase{
	{qBudget, "Cash is too tight at the moment. Maybe next year.", "no"},
	{qBudget, "Funds are too thin right now; perhaps after the harvest.", "no"},
	{qBudget, "Too stretched at present. Possibly next spring.", "no"},
	{qBudget, "The margins are too tight today, maybe later.", "no"},
}

// round25bTooScarceNowLaterKept must keep their reading: "tight" with
// no "too", a later on a condition.
var round25bTooScarceNowLaterKept = []readingCase{
	{qBudget, "Today it would be very tight. Next quarter, if the Mexico contract is signed, maybe.", "maybe"},
	{qBudget, "tight now, maybe next year", "maybe"},
	{qBudget, "Too tight right now, maybe next year if sales pick up.", "~maybe"},
	{qBudget, "maybe next year if salon 7 does well", "maybe"},
}

func TestRound25bTooScarceNowLater(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bTooScarceNowLater, round25bTooScarceNowLaterKept)
}

// round25bWholeNothingOf: "nothing of ours", "none of mine", "nothing of
// the kind" deny the whole, not a share of something that leaves the rest
// unsaid ("none of the staff"): the no is taken, not asked. 5 of 5
// failed first (all asked).
var round25bWholeNothingOf = []readingCase{
	{qSecurity, "Not bothered, none of mine is on the cloud.", "low"},
	{qSecurity, "Not worried, nothing of ours is worth a hacker's time.", "low"},
	{qSecurity, "No concern, nothing of ours sits on a server.", "low"},
	{qProducts, "Nothing of the sort, we are a plumbing firm.", "no"},
	{qProducts, "Nothing of the kind, we repair bikes.", "no"},
}

// round25bWholeNothingOfKept must keep their reading: a share denied
// ("none of the staff", "none of the records") is still asked.
var round25bWholeNothingOfKept = []readingCase{
	{qSecurity, "not worried, none of the staff know much about it", "~low"},
	{qData, "none of the records match", "?"},
	{qData, "No, nothing of ours is duplicated.", "~no"},
	{qProducts, "nothing of our own", "no"},
}

func TestRound25bWholeNothingOf(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bWholeNothingOf, round25bWholeNothingOfKept)
}

// round25bLabelTailEcho: an opening that echoes an option's label
// without its leading yes ("Central to our plans.", "It's central to our
// plans.") is that option, whatever conditions the examples after it
// carry ("drones if they let us"). 3 of 4 failed first (2 read the middle
// silently, 1 asked).
var round25bLabelTailEcho = []readingCase{
	{qInnovation, "Central to our plans: VR fitting rooms, app ordering, maybe drones one day.", "yes"},
	{qInnovation, "It's central to our plans. Robots in the kitchen, drones if the council agrees.", "yes"},
	{qInnovation, "Central to our plans. Cashless tills, app ordering, a delivery robot if the trial works.", "yes"},
	{qProducts, "Core to our business. Without the booking engine we'd be a phone line.", "core"},
}

// round25bLabelTailEchoKept must keep their reading: the label asked
// back, a bare key with a condition, an echo turned by an exception.
var round25bLabelTailEchoKept = []readingCase{
	{qInnovation, "Central to our plans? Not really, we follow.", "?"},
	{qInnovation, "central, if we can afford it", "some"},
	{qSystems, "They run well, except the payroll export.", "~some"},
	{qBudget, "We have the budget, but the board must approve.", "maybe"},
}

func TestRound25bLabelTailEcho(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bLabelTailEcho, round25bLabelTailEchoKept)
}

// round25bGivenUpOnlyTradeNow: a product given up and a present told as
// only the trade ("we scrapped it in 2019, now it's just the
// restaurant") is no product: the "now" does not keep the product. 3 of
// 4 failed first (1 read planned silently, 2 asked); the route-planning
// one is now asked, not taken.
var round25bGivenUpOnlyTradeNow = []readingCase{
	{qProducts, "We had a booking app years ago, but we scrapped it in 2019. Now it's just the restaurant.", "no"},
	{qProducts, "We used to sell a scheduling tool, discontinued it in 2021. Now we only do consulting.", "no"},
	{qProducts, "There was an app for members, we dropped it. Today it's just the gym.", "no"},
	{qProducts, "We sold a route-planning app once but shut it down; now it's only trucking.", "?"},
}

// round25bGivenUpOnlyTradeNowKept must keep their reading: a new build
// after the old one, technology in the present.
var round25bGivenUpOnlyTradeNowKept = []readingCase{
	{qProducts, "We dropped the old app and now we're building a new one.", "core"},
	{qProducts, "We scrapped the first version, now the app is just for members.", "core"},
	{qProducts, "We dropped the old app; now it's just our web platform.", "core"},
	{qProducts, "We scrapped it, now it's just the portal we sell to councils.", "core"},
}

func TestRound25bGivenUpOnlyTradeNow(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bGivenUpOnlyTradeNow, round25bGivenUpOnlyTradeNowKept)
}

// round25bWebPresenceOnly: a web presence named as all there is ("Just a
// website.", "a website, that's all") is no product of the firm's own,
// the shop window every business has. 4 of 4 failed first (all asked).
var round25bWebPresenceOnly = []readingCase{
	{qProducts, "Just a website.", "no"},
	{qProducts, "We have a website, that's all.", "no"},
	{qProducts, "Only a Facebook page and a website.", "no"},
	{qProducts, "Just a Facebook page, that's it.", "no"},
}

// round25bWebPresenceOnlyKept must keep their reading: the website as
// the business, websites built for clients, a plan beside the website.
var round25bWebPresenceOnlyKept = []readingCase{
	{qProducts, "Our website is the business: people book and pay there.", "core"},
	{qProducts, "We build websites for clients.", "core"},
	{qProducts, "Just a website, but we're planning an app.", "planned"},
	{qProducts, "Only the website for now, an app next year.", "planned"},
}

func TestRound25bWebPresenceOnly(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bWebPresenceOnly, round25bWebPresenceOnlyKept)
}

// round25bCompetitorsUnclear: "unclear" told of the rivals is the "not
// sure" option, as "not clear" is. 2 of 4 failed first (both asked).
var round25bCompetitorsUnclear = []readingCase{
	{qCompetitors, "Honestly unclear.", "unsure"},
	{qCompetitors, "Unclear to me, the other garages don't publish much.", "unsure"},
	{qCompetitors, "Unclear, we've never compared ourselves.", "unsure"},
	{qCompetitors, "Unclear. Some online shops may be, but we serve a different crowd.", "unsure"},
}

// round25bCompetitorsUnclearKept must keep their reading: "clear" told
// of a place, and "unclear" on other questions.
var round25bCompetitorsUnclearKept = []readingCase{
	{qCompetitors, "It's clear we're behind.", "yes"},
	{qCompetitors, "Clear: we're ahead.", "no"},
	{qData, "Unclear who owns the customer list, it's in three places.", "yes"},
	{qSecurity, "Unclear, we've never thought about it.", "low"},
}

func TestRound25bCompetitorsUnclear(t *testing.T) {
	checkReadings(t, rulesReading, false, round25bCompetitorsUnclear, round25bCompetitorsUnclearKept)
}
