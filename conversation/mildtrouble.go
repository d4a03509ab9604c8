package conversation

import "strings"

// Systems apart that people bridge by hand at a steady pace ("the
// scanner system is separate and we reconcile it weekly", "the till and
// the web shop don't talk, so I copy the stock across on Fridays") are
// a pain point, not systems slow, patchy or insecure throughout: the
// pain option's "don't talk" and an age ("9 years old and supported")
// had read them as the worst. Any other sign of the worst (an opening
// yes, a headache, work made late, a volume re-keyed, another clause
// read as pain) keeps the reading as it was.

// bridgeWords tell data carried from one system to another by hand.
var bridgeWords = wordSet("reconcile", "reconciles", "reconciled", "reconciling", "rekey", "rekeys", "copy",
	"copies", "retype", "manually")

// entryVerbs before "twice" tell data keyed in by hand twice: "we key
// everything in twice", "we enter every sale twice".
var entryVerbs = wordSet("key", "keyed", "keying", "enter", "entered", "entering", "type", "typed", "typing",
	"input", "punch")

// keptUpWords say an old system is looked after: its age is no trouble.
var keptUpWords = wordSet("supported", "maintained", "patched", "updated")

// bridgedByHand is the hedge when w tells only systems apart bridged
// by hand, or "".
func bridgedByHand(q *question, w []string, cut []bool) string {
	if len(w) == 0 || yesWords[w[0]] || hasAny(w, wordSet("headache", "nightmare", "mess", "errors", "late")) ||
		troubleKinds(w, cut) > 1 {
		return ""
	}
	apart, bridged := false, false
	for i, t := range w {
		apart = apart || apartWords[t] || i > 0 && negation[w[i-1]] && linkVerbsSystems[t]
		bridged = bridged || bridgeWords[t] || t == "key" && i > 0 && w[i-1] == "re" ||
			t == "hand" && i > 0 && w[i-1] == "by" || t == "twice" && hasAny(w[max(0, i-4):i], entryVerbs)
	}
	if !apart || !bridged {
		return ""
	}
	for _, c := range clauses(w, cut) {
		if hasAny(c, apartWords) || hasAny(c, bridgeWords) || hasAny(c, linkVerbsSystems) || strings.Contains(strings.Join(c, " "), "by hand") {
			if countsVolume(c) {
				return "" // "we rekey about 400 orders a week"
			}
			continue
		}
		if hasAny(c, keptUpWords) && !hasAny(c, negation) {
			continue // "the ERP is 9 years old and supported"
		}
		if matchPart(q, strings.Join(c, " "), nil).value == q.yes {
			return ""
		}
	}
	return q.hedge
}

// countsVolume reports a number of things in c other than a period:
// "about 400 orders a week".
func countsVolume(c []string) bool {
	for i, t := range c {
		if n, ok := count(t); ok && n > 2 && !isYear(t) && !(i+1 < len(c) && unitWords[c[i+1]]) {
			return true
		}
	}
	return false
}
