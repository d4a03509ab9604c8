package conversation

import "testing"

// round26bOrNothing: an ambition told as "X or nothing" stresses X; the
// "nothing" read alone denied it. Where X alone is no known ambition
// ("leading", "top of the market") it is asked, not taken as a no.
// 5 of 6 failed first (2 read no, 3 asked no or yes).
var round26bOrNothing = []readingCase{
	{qInnovation, "Bleeding edge or nothing, that's us.", "yes"},
	{qInnovation, "The newest tech or nothing, that is how we work.", "yes"},
	{qInnovation, "We lead or nothing.", "yes"},
	{qInnovation, "Cutting-edge or nothing for our clients.", "yes"},
	{qInnovation, "Leading or nothing, that's our motto.", "?"},
	{qInnovation, "Top of the market or nothing.", "?"},
}

// round26bOrNothingKept must keep their reading: "nothing" alone, or a
// clause that goes on after it.
var round26bOrNothingKept = []readingCase{
	{qInnovation, "Nothing.", "no"},
	{qInnovation, "We try new things or nothing changes.", "some"},
	{qInnovation, "Not first or nothing, just steady.", "~no"},
}

func TestRound26bOrNothing(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bOrNothing, round26bOrNothingKept)
}

// round26bRiskSmall: the risk told small in so many words ("Our
// exposure is minimal", "the risk is pretty negligible") is not much
// concern. 4 of 5 failed first (all asked).
var round26bRiskSmall = []readingCase{
	{qSecurity, "The risk is small for us.", "low"},
	{qSecurity, "Our exposure is minimal.", "low"},
	{qSecurity, "Honestly the risk is pretty negligible.", "low"},
	{qSecurity, "Our risk is tiny, we only keep invoices.", "low"},
	{qSecurity, "Risk is small, we hold nothing of value.", "~low"},
}

// round26bRiskSmallKept must keep their reading: the smallness denied,
// or turned after a "but".
var round26bRiskSmallKept = []readingCase{
	{qSecurity, "The risk is not small, we hold card data.", "~high"},
	{qSecurity, "No risk is small when you hold card data.", "high"},
	{qSecurity, "The risk is small but a breach would finish us.", "high"},
}

func TestRound26bRiskSmall(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bRiskSmall, round26bRiskSmallKept)
}

// round26bCouldButCost: a budget that could be found but "would mean"
// a loss ("4 months less runway", "no new van"), "would eat" into
// something or that "we'd have to cancel" something for is tight: the
// maybe. 3 of 5 failed first (1 read yes, 2 asked).
var round26bCouldButCost = []readingCase{
	{qBudget, "We could, but it would mean no new van this year.", "maybe"},
	{qBudget, "Possible, but it would mean cutting two sales staff.", "maybe"},
	{qBudget, "We could afford it, but it would eat half our runway.", "maybe"},
	{qBudget, "Yes we could, but it would mean delaying the new branch.", "~maybe"},
	{qBudget, "We could, but we'd have to cancel the expansion.", "maybe"},
}

// round26bCouldButCostKept must keep their reading: a cost denied, a no
// with what paying would take, or less told as a gain.
var round26bCouldButCostKept = []readingCase{
	{qBudget, "Yes, it would cost us nothing extra, the budget is there.", "yes"},
	{qBudget, "No, it would mean closing a branch.", "~no"},
	{qBudget, "No, we'd have to close a shop.", "~no"},
	{qBudget, "Yes, a full-time person would cost less than our three contractors.", "yes"},
	{qBudget, "Yes, it would mean less hassle for me.", "~yes"},
}

func TestRound26bCouldButCost(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bCouldButCost, round26bCouldButCostKept)
}

// round26bCountryUS: "US" in capitals beside lower-case words is the
// country; read as "us" it made the owner the one ahead ("two US
// start-ups move faster"). A message all in capitals keeps it "us".
// 1 of 5 failed first (read no).
var round26bCountryUS = []readingCase{
	{qCompetitors, "The US platforms move faster. We're behind them.", "yes"},
	{qCompetitors, "Two US rivals ship faster than anyone here; we lag.", "yes"},
	{qCompetitors, "US chains move faster on apps. We're behind.", "yes"},
	{qCompetitors, "A couple of US start-ups are quicker than us on features.", "yes"},
	{qCompetitors, "The big US firms are further along than we are.", "yes"},
}

// round26bCountryUSKept must keep their reading: "us" in lower case, or
// a message in capitals.
var round26bCountryUSKept = []readingCase{
	{qCompetitors, "They move faster than us.", "yes"},
	{qCompetitors, "We are ahead of the US firms.", "no"},
	{qSize, "THERE IS 14 OF US INC ME AND THE 2 VALETERS", "s"},
	{qBudget, "No, the whole IT budget is US$ 300 per month.", "no"},
}

func TestRound26bCountryUS(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bCountryUS, round26bCountryUSKept)
}

// round26bHalfHalf: "half-half" (an Indian English "half and half") is
// the middle, as "fifty-fifty" is. 4 of 4 failed first (all asked).
var round26bHalfHalf = []readingCase{
	{qInnovation, "Half-half.", "some"},
	{qInnovation, "Half half, my father is careful.", "some"},
	{qSecurity, "Half-half, honestly.", "medium"},
	{qSecurity, "It's half-half.", "medium"},
}

// round26bHalfHalfKept must keep their reading: half of something else.
var round26bHalfHalfKept = []readingCase{
	{qInnovation, "Half the time we try new things.", "some"},
	{qData, "Half in Excel, half in Tally.", "?"},
}

func TestRound26bHalfHalf(t *testing.T) {
	checkReadings(t, rulesReading, false, round26bHalfHalf, round26bHalfHalfKept)
}
