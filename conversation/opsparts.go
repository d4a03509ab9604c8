package conversation

import "slices"

// viaWords route work through a system: "orders come through the app".
var viaWords = wordSet("from", "through", "via")

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
		hasAny(w, viaWords) || systemDown(w) {
		return false
	}
	for i, t := range w {
		// "everything" quantifies the paper act near it, not "all 9 stores".
		reach := i + 4
		if i+2 < len(w) && w[i+1] == "of" && (w[i+2] == "it" || w[i+2] == "them") {
			reach += 2 // "all of it is written down": one quantifier
		}
		if near := w[max(0, i-3):min(len(w), reach)]; (t == "everything" || t == "all") && (hasAny(near, paperActs) || hasAny(near, penVerbs)) {
			return true
		}
	}
	return false
}

// penVerbs put work on paper by hand: "we write everything down".
var penVerbs = wordSet("write", "writes", "wrote", "written", "writing", "jot", "jotted", "jots", "note",
	"noted", "scribble", "scribbled")

// systemDown reports a "down" that is no pen's: "the system goes down
// and everything stops", not "we write everything down in a book".
func systemDown(w []string) bool {
	for i, t := range w {
		if t == "down" && !hasAny(w[max(0, i-3):i], penVerbs) {
			return true
		}
	}
	return false
}
