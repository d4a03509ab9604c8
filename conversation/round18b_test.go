package conversation

import "testing"

// round18bClasses are the classes of blind sets 25-28's wrong readings
// and re-asks of security, innovation, competitors and budget, in fresh
// wordings of other voices, read by the rules and the doubt alone.
var round18bClasses = []struct{ q, text, want string }{
	// "Little bit" with its article dropped is the hedge "a little bit",
	// not the lowest option's "little". FIRST failed first.
	{qSecurity, "Little bit", "medium"},
	{qSecurity, "little bit, yeah", "medium"},
	{qSecurity, "yeah little bit to be honest", "medium"},
	{qSecurity, "little bit, since the card machine went online", "medium"},
	// Leading set below catching up or keeping pace ("catch up more
	// than lead", "keep pace rather than lead"): somewhat; leading set above following is
	// leading. 5 of 6 failed first.
	{qInnovation, "we want to catch up more than to lead", "some"},
	{qInnovation, "keep pace rather than lead", "some"},
	{qInnovation, "catching up matters more to us than leading", "some"},
	{qInnovation, "we'd sooner follow than lead, but we do want to keep up", "some"},
	{qInnovation, "our aim is to catch up with the others rather than lead them", "some"},
	{qInnovation, "we'd rather lead than follow", "yes"},
	// A full-time post refused beside a part-time share of one offered:
	// the post cannot be funded. 4 of 4 failed first.
	{qBudget, "full time, no. part time maybe if the grant comes through", "no"},
	{qBudget, "a whole salary no, half of one perhaps", "no"},
	{qBudget, "not a full-time one, maybe a part-time one next year", "no"},
	{qBudget, "full-time no, part of a salary possibly if the contract renews", "no"},
	// Not even the smaller share: no. 3 of 3 failed first.
	{qBudget, "not even part time", "no"},
	{qBudget, "we couldn't even stretch to part-time right now", "no"},
	{qBudget, "not even a part-timer at the moment", "no"},
	// A worry owned, then limited by a negated degree ("it worries me,
	// but not hugely"): the middle. 4 of 4 failed first.
	{qSecurity, "it concerns me but not massively", "medium"},
	{qSecurity, "I worry about it, though not a great deal", "medium"},
	{qSecurity, "worried, but not very", "~medium"}, // the doubt still asks between medium and high
	{qSecurity, "it's a concern for us, but not a huge one", "medium"},
	// "More" or "less" before a slow or dated word turns the comparison
	// round: "more slow than us" is slower. 4 of 4 failed first.
	{qCompetitors, "the other garages are more old-fashioned than us", "no"},
	{qCompetitors, "if anything the other labs are more slow than we are", "no"},
	{qCompetitors, "our rivals are more traditional than us", "no"},
	{qCompetitors, "we're more old fashioned than them", "yes"},
	// Passing or overtaking someone leads them. 3 of 3 failed first.
	{qCompetitors, "five years back we led, now the chains have passed us", "yes"},
	{qCompetitors, "they overtook us a couple of years ago", "yes"},
	{qCompetitors, "we passed them on tech last year", "no"},
	// "Cannot tell" is "can't tell". 2 of 2 failed first.
	{qCompetitors, "I cannot tell", "unsure"},
	{qCompetitors, "honestly I cannot say, maybe yes maybe no", "unsure"},
}

// round18bKept are nearby answers the round must not change.
var round18bKept = []struct{ q, text, want string }{
	{qSecurity, "a little bit", "medium"},
	{qSecurity, "very little", "low"},
	{qInnovation, "we want to lead", "yes"},
	{qInnovation, "we mostly want to catch up, not lead", "some"},
	{qSecurity, "yes it worries me", "high"},
	{qSecurity, "not hugely", "low"},
	{qCompetitors, "they are more modern than us", "yes"},
	{qCompetitors, "we're more modern than them", "no"},
	{qCompetitors, "the rest are less advanced than us", "no"},
	{qBudget, "part time maybe", "maybe"},
	{qBudget, "part-time perhaps, full-time no", "maybe"},
	{qBudget, "yes, full time no problem", "yes"},
	{qBudget, "not full time, maybe a few days a month", "no"},
}

func TestRound18bClasses(t *testing.T) {
	checkReadings(t, rulesReading, false, round18bClasses, round18bKept)
}
