package knowledge

import (
	"regexp"
	"strings"
)

// Readings outOfScope uses to tell another subject from the two roles:
// a neighbouring chief, things the base does not know, shopping.

// comparesNeighbour reports a definition or a comparison of one of the
// two roles with another chief (finance, operations, marketing, or one
// whose ground borders on theirs: security, data, digital, product, AI,
// innovation), or a need of that chief beside a role the company already
// has: the other chief is what is asked, as the bot knows nothing of it.
// Both roles named ("should the CISO sit under the CIO or the CTO") is a
// question of ours, and so is the chief executive ("CTO vs CEO"), to
// whom the two report.
func comparesNeighbour(terms []term, shape Shape, qtoks []string) bool {
	if !hasAny(qtoks, neighbourChiefs) {
		return false
	}
	if shape == ShapeNeed {
		return alreadyHasRole(qtoks)
	}
	if shape != ShapeCompare && shape != ShapeDefine {
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
	"chief innovation officer", "cfo", "cfos", "coo", "coos", "cmo", "cmos", "chro", "cro", "cco", "clo",
	"chief financial officer", "chief operating officer", "chief marketing officer", "chief people officer",
	"chief revenue officer", "chief commercial officer", "chief legal officer", "chief strategy officer")

// alreadyHasRole reports a question that names the CIO or CTO as one the
// company already has ("do we need a chief AI officer if we already have
// a CTO?"): the need asked is of something else.
func alreadyHasRole(qtoks []string) bool {
	for i := 0; i+2 < len(qtoks); i++ {
		if qtoks[i] != "already" || !haveVerbs[qtoks[i+1]] {
			continue
		}
		j := i + 2
		if determiners[qtoks[j]] && j+1 < len(qtoks) {
			j++
		}
		if roleTokens[qtoks[j]] {
			return true
		}
	}
	return false
}

var haveVerbs = map[string]bool{"have": true, "has": true, "got": true, "employ": true, "hired": true, "had": true}

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

// troubleAsked reports a question naming a role whose off-topic matter
// (a printer, Outlook, a tax) is what the asker wants help with: asked
// with nothing of ours ("the CTO set up Outlook and now I can't see my
// calendar, any idea why?"), or ending in a plea for help ("the CIO
// changed the wifi password and the printer won't connect, what do I
// do?"). A role named does not make a fault the role's question.
func troubleAsked(terms []term, why Why, f scopeFlags, qtoks []string) bool {
	if !f.offQ || !f.roleQ {
		return false
	}
	if hasAny(qtoks, helpPleas) {
		return why.Shape == ShapeNone || why.Shape == ShapeDefine
	}
	return why.Shape == ShapeNone && !asksOurs(terms)
}

var helpPleas = phrases("what do i do", "what should i do", "what can i do", "any idea why", "any ideas why",
	"how do i fix", "how can i fix", "how do i sort", "why is that", "why does it", "what to do", "what now", "why")

// asksOurs reports a topic, an intent, a need or an owner asked in the
// question itself: something the articles answer.
func asksOurs(terms []term) bool {
	for _, t := range terms {
		if t.context {
			continue
		}
		if topicConcepts[t.text] || intentConcepts[t.text] || t.text == conceptNeed || t.text == conceptOwner || t.text == conceptWho {
			return true
		}
	}
	return false
}

// matterPointedAt reports a question that asks nothing of its own about
// a role ("how do we handle that with the rest of the staff?") after a
// story whose matter is legal or HR ("our CIO wants a four-day week"):
// the matter told is what is asked.
func matterPointedAt(terms []term, why Why, f scopeFlags) bool {
	if !f.legalCtx || f.roleQ || f.legal || (why.Shape != ShapeNone && why.Shape != ShapeDefine) {
		return false
	}
	for _, t := range terms {
		if !t.context && (topicConcepts[t.text] || intentConcepts[t.text] || t.text == conceptNeed) {
			return false
		}
	}
	return true
}

// ownPrices reports a message whose every word of price is the business's
// own prices ("our CIO says we should cut our delivery fee", "the CTO
// wants to raise ticket prices by 10%"): a pricing decision, not what a
// role costs. A price noun is the business's when "our" or "my" stands
// before it, or a verb changing it, with no role between.
func ownPrices(toks []string) bool {
	own, other := 0, 0
	for i, t := range toks {
		if !priceWords[t] {
			continue
		}
		if ownPriceNouns[t] && ownedPrice(toks[max(0, i-4):i]) {
			own++
		} else {
			other++
		}
	}
	return own > 0 && other == 0
}

// ownedPrice reports whether the words before a price noun make it the
// business's: "our", "my" or a verb of change, nothing of a role after it.
func ownedPrice(before []string) bool {
	for j := len(before) - 1; j >= 0; j-- {
		w := before[j]
		if roleChoice[w] {
			return false
		}
		if w == "our" || w == "my" || priceChanges[w] {
			return true
		}
	}
	return false
}

var (
	ownPriceNouns = map[string]bool{
		"price": true, "prices": true, "pricing": true, "fee": true, "fees": true, "rate": true, "rates": true,
		"tariff": true, "tariffs": true, "fare": true, "fares": true,
	}
	priceWords = map[string]bool{
		"price": true, "prices": true, "pricing": true, "fee": true, "fees": true, "rate": true, "rates": true,
		"tariff": true, "tariffs": true, "fare": true, "fares": true, "cost": true, "costs": true, "salary": true,
		"salaries": true, "pay": true, "paid": true, "wage": true, "wages": true, "much": true, "expensive": true,
		"cheap": true, "cheaper": true, "afford": true, "quote": true, "charge": true, "budget": true,
	}
	priceChanges = map[string]bool{
		"raise": true, "raising": true, "cut": true, "cutting": true, "lower": true, "lowering": true,
		"increase": true, "increasing": true, "put": true, "putting": true, "drop": true, "dropping": true,
		"discount": true, "discounting": true, "double": true, "halve": true, "change": true, "changing": true,
	}
)

// nameBeforeRole finds a capitalised word right before the role's title
// ("Siemens CTO", "the Tesco CIO"), not at the head of a sentence.
var nameBeforeRole = regexp.MustCompile(`[\w,;:'’)-]\s+([A-Z][\w&-]*)\s+(?i:cio|cto|chief (?:information|technology) officer)\b`)

// namesCompanyRole reports a role named by the company that holds it:
// a capitalised word before the title that the base does not know, so no
// word of its own ("Fractional CTO", "Virtual CIO" in a title case).
func (b *Base) namesCompanyRole(question string) bool {
	if len(question) < 2 || !hasUpper(question[1:]) {
		// Most chat is typed in lower case: no name to find.
		return false
	}
	for _, m := range nameBeforeRole.FindAllStringSubmatch(question, -1) {
		w := strings.ToLower(m[1])
		if notNames[w] || roleChoice[w] || pairWords[w] {
			continue
		}
		ts := b.an.analyzeTokens([]string{w}, true)
		if len(ts) == 1 && ts[0].unsure && !ts[0].corrected && !hasConcept(ts) {
			return true
		}
	}
	return false
}
