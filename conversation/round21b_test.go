package conversation

import (
	"strings"
	"testing"
)

// round21bCareNotFear: care owned and fear denied ("careful now but not
// scared") is the middle, an incident told before it or not; a
// protection measure named beside a denied worry ("we have antivirus, I
// don't lose sleep") is a fact, not a degree, and leaves the low. 6 of 8
// failed first (read low, read medium, or asked again).
var round21bCareNotFear = []readingCase{
	{qSecurity, "we're cautious, but nobody is panicking", "medium"},
	{qSecurity, "we watch out for it, we're not paranoid though", "medium"},
	{qSecurity, "we are vigilant but not afraid", "medium"},
	{qSecurity, "since the fake invoice we are more careful, but not frightened", "medium"},
	{qSecurity, "we take care with passwords, we're not scared of it", "medium"},
	{qSecurity, "we had a phishing scare two years back, so now we double check everything, but no panic", "medium"},
	{qSecurity, "we have antivirus on every laptop, I'm not losing sleep over it", "low"},
	{qSecurity, "the antivirus came with the computers. it doesn't keep me up at night", "low"},
}

// round21bCareNotFearKept keep their readings: an opening no, fear owned,
// care denied, and a measure beside a degree.
var round21bCareNotFearKept = []readingCase{
	{qSecurity, "no. I mean we're careful, but it isn't a big worry", "low"},
	{qSecurity, "we're careful and honestly it scares me", "high"},
	{qSecurity, "we're not paranoid about it", "low"},
	{qSecurity, "I don't think about it, and I'm not scared", "low"},
	{qSecurity, "moderately, we have antivirus at least", "medium"},
	{qSecurity, "we think about it, we've got antivirus and backups, but we're not losing sleep", "medium"},
	{qSecurity, "the boss opened a phishing email in May, now he's afraid of every email", "high"},
}

func TestRound21bCareNotFear(t *testing.T) {
	checkRulesThenEngine(t, round21bCareNotFear, round21bCareNotFearKept)
}

// round21bGoodsAsProduct: goods named first and called the firm's product
// ("the oil is our product"), or technology denied through a link
// ("nothing with technology"), is a no; the key "our product" had read
// them as core. 8 of 8 failed first (3 read core, 5 asked again).
var round21bGoodsAsProduct = []readingCase{
	{qProducts, "the cheese is our product, we don't do anything digital", "no"},
	{qProducts, "honestly the fish are our product", "no"},
	{qProducts, "bread and cakes are our products", "no"},
	{qProducts, "no, the timber is our product", "no"},
	{qProducts, "nothing to do with technology, we make furniture", "no"},
	{qProducts, "nothing in technology, we grow tomatoes", "no"},
	{qProducts, "we bake bread, nothing with apps or any of that", "no"},
	{qProducts, "tiles and grout, nothing with technology", "no"},
}

// round21bGoodsAsProductKept: a technology or a thing that may be one
// called our product stays core; a plan stays planned.
var round21bGoodsAsProductKept = []readingCase{
	{qProducts, "the app is our product", "core"},
	{qProducts, "the booking system is our product", "core"},
	{qProducts, "our data is our product", "core"},
	{qProducts, "nothing yet, but an app is planned", "planned"},
	{qProducts, "the wine is our product, but we are building an app for the cellar door", "~core"},
}

func TestRound21bGoodsAsProduct(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bGoodsAsProduct, round21bGoodsAsProductKept)
	checkReadings(t, modelFreeReading, true, lenient(round21bGoodsAsProduct))
}

// lenient makes every want of a table "~want": taken or asked again
// between it and another, never taken otherwise.
func lenient(set []readingCase) []readingCase {
	out := make([]readingCase, len(set))
	for i, c := range set {
		out[i] = readingCase{c.q, c.text, "~" + strings.TrimPrefix(c.want, "~")}
	}
	return out
}

// round21bNotYetMade: a product not made yet told by what is done about
// it, a first maker sought, a talk or a study, is planned; a team grown
// for a product that is stays core. 7 of 7 failed first (6 read core, one
// asked again).
var round21bNotYetMade = []readingCase{
	{qProducts, "we need someone to build a booking app for us", "planned"},
	{qProducts, "hiring an agency for a customer portal this autumn", "planned"},
	{qProducts, "management is discussing a loyalty app", "planned"},
	{qProducts, "the partners talked about an app, nothing decided", "planned"},
	{qProducts, "we're searching for a freelance developer to make the booking app", "planned"},
	{qProducts, "the region pays for a study of a tracking device", "planned"},
	{qProducts, "the directors debated a customer app last month", "planned"},
}

// round21bNotYetMadeKept stay core: a team grown, a verb "study".
var round21bNotYetMadeKept = []readingCase{
	{qProducts, "we are hiring developers for our app", "core"},
	{qProducts, "our app helps students study", "core"},
	{qProducts, "we fly drones for farmers", "core"},
}

