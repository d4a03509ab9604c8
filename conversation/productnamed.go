package conversation

import "slices"

// A firm's goods called "the product" ("no, the product is the bags
// and the belts", "our products are the chairs and the tables") name
// what it sells, not a technology product: the word "product", a key of
// the core option, had torn a plain no.

// productLinks link "the product" to what it is.
var productLinks = wordSet("is", "are", "was", "were")

// goodsNamedProduct reports a clause that names the firm's goods as its
// product with no technology noun among them.
func goodsNamedProduct(w []string, cut []bool) bool {
	for i := 0; i+2 < len(w); i++ {
		if (w[i] != "product" && w[i] != "products") || !productLinks[w[i+1]] {
			continue
		}
		if i > 0 && !wordSet("the", "our", "my")[w[i-1]] {
			continue // "a software product is", "no product is"
		}
		_, end := clauseBounds(cut, i)
		named := w[i+2 : end]
		if len(named) == 0 || hasAny(named, techNouns) || hasAny(named, wholeFirm) {
			return false
		}
		return true
	}
	return false
}

// wholeFirm named as the product make it the business itself: "the
// product is the company".
var wholeFirm = wordSet("what", "it", "itself", "company", "business", "firm", "everything", "us", "whole",
	"startup", "service")

// lookingInto reports a thing being looked into or at ("we're looking at
// a QR label for buyers"): studied, not made yet. "looking after" is a
// trade ("we look after gardens").
func lookingInto(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		// "looking into an app", not "looking at adding payments".
		if w[i] == "looking" && (w[i+1] == "into" || w[i+1] == "at") && !(i > 0 && negation[w[i-1]]) &&
			i+2 < len(w) && (w[i+2] == "a" || w[i+2] == "an") {
			return true
		}
	}
	return false
}

// givenUp reports a product told as given up ("we closed it down last
// year", "discontinued in 2019") with nothing said of now or still.
func givenUp(w []string) bool {
	if hasAny(w, presentWords) && !onlyTradeNow(w) || hasAny(w, wordSet("still", "new", "instead")) {
		return false
	}
	for i, t := range w {
		next := ""
		if i+1 < len(w) {
			next = w[i+1]
		}
		if t == "discontinued" || t == "scrapped" || failedWords[t] && i > 0 && wordSet("it", "that", "which")[w[i-1]] || (t == "closed" || t == "shut") && (next == "it" || next == "down") ||
			droppedWords[t] && (next == "it" || next == "them" || droppedProduct(w[i+1:])) ||
			t == "stopped" && (next == "selling" || next == "making" || next == "it" || next == "them") ||
			i > 0 && passiveAux[w[i-1]] && (t == "closed" || t == "shut" || droppedWords[t]) {
			return true // "it was closed", "it got shut down"
		}
	}
	return false
}

// droppedProduct reports the product named after a dropping verb: "we
// retired the portal", "killed our old app".
func droppedProduct(rest []string) bool {
	if len(rest) < 2 || !wordSet("the", "our", "that", "this")[rest[0]] {
		return false
	}
	return hasAny(rest[1:min(len(rest), 4)], techNouns)
}

// failedWords end a product that did not work: "it flopped".
var failedWords = wordSet("flopped", "failed", "died", "bombed", "fizzled", "tanked")

// passiveAux make a past participle passive: "it was closed".
var passiveAux = wordSet("was", "were", "got", "been")

// droppedWords put a thing out of use: "we binned it", "ditched it".
var droppedWords = wordSet("binned", "ditched", "dropped", "abandoned", "killed", "retired")

// otherwiseNo reports a no for every other case: "if it saves diesel
// yeah, otherwise no", "yes if it pays, if not no".
func otherwiseNo(w []string) bool {
	for i, t := range w {
		if t == "otherwise" && i+1 < len(w) && (w[i+1] == "no" || w[i+1] == "not" || w[i+1] == "nope" || w[i+1] == "nah") {
			return true
		}
	}
	return false
}

