package conversation

import (
	"strings"
	"testing"
)

// round21cBudgetDeciders: a yes "for the partners" or "for the board"
// names who holds the money, not a purchase other than the hire. 5 of 5
// failed first (asked again).
var round21cBudgetDeciders = []readingCase{
	{qBudget, "Yes, it's a priority for the partners.", "yes"},
	{qBudget, "yes, it is an important thing for the board", "yes"},
	{qBudget, "Yes, the money is there, it's a big topic for the owners.", "yes"},
	{qBudget, "yes, this is a priority for the family", "yes"},
	{qBudget, "Yes. It's a top priority for the directors this year.", "yes"},
}

// round21cBudgetDecidersKept: a budget for a thing stays in doubt.
var round21cBudgetDecidersKept = []readingCase{
	{qBudget, "yes, we have the budget for a new roof", "?"},
	{qBudget, "we have money set aside for the new van", "?"},
}

func TestRound21cBudgetDeciders(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cBudgetDeciders, round21cBudgetDecidersKept)
}

// round21cBareCant: a "can't" with its subject left out too, as a
// clause of its own, denies the money as "we can't" does. 2 of 4 failed
// first (asked again).
var round21cBareCant = []readingCase{
	{qBudget, "can't, the credit line is tapped out", "no"},
	{qBudget, "Cannot. Every cent goes to the new oven.", "no"},
	{qBudget, "couldn't, not with the loan we have", "no"},
	{qBudget, "can't", "no"},
}

// round21cBareCantKept: "can't" joined to its verb is read by its words.
var round21cBareCantKept = []readingCase{
	{qBudget, "can't say, really", "~maybe"},
	{qBudget, "can't afford a full-timer, maybe a part-timer", "~no"},
}

func TestRound21cBareCant(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cBareCant, round21cBareCantKept)
}

// round21cMiddleOpening: an opening clause that only says the middle
// ("Some.", "Yes and no.") is the middle, whatever the reasons after it
// read. 3 of 6 failed first; a bare "yes and no" is still asked.
var round21cMiddleOpening = []readingCase{
	{qInnovation, "some. we jumped early on online ordering but we don't chase every new thing", "some"},
	{qInnovation, "Yes and no. We try new seeds when the neighbours show results, but we are never the first.", "some"},
	{qSecurity, "Yes and no. Nobody wants our recipes, but the card payments worry me a bit.", "medium"},
	{qData, "Some. The prices are in two spreadsheets that never agree.", "some"},
	{qInnovation, "some, we'd like online ordering for parts but we're not trying to be first", "some"},
	{qSystems, "kind of, the till is fine but the stock sheet is a mess", "some"},
}

// round21cMiddleOpeningKept: a middle in a later clause, or an opening
// taken back, is read as before.
var round21cMiddleOpeningKept = []readingCase{
	{qSystems, "some of it is fine, the rest is a disaster", "~some"},
	{qInnovation, "Yes. We were the first in the valley with drones.", "yes"},
	{qBudget, "yes and no", "?"},
	{qSystems, "yes and no", "?"},
}

func TestRound21cMiddleOpening(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cMiddleOpening, round21cMiddleOpeningKept)
}

// round21cAsides: the past told after the present ("fine since the
// move, before it was a disaster") and a problem disowned as no part of
// the systems ("the coffee machine is broken, but that is not IT") are
// asides: the rest answers. 5 of 6 failed first (asked between two).
var round21cAsides = []readingCase{
	{qSystems, "Solid since we changed the ERP in 2022, before it was a nightmare.", "fine"},
	{qSystems, "They work fine now, previously the server crashed every week.", "fine"},
	{qData, "Under control since we moved to one system, before it was chaos.", "no"},
	{qSystems, "Our tools run well, we are a software shop. The printer is broken, but that is not IT.", "fine"},
	{qSystems, "They run well. The only problem is the floods in winter, but that is the weather, not our systems.", "fine"},
	{qSystems, "all good, the espresso machine keeps dying but that's not tech", "fine"},
}

// round21cAsidesKept: a present told after the past, and a problem not
// disowned, keep their reading.
var round21cAsidesKept = []readingCase{
	{qSystems, "before it was fine, now it's a mess", "pain"},
	{qSystems, "the server is broken and that is not good", "~pain"},
	{qSystems, "it was a disaster", "~pain"},
}

func TestRound21cAsides(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cAsides, round21cAsidesKept)
}

// round21cAgeButGrowth: an age granted before a "but" and strong recent
// growth after it is scaling. 4 of 5 failed first (asked, or read as
// established).
var round21cAgeButGrowth = []readingCase{
	{qStage, "been going 25 yrs but the last year has been a rocket, from 2 trucks to 9", "scaling"},
	{qStage, "started in 2012 but this year's been nuts, orders up like 60%", "scaling"},
	{qStage, "family business, third generation, but the last two years have been madness", "scaling"},
	{qStage, "founded in 1999 but sales are up 50% since the new site", "scaling"},
	{qStage, "around since the 80s, but we doubled in the last 18 months", "scaling"},
}

