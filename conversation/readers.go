package conversation

import (
	"slices"
	"strings"
)

// Readers for what keys alone cannot say: how old the company is, who is
// ahead of whom, and what the business makes.

// stageFromAge reads a founding year or an age: up to two years is a
// startup, six or more established; in between it says nothing on its
// own.
func stageFromAge(w []string, _ []bool) string {
	age, ok := companyAge(w)
	if ok && (periodOfGrowth(w) || growthSpan(w)) {
		ok = false
	}
	switch {
	case grewMultiple(w) && (!ok || age < 12):
		// "started in 2019, this year sales are three times more": a
		// young firm's age says less than its growth.
		return "scaling"
	case !ok && grewFrom(w):
		return "scaling"
	case !ok:
		return stageFromTelling(w)
	case age <= 2:
		return "startup"
	case age >= 6:
		return "established"
	}
	return ""
}

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// hasAny reports whether any word of w is in set.
func hasAny(w []string, set map[string]bool) bool {
	return slices.ContainsFunc(w, func(t string) bool { return set[t] })
}

// hasOnly reports whether every word of w is in set.
func hasOnly(w []string, set map[string]bool) bool {
	for _, t := range w {
		if !set[t] {
			return false
		}
	}
	return true
}

// What a business makes, for the products question.
var (
	techNouns = wordSet("app", "apps", "application", "applications", "platform", "platforms", "saas",
		"software", "device", "devices", "sensor", "sensors", "hardware", "iot", "marketplace", "portal",
		"api", "apis", "ai", "tech", "technology", "tool", "tools", "electronics", "games", "game",
		"websites", "chatbot", "algorithm", "algorithms", "cloud", "fintech", "medtech", "insurtech",
		"edtech", "proptech", "robotics", "robots", "drone", "drones", "smart", "analytics", "dashboard", "dashboards",
		"wearable", "wearables", "firmware", "digital", "bot", "bots", "chatbots", "configurator") // not "kiosk": "we run a kiosk selling coffee"
	devVerbs = wordSet("build", "building", "built", "builds", "develop", "developing", "develops",
		"developed", "make", "making", "makes", "create", "creating", "design", "designing", "code",
		"coding", "write", "writing", "sell", "selling", "sells", "launch", "launching")
	consumeWords = wordSet("buy", "buying", "bought", "use", "using", "uses", "resell", "license",
		"licence", "subscribe", "shelf")
	futureWords = wordSet("plan", "planning", "planned", "plans", "want", "wants", "like", "thinking",
		"considering", "idea", "next", "someday", "day", "soon", "eventually", "pipeline", "roadmap",
		"works", "hoping", "hope", "intend", "exploring", "future", "later", "yet", "might", "maybe",
		// A thing being studied is not made yet: "we are studying
		// remote monitoring with a partner".
		"studying", "researching", "investigating", "scoping", "prototyping", "feasibility")
	statementSkip = wordSet("a", "an", "the", "just", "only", "small", "local", "family", "basically",
		"really", "mostly", "simply", "purely", "little", "big", "independent", "busy")
	notStatement = wordSet("building", "developing", "making", "creating", "designing", "planning",
		"thinking", "considering", "looking", "hoping", "going", "working", "trying", "about", "exploring",
		"launching", "not", "still", "already", "also", "in", "on", "doing", "currently", "selling", "sure",
		"coding", "writing", "ahead", "the")
	businessVerbs = wordSet("fix", "fit", "install", "repair", "sell", "cut", "bake", "move", "distribute",
		"deliver", "provide", "offer", "run", "practise", "practice", "do", "make", "build", "manufacture",
		"produce", "supply", "clean", "cook", "teach", "translate", "transport", "serve", "import",
		"export", "trade", "consult", "advise", "care", "look", "fitting", "fixing", "repairing", "selling",
		"machine", "weld", "fabricate", "grow", "farm", "brew", "distil", "distill", "print", "paint", "dig",
		"cater", "host", "sew", "stitch", "pour", "pull", "treat", "educate", "train", "nurse", "plant", "mow",
		"roof", "plaster", "decorate", "rent", "let", "insure", "lend", "audit", "recruit", "store", "ship",
		"keep", "raise", "breed", "rear", "catch", "harvest", "roast", "stage", "play", "perform", "dispense",
		"groom", "tutor", "coach", "stock", "resell", "retail", "guide", "style", "wash", "walk", "board", "pack",
		"bottle", "tattoo", "photograph", "film", "dance", "sing", "carve", "restore", "hire", "stable", "shoe")
	pronounObjects = wordSet("it", "them", "one", "something", "stuff", "that", "this", "things", "our",
		"own", "some", "anything", "nothing")
)