// onlyGoods reports a short answer that names only what the firm sells,
// with nothing of technology, plans or building beside it: "paint, only
// paint", "now only shoes", "only new gins".
func onlyGoods(w []string, cut []bool) bool {
	if len(w) > 0 && w[0] == "now" {
		w, cut = w[1:], cut[1:]
	}
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	at := -1
	for i, t := range w {
		if (t == "only" || t == "just") && (i == 0 || cut[i]) {
			at = i
		}
	}
	if at < 0 || at+1 >= len(w) {
		return false
	}
	for _, set := range []map[string]bool{techNouns, onlineWords, devVerbs, futureWords, pronounObjects, selfWords,
		goodsNotAnswer} {
		if hasAny(w, set) {
			return false
		}
	}
	// "only the cafes" names goods; "just planning", "only in talks" not.
	return !hasAny(slices.DeleteFunc(slices.Clone(w), func(t string) bool { return t == "the" }), notStatement)
}

// goodsNotAnswer make "only ..." no list of goods: a yes, a hedge.
var goodsNotAnswer = wordSet("yes", "yeah", "yep", "sure", "partly", "sort", "kind", "bit", "sometimes", "us",
	"ourselves", "internally", "internal")

// goodsCalledOurProduct reports goods named first and called the firm's
// product after ("the oil is our product", "bread and cakes are our
// products"), with no technology among them nor affirmed elsewhere. A
// thing that may be technology ("the booking system is our product") or
// a pronoun ("it is our product") is left to the other readings.
func goodsCalledOurProduct(w []string, cut []bool) bool {
	for i := 1; i+2 < len(w); i++ {
		if !productLinks[w[i]] || w[i+1] != "our" || (w[i+2] != "product" && w[i+2] != "products") {
			continue
		}
		start, _ := clauseBounds(cut, i)
		named := w[start:i]
		if len(named) == 0 || hasAny(named, pronounObjects) || hasAny(named, maybeTech) || hasAny(named, wholeFirm) ||
			slices.ContainsFunc(named, func(t string) bool { return pronounSubjects[t] }) {
			return false
		}
		return !techAffirmed(w)
	}
	return false
}

// maybeTech may name a technology product: "the system is our product".
var maybeTech = wordSet("system", "systems", "data", "solution", "solutions", "website", "site", "online",
	"program", "programme", "programs", "code", "model", "models", "engine", "network", "service", "services",
	"subscription", "subscriptions", "content", "database", "information", "machine", "machines", "equipment",
	"kit", "tech", "technology", "software", "digital", "web", "internet", "computer", "computers", "electronic",
	"electronics", "design", "designs", "research", "innovation", "invention", "patent", "patents", "ip")

// pronounSubjects stand for a thing not named: "this is our product".
var pronounSubjects = wordSet("this", "that", "these", "those", "which", "what", "they", "he", "she", "its", "thats")

// techAffirmed reports a technology noun not denied just before it: "we
// don't do anything digital" denies it, "we are building an app" does not.
func techAffirmed(w []string) bool {
	for i, t := range w {
		if (techNouns[t] || maybeTech[t]) && !hasAny(w[max(0, i-3):i], negation) && !slices.Contains(w[max(0, i-3):i], "nothing") {
			return true
		}
	}
	return false
}

// closingVerbs end a product: "we're planning to close the app down".
var closingVerbs = wordSet("close", "shut", "drop", "discontinue", "retire", "sunset", "scrap", "kill", "stop",
	"abandon")

// closingPlanned reports a product planned to be ended ("we're planning
// to close the app down", "we will discontinue the portal"): a plan, but
// to give a product up, no new one.
func closingPlanned(w []string) bool {
	for i := 1; i < len(w); i++ {
		if !closingVerbs[w[i]] || w[i-1] != "to" && w[i-1] != "will" && w[i-1] != "gonna" && w[i-1] != "going" ||
			hasAny(w[max(0, i-4):i], negation) || hasAny(w, wordSet("new", "replace", "instead", "start", "own")) {
			continue
		}
		// The thing closed is a product ("close the app down"), and
		// nothing is made after it ("drop the catalogue and launch an
		// app" plans one).
		object := w[i+1 : min(i+5, len(w))]
		if (hasAny(object, techNouns) || hasAny(object, wordSet("it", "them", "down"))) && !hasAny(w[i+1:], devVerbs) {
			return true
		}
	}
	return false
}