// round21cAgeButGrowthKept: growth denied or softened after the "but".
var round21cAgeButGrowthKept = []readingCase{
	{qStage, "been going 19 yrs, steady, we grow a bit each year but nothing crazy", "established"},
	{qStage, "opened 2015 but not growing fast", "~established"},
	{qStage, "founded in 2001, growing steadily but not quickly", "established"},
}

func TestRound21cAgeButGrowth(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cAgeButGrowth, round21cAgeButGrowthKept)
}

// round21cMiddleByClauses: the worst denied and a lesser trouble told,
// one trouble as the exception to the rest, or a hedge then the least
// denied: the middle. 3 of 6 failed first (asked between two).
var round21cMiddleByClauses = []readingCase{
	{qSystems, "it's not a nightmare but there's for sure stuff to tidy up, old passwords and that kind of thing", "some"},
	{qData, "Our bookkeeper calls our numbers 'artistic'. It's not that bad, a couple of sheets that need cleaning.", "some"},
	{qSystems, "one thing: the card reader freezes maybe twice a month. everything else is fine", "some"},
	{qData, "just one issue, the supplier codes are duplicated. the rest is fine", "some"},
	{qSecurity, "sorta worried, not losing any sleep over it though", "medium"},
	{qSecurity, "a bit concerned, not keeping me up at night", "medium"},
}

// round21cMiddleByClausesKept: the worst denied alone, a rest that is
// fine with no trouble told, and a hedge taken back.
var round21cMiddleByClausesKept = []readingCase{
	{qSystems, "not a disaster, they work", "~fine"},
	{qSystems, "the new laptops are great and everything else is fine", "~fine"}, // the models, with blind71-76 learned, ask
	{qSecurity, "kind of. well, no, not really", "~low"},
	{qSystems, "it's a disaster, nothing works", "pain"},
}

func TestRound21cMiddleByClauses(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cMiddleByClauses, round21cMiddleByClausesKept)
}

// round21cFoundingNoPast: a founding date beside a present that says
// nothing of the stage ("even if we are 30 people now") is no past the
// present replaced. 3 of 3 failed first (asked).
var round21cFoundingNoPast = []readingCase{
	{qStage, "We are still a startup, even if we are 25 people now. Founded last year, no revenue yet.", "startup"},
	{qStage, "Still early stage, though we are 12 now. Founded 18 months ago and still looking for product-market fit.", "startup"},
	{qStage, "honestly a startup, even with 40 staff now. we started two years ago and aren't profitable yet", "startup"},
}

// round21cFoundingNoPastKept: a present that tells the stage replaces
// the past.
var round21cFoundingNoPastKept = []readingCase{
	{qStage, "we started as a garage startup in 2010, now we're well established", "established"},
}

func TestRound21cFoundingNoPast(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cFoundingNoPast, round21cFoundingNoPastKept)
}

// round21cCoping: a trouble told and coped with ("but we manage",
// "annoying but we survived") is the middle. 3 of 5 failed first (asked
// between two).
var round21cCoping = []readingCase{
	{qData, "job files live in 4 places, the CAD, the email, a shared drive and a binder. we manage", "some"},
	{qData, "the stock sheet and the till never agree, but we cope", "some"},
	{qSystems, "the booking system is slow and crashes on busy days, but we get by", "some"},
	{qOps, "the network went down for a day in May and we did everything on paper, a pain but we survived", "medium"},
	{qOps, "when the till crashed we took cash and wrote it down, annoying but we coped", "medium"},
}

// round21cCopingKept: coping with no trouble told, or no outage on
// reliance, is read as before.
var round21cCopingKept = []readingCase{
	{qOps, "everything by hand, we manage", "~low"},
	{qData, "it's all in one system and we manage", "no"},
}

func TestRound21cCoping(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cCoping, round21cCopingKept)
}

// round21cCoreNowSoldLater: a product told as core now, with a plan only
// to sell it further, is core. 2 of 3 failed first (asked between
// planned and core).
var round21cCoreNowSoldLater = []readingCase{
	{qProducts, "yes, the booking engine is core and we're about to start selling it to other hotels", "core"},
	{qProducts, "yep, our routing app is core to the business, next year we'll license it to other fleets", "core"},
	{qProducts, "the scheduling software is core, we plan to start charging other clinics for it", "core"},
}

// round21cCoreNowSoldLaterKept: a product still to build stays planned.
var round21cCoreNowSoldLaterKept = []readingCase{
	{qProducts, "we plan to build an app next year and license it", "planned"},
	{qProducts, "it will be core once we launch it next spring and start selling it", "~planned"},
}

func TestRound21cCoreNowSoldLater(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cCoreNowSoldLater, round21cCoreNowSoldLaterKept)
}

// round21cHardButPossible: paying denied only its ease ("not easily")
// beside a "could" is tight, maybe. 3 of 3 failed first (asked).
var round21cHardButPossible = []readingCase{
	{qBudget, "not easily. we could swing it but something else would have to go", "maybe"},
	{qBudget, "Not without pain. It's possible if we delay the new truck.", "maybe"},
	{qBudget, "not comfortably, though we can find it if we have to", "maybe"},
}

