package conversation

import "testing"

// round31dRefusedThenShare: a budget answer that refuses the post
// ("no chance", "we couldn't", "absolutely not", told by the owner or an
// adviser) and then offers a share of one ("part-time maybe", "a
// freelancer now and then"): the full-time post is refused, whatever the
// "maybe" says of the share. 5 of 6 failed first (3 read maybe, 2
// asked).
var round31dRefusedThenShare = []readingCase{
	{qBudget, "Not a hope, not on our margins. A part-timer perhaps.", "no"},
	{qBudget, "My bookkeeper said absolutely not. Part of a salary, maybe.", "no"},
	{qBudget, "We couldn't, not this year. Part time possibly.", "no"},
	{qBudget, "The accountant says no chance. A freelancer now and then, maybe.", "no"},
	{qBudget, "Our auditor said forget it. Part-time maybe.", "~no"}, // the model leans maybe: asks
	{qBudget, "We can't do full time. Part-time maybe.", "no"},
}

// round31dRefusedThenShareKept: a share named first, a tight yes, or an
// adviser's yes is no refusal.
var round31dRefusedThenShareKept = []readingCase{
	{qBudget, "part-time perhaps, but full-time no", "!yes"},
	{qBudget, "maybe part time", "maybe"},
	{qBudget, "yes, full time. part time would be easier though", "!no"},
	{qBudget, "My accountant said we can. Part-time maybe first.", "!no"},
	{qBudget, "Full time would be a stretch. Part-time maybe.", "!no"},
	{qBudget, "no problem, full time or part time", "!no"},
}

func TestRound31dRefusedThenShare(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dRefusedThenShare, round31dRefusedThenShareKept)
}

// round31dNoneAhead: "none of them", "neither of them", "not one of
// them" before "ahead of us" or "further along than us" denies anyone
// is ahead: no. 2 of 4 failed first (both asked); the labelled row that
// led here read yes.
var round31dNoneAhead = []readingCase{
	{qCompetitors, "None of the other garages are ahead of us on software, I can tell you.", "no"},
	{qCompetitors, "There are four printers left in the county and none of them is further along than us.", "no"},
	{qCompetitors, "neither of the two bakeries nearby is ahead of us with tech", "no"},
	{qCompetitors, "Not one of our rivals is more modern than us.", "no"},
}

// round31dNoneAheadKept: some or all of them ahead is behind.
var round31dNoneAheadKept = []readingCase{
	{qCompetitors, "All of them are ahead of us on software.", "yes"},
	{qCompetitors, "some of them are ahead of us, a couple aren't", "!no"},
	{qCompetitors, "none of them were ahead of us five years ago, now all of them are", "!no"},
}

func TestRound31dNoneAhead(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dNoneAhead, round31dNoneAheadKept)
}

// round31dReportDisbelieved: another's view reported, then the owner's
// disbelief of it ("I don't buy it", "I disagree", "rubbish", "I'm not
// having it") before the owner's own account: the other side of the
// report, as with "we're not". 4 of 4 failed first (3 asked, 1 read
// the report's own option).
var round31dReportDisbelieved = []readingCase{
	{qCompetitors, "My business partner thinks we're keeping pace. I disagree, the two new agencies quote online in minutes and we email PDFs.", "yes"},
	{qCompetitors, "Our accountant says we're behind. Rubbish, nobody round here is ahead of us.", "~no"}, // the doubt weighs the report: asks
	{qCompetitors, "The bank says we're fine compared with the rest. I'm not having it, the big mills run everything from tablets now.", "yes"},
	{qCompetitors, "My brother says we're level with the others. I don't buy that, they all take bookings online and we still use a diary.", "~yes"}, // the model leans to the report: asks
}

// round31dReportDisbelievedKept: a report the owner agrees with stands.
var round31dReportDisbelievedKept = []readingCase{
	{qCompetitors, "My accountant says we're behind, and I believe her.", "yes"},
	{qCompetitors, "My partner thinks we're fine. I agree, nobody here is ahead of us.", "no"},
}

func TestRound31dReportDisbelieved(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dReportDisbelieved, round31dReportDisbelievedKept)
}

// round31dMoneyNotTheReason: money denied as the reason ("not for lack
// of money", "it's not a question of money", "never about the money"):
// the money is there. 4 of 5 failed first (all asked); the first kept
// row read yes at first, and now reads no.
var round31dMoneyNotTheReason = []readingCase{
	{qBudget, "Yes. It's not a matter of money, it's finding someone.", "yes"},
	{qBudget, "We could. We haven't, but not for lack of cash.", "yes"},
	{qBudget, "Easily, yes. It was never about the money.", "yes"},
	{qBudget, "Not a question of money, we'd find it.", "yes"},
	{qBudget, "We've held off, and not for lack of funds.", "yes"},
}

