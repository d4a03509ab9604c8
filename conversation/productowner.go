package conversation

import "slices"

var (
	// ownerNouns are others a technology may belong to: "the software
	// is the manufacturer's", "the systems are the client's".
	ownerNouns = wordSet("manufacturers", "manufacturer", "suppliers", "supplier", "vendors", "vendor",
		"clients", "client", "customers", "customer", "utilitys", "utility", "councils", "council",
		"hospitals", "hospital", "operators", "operator", "owners", "owner", "makers", "maker", "groups", "group")
	// ownerCopulas tie a technology to its owner: "is theirs".
	ownerCopulas = wordSet("is", "are", "was", "were", "remains", "stays")
)

// othersOwnTech reports a technology said to be someone else's: "the
// technology is theirs", "the apps are all theirs", "the software is
// the manufacturer's", "the kit belongs to the supplier". What others
// own is no product of ours, whatever the tech words around it.
func othersOwnTech(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if !techNouns[w[i]] && w[i] != "systems" && w[i] != "system" && w[i] != "kit" {
			continue
		}
		j := i + 1
		switch {
		case ownerCopulas[w[j]]:
			j++
			if j < len(w) && (w[j] == "all" || w[j] == "entirely" || w[j] == "really") {
				j++
			}
			if j < len(w) && w[j] == "theirs" || j+1 < len(w) && w[j] == "the" && ownerNouns[w[j+1]] ||
				fromVendor(w[j:min(len(w), j+8)]) {
				return true
			}
		case w[j] == "belongs" || w[j] == "belong":
			return j+1 < len(w) && w[j+1] == "to" && !(j+2 < len(w) && w[j+2] == "us")
		}
	}
	return false
}

// fromVendor reports a technology told as bought or rented from one who
// sells it: "a subscription from our vendor", "rented from the
// provider", "a licence from our software supplier", "provided by the
// vendor"; not "used by vendors", who are customers.
func fromVendor(w []string) bool {
	for k, t := range w {
		if t == "from" || t == "by" && k > 0 && wordSet("provided", "supplied", "made", "run", "hosted", "built", "owned")[w[k-1]] {
			return hasAny(w[k+1:min(len(w), k+5)], vendorNouns)
		}
	}
	return false
}

// vendorNouns sell a technology to the firm.
var vendorNouns = wordSet("vendor", "vendors", "supplier", "suppliers", "provider", "providers", "reseller")

// productIsGoods reports a product named as goods or a service that is
// no technology, with no technology named anywhere: "no, the product is
// the bags and the belts", "our product is the furniture itself".
func productIsGoods(w []string) bool {
	if hasAny(w, techNouns) || hasAny(w, techKinds) {
		return false
	}
	for i := 0; i+2 < len(w); i++ {
		if (w[i] != "product" && w[i] != "products") || !ownerCopulas[w[i+1]] {
			continue
		}
		j := i + 2
		for j < len(w) && goodsDeterminers[w[j]] {
			j++
		}
		// "the product is the company": the firm is the product;
		// "products are planned": a plan, not goods.
		return j < len(w) && j > i+2 && !ownFirmNouns[w[j]] && !hasAny(w, futureWords)
	}
	return goodsCalledProduct(w)
}

// productPronouns name no goods before "is the product": "that is the
// product" points at what came before.
var productPronouns = wordSet("it", "that", "this", "which", "what", "thats", "there", "these", "those", "its",
	"we", "us", "i", "me", "you", "they")

// goodsCalledProduct reports goods named first and then called the
// product ("the hotel is the product", "the boats and the lake are our
// product"): the same goods as "the product is the hotel", said the other
// way round, after a denial ("nothing of that sort", "no"): with none,
// the thing named may be technology ("the radar is the product"). The
// firm itself ("the company is the product") and a pronoun name no goods.
func goodsCalledProduct(w []string) bool {
	if !hasAny(w, negation) && !slices.Contains(w, "nothing") {
		return false
	}
	for i := 3; i < len(w); i++ {
		if (w[i] != "product" && w[i] != "products") || !goodsDeterminers[w[i-1]] || !ownerCopulas[w[i-2]] {
			continue
		}
		if n := w[i-3]; !productPronouns[n] && !ownFirmNouns[n] && !isNumber(n) && !hasAny(w, futureWords) {
			return true
		}
	}
	return false
}

// goodsDeterminers open the goods a product is: "the bags", "our bread".
var goodsDeterminers = wordSet("the", "our", "a", "an", "all", "just", "simply", "really", "whole", "entire")

// madeParticiples tell a thing made or supplied, in the passive.
var madeParticiples = wordSet("made", "built", "developed", "designed", "written", "coded", "created",
	"programmed", "provided", "supplied", "hosted", "run", "licensed", "maintained", "owned", "operated")

// madeByOthers reports a making verb at w[i] told in the passive with an
// agent not ours: "an app made by a supplier", "the portal was built by
// the bank". What others make is used, not developed ("made by our own
// team" and "built by us" are ours).
func madeByOthers(w []string, i int) bool {
	if !madeParticiples[w[i]] || i+2 >= len(w) || w[i+1] != "by" {
		return false
	}
	for _, t := range w[i+2 : min(i+5, len(w))] {
		switch {
		case selfWords[t] || t == "ourselves" || t == "myself" || t == "inhouse" || t == "in":
			return false
		case t == "a" || t == "an" || t == "the" || t == "some" || t == "another" || t == "one":
		default:
			return true
		}
	}
	return false
}

// supplyVerbs hand a thing over: "the franchise gives us the app".
var supplyVerbs = wordSet("gives", "give", "gave", "provides", "provide", "provided", "supplies", "supply",
	"lends", "rents", "hosts")

// givenByOthers reports a supply verb at w[i] whose subject is not us and
// whose receiver is ("the franchise gives us the app", "head office
// provides the tills"): what others hand over is used, not developed.
func givenByOthers(w []string, i int) bool {
	if !supplyVerbs[w[i]] || i == 0 || selfWords[w[i-1]] || i > 1 && selfWords[w[i-2]] {
		return false
	}
	return i+1 < len(w) && (w[i+1] == "us" || w[i+1] == "me") || hasAny(w[max(0, i-3):i], wordSet("franchise",
		"supplier", "suppliers", "vendor", "group", "office", "bank", "partner", "company", "council", "government"))
}

// trialVerbs test a thing: "we test an AI camera", "piloting a sensor".
var trialVerbs = wordSet("test", "tests", "testing", "trial", "trialling", "trialing", "pilot", "piloting")

// trialPartners are who a firm tests another's technology with or for.
var trialPartners = wordSet("university", "universities", "institute", "hospital", "supplier", "suppliers",
	"startup", "vendor", "manufacturer", "college", "lab")

// testedForOthers reports a trial verb at w[i] of a thing not our own,
// with or for a partner named after it ("we test an AI camera for lice
// with a university"): the partner's technology tried out, not a product
// of ours.
func testedForOthers(w []string, i int) bool {
	if !trialVerbs[w[i]] {
		return false
	}
	after := w[i+1 : min(len(w), i+10)]
	return !slices.Contains(after, "own") && !slices.Contains(after, "our") && hasAny(after, trialPartners)
}