// round21cHardButPossibleKept: a plain no stays no.
var round21cHardButPossibleKept = []readingCase{
	{qBudget, "no, we can't, not this year", "no"},
	{qBudget, "not easily", "~no"},
}

func TestRound21cHardButPossible(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cHardButPossible, round21cHardButPossibleKept)
}

// round21cOtherLaunched: a launch or start of something other than the
// firm ("we launched our second product") is no start-up's key. 2 of 3
// failed first (read as startup by the rules alone).
var round21cOtherLaunched = []readingCase{
	{qStage, "this year we launched our third app", "!startup"},
	{qStage, "we launched a new menu last month, the restaurant has been here since 1990", "established"},
	{qStage, "we started exporting to Japan in March", "!startup"},
}

func TestRound21cOtherLaunched(t *testing.T) {
	for _, tt := range round21cOtherLaunched {
		q := &questions[questionIndex(tt.q)]
		for _, m := range []answerMatch{modelFreeReading(q, tt.text), rulesReading(q, tt.text)} {
			not, ok := strings.CutPrefix(tt.want, "!")
			if ok && m.value == not || !ok && m.value != tt.want && m.value != "" {
				t.Errorf("%s %q = %q %v, want %s", tt.q, tt.text, m.value, m.candidates, tt.want)
			}
		}
	}
}

// round21cSoJoins: a "so" that opens a clause on a time or an adverb
// ("so today I am calm") joins it, no intensifier of the strongest
// option. 1 of 3 failed first (read as high).
var round21cSoJoins = []readingCase{
	{qSecurity, "We had a virus in 2019, it was terrible. Now we have backups in the cloud, so today I am calm.", "!high"},
	{qSecurity, "we have a good IT firm, so nowadays I am relaxed", "!high"},
	{qSecurity, "so honestly, not much", "low"},
}

func TestRound21cSoJoins(t *testing.T) {
	checkNotReadings(t, round21cSoJoins)
	checkReadings(t, modelFreeReading, false, []readingCase{{qSecurity, "so much", "high"}, {qSystems, "so slow", "pain"}})
}

// round21cReported: sentences reporting what others say ("My son says
// the computers are a disaster") are theirs; the owner's own sentences
// answer when they do. 2 of 4 failed first (one read as the report).
var round21cReported = []readingCase{
	{qSecurity, "My brother-in-law is a policeman and he always tells me about hackers. For us it is not a big worry.", "low"},
	{qSystems, "My son says the computers are a disaster. For what we do they work fine.", "fine"},
	{qData, "The auditor told us the files were a mess. We fixed it last year, now everything is in one system.", "no"},
	{qCompetitors, "Our sales guy says the rivals are way ahead of us. Honestly, we are at the same level.", "no"},
}

// round21cReportedKept: a report with nothing of the owner's own, or
// agreed with, is read whole.
var round21cReportedKept = []readingCase{
	{qData, "My accountant says our data is a mess.", "yes"},
	{qSystems, "My son says the computers are a disaster, and I think he is right.", "pain"},
}

// TestRound21cReported checks the rules' reading: since round 24's files
// the model doubts "My accountant says our data is a mess." (it reads
// the reported view as a denial), and the engine asks between yes and
// no, which is no error.
func TestRound21cReported(t *testing.T) {
	checkReadings(t, rulesReading, false, round21cReported, round21cReportedKept)
	checkReadings(t, modelFreeReading, false, []readingCase{
		{qData, "My accountant says our data is a mess.", "~yes"},
		{qSystems, "My son says the computers are a disaster, and I think he is right.", "~pain"},
	})
}

// round21cThingsNotSummed: beside members or customers, a count of
// things ("22 pharmacies") is not added to the staff; with none, a
// plural of people the reader does not know stays summed. 1 of 3 failed
// first (read as the sum).
var round21cThingsNotSummed = []readingCase{
	{qSize, "We are 35 in the company. We have 22 pharmacies and 600,000 clients in the database.", "s"},
	{qSize, "we're 9, with 30 bakeries supplied and 4,000 customers a week", "xs"},
	{qSize, "We employ some 300 cleaning operatives, plus an office team of 20.", "l"},
}

func TestRound21cThingsNotSummed(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cThingsNotSummed)
}

// round21cConcludedLabel: a long story concluded in the words of an
// option's label ("so I'd say quite a lot") is that option, whatever
// the story's words read. 2 of 2 failed first (asked between two).
var round21cConcludedLabel = []readingCase{
	{qOps, "The clients send the orders by email, we type them into the ERP and the workshop prints the job sheets. The machines are manual. We could last a day without it, not a week, so I'd say quite a lot.", "medium"},
	{qSecurity, "Our clients are hospitals and a breach would cost us contracts, but we are small and careful, so I would say somewhat.", "medium"},
}

func TestRound21cConcludedLabel(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cConcludedLabel)
}
