package conversation

import "testing"

// round22bProductNotYetBuilt: a product whose makers are still being
// priced ("getting quotes from agencies to build") or whose building
// starts on a date ahead ("we start building it after the summer") is
// planned. 4 of 5 failed first (read core).
var round22bProductNotYetBuilt = []readingCase{
	{qProducts, "We're collecting quotes from three developers to build a client app.", "planned"},
	{qProducts, "asked two studios for proposals to make a booking platform", "planned"},
	{qProducts, "we've got bids in from agencies for a customer portal", "planned"},
	{qProducts, "we're sketching a tracking app and start coding it in spring", "planned"},
	{qProducts, "my brother designs the portal now, we begin building it next year", "planned"},
}

// round22bProductNotYetBuiltKept: a product that is, or a quote the
// product itself gives, stays core.
var round22bProductNotYetBuiltKept = []readingCase{
	{qProducts, "our app gives customers instant quotes, it's the business", "core"},
	{qProducts, "we build apps for clients, that's the business", "core"},
}

func TestRound22bProductNotYetBuilt(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bProductNotYetBuilt, round22bProductNotYetBuiltKept)
}

// round22bBoughtFromVendor: a technology told as bought or rented from a
// vendor ("the portal is a subscription from our vendor") is no product of
// ours. 1 of 3 failed first (asked between no and core).
var round22bBoughtFromVendor = []readingCase{
	{qProducts, "No, the booking app is a licence from our software supplier.", "no"},
	{qProducts, "the customer portal is rented from the provider, we don't make anything", "no"},
	{qProducts, "no. the platform is a subscription from a vendor in Dublin", "no"},
}

// round22bBoughtFromVendorKept: a product of ours sold to a vendor stays
// core.
var round22bBoughtFromVendorKept = []readingCase{
	{qProducts, "yes, our platform is sold to vendors all over Europe", "core"},
	{qProducts, "our platform is used by vendors at 40 markets", "core"},
}

func TestRound22bBoughtFromVendor(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bBoughtFromVendor, round22bBoughtFromVendorKept)
}

// round22bCompetitorsParity: rivals said to work as we do ("they work
// exactly like we do", "same software as everyone") keep level: no one is
// ahead. "exactly" there compares, it is no yes. 3 of 5 failed first
// (2 read yes, one asked again).
var round22bCompetitorsParity = []readingCase{
	{qCompetitors, "The other bakeries in town run exactly like we do.", "no"},
	{qCompetitors, "we all use the same till system as everyone", "no"},
	{qCompetitors, "Same booking software as the others.", "no"},
	{qCompetitors, "the firms round here do it exactly as we do", "no"},
	{qCompetitors, "they're no different from us, same tools", "no"},
}

// round22bCompetitorsParityKept: a lag or a plain yes stays yes.
var round22bCompetitorsParityKept = []readingCase{
	{qCompetitors, "exactly, they're way ahead of us", "yes"},
	{qCompetitors, "they used to work like us, now they're far ahead", "yes"},
	{qCompetitors, "absolutely, the chains are ahead", "yes"},
}

func TestRound22bCompetitorsParity(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bCompetitorsParity, round22bCompetitorsParityKept)
}

// round22bRankedSelf: a firm that ranks itself last or first among the
// others now ("now we're last", "these days we're dead last") places
// itself without "the ... ones". 4 of 4 failed first (asked again).
var round22bRankedSelf = []readingCase{
	{qCompetitors, "Twenty years back we were the modern shop, now we're last.", "yes"},
	{qCompetitors, "honestly we are last in the valley", "yes"},
	{qCompetitors, "we're dead last with online orders", "yes"},
	{qCompetitors, "we were behind for years, now we're first in the region", "no"},
}

// round22bRankedSelfKept: a rank denied, or a place in a queue, is left
// to the other readings.
var round22bRankedSelfKept = []readingCase{
	{qCompetitors, "we're not last, but not first either", "?"},
	{qCompetitors, "we are the old ones in town", "yes"},
	{qCompetitors, "we're first to admit the chains are ahead", "yes"},
	{qCompetitors, "we're first of all a family bakery, the others are far ahead", "yes"},
}

func TestRound22bRankedSelf(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bRankedSelf, round22bRankedSelfKept)
}

// round22bNoThenComparison: an answer's "no" before a comparison of its
// own ("no, the others are worse than me") negates nothing in it. 2 of 4
// failed first (one read yes, one asked again).
var round22bNoThenComparison = []readingCase{
	{qCompetitors, "no the other bakers here are slower than me with all this", "no"},
	{qCompetitors, "nope, they're worse at tech than we are", "no"},
	{qCompetitors, "no, most garages round here are further behind than us", "~no"},
	{qCompetitors, "nah the chains are more modern than us but the locals aren't", "?"},
}

// round22bNoThenComparisonKept: "no one", "no other" quantify the
// comparison and keep turning it.
var round22bNoThenComparisonKept = []readingCase{
	{qCompetitors, "no other shop is better than us at it", "no"},
	{qCompetitors, "no one here is more modern than we are", "no"},
}

func TestRound22bNoThenComparison(t *testing.T) {
	checkReadings(t, rulesReading, false, round22bNoThenComparison, round22bNoThenComparisonKept)
}
