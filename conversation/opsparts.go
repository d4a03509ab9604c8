package conversation

import "slices"

// Ops answers told by what runs without IT and what would be missed:
// machines that are mechanical beside an office on the computer, a
// computer that broke and nobody missed, the IT that is the product.

// offITMachinery are machines and power that need no computer: "the
// presses are mechanical", "the boats run on diesel".
var offITMachinery = wordSet("mechanical", "mechanically", "diesel", "engines", "hydraulic", "hydraulics",
	"analogue", "analog", "muscle", "controllers", "tractor", "tractors", "diggers", "excavators", "forklifts")

// missVerbs tell whether a loss was felt: "nobody missed it".
var missVerbs = wordSet("missed", "miss", "noticed", "notice", "cared", "care")

// brokeWords tell a computer or system that stopped working.
var brokeWords = wordSet("broke", "broken", "died", "dead", "crashed", "stopped", "down", "gone")

// unmissedIT reports a computer or system that broke with nobody
// missing it: "we had a computer but it broke and nobody missed it for
// a month", "the laptop died and no one noticed". Little reliance.
func unmissedIT(w []string) bool {
	if !hasAny(w, itPlaces) && !hasAny(w, itNouns) || !hasAny(w, brokeWords) {
		return false
	}
	for i, t := range w {
		if !missVerbs[t] || i == 0 {
			continue
		}
		before := w[max(0, i-3):i]
		if hasAny(before, wordSet("nobody", "noone", "didnt", "never", "hardly", "barely")) ||
			slices.Contains(before, "no") && slices.Contains(before, "one") {
			return true
		}
	}
	return false
}

// productNouns are what a firm sells or is: "the app is the product".
var productNouns = wordSet("product", "products", "business", "company", "service")

// itIsTheProduct reports IT told as the firm's product or the business
// itself: "the app is the product", "our software is the business".
// Everything then hangs on it.
func itIsTheProduct(w []string) bool {
	for i, t := range w {
		if t != "is" && t != "are" || i == 0 {
			continue
		}
		if !hasAny(w[max(0, i-3):i], itNouns) && !hasAny(w[max(0, i-3):i], wordSet("platform", "website")) {
			continue
		}
		after := w[i+1 : min(len(w), i+3)]
		if hasAny(after, productNouns) && !hasAny(after, negation) && !hasAny(w[max(0, i-3):i], negation) {
			return true
		}
	}
	return false
}

// importanceWords say a system matters: "the till and the email matter".
var importanceWords = wordSet("matter", "matters", "important", "essential", "crucial", "vital", "critical")

// paperActs keep work on paper: "we print everything and file it".
var paperActs = wordSet("print", "prints", "printed", "paper", "file", "filed", "handwritten", "written",
	"folders", "binders", "ledger", "ledgers")

// allOnPaper reports everything told as kept on paper, no computer or
// system named: "we print everything and file it". "Everything" is then
// no reliance on IT.
func allOnPaper(w []string) bool {
	machine := slices.ContainsFunc(w, func(t string) bool { return itNouns[t] && t != "it" }) // "file it" is no IT
	if machine || hasAny(w, itPlaces) || hasAny(w, basicTools) || hasAny(w, negation) || hasAny(w, ifWords) ||
		hasAny(w, wordSet("from", "through", "via", "down")) {
		return false
	}
	for i, t := range w {
		// "everything" quantifies the paper act near it, not "all 9 stores".
		if (t == "everything" || t == "all") && hasAny(w[max(0, i-3):min(len(w), i+4)], paperActs) {
			return true
		}
	}
	return false
}
