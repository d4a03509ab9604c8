package conversation

import "testing"

// round32dReportThrownOut: another's verdict quoted and thrown out
// ("rubbish", "I'm not buying it"), then the owner's own account: the
// model reads the owner's words, as the rules do, not the verdict's.
// 1 of 5 failed first (asked between the two ends: the model read the
// verdict); the start's round31d row failed the same way.
var round32dReportThrownOut = []readingCase{
	{qCompetitors, "Our IT guy reckons we're ahead of the pack. Rubbish, every other garage takes bookings online and we don't.", "yes"},
	{qCompetitors, "The consultant said we were keeping up fine. I'm not buying it, the two big firms have apps and portals now.", "yes"},
	{qCompetitors, "My wife thinks we're miles behind. I disagree, none of the other shops in town even has a website.", "~no"},
	{qCompetitors, "The accountant swears we're on a par with the rest. I don't buy it, they've all gone to cloud booking and we use a diary.", "yes"},
	{qCompetitors, "Head office says we're level with the other branches' rivals. Nonsense, the new chains do everything on tablets.", "yes"},
}

// round32dReportThrownOutKept: a report the owner agrees with, or the
// owner's own words alone, keep their reading.
var round32dReportThrownOutKept = []readingCase{
	{qCompetitors, "My partner says we're behind, and she's right, they all have apps.", "yes"},
	{qCompetitors, "The bank says we're fine compared with the rest, and I'd agree.", "!yes"},
	{qCompetitors, "we're fine compared with the rest", "no"},
}

func TestRound32dReportThrownOut(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32dReportThrownOut, round32dReportThrownOutKept)
}

// round32dFirstRefusedWilling: being first refused through a will of
// the firm ("would never agree to be first", "wouldn't dream of being
// first", "never want to be first"): no, as "never the first". 4 of 5
// failed first (all asked: 2 between yes and no, 2 between no and some).
var round32dFirstRefusedWilling = []readingCase{
	{qInnovation, "The partners would never agree to be first with anything new.", "no"},
	{qInnovation, "We'd never want to be first, let someone else find the bugs.", "~no"}, // the model leans some: asks
	{qInnovation, "Our board would never dare to be first. They like things proven.", "no"},
	{qInnovation, "I'd never try to be the first one with a gadget.", "no"},
	{qInnovation, "Mum would never agree to being first with any of it.", "no"},
}

// round32dFirstRefusedWillingKept: a will to be first, or never agreeing
// to be last, is no refusal.
var round32dFirstRefusedWillingKept = []readingCase{
	{qInnovation, "We always want to be first with new tech.", "yes"},
	{qInnovation, "We'd never agree to be last, we want to be first.", "!no"},
	{qInnovation, "never the first, but we do try new things", "some"},
}

func TestRound32dFirstRefusedWilling(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32dFirstRefusedWilling, round32dFirstRefusedWillingKept)
}

// round32dWhyWouldLead: asked back why the firm would want to lead
// ("why would a bakery need to be first with anything?", "why would we
// want cutting edge?"): the rhetorical question refuses it: no. 4 of 4
// failed first (1 read yes, 1 asked between no and yes, 2 asked with no
// option: the statement after the question was read alone).
var round32dWhyWouldLead = []readingCase{
	{qInnovation, "Why would a chip shop want to be first with anything?", "no"},
	{qInnovation, "Why would we need to be on the cutting edge? We cut hair.", "no"},
	{qInnovation, "why would a village pub bother being first", "no"},
	{qInnovation, "Why should a plumber be a pioneer? Pipes are pipes.", "no"},
}

// round32dWhyWouldLeadKept: "why" that gives the reason for leading, or
// a question about something else, is no refusal.
var round32dWhyWouldLeadKept = []readingCase{
	{qInnovation, "Yes, that's why we were first with drone surveys in the county.", "yes"},
	{qInnovation, "We want to be first. Why wouldn't we?", "yes"},
}

func TestRound32dWhyWouldLead(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32dWhyWouldLead, round32dWhyWouldLeadKept)
}

// round32dEchoThenAnswer: the question's word echoed with a question
// mark ("Behind?", "Falling behind?", "Faster than us?") opens the
// answer; the words after it answer, not the echo. 3 of 5 failed first
// (1 read yes, 2 asked between yes and no).
var round32dEchoThenAnswer = []readingCase{
	{qCompetitors, "Behind? The other nurseries still send letters home in book bags!", "no"},
	{qCompetitors, "Falling behind? We had online ordering before any of them.", "~no"}, // "before any of them" is not read: asks
	{qCompetitors, "Faster than us? The other two yards still fax their quotes.", "no"},
	{qCompetitors, "Ahead of us? Nobody round here is, trust me.", "no"},
	{qCompetitors, "Behind? Miles behind, the chains have apps and we don't.", "yes"},
}

// round32dEchoThenAnswerKept: an echo then a plain yes, or no echo at all.
var round32dEchoThenAnswerKept = []readingCase{
	{qCompetitors, "Falling behind? Yes, badly.", "yes"},
	{qCompetitors, "we're falling behind, the others all have apps", "yes"},
	{qCompetitors, "Behind? No.", "no"},
}

func TestRound32dEchoThenAnswer(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32dEchoThenAnswer, round32dEchoThenAnswerKept)
}

// round32dWellDegree: an answer taken back to a degree after "well"
// ("not really, well, a little", "no, well, somewhat"): the degree
// settles it, as "no wait". 4 of 4 failed first (3 asked between no and
// some, 1 between no and unsure); the start's round28c row read no.
var round32dWellDegree = []readingCase{
	{qInnovation, "not for us, well, a little, we bought a 3D printer last year", "some"},
	{qInnovation, "no, well, somewhat, we'll take up what's proven", "some"},
	{qInnovation, "not a focus. Well, a bit, we tried the new booking app", "some"},
	{qCompetitors, "no, well, a little, the bigger firms have nicer websites", "~yes"},
}

// round32dWellDegreeKept: "well" before no degree, or a degree that opens.
var round32dWellDegreeKept = []readingCase{
	{qInnovation, "no, well, not really", "no"},
	{qInnovation, "somewhat. we try what's proven", "some"},
	{qSystems, "they're fine. well, the invoicing is slow", "some"},
}

func TestRound32dWellDegree(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32dWellDegree, round32dWellDegreeKept)
}