// productsFromBusiness reads what the business makes: technology it
// builds ("we make IoT sensors", "our app is the business") is core; the
// same with a plan ("thinking of a customer portal") is planned;
// technology it only buys or uses ("we just buy our tools") is no, and so
// is any other trade ("we're a bakery", "no, we fix cars", "we build
// extensions").
func productsFromBusiness(w []string, cut []bool) string {
	if plansPremises(w, cut) || givenUp(w) || closingPlanned(w) || othersOwnTech(w) || productIsGoods(w) ||
		techRefused(w, cut) {
		return "no"
	}
	if itServiceSold(w) {
		return "core" // "managed IT for 40 firms": no trade of goods
	}
	tech, future, consume, dev, devNegated, own, techNegated := false, false, false, false, false, false, false
	trade, sells, denied := false, false, false
	studied := lookingInto(w)
	future = onCondition(w) || studied || planStageTold(w)
	for i, t := range w {
		if builtInFeature(w, i) || codeAsNoun(w, i) {
			continue // "a QR code on each bag": no verb
		}
		if milestoneToCome(w, cut, i) && !affirmed(w) {
			// "launch in Q3": a launch verb that dates a plan. An opening
			// yes claims the product as the firm's already.
			future = true
			continue
		}
		if madeByOthers(w, i) || givenByOthers(w, i) || testedForOthers(w, i) {
			consume = true // "a loyalty app made by a supplier"
			continue
		}
		if devVerbs[t] && (future || hasAny(w, futureWords)) && clauseHas(w, cut, i, onlineWords) {
			// "we want to launch an online service next year", "a grant
			// bid in to build an online auction": a digital thing planned,
			// not a trade.
			tech = true
			continue
		}
		if devVerbs[t] && !clauseHas(w, cut, i, techNouns) && nonTechObject(w, cut, i) {
			// "the only thing we develop is new recipes": a trade.
			trade = true
			continue
		}
		if devVerbs[t] && !(i > 0 && negation[w[i-1]]) && !clauseHas(w, cut, i, techNouns) && devNegatedElsewhere(w, cut, i) {
			// "we design buildings, we don't make software": the trade,
			// and no technology.
			continue
		}
		neg := i > 0 && (negation[w[i-1]] || w[i-1] == "nothing") || i > 1 && negation[w[i-2]] && negationModifiers[w[i-1]] ||
			nothingLinkedTo(w, i)
		switch {
		case techNouns[t] && (neg || techSubjectDenied(w, cut, i)):
			techNegated = true // "no app", "not a software company", "software isn't our business"
		case techNouns[t]:
			tech = true
		case devVerbs[t]:
			switch {
			case neg:
				devNegated = true
			case sellVerbs[t] && hasAny(w, techNouns) && fromAfter(w, cut, i):
				consume = true // "we sell apps from other developers"
			case sellVerbs[t] && hasAny(w, techNouns):
				// "we sell games": ours, unless we don't make them.
				sells = true
			case hasAny(w, techNouns) || hasSubject(w, i):
				dev = true // "we're building one", not "a building firm"
			}
		case consumeWords[t] && !neg && customerSide(w, cut, i):
			dev = true // "what the clients license": we sell it
		case consumeWords[t] && !neg:
			consume = true
		case planDenied(w, i):
			denied = true
		case futureWords[t] && !undatedFuture(w, i) || startingWork(w, i) || launchToCome(w, i) || plannedAt(w, cut, i):
			future = true
		}
		if t == "own" {
			own = true
		}
	}
	return productsVerdict(w, productSignals{tech: tech, future: future, consume: consume, dev: dev,
		devNegated: devNegated, own: own, techNegated: techNegated, trade: trade, sells: sells, studied: studied,
		planDenied: denied, engineered: engineeredAnswer(w, cut)})
}

