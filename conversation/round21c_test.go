package conversation

import (
	"strings"
	"testing"
)

// round21cSizeNoise: numbers in a size answer that count no staff: a
// year written short ("back in '03"), a count per period ("12,000
// visitors a year"), a measure ("800 acres"), people the firm serves
// ("we took 5,000 travellers"), a group denied through an adverb ("not
// really ours"), and an "each" that names one of a group rather than a
// size per group. 7 of 18 failed first (taken as a larger size).
var round21cSizeNoise = []readingCase{
	{qSize, "my uncle and me opened up shop in '03, still just 5 of us", "xs"},
	{qSize, "been at it since ’87 and we're 14 people now", "s"},
	{qSize, "we're 9 in the office, and we host about 12,000 visitors a year", "xs"},
	{qSize, "around 40 staff, serving maybe 300 diners a night", "s"},
	{qSize, "we are 30 and we farm 800 acres", "s"},
	{qSize, "The mill has 70 workers, the estate covers 2,000 hectares.", "m"},
	{qSize, "Only 4 of us. Last season we took 5,000 travellers up the volcano.", "xs"},
	{qSize, "about 60, plus 300 reps who are not really ours", "m"},
	{qSize, "We are 18 staff. The 40 boats belong to the fishermen and each family sells its own catch.", "s"},
	{qSize, "12 at the shop, and every month 2,000 shoppers come through the door", "s"},
	{qSize, "we're eight: me, my sister, four cooks and two waiters. In summer the 60 tables are full and we're still eight, just busier.", "xs"},
	{qSize, "started with one van back in '05. these days 9 of us", "xs"},
	{qSize, "me and dad and one truck in '98. now only 6 of us haha", "xs"},
	{qSize, "23 of us in the plant. The 40 canoes belong to the families and each family paddles its own.", "s"},
	{qSize, "We are 6 in the office, with 9,000 guests a year it sounds bigger.", "xs"},
	{qSize, "we're 15, plus 200 1099 drivers who aren't really ours", "s"},
	{qSize, "We are five: me, Ana, two cooks and a dishwasher. In August all 50 covers are booked and we're still five, everyone just works harder.", "xs"},
	{qSize, "The 3 of us brothers run it since dad retired; about 90 staff across the yard and the office.", "m"},
}

// round21cSizeNoiseKept keep their reading: counts per group, staff
// added with "another", a season's peak and a denial with no adverb.
var round21cSizeNoiseKept = []readingCase{
	{qSize, "three branches with about eight each", "s"},
	{qSize, "4 shifts of 6 people each", "s"},
	{qSize, "we were 45 at christmas and hired another 20 since", "~m"},
	{qSize, "about 60, plus 300 reps who are not ours", "m"},
	{qSize, "since 98 we have grown to 40 people", "s"},
	{qSize, "we are 22 people", "s"},
	{qSize, "around 300 on the payroll", "l"},
	{qSize, "we had 10 staff, now we're 40", "s"},
	{qSize, "20 of us all year, up to 70 in the harvest", "~m"},
}

func TestRound21cSizeNoise(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cSizeNoise, round21cSizeNoiseKept)
}

// round21cOwnersNow: a "now" told of who owns or runs the firm ("the 3
// of us kids run it now") beside a count of staff is no present
// headcount against a past one: the past clause ("new and used
// boats") counted no one. "now we're 40" is the staff now. 3 of 9
// failed first (taken as the owners' count, or the count then).
var round21cOwnersNow = []readingCase{
	{qSize, "my grandpa opened it in 1972 and the 2 of us grandkids run it now. about 120 staff in the yard and office", "m"},
	{qSize, "mom started the bakery in 1995, the 3 of us sisters run it now, about 30 staff", "s"},
	{qSize, "founded by my father in 1980. today the two of us brothers own it, and we have 60 employees", "m"},
	{qSize, "grandpa opened it in 1972 and the 2 of us run it now. about 120 staff. we sell new and used boats", "m"},
	{qSize, "the 4 of us partners run it now, roughly 85 employees, and we buy used machines", "m"},
	{qSize, "Dad set it up in the eighties; now me and my cousin manage it with 75 people on the payroll", "m"},
}

