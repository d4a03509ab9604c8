package conversation

import "testing"

// round22bSomeButNotTop: a degree short of the top owned ("some concern",
// "a bit more than before", "somewhat") beside the top denied ("not
// losing sleep", "not our main risk") is the middle: the denial only rules
// out the top. 4 of 11 failed first (2 read low, "slight concern" read high,
// one asked again); guards kept.
var round22bSomeButNotTop = []readingCase{
	{qSecurity, "a little worried, not losing any sleep though", "medium"},
	{qSecurity, "some worry, but it's not our biggest risk", "medium"},
	{qSecurity, "somewhat concerned. not top of the list", "medium"},
	{qSecurity, "more than we used to be, since the shop went online. still not the main risk", "~medium"},
	{qSecurity, "a fair bit more now that clients pay by card, but it doesn't keep me up at night", "medium"},
	{qSecurity, "moderate concern, I wouldn't say it keeps me awake", "~medium"},
	{qSecurity, "bit of a worry, nothing that keeps me up", "medium"},
	{qSecurity, "partly worried. not a top risk for us", "medium"},
	{qSecurity, "slight concern, nothing that keeps me awake", "medium"},
	{qSecurity, "some concern, not keeping me up at night", "medium"},
	{qSecurity, "a bit more than three years ago, not the main risk though", "medium"},
}

// round22bSomeButNotTopKept keep their readings: the denial alone, the
// denial with a plain no, and fear owned outright.
var round22bSomeButNotTopKept = []readingCase{
	{qSecurity, "not losing sleep over it", "low"},
	{qSecurity, "no, not our main risk", "~low"},
	{qSecurity, "cybersecurity concern, low", "low"},
	{qSecurity, "cyber security concern, medium", "medium"},
	{qSecurity, "honestly it is not what keeps me awake", "~low"},
	{qSecurity, "we have antivirus on every laptop, I'm not losing sleep over it", "low"},
	{qSecurity, "it's our main risk, it keeps me up at night", "high"},
	{qSecurity, "very worried, it's our biggest risk", "high"},
}

func TestRound22bSomeButNotTop(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round22bSomeButNotTop, round22bSomeButNotTopKept)
}

// round22bReportDenied: another's view reported, then denied by the owner
// ("Dad thinks we're fine. We're not"): the owner's answer is the other
// end, or what the owner's words after the denial read. 4 of 6 failed
// first (all four read the reported view's end).
var round22bReportDenied = []readingCase{
	{qCompetitors, "My partner thinks we're ahead. We aren't, the chains have self-checkout everywhere.", "yes"},
	{qCompetitors, "The old man says we keep up. We don't. Every rival has online booking now.", "yes"},
	{qCompetitors, "My father thinks the others are far ahead. They're not, we all use the same till.", "no"},
	{qCompetitors, "Mum says we're behind. Not true, we were first with card payments in town.", "no"},
	{qSecurity, "My wife thinks it's not a concern. She's wrong, we keep passport scans of every guest.", "high"},
	{qSystems, "My uncle says the systems are fine. They aren't: the till freezes twice a day and we lose sales.", "~pain"},
}

// round22bReportDeniedKept: a report the owner agrees with, or one left
// standing, keeps its reading.
var round22bReportDeniedKept = []readingCase{
	{qCompetitors, "Dad thinks we're fine. I agree with him.", "no"},
	{qCompetitors, "My accountant says we're behind. He's right, sadly.", "yes"},
	{qCompetitors, "The staff say we're behind. We are.", "yes"},
	{qSecurity, "My cousin tells me stories about hackers. For us it is not a big worry.", "low"},
}

func TestRound22bReportDenied(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bReportDenied, round22bReportDeniedKept)
}

// round22bDoneNotCondition: a "when", "after" or "once" clause told in
// the past dates the budget, it sets no condition on it ("I budgeted a
// salary for it when I took over"): a yes. 5 of 5 failed first (all read
// maybe).
var round22bDoneNotCondition = []readingCase{
	{qBudget, "Yes, we set money aside for it when we restructured last year", "yes"},
	{qBudget, "yes, the board approved the salary when we closed the round in March", "yes"},
	{qBudget, "we put it in the plan after we won the hospital contract", "yes"},
	{qBudget, "Yes. I reserved a salary for the post when I bought out my partner.", "yes"},
	{qBudget, "it's budgeted, my mother signed it off once the bank agreed the loan", "yes"},
}

// round22bDoneNotConditionKept: a condition still to come, or a past
// that only supposes, stays tight.
var round22bDoneNotConditionKept = []readingCase{
	{qBudget, "yes, when the round closes", "maybe"},
	{qBudget, "yes, after we close the round", "maybe"},
	{qBudget, "I'd budget it when we got the grant", "~maybe"},
	{qBudget, "yes if we won the tender", "~maybe"},
}

func TestRound22bDoneNotCondition(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bDoneNotCondition, round22bDoneNotConditionKept)
}

// round22bPlanAsModifier: a plan word naming what a product does
// ("route-planning software", "a pipeline inspection tool") is no plan:
// the product is there. 5 of 5 failed first (read planned).
var round22bPlanAsModifier = []readingCase{
	{qProducts, "The shift-planning app we sell to care homes is our main product.", "core"},
	{qProducts, "yes, our menu planning software, restaurants pay monthly for it", "core"},
	{qProducts, "we make pipeline inspection tools with our own software", "core"},
	{qProducts, "Our production-planning system is licensed to 40 bakeries.", "core"},
	{qProducts, "yes, a crop planning platform for farmers", "core"},
}

// round22bPlanAsModifierKept: a plan told as a plan stays planned.
var round22bPlanAsModifierKept = []readingCase{
	{qProducts, "we're planning an app for the shop", "planned"},
	{qProducts, "planning software for next year, nothing yet", "~planned"},
	{qProducts, "there's a booking app in the pipeline", "planned"},
	{qProducts, "it's on the roadmap", "planned"},
}

func TestRound22bPlanAsModifier(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bPlanAsModifier, round22bPlanAsModifierKept)
}

// round22bCoreAlreadySoldLater: a product already called the core, with
// lead-ins between the verb and "core", beside a plan only to sell it on,
// is core. 3 of 3 failed first (read planned).
var round22bCoreAlreadySoldLater = []readingCase{
	{qProducts, "the scheduling tool is already the core of the firm, and we plan to sell it to other clinics", "core"},
	{qProducts, "Our data service is really the core of what we do. Next year we intend to license it abroad.", "core"},
	{qProducts, "it's the core, we want to sell it to other ports later", "core"},
}

// round22bCoreAlreadySoldLaterKept: a core denied, or a product still to
// build, stays planned.
var round22bCoreAlreadySoldLaterKept = []readingCase{
	{qProducts, "the app isn't the core yet, we plan to build it and sell it next year", "planned"},
}

func TestRound22bCoreAlreadySoldLater(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bCoreAlreadySoldLater, round22bCoreAlreadySoldLaterKept)
}
