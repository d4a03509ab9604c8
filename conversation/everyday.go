package conversation

import "slices"

// More of blind11's neighbours found by cross-validation: a business that
// runs on things that are no IT, "mostly right, but", what we sell being
// digital.

var (
	noITThings = wordSet("whiteboard", "clipboard", "notebook", "notepad", "diary", "paper", "pen", "pencil",
		"cash", "box", "kettle", "calculator", "ledger", "book", "chalkboard", "blackboard", "fax")
	thingGlue = wordSet("a", "an", "the", "and", "our", "my", "some", "old", "plus", "with", "just", "only",
		"big", "little", "of", "few", "lot", "lots", "good", "trusty")
	mostlyFine   = wordSet("right", "correct", "accurate", "fine", "ok", "okay", "good", "clean", "sound", "there")
	digitalWords = wordSet("digital", "online", "software", "downloadable", "virtual")
)

// runsOnNoIT reads "we run on a whiteboard and a cash box": the things
// the business runs on are no IT.
func runsOnNoIT(w []string, cut []bool) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "run" && w[i] != "runs" || w[i+1] != "on" {
			continue
		}
		_, end := clauseBounds(cut, i)
		// Every thing named is no IT: "a whiteboard and a cash box", not
		// "our ERP and a paper backup".
		objs := slices.DeleteFunc(slices.Clone(w[i+2:end]), func(t string) bool { return thingGlue[t] })
		return len(objs) > 0 && !slices.ContainsFunc(objs, func(t string) bool { return !noITThings[t] }) &&
			!hasAny(w, itPlaces) && !hasAny(w, itNouns)
	}
	return false
}

// keptOnNoIT reads the work kept on things that are no IT, or paid by
// a bank's order, with no IT named at all and no "but" to turn it: "we
// track belts on a whiteboard and take payments by standing order".
func keptOnNoIT(w []string) bool {
	// "if it's down we're on paper" is a fallback, not the work.
	if slices.Contains(w, "but") || hasAny(w, ifWords) || slices.Contains(w, "down") || hasAny(w, itPlaces) || hasAny(w, itNouns) || hasAny(w, moreIT) || hasAny(w, negation) {
		return false
	}
	for i, t := range w {
		if t != "on" && t != "in" && t != "by" {
			continue
		}
		j := i + 1
		for j < len(w) && thingGlue[w[j]] {
			j++
		}
		if j < len(w) && (noITThings[w[j]] || paidWays[w[j]]) {
			return true
		}
	}
	return false
}

var (
	// moreIT are systems named beside the things that are no IT.
	moreIT = wordSet("erp", "crm", "shopify", "pos", "till", "tills", "card", "cards", "website", "web",
		"digital", "excel", "database", "portal", "phone", "phones", "whatsapp", "instagram", "facebook")
	// paidWays are payments that need no system of ours.
	paidWays = wordSet("cheque", "cheques", "check", "standing", "post", "hand")
)

// manualButIT reads the trade done by hand on one side of a "but" and
// orders, bookings or admin on a system on the other ("the production
// is mostly manual but orders and export documents are all in the
// system"): quite a lot of reliance, neither extreme. A fallback ("if
// it's down we're on paper") and "only" ("only email on the computer")
// are other readings.
func manualButIT(w []string) bool {
	b := slices.Index(w, "but")
	if b < 1 || b+1 >= len(w) || hasAny(w, ifWords) || hasAny(w, wordSet("down", "only", "just", "little", "could", "can")) {
		return false
	}
	for _, side := range [][2][]string{{w[:b], w[b+1:]}, {w[b+1:], w[:b]}} {
		manual, tech := side[0], side[1]
		if manualSide(manual) && anyIT(tech) && !hasAny(tech, negation) && !hasAny(tech, manualWords) {
			return true
		}
	}
	return false
}

// manualWords tell work done by hand or by machines with no computer.
var manualWords = wordSet("hand", "hands", "manual", "handmade", "paper", "manually", "mechanical", "mechanised",
	"mechanized")

// manualSide reports a clause of work by hand or off the computer ("the
// work with the children is not on computer").
func manualSide(c []string) bool {
	if hasAny(c, manualWords) || peopleWork(c) {
		return !anyIT(c)
	}
	return hasAny(c, negation) && anyIT(c)
}

