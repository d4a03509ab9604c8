package conversation

import "slices"

// A sorted part beside a part still kept by hand: "now we have one
// system for the orders, but the traceability still is on paper". The
// opening alone reads as the best option; the "still" after the turn
// says the present has a problem left, so the middle is meant.

// leftoverTurns open the part that is left: "but", "though", "only".
var leftoverTurns = wordSet("but", "though", "although", "only", "except", "apart")

// handKept are the places a part left by hand is kept in.
var handKept = wordSet("paper", "handwritten", "hand", "folders", "folder", "binder", "binders",
	"spreadsheet", "spreadsheets", "excel", "notebook", "notebooks", "whiteboard", "ledger", "book", "books",
	"paperwork", "manual", "manually", "clipboard", "diary")

// leftoverByHand reports whether w, read as q.no before its last turn,
// goes on with a part "still" kept by hand: then the hedge is meant.
func leftoverByHand(q *question, w []string, cut []bool) bool {
	t := -1
	for i, x := range w {
		if leftoverTurns[x] {
			t = i
		}
	}
	if t < 1 || !hasAny(w[t+1:], wordSet("still")) || !hasAny(w[t+1:], handKept) {
		return false
	}
	if hasAny(w[t+1:], wordSet("everything", "all", "most", "rest")) {
		return false // "but everything else is still on paper": more than a part
	}
	m := matchPart(q, joinClauses(w[:t], cut[:t]), nil)
	return m.value == q.no
}

// shareWords tell a part of the records: "half the delivery notes".
var shareWords = wordSet("half", "third", "quarter", "some", "part", "few", "portion", "bit")

// shareByHand reports a share of the records still kept by hand ("about
// half the waivers are still on paper"): a challenge in part, not the
// whole of the data a problem.
func shareByHand(w []string, cut []bool) bool {
	if !hasAny(w, wordSet("still")) || hasAny(w, wordSet("everything", "all", "most", "whole")) {
		return false
	}
	kept := 0 // places named, "paper folders" one
	for i, t := range w {
		if (handKept[t] || noITThings[t]) && (i == 0 || !handKept[w[i-1]] && !noITThings[w[i-1]]) {
			kept++
		}
	}
	if kept != 1 {
		return false // "half the records are still paper and referrals come by fax": more than a part
	}
	for i, t := range w {
		if !handKept[t] {
			continue
		}
		s, _ := clauseBounds(cut, i)
		if hasAny(w[s:i], shareWords) {
			return true
		}
	}
	return false
}

// basicTools are the tools any shop has: no reliance on IT to speak of.
var basicTools = wordSet("till", "tills", "card", "cards", "machine", "machines", "reader", "readers",
	"phone", "phones", "mobile", "email", "emails", "register", "calculator", "printer", "terminal")

// toolItems name one tool each: "card machine" is one, "card" a part.
var toolItems = wordSet("till", "tills", "machine", "machines", "reader", "readers", "phone", "phones",
	"email", "emails", "register", "calculator", "printer", "terminal")

// basicToolsOnly reports an answer that names only basic tools ("Till.
// Card machine.", "just the till and the card machine"), besides work
// kept on things that are no IT ("special orders go in the book"). One
// tool alone ("the tills", the opening of a longer answer) is not enough.
func basicToolsOnly(w []string, cut []bool) bool {
	items, noIT := 0, false
	for _, c := range clauses(w, cut) {
		words := slices.DeleteFunc(slices.Clone(c), func(t string) bool {
			return thingGlue[t] || t == "mainly" || t == "mostly" || t == "basically"
		})
		switch {
		case len(words) == 0:
		case !slices.ContainsFunc(words, func(t string) bool { return !basicTools[t] }):
			items += len(slices.DeleteFunc(words, func(t string) bool { return !toolItems[t] }))
		case hasAny(c, noITThings) && !hasAny(c, itPlaces) && !hasAny(c, itNouns) && !hasAny(c, negation):
			noIT = true
		default:
			return false
		}
	}
	return items >= 2 || items == 1 && noIT
}
