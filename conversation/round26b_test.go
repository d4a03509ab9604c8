package conversation

import "testing"

// questionReading is how the engine takes an answer that reads as a
// question: the option it answers, or nothing (asked again or answered
// as a question).
func questionReading(q *question, text string) answerMatch {
	if v, ok := answerInQuestion(q, text); ok {
		return answerMatch{value: v, signal: true}
	}
	return answerMatch{}
}

// round26bWhoWillHack: a "who will hack us?" retort, with "will", "'ll"
// or "is going to" as well as "would", alone or after a short statement
// of little worry ("Not much worried. Who will hack a sweets shop?"), is
// not much concern. 3 of 6 failed first (2 asked between low and high,
// 1 read high; each answered as a question).
var round26bWhoWillHack = []readingCase{
	{qSecurity, "Not really. Who will hack a tailoring shop?", "low"},
	{qSecurity, "Who will hack a small bakery?", "low"},
	{qSecurity, "Not worried. Who is going to hack a village pharmacy?", "low"},
	{qSecurity, "Hardly. Who'll bother hacking a tyre shop?", "low"},
	{qSecurity, "Who'll hack us?", "low"},
	{qSecurity, "Honestly, little. Who will want to attack a tea stall?", "low"},
}

// round26bWhoWillHackKept must keep their reading: a lead that tells a
// worry (not taken as low), or someone named as the attacker.
var round26bWhoWillHackKept = []readingCase{
	{qSecurity, "Very worried. Who will protect us if they hack the tills?", "?"},
	{qSecurity, "We hold 4,000 passports. Who would hack us? Plenty of people.", "?"},
	{qSecurity, "Who'd bother hacking a florist?", "low"},
}

func TestRound26bWhoWillHack(t *testing.T) {
	checkReadings(t, questionReading, false, round26bWhoWillHack, round26bWhoWillHackKept)
}

// round26bMuchWorriedDenied: "not much worried", the degree denied
// before the worry word, is little worry, as "not much worry" is; the
// "not much" key and the worry key read together made it the middle.
// 6 of 6 failed first (5 read medium, 1 asked low or medium).
var round26bMuchWorriedDenied = []readingCase{
	{qSecurity, "Not much worried, honestly.", "low"},
	{qSecurity, "not much concerned about it", "low"},
	{qSecurity, "Not much worried, we only keep invoices.", "low"},
	{qSecurity, "I'm not much worried about hackers.", "low"},
	{qSecurity, "We are not much concerned, the shop is small.", "low"},
	{qSecurity, "Not much worried, nothing sensitive on our computers.", "low"},
}

// round26bMuchWorriedDeniedKept must keep their reading: the degree
// affirmed, or the worry turned after a "but" (asked, not taken low).
var round26bMuchWorriedDeniedKept = []readingCase{
	{qSecurity, "very much worried", "high"},
	{qSecurity, "Not much worried before, but after the phishing email we are.", "?"},
	{qSecurity, "Not much worry.", "low"},
	{qSecurity, "not that much worried", "low"},
}

func TestRound26bMuchWorriedDenied(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bMuchWorriedDenied, round26bMuchWorriedDeniedKept)
}

// round26bZeroDenied: "not zero" denies the bottom of the scale as "not
// nothing" does (the tokenizer makes "zero" a "no"): with the top denied
// beside it, the middle. 6 of 6 failed first (4 asked medium or low,
// 1 read low, 1 asked nothing).
var round26bZeroDenied = []readingCase{
	{qSecurity, "Not very high, not zero also.", "medium"},
	{qSecurity, "Not a lot, not zero.", "medium"},
	{qSecurity, "Not high, not zero. In between.", "medium"},
	{qSecurity, "not zero, not huge either", "medium"},
	{qSecurity, "Not so high, not zero either.", "medium"},
	{qSecurity, "Not very high, not zero also. Medium you can say.", "medium"},
}

// round26bZeroDeniedKept must keep their reading: one end alone.
var round26bZeroDeniedKept = []readingCase{
	{qSecurity, "Not huge, not zero. Medium.", "medium"},
	{qSecurity, "not much, close to zero", "low"},
	{qSecurity, "not high at all", "low"},
}

func TestRound26bZeroDenied(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bZeroDenied, round26bZeroDeniedKept)
}

// round26bSplitRecordsDisagree: records kept in separate systems that
// plainly don't match are a real problem; the "don't match" key alone
// read them as some trouble. 5 of 6 failed first (4 read some, 1 asked
// nothing).
var round26bSplitRecordsDisagree = []readingCase{
	{qData, "Orders and invoices live in separate systems and they don't match.", "yes"},
	{qData, "Sales are in one program, accounts in another, and the numbers don't match.", "yes"},
	{qData, "The CRM and the billing tool are separate and they do not match.", "yes"},
	{qData, "Patient files and invoices are in separate systems; they don't match.", "yes"},
	{qData, "Our bookings and payments are in two systems which don't match each other.", "yes"},
	{qData, "Stock is in three different systems that don't match.", "yes"},
	// Split in halves (added after: 2 of 2 failed first, 1 read some, 1
	// asked).
	{qData, "Orders are half in Excel, half in the ERP, and they don't match.", "yes"},
	{qData, "Half the stock is in the app, half on paper, and the counts do not tally.", "yes"},
}

