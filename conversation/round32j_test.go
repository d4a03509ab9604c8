package conversation

import "testing"

// Round 32, second pass, products, innovation and competitors: each
// class's fresh wordings were run against the code before its fix; the
// comment says how many failed first and how.

// Keeping up wished for ("I wish we could keep up", "if only we could
// keep pace"): the others set the pace, the firm is behind. 5 of 6
// failed first (asked between no and yes, or read no on "keep up").
var round32jKeepUpWished = []readingCase{
	{qCompetitors, "I wish we could keep up! The big firms have apps for everything.", "yes"},
	{qCompetitors, "If only we could keep pace. They're all online now.", "yes"},
	{qCompetitors, "We'd love to keep up with them, honestly.", "yes"},
	{qCompetitors, "Wish we could keep up with the town shops, they all take cards on their phones.", "yes"},
	{qCompetitors, "Oh, I'd like to keep pace with the others, believe me.", "yes"},
	{qCompetitors, "We can't keep up with the chains, they have kiosks and apps.", "yes"},
}

// Kept: keeping up told, or the others wished to keep up with us.
var round32jKeepUpWishedKept = []readingCase{
	{qCompetitors, "We keep up fine.", "no"},
	{qCompetitors, "We keep up, just about.", "no"},
	{qCompetitors, "I wish they could keep up with us, it would make the market livelier.", "!yes"},
	{qCompetitors, "It's hard to keep up with the startups.", "~yes"}, // asked offering yes before and after
}

func TestRound32JKeepUpWished(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32jKeepUpWished, round32jKeepUpWishedKept)
}

// Funding sought for a product ("a grant bid in to build", "we've applied
// for funding for an app"): a product that waits on money is planned.
// 4 of 6 failed first (asked between core and planned: the app read core).
var round32jFundingSought = []readingCase{
	{qProducts, "We've applied for funding to build a customer portal.", "planned"},
	{qProducts, "There's a grant application in for a booking app.", "planned"},
	{qProducts, "A funding bid is in for a sensor kit we'd sell to other growers.", "planned"},
	{qProducts, "We put in for a grant last month, for an app that lets walkers book our huts.", "planned"},
	{qProducts, "The designs are done for a tracking app; we build it once the funding comes through.", "planned"},
	{qProducts, "We've drawn up plans for an app we'd sell to other farms, if the bank says yes.", "planned"},
}

// Kept: a product a grant already paid for is built; a grant for
// something else leaves the product's reading to the rest.
var round32jFundingSoughtKept = []readingCase{
	{qProducts, "A grant paid for our booking app and it's been live two years; other clinics pay to use it.", "!planned"},
	{qProducts, "We sell our scheduling software to other garages, it's most of our income.", "core"},
	{qProducts, "No, we applied for a grant for a new roof, nothing to do with apps.", "~no"}, // asked offering no before
}

func TestRound32JFundingSought(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32jFundingSought, round32jFundingSoughtKept)
}

// Not knowing as "no way of knowing" ("I've no way of telling, they keep
// to themselves"): not sure, the "no" denies the knowing, not the lead.
// 4 of 5 failed first (read no, or asked between no and not sure).
var round32jNoWayOfKnowing = []readingCase{
	{qCompetitors, "I've no way of telling. The other bakeries don't share much.", "unsure"},
	{qCompetitors, "No way to know, really. They keep their cards close.", "unsure"},
	{qCompetitors, "There's no way of knowing what the other clinics run.", "unsure"},
	{qCompetitors, "Haven't a clue what the other hauliers have. They keep to themselves.", "unsure"},
	{qCompetitors, "Honestly, no way to tell from outside.", "unsure"},
}

// Kept: a plain no, and a "no way" that denies the lead.
var round32jNoWayOfKnowingKept = []readingCase{
	{qCompetitors, "No, we're ahead of the other bakeries.", "no"},
	{qCompetitors, "No way, they're nowhere near us.", "no"},
	{qCompetitors, "No way of keeping up with them, they have apps and we have a phone.", "~yes"},
}

func TestRound32JNoWayOfKnowing(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32jNoWayOfKnowing, round32jNoWayOfKnowingKept)
}

// Funding sought for an online thing with no tech noun ("a grant bid in
// to build an online auction"): planned. 4 of 4 failed first (asked between
// no and planned, the online build read as a trade, or core and planned).
var round32jFundingOnline = []readingCase{
	{qProducts, "We've applied for funding to build an online shop for the other makers in the valley.", "planned"},
	{qProducts, "There's a grant application in to set up an online booking service for the other B&Bs.", "planned"},
	{qProducts, "We put in for a grant to build an online auction, so buyers far away can bid on our cattle.", "planned"},
	{qProducts, "A funding bid is in to create an online marketplace for our woodland products.", "planned"},
}

func TestRound32JFundingOnline(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32jFundingOnline)
}

// Goods named first and then called the product ("the hotel is the
// product", "the wine is our product"): no technology is developed.
// 5 of 6 failed first (asked between no and core). Only after a denial:
// "the radar is the product" names technology, so "the haircut is the
// product, full stop" (read core) is left to the rest.
var round32jGoodsAreTheProduct = []readingCase{
	{qProducts, "Nothing of the kind. The bread is the product.", "no"},
	{qProducts, "No, the wine is the product, always has been.", "no"},
	{qProducts, "Not really, the food is the product here.", "no"},
	{qProducts, "No, the boats and the lake are our product.", "no"},
	{qProducts, "The rooms are the product. We don't make gadgets.", "no"},
	{qProducts, "No, the bikes and the trails are the product.", "no"},
}

// Kept: technology called the product, the firm or a pronoun as the
// product, and the forward order already read.
var round32jGoodsAreTheProductKept = []readingCase{
	{qProducts, "The app is the product.", "core"},
	{qProducts, "The software is the product.", "core"},
	{qProducts, "Our product is a wooden chair. That's it.", "no"},
	{qProducts, "That is the product: a booking platform for vets.", "core"},
	{qProducts, "we are the product, managed IT for 30 firms", "core"},
}

func TestRound32JGoodsAreTheProduct(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round32jGoodsAreTheProduct, round32jGoodsAreTheProductKept)
}
