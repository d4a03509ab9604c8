package conversation

import "testing"

// round28bTalksNoTrade: "we are (now) talking with a university", "we
// are negotiating with a studio" tells a step of a plan, not what the
// firm is: "we are ..." before a verb in -ing is no trade statement, so
// no "no". 2 of 6 failed first (both read no); "we are negotiating with
// a software house", read core for another cause (a supplier's "software"
// taken as ours), was swapped out of this class.
var round28bTalksNoTrade = []readingCase{
	{qProducts, "we are now talking to a lab about it", "~planned"},
	{qProducts, "we are talking with a university in Lyon", "~planned"},
	{qProducts, "we are negotiating with a university", "~planned"},
	{qProducts, "we're currently speaking to an agency", "?"},
	{qProducts, "we are now meeting developers", "?"},
	{qProducts, "we'd love a label that records if a box was dropped. we are now talking with an institute", "planned"},
}

// round28bTalksNoTradeKept: the trade told after "we are".
var round28bTalksNoTradeKept = []readingCase{
	{qProducts, "we are a printing company", "no"},
	{qProducts, "we are now a consultancy, no products", "no"},
	{qProducts, "we are making furniture, nothing digital", "no"},
}

func TestRound28bTalksNoTrade(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bTalksNoTrade, round28bTalksNoTradeKept)
}

// round28bNeverFirst: being first refused as the firm's habit ("never
// the first", "not our style to be first", "not a first mover") with no
// degree or turn to trying beside it is no drive to innovate, though
// the firm adopts what others have proven. 5 of 5 failed first (4 asked
// between no and some, 1 re-asked). The model may still doubt the no
// toward some: the labelled "adopt once proven" rows are some.
var round28bNeverFirst = []readingCase{
	{qInnovation, "we take things up when everyone already has them, never the first", "no"},
	{qInnovation, "it's not our way to be first, we buy a machine after others have proven it", "no"},
	{qInnovation, "we are not a first mover, we wait until others use it", "no"},
	{qInnovation, "never first with anything, we adopt when the market has settled", "no"},
	{qInnovation, "we're never early, we adopt what is mature", "no"},
}

// round28bNeverFirstKept: a degree, or a turn to trying, keeps the
// follower's some; "never last" wants to lead.
var round28bNeverFirstKept = []readingCase{
	{qInnovation, "A little. We bought a new scanner last year, but we never go first", "some"},
	{qInnovation, "somewhat, we adopt things once they're proven, never first", "some"},
	{qInnovation, "not first, but we do try new things when they are proven", "~some"},
}

func TestRound28bNeverFirst(t *testing.T) {
	checkRulesThenEngine(t, round28bNeverFirst, round28bNeverFirstKept)
}

// round28bLaughEndsClause: a laugh dropped as filler ("no lol every
// penny goes on stock") ends the clause it closes, as a full stop would:
// the "no" before it answers, and reaches no further. 3 of 6 failed first (2 asked between
// two others, 1 between yes and no).
var round28bLaughEndsClause = []readingCase{
	{qBudget, "no lol every cent goes on wages", "no"},
	{qBudget, "nah haha every pound we make goes back into the van", "no"},
	{qSecurity, "no lmao nobody wants our recipes", "low"},
	{qCompetitors, "no haha everyone round here still uses paper", "no"},
	{qSecurity, "not really lol who would hack a cake shop", "low"},
	{qBudget, "no lol all our money goes to rent", "no"},
}

// round28bLaughEndsClauseKept: fillers that sit inside a clause, and a
// laugh at either end.
var round28bLaughEndsClauseKept = []readingCase{
	{qBudget, "lol no", "no"},
	{qInnovation, "honestly not really", "no"},
	{qBudget, "yes lol we just raised a round", "yes"},
}

func TestRound28bLaughEndsClause(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bLaughEndsClause, round28bLaughEndsClauseKept)
}