// round26bSplitRecordsDisagreeKept must keep their reading: a mismatch
// told as small, occasional, not always or not quite, and a plain "they
// don't match" with no split told.
var round26bSplitRecordsDisagreeKept = []readingCase{
	{qData, "Sometimes the stock figures don't match.", "some"},
	{qData, "The numbers don't always match between the two systems.", "some"},
	{qData, "Mostly fine, a few invoices don't match now and then.", "some"},
	{qData, "Two systems, small differences, they don't match exactly but it's manageable.", "some"},
	{qData, "Separate systems, and now and then they don't match.", "some"},
	{qData, "The two systems don't match on a few items.", "some"},
	{qData, "they don't match", "some"},
	{qData, "Half the team uses the CRM and they don't match sometimes.", "some"},
	{qData, "The two systems never quite match.", "?"},
	{qData, "Separate systems that don't quite match.", "?"},
}

func TestRound26bSplitRecordsDisagree(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bSplitRecordsDisagree, round26bSplitRecordsDisagreeKept)
}

// round26bScheduledNotUrgent: security told as work on the list but not
// urgent ("It's on the roadmap, not urgent.") is the middle: more than
// no concern, less than the top. 5 of 5 failed first (all asked).
var round26bScheduledNotUrgent = []readingCase{
	{qSecurity, "It's on our list, not urgent.", "medium"},
	{qSecurity, "On the to-do list, nothing urgent yet.", "medium"},
	{qSecurity, "It's planned for next year, not pressing.", "medium"},
	{qSecurity, "We have it on the roadmap but it isn't urgent.", "medium"},
	{qSecurity, "In the plan, not a rush.", "medium"},
}

// round26bScheduledNotUrgentKept must keep their reading: the plan
// denied (not taken as the middle), or urgency denied with nothing to
// steal.
var round26bScheduledNotUrgentKept = []readingCase{
	{qSecurity, "not urgent at all, we have nothing to steal", "low"},
	{qSecurity, "Not on the roadmap at all.", "?"},
	{qSecurity, "Not on the roadmap, not urgent.", "?"},
	{qSecurity, "It's urgent, top of the roadmap.", "?"},
}

func TestRound26bScheduledNotUrgent(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bScheduledNotUrgent, round26bScheduledNotUrgentKept)
}

// round26bMindShortOfSleepless: a worry kept in mind ("it is there in
// mind", "it crosses my mind") and denied the sleepless extreme is the
// middle, as an owned worry is. 4 of 5 failed first (3 read low, 1
// asked).
var round26bMindShortOfSleepless = []readingCase{
	{qSecurity, "It's in my mind, but it doesn't keep me awake.", "medium"},
	{qSecurity, "It's there in the head, but I don't lose sleep.", "medium"},
	{qSecurity, "I think about it, but it's not keeping me up at night.", "medium"},
	{qSecurity, "It crosses my mind, but I'm not losing sleep over it.", "medium"},
	{qSecurity, "We keep it in mind, but it's not keeping us awake.", "medium"},
}

// round26bMindShortOfSleeplessKept must keep their reading: no thought
// owned, only the sleep denied.
var round26bMindShortOfSleeplessKept = []readingCase{
	{qSecurity, "Not keeping me awake at night.", "low"},
	{qSecurity, "I don't think about it, and it doesn't keep me awake.", "low"},
	{qSecurity, "It never crosses my mind, but who loses sleep over that?", "?"},
}

func TestRound26bMindShortOfSleepless(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bMindShortOfSleepless, round26bMindShortOfSleeplessKept)
}

// round26bOwnRiskVerdict: a closing verdict scoped to the company
// ("Our own risk is low.", "For us, the risk is low.") after a sentence
// about the clients' data it handles is the answer: the scope is what
// the question asks about. 2 of 5 failed first (1 read medium, 1 asked
// low or high).
var round26bOwnRiskVerdict = []readingCase{
	{qSecurity, "We handle client passports. Our own risk is low.", "low"},
	{qSecurity, "We install alarms in other people's houses. For us, the risk is low.", "low"},
	{qSecurity, "Our clients hold the sensitive data, not us. Our own exposure is low.", "low"},
	{qSecurity, "We repair laptops for customers. Our own risk is low.", "low"},
	{qSecurity, "We print ID cards with client photos. Our own risk is low.", "low"},
}

// round26bOwnRiskVerdictKept must keep their reading: the verdict high,
// or turned after it.
var round26bOwnRiskVerdictKept = []readingCase{
	{qSecurity, "We hold the keys to 600 flats. Our own risk is high.", "high"},
	{qSecurity, "We hold patient records. The risk is huge.", "high"},
	{qSecurity, "We wipe client disks. Our own risk is low, but a leak of theirs would end us.", "high"},
	{qSecurity, "Our own risk is low. But we hold 4000 passports for clients and a leak would end us.", "high"},
}

func TestRound26bOwnRiskVerdict(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bOwnRiskVerdict, round26bOwnRiskVerdictKept)
}