// peopleWork reports a clause telling the work done by people, face to
// face: "the teaching is still face to face", "the therapy itself is
// people talking to people", "the shows are people and trucks".
func peopleWork(c []string) bool {
	for i := 0; i+1 < len(c); i++ {
		switch {
		case c[i] == "face" && i+2 < len(c) && c[i+1] == "to" && c[i+2] == "face",
			c[i] == "in" && c[i+1] == "person",
			c[i] == "by" && c[i+1] == "people",
			(c[i] == "is" || c[i] == "are" || c[i] == "still") && c[i+1] == "people":
			return true
		}
	}
	return false
}

// anyIT reports a system of any kind named in w.
func anyIT(w []string) bool { return hasAny(w, itPlaces) || hasAny(w, itNouns) || hasAny(w, moreIT) }

// mostlyBut reads "mostly right, but the codes drift", "mostly ok, the
// rostering still needs work": the middle option.
func mostlyBut(w []string) bool {
	i := slices.Index(w, "mostly")
	return i >= 0 && i+1 < len(w) && mostlyFine[w[i+1]] && hasAny(w[i+1:], mostlyTurns)
}

// mostlyTurns turn "mostly fine" to a part that is not: "but", "still",
// "only the CRM doesn't talk", "except the website".
var mostlyTurns = wordSet("but", "still", "only", "except", "apart")

// anotherMatter reads one part fine and another "another matter" or
// "another story": "gdpr wise we're ok, finding stuff is another
// matter". The middle, neither fine nor the worst.
func anotherMatter(w []string) bool {
	for i := 1; i+1 < len(w); i++ {
		if (w[i] == "another" || w[i] == "different") && (w[i+1] == "matter" || w[i+1] == "story") {
			return hasAny(w[:i], mostlyFine) && !hasAny(w, negation) && !hasAny(w[i+2:], wordSet("worse", "mess"))
		}
	}
	return false
}

// copedAfter reads a trouble told and then coped with after a "but":
// "scattered across drives but we find things in the end", "all over
// the place but we manage": some, not the worst.
func copedAfter(w []string) bool {
	i := slices.Index(w, "but")
	if i < 1 || i+2 >= len(w) || w[i+1] != "we" || hasAny(w[i:], negation) {
		return false
	}
	rest := w[i+2:]
	for j, t := range rest[:min(3, len(rest))] {
		next := ""
		if j+1 < len(rest) {
			next = rest[j+1]
		}
		if copeVerbs[t] && !foundWords[next] && !determiners[next] || (t == "get" || t == "muddle" || t == "scrape") && (next == "there" || next == "by" || next == "through") ||
			(t == "find" || t == "found") && foundWords[next] {
			return true
		}
	}
	return false
}

var (
	copeVerbs  = wordSet("manage", "managed", "cope", "survive", "muddle")
	foundWords = wordSet("things", "what", "everything", "stuff", "it", "them")
)

// soldDigital reads "everything we sell is digital": technology is the
// product.
func soldDigital(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "sell" && w[i] != "sells" {
			continue
		}
		rest := w[i+1 : min(i+5, len(w))]
		if (rest[0] == "is" || rest[0] == "are") && hasAny(rest, digitalWords) && !hasAny(w, negation) {
			return true
		}
	}
	return false
}

var (
	webShopWords = wordSet("web", "website", "online", "webshop", "ecommerce", "eshop", "internet")
	launchVerbs  = wordSet("launch", "build", "start", "open", "create", "set", "make", "develop", "launching",
		"building", "starting", "opening", "creating")
	ambition = wordSet("first", "leader", "leaders", "leading", "pioneer", "pioneers", "cutting", "bleeding",
		"frontrunner", "frontrunners", "trendsetter", "trendsetters")
	ambitionGlue = wordSet("looking", "trying", "to", "be", "the", "need", "needs", "going", "want", "wanting",
		"interested", "in", "being", "a", "at", "gonna", "aiming", "aim", "really")
	stealVerbs = wordSet("steal", "hack", "take", "nick", "nab")
)

// plannedOnline reads a web shop or online service still to launch
// ("we hope to launch a web shop next year"): planned.
func plannedOnline(w []string) bool {
	return hasAny(w, webShopWords) && hasAny(w, futureWords) && hasAny(w, launchVerbs) && !hasAny(w, negation)
}

