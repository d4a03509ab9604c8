package conversation

import "testing"

// round30fWorstDeniedThenTrouble: an opening that only denies the worst
// end ("not bad", "not a disaster", "not a crisis") and a trouble told
// after it is the middle option, the model agreeing. 9 of 9 failed
// first (all asked between the middle and another); three the rules
// read otherwise still ask, the middle offered.
var round30fWorstDeniedThenTrouble = []readingCase{
	{qSystems, "not terrible. the rota app and payroll don't talk so we copy hours across", "some"},
	{qSystems, "Not awful, not brilliant. The CRM is old and slow but it does the job.", "some"},
	{qSystems, "not a disaster, the wifi upstairs drops out and the printer jams", "some"},
	{qSystems, "Not bad, the tills are fine, the stock sheet is a pain though", "~some"},
	{qSystems, "It's not a catastrophe, but the booking tool is clunky and slow", "~some"},
	{qData, "not a crisis, but the supplier list lives in two spreadsheets", "some"},
	{qData, "Not a huge problem. A few duplicate customers between the shop and the website.", "some"},
	{qData, "not terrible, but the stock counts and the accounts don't always agree", "some"},
	{qData, "Not a disaster. The quotes are in email and the invoices in Xero, that's all.", "~some"},
}

// round30fWorstDeniedThenTroubleKept: the worst denied alone, or with
// the systems said to be fine after it, or the worst told after all.
var round30fWorstDeniedThenTroubleKept = []readingCase{
	{qSystems, "not bad at all, everything just works", "fine"},
	{qSystems, "not bad, no complaints", "fine"},
	{qSystems, "not a disaster, it's a catastrophe: nothing talks to anything and it crashes daily", "!fine"},
	{qData, "not a problem, it's all in one system", "no"},
	{qData, "no problem at all", "no"},
}

func TestRound30fWorstDeniedThenTrouble(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fWorstDeniedThenTrouble, round30fWorstDeniedThenTroubleKept)
}

// round30fWholeSlowThenPeripheral: systems called slow or flaky as a
// whole in a bare opening ("slow af.", "slow, patchy, and ...") are not
// a trouble of peripherals only, whatever device is named after. 4 of
// 5 failed first (all asked between the worst and some); two the model
// doubts still ask, the worst offered.
var round30fWholeSlowThenPeripheral = []readingCase{
	{qSystems, "slow as anything, and the shared drive is open to everyone", "pain"},
	{qSystems, "yeah. sluggish, and the card reader drops out and anyone can open the shared drive", "pain"},
	{qSystems, "so slow. and half the team share one login on the shared drive", "pain"},
	{qSystems, "glitchy and slow, and the card machine drops out", "~pain"},
	{qSystems, "yes, slow and flaky, and the wifi in the warehouse is hopeless", "~pain"},
}

// round30fWholeSlowThenPeripheralKept: a peripheral's trouble alone.
var round30fWholeSlowThenPeripheralKept = []readingCase{
	{qSystems, "People moan about the printer and the slow wifi", "!pain"},
	{qSystems, "the wifi is slow", "!pain"},
	{qSystems, "slow wifi, that's about it", "!pain"},
	{qSystems, "the card machine drops out now and then", "!pain"},
}

func TestRound30fWholeSlowThenPeripheral(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fWholeSlowThenPeripheral, round30fWholeSlowThenPeripheralKept)
}

// round30fProblemNotHad: "we don't have this problem", the question's
// trouble denied with a pointing word, is the no as "that problem" is.
// 2 of 6 failed first (both "this" ones asked between the yes and the no).
var round30fProblemNotHad = []readingCase{
	{qData, "We don't have that problem, it's all in one place.", "no"},
	{qData, "we don't have this issue, the bookkeeper keeps it neat", "no"},
	{qData, "No, we haven't got that problem. One system for everything.", "no"},
	{qData, "We do not have this kind of problem, our records are in one program.", "no"},
	{qData, "don't have that problem here, everything's in the one CRM", "no"},
	{qData, "we don't have that, it's one spreadsheet and it's tidy", "no"},
}

// round30fProblemNotHadKept: the problem had, or not solved.
var round30fProblemNotHadKept = []readingCase{
	{qData, "this problem is real for us, the stock is everywhere", "!no"},
	{qData, "we have this problem, customers are in three places", "!no"},
	{qData, "we don't have a handle on it, everything is everywhere", "!no"},
}

func TestRound30fProblemNotHad(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fProblemNotHad, round30fProblemNotHadKept)
}

// round30fConcernNotTop: a worry owned, its top rank then denied ("a
// concern, not the biggest one", "it matters, but it's not our number
// one priority") is the middle. 4 of 6 failed first (all asked between
// the middle and the end the rules read).
var round30fConcernNotTop = []readingCase{
	{qSecurity, "it's a worry, not the biggest one", "medium"},
	{qSecurity, "a concern, yes, just not top of the list", "medium"},
	{qSecurity, "It matters, though it's not our number one priority.", "medium"},
	{qSecurity, "we think about it, it's not the top priority", "medium"},
	{qSecurity, "It's on the list, not at the top.", "medium"},
	{qSecurity, "a concern, not a pressing one", "medium"},
}

// round30fConcernNotTopKept: the rank denied alone, or owned.
var round30fConcernNotTopKept = []readingCase{
	{qSecurity, "not my biggest concern", "!high"},
	{qSecurity, "it's our biggest concern", "high"},
	{qSecurity, "not a concern at all", "low"},
	{qSecurity, "top of the list, we hold patient records", "high"},
}