// round28bDifficultSorry: a budget called difficult with an apology
// ("I'm sorry, that would be difficult", "a bit difficult, I'm afraid")
// is a polite no, not the tight middle "possible but difficult" is.
// 5 of 5 failed first (1 read maybe, 3 asked between no and maybe, 1
// re-asked).
var round28bDifficultSorry = []readingCase{
	{qBudget, "I'm sorry, that would be difficult for us", "no"},
	{qBudget, "it is a bit difficult for a firm like ours, sorry", "no"},
	{qBudget, "unfortunately that is difficult, I apologise", "no"},
	{qBudget, "sorry, a little difficult with our margins", "no"},
	{qBudget, "that is difficult for us, I'm afraid", "no"},
}

// round28bDifficultSorryKept: difficulty weighed against a way, or
// denied; an apology for something else.
var round28bDifficultSorryKept = []readingCase{
	{qBudget, "Possible, but difficult.", "maybe"},
	{qBudget, "sorry, yes we can afford it, not difficult", "yes"},
	{qBudget, "it's difficult but we'd find the money, sorry for the long answer", "?"},
}

func TestRound28bDifficultSorry(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bDifficultSorry, round28bDifficultSorryKept)
}

// round28bMaybeSoon: a hedge with only a time under a year ahead ("maybe
// in six months") keeps the maybe the rules read (round20bLaterYear);
// the model, reading any time to come as not now, no longer puts it in
// doubt. 3 of 4 failed first (asked between maybe and no).
var round28bMaybeSoon = []readingCase{
	{qBudget, "perhaps in a few months", "maybe"},
	{qBudget, "maybe in three months", "maybe"},
	{qBudget, "possibly next quarter", "maybe"},
	{qBudget, "maybe in a couple of months", "maybe"},
}

// round28bMaybeSoonKept: a year or more ahead is still asked between
// maybe and no; "not now" before it is no.
var round28bMaybeSoonKept = []readingCase{
	{qBudget, "maybe in two years", "~maybe"},
	{qBudget, "not now, maybe in six months", "no"},
}

func TestRound28bMaybeSoon(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bMaybeSoon, round28bMaybeSoonKept)
}

// TestDescriptionRound28bPushedFor: technology that people in the firm
// push for ("the young members push to sell online with our own
// platform") is a wish, not a product at the core: a fill is never
// asked, so it is no core fill. 3 of 5 failed first (filled core).
func TestDescriptionRound28bPushedFor(t *testing.T) {
	checkFills(t, []fillCase{
		{"our younger partners push to build our own web shop", qProducts, "!core"},
		{"the staff keep pushing for our own booking app", qProducts, "!core"},
		{"my daughter pushes us to launch our own online platform", qProducts, "!core"},
		{"the sales team is pushing to have our own app for the clients", qProducts, "!core"},
		{"the members push for our own ordering website", qProducts, "!core"},
		// Kept: the product sold, and updates pushed to it.
		{"we sell online with our own platform", qProducts, "core"},
		{"we built our own platform and push updates every week", qProducts, "core"},
	})
}

// round28bBudgetForYear: a budget "for the new fiscal year" names when
// the money is there, not another thing it is for ("for the new roof"):
// it is the yes. 4 of 5 failed first (re-asked).
var round28bBudgetForYear = []readingCase{
	{qBudget, "yes, it is already in the budget for the new financial year", "yes"},
	{qBudget, "yes, we put the salary in the budget for the coming year", "yes"},
	{qBudget, "Yes. The money is in the budget for the new year starting in January.", "yes"},
	{qBudget, "yes, we budgeted it for the new fiscal year", "yes"},
	{qBudget, "Yes, it's in our budget for the next financial year already.", "yes"},
}

// round28bBudgetForYearKept: money for another thing stays in doubt.
var round28bBudgetForYearKept = []readingCase{
	{qBudget, "we put money aside for the new roof", "?"},
	{qBudget, "yes we have a budget for a new warehouse", "?"},
}

func TestRound28bBudgetForYear(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bBudgetForYear, round28bBudgetForYearKept)
}