func TestRound21bNotYetMade(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bNotYetMade, round21bNotYetMadeKept)
}

// round21bEngineered: an engineered thing made or sold, or engineers
// beside the trade, may be the firm's own technology: the rules must not
// read a plain trade's no (asked again, or core). 5 of 5 failed first
// (read no).
var round21bEngineered = []readingCase{
	{qProducts, "we sell our irrigation controller to other growers", "?"},
	{qProducts, "we build battery packs for electric boats", "?"},
	{qProducts, "we design the control modules for hospital beds", "?"},
	{qProducts, "we make coffee machines, twelve engineers in the workshop", "?"},
	{qProducts, "we manufacture laser cutters for sign makers", "?"},
}

// round21bEngineeredKept: a plain trade, or engineered things others make.
var round21bEngineeredKept = []readingCase{
	{qProducts, "we design kitchens for our customers", "no"},
	{qProducts, "we sell tomatoes to other farms", "no"},
	{qProducts, "we install alarm systems, we don't make them", "no"},
}

func TestRound21bEngineered(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bEngineered, round21bEngineeredKept)
}

// round21bInnovationWaits: new technology told to wait is no priority,
// whatever urgency the other task's words carry; patents held or pending
// are invention led with. 6 of 7 failed first (read yes or some, or
// asked again).
var round21bInnovationWaits = []readingCase{
	{qInnovation, "the new gadgets will have to wait until the loan is paid", "no"},
	{qInnovation, "tech has to wait, the harvest comes first", "no"},
	{qInnovation, "New software can wait, the roof must be fixed first", "no"},
	{qInnovation, "innovation will have to wait a few years", "no"},
	{qInnovation, "we hold three patents on our filter", "yes"},
	{qInnovation, "two patents granted last year and one pending", "yes"},
	{qInnovation, "our dosing method is patented", "yes"},
}

// round21bInnovationWaitsKept: urgency denied a wait, patents denied.
var round21bInnovationWaitsKept = []readingCase{
	{qInnovation, "innovation can't wait, we must move now", "yes"},
	{qInnovation, "no patents, nothing like that", "no"},
	{qInnovation, "we have an old patent from the nineties but we don't chase new tech", "?"},
}

func TestRound21bInnovationWaits(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bInnovationWaits, round21bInnovationWaitsKept)
}

// round21bCompetitorsMixed: a comparison that leads and one that lags
// leave the direction open (asked between yes and no), a clause with no
// subject of its own ("but behind the Japanese") taking the earlier one's.
// 4 of 4 failed first (taken as one end).
var round21bCompetitorsMixed = []readingCase{
	{qCompetitors, "we're ahead of the other cafes, but behind the chains", "?"},
	{qCompetitors, "they are ahead of us in apps, but behind on payments", "?"},
	{qCompetitors, "we're behind the big hotels but ahead of the guesthouses", "?"},
	{qCompetitors, "we are ahead of the family bakeries and behind the supermarkets", "?"},
}

// round21bCompetitorsPlace: a firm naming itself by its place in the
// field ("now we are the old ones") or denying it competes at all. 7 of 7
// failed first (asked again, or read unsure).
var round21bCompetitorsPlace = []readingCase{
	{qCompetitors, "we're the dinosaurs of the trade now", "yes"},
	{qCompetitors, "honestly we are the slow ones in town", "yes"},
	{qCompetitors, "ten years ago we were the old ones, now we are the modern ones", "no"},
	{qCompetitors, "we are the modern ones round here", "no"},
	{qCompetitors, "we have no competitors", "no"},
	{qCompetitors, "clinics here don't compete, we refer patients to each other", "no"},
	{qCompetitors, "I can't say, the ferries don't compete with each other", "~no"},
}

// round21bCompetitorsKept keep their readings.
var round21bCompetitorsKept = []readingCase{
	{qCompetitors, "we are ahead of most, and miles ahead of the locals", "no"},
	{qCompetitors, "no, they're worse than us", "no"},
	{qCompetitors, "we are the oldest firm in town, and still ahead", "no"},
	{qCompetitors, "no competitor is faster than us", "no"},
	{qCompetitors, "they're way ahead of us", "yes"},
}

func TestRound21bCompetitors(t *testing.T) {
	checkReadings(t, partsReading, false, round21bCompetitorsMixed, round21bCompetitorsPlace, round21bCompetitorsKept)
}

