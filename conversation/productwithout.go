package conversation

// A business told as nothing without its own product ("without our app
// we'd be nothing", "without the platform we'd have no business"): the
// product is core to it. "without" there negates no product; the owner
// tells what the product carries.

var (
	ownProductNouns = wordSet("app", "apps", "platform", "software", "product", "products", "sensor", "sensors",
		"device", "devices", "system", "saas", "marketplace", "tool", "portal", "hardware")
	productOwners  = wordSet("our", "the", "my", "this")
	businessNouns  = wordSet("business", "company", "firm", "revenue", "income", "customers", "clients")
	hollowWords    = wordSet("nothing", "shell", "empty", "bust", "dead")
	hollowLimiters = wordSet("just", "only", "merely")
)

// productCarriesBusiness reports "without" our product followed, in the
// same sentence, by a business that would be nothing or hollow.
func productCarriesBusiness(w []string) bool {
	for i, t := range w {
		if t != "without" || i > 0 && negation[w[i-1]] || i+2 >= len(w) || !productOwners[w[i+1]] {
			continue
		}
		k := i + 2
		if w[k] == "own" && k+1 < len(w) {
			k++
		}
		if !ownProductNouns[w[k]] {
			continue
		}
		if businessHollow(w[k+1:]) {
			return true
		}
	}
	return false
}

// businessHollow reports words that tell the business would be nothing:
// "we'd be nothing", "a shell company", "no business", "just be a call
// centre".
func businessHollow(w []string) bool {
	for i, t := range w {
		switch {
		case hollowWords[t]:
			return true
		case (t == "no" || t == "not") && i+1 < len(w) && businessNouns[w[i+1]]:
			return true
		case hollowLimiters[t] && i+1 < len(w) && w[i+1] == "be", t == "be" && i+1 < len(w) && hollowLimiters[w[i+1]]:
			return true
		}
	}
	return false
}