// round28bFirstOrRuin: being first told as a must, by what not being
// first would do ("if we are not first, the big players eat us", "if
// we're not first we have no reason to exist"), is the drive to lead:
// yes. 5 of 5 failed first (3 asked between some and no, 2 re-asked).
var round28bFirstOrRuin = []readingCase{
	{qInnovation, "if we're not first we're dead", "yes"},
	{qInnovation, "if we aren't the first, the big chains take our customers", "yes"},
	{qInnovation, "if we are not first, we lose everything", "yes"},
	{qInnovation, "It's our whole model. If we're not first, the giants crush us.", "yes"},
	{qInnovation, "if we are not the first, there is no point in us existing", "yes"},
}

// round28bFirstOrRuinKept: not being first shrugged off, or refused.
var round28bFirstOrRuinKept = []readingCase{
	{qInnovation, "if we're not first, that's fine, we follow", "?"},
	{qInnovation, "we are not first and we don't need to be", "~no"},
}

func TestRound28bFirstOrRuin(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bFirstOrRuin, round28bFirstOrRuinKept)
}

// round28bRivalsUnknown: the owner says they do not know what rivals do
// or have ("I don't really know what the other schools have", "I don't
// have the information", "who knows what the others do"): not sure,
// whatever "no" or "don't" reads alone. 3 of 6 failed first (asked
// between no and unsure); an opening "no" still leaves the ask.
var round28bRivalsUnknown = []readingCase{
	{qCompetitors, "honestly I don't know what the other garages use", "unsure"},
	{qCompetitors, "we don't really know what our rivals have behind the curtain", "unsure"},
	{qCompetitors, "we do not have the information on them", "unsure"},
	{qCompetitors, "who knows what the big firms are doing", "unsure"},
	{qCompetitors, "no, but honestly I don't have the information", "~unsure"},
	{qCompetitors, "I can't know what the other hotels run in the back office", "unsure"},
}

// round28bRivalsUnknownKept: what the owner knows of them.
var round28bRivalsUnknownKept = []readingCase{
	{qCompetitors, "no, I know the other shops, they're all on paper", "no"},
	{qCompetitors, "we know what they have, and it's worse than ours", "~no"},
}

func TestRound28bRivalsUnknown(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bRivalsUnknown, round28bRivalsUnknownKept)
}

// round28bWeStartLater: the start of the work told still to come ("we
// start in autumn", "we start building after the holidays", "we start
// when the grant comes") is a plan, not a product the firm has. 3 of 5
// failed first (asked between core and planned).
var round28bWeStartLater = []readingCase{
	{qProducts, "a customer app, the agency is picked and we start in autumn", "planned"},
	{qProducts, "our own booking platform, we start building after the holidays", "planned"},
	{qProducts, "the app is designed, we start when the grant comes", "planned"},
	{qProducts, "a loyalty app of our own; we start once the bank says yes", "planned"},
	{qProducts, "our own web shop, we start after the harvest", "planned"},
}

// round28bWeStartLaterKept: a start in the past, and a start of the
// day beside a trade.
var round28bWeStartLaterKept = []readingCase{
	{qProducts, "we started building our app in 2019, it runs the whole business", "core"},
	{qProducts, "we start at seven, we build kitchens", "~no"},
}

func TestRound28bWeStartLater(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bWeStartLater, round28bWeStartLaterKept)
}

// round28bWorryNotTop: a worry owned and then denied the top place ("a
// concern, but not the biggest one") is the middle, as "but not hugely"
// is. 5 of 5 failed first (asked between high and medium); 3 still ask
// so: the contrast doubt weighs only short turns ("but not the biggest
// one"), and a longer one is left to the owner.
var round28bWorryNotTop = []readingCase{
	{qSecurity, "a concern, but not the biggest one", "medium"},
	{qSecurity, "it's a worry, but not our biggest", "medium"},
	{qSecurity, "we're concerned, though not the top item on the list", "~medium"},
	{qSecurity, "it worries me, but not the main worry we have", "~medium"},
	{qSecurity, "concerned, yes, but not our greatest concern", "~medium"},
}

// round28bWorryNotTopKept: the top place owned, a degree denied.
var round28bWorryNotTopKept = []readingCase{
	{qSecurity, "it worries me, but not hugely", "medium"},
	{qSecurity, "it's our biggest worry", "high"},
}

func TestRound28bWorryNotTop(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round28bWorryNotTop, round28bWorryNotTopKept)
}