// round31dMoneyNotTheReasonKept: money named as the reason, or another
// lack denied, is no yes.
var round31dMoneyNotTheReasonKept = []readingCase{
	{qBudget, "It's a question of money, and we haven't got it.", "!yes"},
	{qBudget, "Not for lack of trying, but the money isn't there.", "!yes"},
	{qBudget, "for lack of money we had to let two people go", "!yes"},
}

func TestRound31dMoneyNotTheReason(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dMoneyNotTheReason, round31dMoneyNotTheReasonKept)
}

// round31dVerdictThenPast: a bare yes or no, then a past told the other
// way ("Two years ago no, but the export growth changed that", "We used
// to have some slack"): the past is how it was, the verdict is now.
// 3 of 5 failed first (all asked); the rules now read all five, and on
// three the model, leaning the past's way, still asks.
var round31dVerdictThenPast = []readingCase{
	{qBudget, "Yes, we can. Three years ago no chance, but the new contracts changed things.", "yes"},
	{qBudget, "No. We used to have money set aside, but the rent doubled.", "~no"},
	{qBudget, "We could, yes. Back in 2019 it would have been a no.", "~yes"},
	{qBudget, "No. Last year maybe, but not after the flood.", "no"},
	{qBudget, "Yes. We used to be too small to think of it, not any more.", "~yes"},
}

// round31dVerdictThenPastKept: a present told the other way after the
// verdict, or a verdict that is itself past, is no such answer.
var round31dVerdictThenPastKept = []readingCase{
	{qBudget, "Yes, two years ago. Not now.", "!yes"},
	{qBudget, "Yes we could. Two years ago it was easy, but this year we can't.", "!yes"},
	{qBudget, "No, not now. We used to have a full-time IT manager.", "no"},
}

func TestRound31dVerdictThenPast(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dVerdictThenPast, round31dVerdictThenPastKept)
}

// round31dDatedByAdviser: an "after" or "once" clause in the past whose
// subject is an adviser or a body ("after the auditor recommended it",
// "once the trustees voted") dates the yes; it sets no condition. 3 of 3
// failed first (all asked between maybe and yes, the rules reading maybe).
var round31dDatedByAdviser = []readingCase{
	{qBudget, "Yes, after the accountant reviewed the figures.", "yes"},
	{qBudget, "Yes. The trustees put the money aside in June, after the committee voted.", "yes"},
	{qBudget, "We can, yes, once the auditor signed off the accounts.", "yes"},
}

// round31dDatedByAdviserKept: a clause still to come is a condition.
var round31dDatedByAdviserKept = []readingCase{
	{qBudget, "Yes, after the auditor signs off.", "!yes"},
	{qBudget, "Yes, once the committee approves it.", "!yes"},
}

func TestRound31dDatedByAdviser(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dDatedByAdviser, round31dDatedByAdviserKept)
}

// round31dCatchUpOrElse: "if we don't catch up", "unless we catch up"
// takes for granted that we are behind: yes. The negation belongs to the
// condition, not to being behind. 2 of 3 failed first (both asked,
// the rules reading no).
var round31dCatchUpOrElse = []readingCase{
	{qCompetitors, "The chain stores have self-checkout now, and if we don't catch up we'll lose the young customers.", "yes"},
	{qCompetitors, "Unless we catch up on the online side, the big agencies will take our clients.", "yes"},
	{qCompetitors, "if we do not catch up soon the dealers will go elsewhere", "yes"},
}

// round31dCatchUpOrElseKept: catching up done or not needed, or others
// catching up with us, is no such answer.
var round31dCatchUpOrElseKept = []readingCase{
	{qCompetitors, "no, we don't need to catch up with anyone", "no"},
	{qCompetitors, "if they catch up with us we'd be in trouble", "!yes"},
}

func TestRound31dCatchUpOrElse(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dCatchUpOrElse, round31dCatchUpOrElseKept)
}

// round31dMarginWouldDrop: a yes to the money with the margin or profit
// told to drop ("we could pay it, but the margin would drop") is the
// cost biting: maybe. 2 of 3 failed first (both asked); the labelled
// row that led here read no.
var round31dMarginWouldDrop = []readingCase{
	{qBudget, "We could fund it, but our profit would fall by half.", "maybe"},
	{qBudget, "We'd pay it, though the margins would shrink a lot.", "maybe"},
	{qBudget, "Doable, but profit would take a big hit.", "maybe"},
}

// round31dMarginWouldDropKept: a drop that already happened, or one
// denied, is no cost biting.
var round31dMarginWouldDropKept = []readingCase{
	{qBudget, "Our margins dropped last year, so no.", "no"},
	{qBudget, "Yes, and the margin wouldn't drop much.", "!maybe"},
}

func TestRound31dMarginWouldDrop(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31dMarginWouldDrop, round31dMarginWouldDropKept)
}