// startingWork reports "starting to build", "beginning to develop" at
// w[i]: the work begun, nothing sold yet. "started" is left out: "we
// started building it in 2015" tells a past.
func startingWork(w []string, i int) bool {
	if w[i] != "starting" && w[i] != "beginning" {
		return false
	}
	for _, t := range w[i+1 : min(i+4, len(w))] {
		if devVerbs[t] && !sellVerbs[t] || t == "put" || t == "work" {
			return true
		}
	}
	return false
}

// customerWords are those who buy what a business makes.
var customerWords = wordSet("clients", "customers", "users", "subscribers", "licensees", "buyers", "client",
	"customer", "user", "subscriber", "licensee", "buyer")

// customerSide reports whether the buying word at w[i] is said of the
// customers ("the pharma clients license it", "customers subscribe") or
// sells to them ("we license it to clients"): our product, not a tool we
// buy.
func customerSide(w []string, cut []bool, i int) bool {
	if peopleBuyFromUs(w, cut, i) {
		return true // "the onboard software is why people buy them"
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if customerWords[w[j]] || j >= i-2 && otherWords[w[j]] && w[j] != "others" {
			// "what other ski schools subscribe to".
			return true
		}
	}
	for j := i + 1; j < len(w) && !cut[j]; j++ {
		// "to clients", "to other colleges": sold to others.
		// "to 40 gyms": a count of buyers.
		if w[j] == "to" && j+1 < len(w) && (customerWords[w[j+1]] || j+2 < len(w) && customerWords[w[j+2]] ||
			wordSet("other", "others", "another")[w[j+1]] || isNumber(w[j+1]) && !isYear(w[j+1])) {
			return true
		}
	}
	// "other gyms license our app", "salons subscribe to our tool": they
	// take up what is ours; not "we use our own".
	if hasSubject(w, i) {
		return false
	}
	for j := i + 1; j < len(w) && j <= i+2 && !cut[j]; j++ {
		if w[j] == "our" {
			return true
		}
	}
	return false
}

// hasSubject reports whether the verb at w[i] is said of us: "we build",
// "we're building", "I'm also developing".
func hasSubject(w []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if selfWords[w[j]] {
			return true
		}
		if !statementSkip[w[j]] && !notStatement[w[j]] && w[j] != "are" && w[j] != "am" {
			return false
		}
	}
	return false
}

func isNumber(t string) bool {
	_, ok := count(t)
	return ok
}

// businessStatement reads a trade that is not technology: "we're a
// bakery", "we are accountants", "we fit boilers", "we build extensions".
func businessStatement(w []string) string {
	for i := 0; i < len(w); i++ {
		t := w[i]
		var rest []string
		switch {
		case t == "were" || t == "im":
			rest = w[i+1:]
		case (t == "we" || t == "i") && i+1 < len(w) && (w[i+1] == "are" || w[i+1] == "am"):
			rest = w[i+2:]
		case t == "we" || t == "i":
			// "we fix cars", "we only sell physical products".
			j := i + 1
			for j < len(w) && statementSkip[w[j]] {
				j++
			}
			if j+1 < len(w) && businessVerbs[w[j]] && !pronounObjects[w[j+1]] && !techNouns[w[j+1]] {
				return "no"
			}
			if j < len(w) && (w[j] == "are" || w[j] == "am") {
				rest = w[j+1:]
				break
			}
			continue
		default:
			continue
		}
		if progressiveAfterBe(rest) {
			continue // "we are now talking with a university": a step, not the trade
		}
		for len(rest) > 0 && statementSkip[rest[0]] {
			rest = rest[1:]
		}
		if len(rest) > 0 && !notStatement[rest[0]] && !techNouns[rest[0]] && !selfWords[rest[0]] && !isNumber(rest[0]) {
			return "no"
		}
	}
	return ""
}