// round21cOwnersNowKept: a count then and a count now keeps the now.
var round21cOwnersNowKept = []readingCase{
	{qSize, "we started with 3 of us in 2015, now we're 40", "s"},
	{qSize, "we were 10 people, now we are 60", "m"},
	{qSize, "there used to be 300 of us, now only 80", "m"},
}

func TestRound21cOwnersNow(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cOwnersNow, round21cOwnersNowKept)
}

// round21cThingsBesideDoers: a count of things ("40 beds", "12 rooms")
// beside counts of people by their trade ("three instructors") is no
// headcount, as beside a bare count; nor is a small count of such
// people an option number. 3 of 5 failed first (the things counted),
// and 2 of the 4 guards ("40 nurses and 120 beds" read as m).
var round21cThingsBesideDoers = []readingCase{
	{qSize, "a small B&B with 12 rooms, my husband and I and two cleaners", "xs"},
	{qSize, "we run 30 boats with four skippers", "xs"},
	{qSize, "a little café with 60 seats, three baristas and a cook", "xs"},
	{qSize, "a garage with 8 bays and five mechanics", "xs"},
	{qSize, "We have a dive shop and 20 bunks upstairs, I teach with two instructors and one girl does the desk.", "xs"},
}

// round21cThingsBesideDoersKept: the people count stays the headcount.
var round21cThingsBesideDoersKept = []readingCase{
	{qSize, "we look after 300 holiday cottages with 45 cleaners", "s"},
	{qSize, "40 nurses and 120 beds", "s"},
	{qSize, "60 drivers and 200 trucks", "m"},
	{qSize, "about 35, and we deliver to 2,000 homes", "s"},
}

func TestRound21cThingsBesideDoers(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cThingsBesideDoers, round21cThingsBesideDoersKept)
}

// round21cFoundsOther: a founding verb with an object other than the
// firm ("this year we opened Sevilla and Malaga", "launched our app")
// dates no founding: never a start-up for it. 4 of 5 failed first
// (taken as startup, or asked with it).
var round21cFoundsOther = []readingCase{
	{qStage, "this year we opened Sevilla and Malaga", "!startup"},
	{qStage, "We have 14 language schools and last year we opened Porto and Braga.", "!startup"},
	{qStage, "we started exporting to Canada this year", "!startup"},
	{qStage, "we launched our app last year, the firm is from 1998", "~established"},
	{qStage, "last year we opened Denver, now we're in 5 cities", "~scaling"},
}

// round21cFoundsFirm: the firm founded keeps its start-up.
var round21cFoundsFirm = []readingCase{
	{qStage, "we opened last year", "startup"},
	{qStage, "we started this year", "startup"},
	{qStage, "opened in March this year", "startup"},
	{qStage, "we founded the company last year", "startup"},
	{qStage, "we opened our doors last spring", "startup"},
	{qStage, "I started the business this year", "startup"},
}

func TestRound21cFoundsOther(t *testing.T) {
	checkRulesThenEngine(t, round21cFoundsFirm)
	checkNotReadings(t, round21cFoundsOther)
}

// checkNotReadings is checkReadings where a want may be "!v": any
// reading but v taken (asked between v and another is no miss).
func checkNotReadings(t *testing.T, set []readingCase) {
	t.Helper()
	for _, tt := range set {
		m := modelFreeReading(&questions[questionIndex(tt.q)], tt.text)
		not, ok := strings.CutPrefix(tt.want, "!")
		if ok && m.value == not || !ok && !meets(m, tt.want, false) {
			t.Errorf("%s %q = %q %v, want %s", tt.q, tt.text, m.value, m.candidates, tt.want)
		}
	}
}

// TestDescriptionRound21cFoundsOther: new sites opened this year fill no
// start-up. 1 of 2 failed first.
func TestDescriptionRound21cFoundsOther(t *testing.T) {
	checkFills(t, []fillCase{
		{"We have 22 language academies in Galicia, 150 people, and this year we opened Vigo and Lugo.", qStage, "!startup"},
		{"we opened last year and it's going well", qStage, "startup"},
	})
}