// negatedAmbition reads "we're not looking to be the first": no wish to
// lead with innovation.
func negatedAmbition(w []string) bool {
	if hasAny(w, conditionalYes) {
		return false // "if it saves time, yes, but not first": some
	}
	for i, t := range w {
		if !negation[t] {
			continue
		}
		for j := i + 1; j < len(w) && j <= i+5; j++ {
			if ambition[w[j]] {
				return true
			}
			if !ambitionGlue[w[j]] {
				break
			}
		}
	}
	return false
}

// nothingToSteal reads "there's nothing to steal", "nobody's after our
// rotas": little concern.
func nothingToSteal(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] == "nothing" && w[i+1] == "to" && stealVerbs[w[i+2]] {
			return true
		}
	}
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "nobodys" || w[i] == "nobody" || w[i] == "noone") && w[i+1] == "after" {
			return true
		}
	}
	return nothingOfValue(w)
}

var (
	valueWords  = wordSet("valuable", "important", "sensitive", "secret", "confidential", "precious", "value")
	valueGlue   = wordSet("really", "very", "that", "of", "too", "particularly")
	notYetValue = wordSet("than", "more", "yet")
	someWorry   = wordSet("some", "bit", "little", "somewhat")
)

// nothingOfValue reads "there is nothing important in the computer",
// "nothing valuable on our laptops": nothing a thief would want. Not
// "nothing is more important than", nor "some, ... but nothing secret
// yet": no comparison or "yet" after it, no degree before it.
func nothingOfValue(w []string) bool {
	for i, t := range w {
		if t != "nothing" {
			continue
		}
		j := i + 1
		for j < len(w) && j <= i+2 && valueGlue[w[j]] {
			j++
		}
		if j < len(w) && valueWords[w[j]] && !hasAny(w[i:], notYetValue) && !hasAny(w[:i], someWorry) {
			return true
		}
	}
	return false
}

var (
	conditionalYes = wordSet("yes", "yeah", "yep", "if", "once")
	cardWords      = wordSet("card", "cards")
	alarmWords     = wordSet("lot", "night", "nightmare", "breach", "terrified", "sick", "huge", "critical", "very",
		"hugely", "massively", "scared", "worried", "worry", "finish", "sink", "kill")
)

// cardsTaken reads "we take card payments", nothing more alarming said:
// somewhat concerned.
func cardsTaken(w []string) bool {
	i := slices.Index(w, "take")
	return i >= 0 && hasAny(w[i:min(i+3, len(w))], cardWords) && !hasAny(w, alarmWords) && !hasAny(w, negation)
}

// noBetterThanUs reads "they're no slicker than us": not ahead of us.
func noBetterThanUs(w []string) bool {
	for i := 0; i+3 < len(w); i++ {
		if (w[i] == "no" || w[i] == "not") && w[i+2] == "than" && selfWords[w[i+3]] {
			return true
		}
	}
	return false
}

var (
	seasonCounts = wordSet("seasons", "summers", "winters", "harvests", "vintages", "springs")
	decadeWords  = wordSet("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
	clueWords    = wordSet("clue", "clueless", "foggiest")
)

// seasonsAsYears reads "fifteen seasons on the road", "since the
// thirties": an age counted in seasons or decades.
func seasonsAsYears(w []string) string {
	for i := 1; i < len(w); i++ {
		if seasonCounts[w[i]] {
			if n, ok := count(w[i-1]); ok && !isYear(w[i-1]) && n >= 6 {
				return "established"
			}
		}
		if decadeWords[w[i]] && (w[i-1] == "the" || w[i-1] == "since") {
			return "established"
		}
	}
	return ""
}

// notAClue reads "not a clue", "haven't got a clue", "haven't the
// foggiest": not sure.
func notAClue(w []string) bool {
	return hasAny(w, clueWords) && (hasAny(w, negation) || slices.Contains(w, "clueless"))
}

// scrapingBy reads a business that barely covers its costs ("the box
// office barely covers the actors", "I'm lucky if I pay myself", "we'd
// sink"): no budget.
func scrapingBy(w []string) bool {
	for i, t := range w {
		switch {
		case t == "barely" || t == "hardly":
			if i+1 < len(w) && hasAny(w[i+1:min(i+3, len(w))], wordSet("cover", "covers", "pay", "pays", "break", "afford", "scrape")) {
				return true
			}
		case t == "lucky" && hasAny(w[i:], wordSet("pay", "paid", "wage", "salary")):
			return true
		case t == "sink" || t == "sunk" || t == "fold":
			return !hasAny(w, negation)
		}
	}
	return false
}
