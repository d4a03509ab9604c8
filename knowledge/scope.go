package knowledge

import "strings"

// Readings outOfScope uses to tell another subject from the two roles:
// a neighbouring chief, things the base does not know, shopping.

// comparesNeighbour reports a definition or a comparison of one of the
// two roles with a chief whose ground borders on it (security, data,
// digital, product, AI, innovation): the other chief is what is asked,
// as the bot knows nothing of it. Both roles named ("should the CISO sit
// under the CIO or the CTO") is a question of ours.
func comparesNeighbour(terms []term, shape Shape, qtoks []string) bool {
	if shape != ShapeCompare && shape != ShapeDefine || !hasAny(qtoks, neighbourChiefs) {
		return false
	}
	var cio, cto bool
	for _, t := range terms {
		if !t.context {
			cio = cio || t.text == conceptCIO
			cto = cto || t.text == conceptCTO
		}
	}
	return cio != cto
}

var neighbourChiefs = phrases("ciso", "cisos", "cso", "csos", "cdo", "cdos", "chief data officer",
	"chief digital officer", "chief security officer", "chief information security officer", "cpo", "cpos",
	"chief product officer", "caio", "chief ai officer", "chief artificial intelligence officer",
	"chief innovation officer")

// unknownSubject reports whether a comparison, a price or an order of
// hiring is asked of things the base does not know (two unknown words, or
// job titles), with nothing of
// its own ground named: "the difference between a bursar and a
// registrar", "what does a harbour pilot earn", "a cellar master or a
// winemaker first". Unknown words corrected into known plain words count
// too ("waiter" is no "water"); a correction into a concept does not.
func unknownSubject(terms []term, shape Shape) bool {
	switch shape {
	case ShapeCompare, ShapeCost, ShapeFirstHire:
	default:
		return false
	}
	unknown := 0
	for _, t := range terms {
		if t.context {
			continue
		}
		if topicConcepts[t.text] || t.text == conceptVirtual || t.text == conceptContact {
			return false
		}
		if t.text == conceptTitle || (t.unsure && !strings.HasPrefix(t.text, conceptPrefix)) {
			unknown++
		}
	}
	// One unknown word may be an everyday word the base lacks ("when the
	// money allows"); two are a thing of someone else's.
	return unknown >= 2
}

// asksShopping reports whether the question part asks what to buy ("what
// laptop should our CTO buy"), whoever it names; "does the CIO sign off on
// buying software" asks what the role owns.
func asksShopping(terms []term, why Why, f scopeFlags, qtoks []string) bool {
	if why.Shape == ShapeCost && !f.roleAny && !f.leader {
		// "which cloud backup provider is cheapest", "cheapest antivirus
		// for 30 laptops": the price of a product or a vendor, not of a role.
		for _, w := range qtoks {
			if shopWords[w] {
				return true
			}
		}
	}
	if why.Shape != ShapeNone && why.Shape != ShapeDefine {
		return false
	}
	var buy, owner bool
	for _, t := range terms {
		if t.context || t.unsure {
			continue
		}
		buy = buy || t.text == conceptPurchase
		owner = owner || t.text == conceptOwner
	}
	return buy && !owner
}

// shopWords, in a question of price naming no role, ask for the cheapest
// product or vendor.
var shopWords = map[string]bool{
	"cheapest": true, "least": true, "lowest": true, "provider": true, "providers": true,
	"vendor": true, "vendors": true, "brand": true, "brands": true, "supplier": true, "suppliers": true,
}