// round21cVerdictSentence: a long message whose answer is a short
// sentence of its own at its start ("A little. WhatsApp for the
// bookings...") or its end ("... Medium."): the rest tells why, and its
// words (a breakdown, an exception, a story) must not outvote it. 4 of
// 13 failed first, blended or by the rules alone (asked between two, or
// read as the body's option).
var round21cVerdictSentence = []readingCase{
	{qOps, "Quite a bit. The orders come by phone and we write them in a book, but the invoices are on the laptop.", "medium"},
	{qOps, "Very little. We have a phone and a calculator, and my daughter does the Instagram.", "low"},
	{qSecurity, "Not a lot. Who would hack a goat farm? Maybe the bank card, but the bank handles it.", "low"},
	{qSecurity, "Very much. Our recipes are our value and we were hacked last spring.", "high"},
	{qSystems, "No, they work well. The booking program is old but simple. Only the printer jams, but that is the printer.", "~fine"},
	{qSystems, "Yes, they need work. The server is from 2010 and the backups are on a USB stick.", "pain"},
	{qProducts, "Yes, core. We sell our own scheduling app to 30 gyms and it's half our revenue.", "core"},
	{qCompetitors, "Not sure. Some are bigger, some are smaller, I never visit them.", "unsure"},
	{qData, "It is a big problem, yes. The files are in each shop, some on paper, some on the laptop.", "yes"},
	{qSecurity, "We have a firewall and the bank's training, but the news scares me sometimes. Medium.", "medium"},
	{qInnovation, "We watch what the Germans do, and we buy new machines when they are tested. Once we bought early but it was an exception. Somewhat.", "some"},
	{qOps, "The orders come by email and go into the ERP, but the machines are mechanical. We could work a day without it. Quite a lot, I'd say.", "medium"},
	{qCompetitors, "The big ones never show what they do and at the fairs everyone smiles. I don't know, really.", "unsure"},
}

// round21cVerdictSentenceKept: a bare yes or no opening a graded answer
// says no degree, and a change of mind after the opening ("well,
// actually") undoes it.
var round21cVerdictSentenceKept = []readingCase{
	{qOps, "Not really. Everything is on the computer and we stop without it.", "~high"},
	{qSystems, "Fine. Well, actually the ERP crashes every day and nothing talks to anything.", "~pain"},
	{qSystems, "Yes. A little slow sometimes, but mostly fine.", "~some"},
	{qSystems, "slow? yes. secure? no.", "pain"},
	{qSecurity, "Fairly high, I'd say. Our clients are hospitals.", "~high"},
	{qSystems, "Fine. Except the ERP, which crashes every day and loses orders.", "!fine"},
	{qSystems, "Not bad. But the server is 15 years old and nobody has patched it.", "!fine"},
	{qSystems, "No, they run well. Only the server crashes twice a week.", "!fine"},
	{qStage, "Very fast. Although this year is flat.", "!scaling"},
	{qSystems, "Not a disaster. The tills and the website don't talk, so we type things twice.", "~some"},
}

func TestRound21cVerdictSentence(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cVerdictSentence)
	checkNotReadings(t, round21cVerdictSentenceKept)
	checkReadings(t, rulesReading, true, round21cVerdictSentence)
}

// round21cOpsLittle: an opening clause that echoes an option's label is
// that option: on reliance, "a little" is the lowest option's own label
// ("A little: basic tools"), no hedge toward the middle; "a little web
// shop" is no echo. 2 of 4 failed first (read
// as medium).
var round21cOpsLittle = []readingCase{
	{qOps, "A little. Email, a laptop for the invoices and the rest is done by hand in the workshop.", "low"},
	{qOps, "a little, mostly the card reader and the phone", "low"},
	{qOps, "A little. If the power goes we light candles and keep serving.", "low"},
	{qOps, "a little", "low"},
}

// round21cOpsLittleKept: other questions' "a little" stays the middle.
var round21cOpsLittleKept = []readingCase{
	{qSecurity, "a little worried", "medium"},
	{qData, "a little messy", "some"},
	{qInnovation, "a little, when customers ask for it", "some"},
	{qOps, "quite a lot", "medium"},
	{qOps, "a little web shop and the tills, that's all the tech", "~low"},
	{qOps, "a little, but everything we sell goes through the website", "!low"},
	{qOps, "A little. But the orders and invoices are all in the system.", "!low"},
}

func TestRound21cOpsLittle(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21cOpsLittle)
	checkNotReadings(t, round21cOpsLittleKept)
}
