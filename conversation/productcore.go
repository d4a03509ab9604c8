package conversation

// A product told as core now, with a plan only to sell it further ("the
// valuation tool is core and we're about to start licensing it"), is
// core: the plan is for its sales, not for building it. Read by its
// future alone, it looked planned.

// sellOnVerbs sell a product that exists: licensing it, selling it on.
var sellOnVerbs = wordSet("license", "licence", "licensing", "licencing", "sell", "selling", "offer", "offering",
	"market", "marketing", "charge", "charging", "commercialise", "commercialize", "commercialising",
	"commercializing", "resell", "reselling", "rent", "renting", "franchise", "franchising")

// buildNewVerbs make a product that does not exist yet.
var buildNewVerbs = wordSet("build", "building", "develop", "developing", "make", "making", "create", "creating",
	"design", "designing", "code", "coding", "prototype", "launch", "launching", "write", "writing")

// coreNowSoldLater reports "core" claimed of a product now, not denied,
// beside a plan whose only verbs sell it.
func coreNowSoldLater(w []string) bool {
	at := -1
	for i, t := range w {
		if t == "core" && claimedNow(w[:i]) {
			at = i
			break
		}
	}
	if at < 0 || hasAny(w[max(0, at-4):at], negation) {
		return false
	}
	return hasAny(w[at:], sellOnVerbs) && !hasAny(w, buildNewVerbs)
}

// coreLeadIns may stand between a copula and "core": "is already the
// core of the service".
var coreLeadIns = wordSet("already", "the", "our", "really", "very", "still", "at", "truly")

// claimedNow reports that before, the words ahead of a "core", end in a
// present copula and at most two lead-ins.
func claimedNow(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		switch t := before[k]; {
		case t == "is" || t == "its" || t == "s" || t == "are":
			return true
		case !coreLeadIns[t]:
			return false
		}
	}
	return false
}