// progressiveAfterBe reports a verb in -ing right after "we are" (past
// "now"): "we are now talking with a lab" tells what the firm is doing,
// not what it is; "we are a printing company" is the trade.
func progressiveAfterBe(rest []string) bool {
	if len(rest) > 0 && rest[0] == "now" {
		rest = rest[1:]
	}
	return len(rest) > 0 && len(rest[0]) > 4 && strings.HasSuffix(rest[0], "ing")
}

// adoptionWords take up something new: "I'll try a new tool", "we give
// things a go".
var adoptionWords = wordSet("try", "trying", "tried", "give", "adopt", "adopting", "use", "pick", "test", "trial",
	"buy", "get", "experiment", "experimenting", "consider", "considering", "look", "looking")

// innovationOnCondition reads a new technology taken up on a condition
// ("I'll try a new tool if other photographers rave about it", "we give
// things a go when they're proven"): somewhat, not leading. A negated
// taking up ("we never try anything") is not read.
func innovationOnCondition(w []string, cut []bool) string {
	adopt, cond := -1, -1
	for i, t := range w {
		switch {
		case (adoptionWords[t] || t == "new" && i <= 1 || yesWords[t] && otherwiseNo(w)) && adopt < 0:
			// "a new varnish if it's proven": the new thing is taken up.
			if i > 0 && negation[w[i-1]] || i > 1 && negation[w[i-2]] {
				return ""
			}
			adopt = i
		case conditionWords[t] && t != "until" && cond < 0 && (adopt >= 0 || i == 0):
			// After the taking up, or opening the answer: "if it
			// saves money, we'll try it".
			cond = i
		}
	}
	if adopt >= 0 && cond >= 0 && adopt != cond {
		if lateCondition(w, cut, adopt, cond) {
			return "no" // "we buy a new one when the old one breaks"
		}
		return "some"
	}
	return ""
}

// clauseHas reports whether the clause of w[i] holds a word of set.
func clauseHas(w []string, cut []bool, i int, set map[string]bool) bool {
	start, end := clauseBounds(cut, i)
	return hasAny(w[start:end], set)
}

// fromAfter reports a "from" after the sell verb at i in its clause:
// "we sell apps from other developers" resells a maker's; "our revenue
// comes from the sensors we sell" tells where the money comes from.
func fromAfter(w []string, cut []bool, i int) bool {
	_, end := clauseBounds(cut, i)
	return hasAny(w[i+1:end], wordSet("from"))
}

// clauseBounds are where the clause of the word at i starts and ends
// (w[start:end]), cut being tokenize's clause breaks.
func clauseBounds(cut []bool, i int) (start, end int) {
	start, end = i, i+1
	for start > 0 && !cut[start] {
		start--
	}
	for end < len(cut) && !cut[end] {
		end++
	}
	return start, end
}

// devNegatedElsewhere reports whether another clause than that of w[i]
// denies making technology: "we don't make software".
func devNegatedElsewhere(w []string, cut []bool, i int) bool {
	for j := 1; j < len(w); j++ {
		if devVerbs[w[j]] && negation[w[j-1]] && clauseHas(w, cut, j, techNouns) && !clauseHas(w[:i+1], cut[:i+1], i, map[string]bool{w[j]: true}) {
			return true
		}
	}
	return false
}