func TestRound30fConcernNotTop(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fConcernNotTop, round30fConcernNotTopKept)
}

// round30fWhoWouldBother: "who would bother hacking us", asked back of
// a small firm, is the low worry, its "?" left off or not. 3 of 10
// failed first (the "who'd", "who'll", "whod" ones: read high or asked).
var round30fWhoWouldBother = []readingCase{
	{qSecurity, "who would want to hack a bakery", "low"},
	{qSecurity, "who'd bother with us, we sell socks", "low"},
	{qSecurity, "who's going to hack a plumber?", "low"},
	{qSecurity, "why would anyone target a two-man joinery", "low"},
	{qSecurity, "who would hack us? we've got nothing worth stealing", "low"},
	{qSecurity, "honestly, who would bother attacking a tiny florist", "low"},
	{qSecurity, "who'd bother hacking a chippy", "low"},
	{qSecurity, "who'd want our invoices lol", "low"},
	{qSecurity, "who'll hack a corner shop", "low"},
	{qSecurity, "whod target a dog groomer", "low"},
}

// round30fWhoWouldBotherKept: the question asked of a worry, or of
// everyone's fear.
var round30fWhoWouldBotherKept = []readingCase{
	{qSecurity, "who would help us if we got hacked? that's what keeps me up", "!low"},
	{qSecurity, "isn't everyone scared of ransomware now", "!low"},
}

func TestRound30fWhoWouldBother(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fWhoWouldBother, round30fWhoWouldBotherKept)
}

// round30fProblemNotSeen: "I don't see a problem", "can't see any
// issues": the trouble denied across the seeing, the no. 5 of 5 failed
// first (all asked between the no and a trouble).
var round30fProblemNotSeen = []readingCase{
	{qSystems, "I don't see a problem with them", "fine"},
	{qSystems, "I can't see a problem, everything runs", "fine"},
	{qSystems, "honestly I don't see any issues, it all just works", "fine"},
	{qData, "I don't see a problem there, it's all in Xero", "no"},
	{qSystems, "can't see any problems myself, the team's happy", "fine"},
}

// round30fProblemNotSeenKept: a problem seen, or seen by others.
var round30fProblemNotSeenKept = []readingCase{
	{qSystems, "I see problems everywhere, it's a mess", "pain"},
	{qSystems, "you'll see the problem as soon as you log in, it crashes daily", "!fine"},
}

func TestRound30fProblemNotSeen(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fProblemNotSeen, round30fProblemNotSeenKept)
}

// round30fTroubleFixedSince: a trouble told in the past and a fix since
// ("it was a mess, we cleaned it up last year") is the good end now,
// the model agreeing, else asked. 3 of 6 failed first (the data ones
// with no "used to" or "ago"; one taken as the yes, which the model
// still reads, so now asked).
var round30fTroubleFixedSince = []readingCase{
	{qSystems, "they were a nightmare two years ago, we sorted it all out since", "fine"},
	{qSystems, "used to be awful, we replaced the lot last year", "fine"},
	{qData, "it was a mess, we cleaned it up in the spring", "no"},
	{qData, "we had a real problem with duplicates, fixed it last year", "~no"},
	{qSystems, "it was chaos before covid, then we moved everything to the cloud and fixed it", "fine"},
	{qData, "it was a big problem, we sorted it out when we moved to one system", "no"},
}

// round30fTroubleFixedSinceKept: the trouble still there, or the fix
// under way or partial.
var round30fTroubleFixedSinceKept = []readingCase{
	{qSystems, "it was a mess and it still is", "!fine"},
	{qSystems, "we fixed some of it last year, but the stock system still crashes", "!fine"},
	{qData, "we had problems, we're fixing them now", "!no"},
}

func TestRound30fTroubleFixedSince(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fTroubleFixedSince, round30fTroubleFixedSinceKept)
}

// round30fMostlyWorkingThenTroubles: an opening that calls the systems
// mostly working ("mostly fine", "on the whole they work") and then
// names two kinds of trouble is the middle, not the worst. 5 of 6
// failed first (four asked between the worst and some, one taken as the
// worst, now asked).
var round30fMostlyWorkingThenTroubles = []readingCase{
	{qSystems, "on the whole they work, a couple of things annoy us: slow laptops and a flaky VPN", "some"},
	{qSystems, "mostly fine, the laptops are slow and the card reader drops out sometimes", "some"},
	{qSystems, "generally ok, the CRM is slow and the printer crashes now and then", "some"},
	{qSystems, "by and large they work, the server is slow and the VPN drops", "~some"},
	{qSystems, "overall fine, some screens are sluggish and the app crashes once a month", "some"},
	{qSystems, "in general it works, just slow in the mornings and the wifi cuts out", "some"},
}

// round30fMostlyWorkingThenTroublesKept: two troubles with no such
// opening, or the opening denied.
var round30fMostlyWorkingThenTroublesKept = []readingCase{
	{qSystems, "slow and it crashes every week", "pain"},
	{qSystems, "not mostly fine at all, slow and crashing daily", "!some"},
	{qSystems, "mostly fine", "!pain"},
}

func TestRound30fMostlyWorkingThenTroubles(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round30fMostlyWorkingThenTroubles, round30fMostlyWorkingThenTroublesKept)
}