// round21bBeyondMeans: a budget told as beyond the firm's means without a
// no, the cost too much, the money left counted in months, or the hire's
// price above a sum of ours, is no; the money words in them had read a
// yes. 7 of 7 failed first (6 asked again, one read maybe).
var round21bBeyondMeans = []readingCase{
	{qBudget, "that's way too much money for a shop our size", "no"},
	{qBudget, "the salary would be too high for us", "no"},
	{qBudget, "honestly, a budget like that is too steep for a bakery", "no"},
	{qBudget, "we have cash for six months, that's it", "no"},
	{qBudget, "there's maybe 5 months of funding left in the bank", "no"},
	{qBudget, "a head of IT earns 90 grand here; our whole profit last year was 40 grand", "no"},
	{qBudget, "A CTO's salary is about 150k. Our IT spend is 20k.", "no"},
}

// round21bBeyondMeansKept: the cost denied too much, a sum within our
// means, years of money, plenty had.
var round21bBeyondMeansKept = []readingCase{
	{qBudget, "a CTO costs 100k, our IT budget is 250k, fine", "yes"},
	{qBudget, "yes, we have 3 years of cash", "yes"},
	{qBudget, "we have too much work and enough money, yes", "yes"},
	{qBudget, "it's not too much, we can do it", "~yes"},
}

func TestRound21bBeyondMeans(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bBeyondMeans, round21bBeyondMeansKept)
}

// round21bConstantWorry: a thought or worry told constant is the top of
// the worry; told occasional it stays the middle. 4 of 5 failed first
// (asked again, or read medium).
var round21bConstantWorry = []readingCase{
	{qSecurity, "we think about it constantly", "~high"},
	{qSecurity, "it's on my mind every single day", "~high"},
	{qSecurity, "I worry about it day and night", "high"},
	{qSecurity, "it's always on our minds", "~high"},
	{qSecurity, "after the fake invoice I think about it all the time", "high"},
}

// round21bConstantWorryKept stay the middle.
var round21bConstantWorryKept = []readingCase{
	{qSecurity, "I think about it sometimes", "medium"},
	{qSecurity, "we think about it now and then", "medium"},
}

func TestRound21bConstantWorry(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bConstantWorry, round21bConstantWorryKept)
}

// round21bOccasionalWorry: a thought told occasional is the middle, also
// when a constant one is denied before it. 3 of 5 failed first (asked
// between low and medium).
var round21bOccasionalWorry = []readingCase{
	{qSecurity, "I don't think about it all the time, but now and then", "medium"},
	{qSecurity, "not constantly, but from time to time I worry", "~medium"},
	{qSecurity, "it crosses my mind occasionally", "medium"},
	{qSecurity, "I don't worry about it every day, just now and then", "medium"},
	{qSecurity, "not all the time, I think about it sometimes", "~medium"},
}

// round21bOccasionalWorryKept: never, not even sometimes.
var round21bOccasionalWorryKept = []readingCase{
	{qSecurity, "I never think about it, not even sometimes", "low"},
}

func TestRound21bOccasionalWorry(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bOccasionalWorry, round21bOccasionalWorryKept)
}

// round21bMadeByOthers: technology made or supplied by someone not us
// ("a loyalty app made by a supplier") is used, not developed: no. 3 of 3
// failed first (read core).
var round21bMadeByOthers = []readingCase{
	{qProducts, "our bakery has a loyalty app made by a supplier", "no"},
	{qProducts, "we have a customer portal provided by the bank", "no"},
	{qProducts, "the club's booking app is run by a company in Utrecht", "no"},
}

// round21bMadeByOthersKept: made by us stays ours.
var round21bMadeByOthersKept = []readingCase{
	{qProducts, "our app was built by us", "core"},
	{qProducts, "the app is made by our own team", "core"},
}

func TestRound21bMadeByOthers(t *testing.T) {
	checkReadings(t, rulesReading, false, round21bMadeByOthers, round21bMadeByOthersKept)
}

// round21bOwnView: another's view set against the speaker's own is asked
// again, between the two or outright when the speaker only doubts; an own
// view that agrees keeps the reading. 4 of 5 failed first (taken as the
// other's view, or the two mixed).
var round21bOwnView = []readingCase{
	{qSecurity, "my partner worries, I don't", "?"},
	{qSecurity, "the boss says it's fine, I'm not so sure", "?"},
	{qInnovation, "the chef thinks we should be first with everything, I'm not convinced", "?"},
	{qBudget, "my wife says we can afford it, I doubt it", "?"},
	{qSecurity, "my brother says it's a huge risk, but I'm relaxed", "?"},
}

// round21bOwnViewKept: an own view that agrees, or none.
var round21bOwnViewKept = []readingCase{
	{qSecurity, "the board says the children's records and photos are our biggest risk, and I agree", "high"},
	{qInnovation, "the boss says cement is cement. I agree with him for once", "~no"},
	{qBudget, "the owner says no way, the council hasn't raised the hourly rate in two years", "no"},
}

func TestRound21bOwnView(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round21bOwnView, round21bOwnViewKept)
}
