package conversation

import (
	"slices"
	"strconv"
	"strings"
)

// Answers told by how much of something is wrong or what fails: a share
// of the records out of date is some trouble; nothing syncing is the
// systems failing.

var (
	// fractionWords name a share under a half: "a third of our records".
	fractionWords = wordSet("third", "quarter", "fifth", "tenth", "few", "handful")
	// staleWords say a record is wrong.
	staleWords = wordSet("date", "wrong", "old", "outdated", "duplicates", "duplicated", "missing",
		"incomplete", "stale", "inaccurate", "bad", "incorrect", "obsolete")
	// failVerbs after "nothing" say the systems fail at their job:
	// "nothing syncs", "nothing prints first time".
	failVerbs = wordSet("syncs", "loads", "saves", "prints", "connects", "updates", "opens", "links",
		"matches", "integrates", "sync", "load", "save", "print", "connect", "update", "open",
		"works", "work", "working", "runs", "running")
	// failFillers may stand between "nothing" and its verb: "nothing
	// really works", "nothing is working".
	failFillers = wordSet("really", "ever", "is", "s", "seems", "actually", "quite")
	// notFailing after the verb: "nothing works better than paper"
	// praises; "nothing works without it" tells reliance, not trouble.
	notFailing = wordSet("better", "without", "harder")
)

// shareWrong reports a share of the data under a half told wrong: "a
// third of our records are out of date", "maybe 20% of our contacts
// are wrong". Some of the data is in trouble, not all of it.
func shareWrong(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i+1] != "of" || !underHalf(w[i]) {
			continue
		}
		return hasAny(w[i+2:], staleWords)
	}
	return false
}

// bigShareAffirmed reports a plain yes before a share of a third or more
// of the data told wrong: "Yes. 40% of our files have no metadata" is
// the real problem the yes says, not some trouble.
func bigShareAffirmed(w []string) bool {
	if len(w) < 3 || w[0] != "yes" && w[0] != "yeah" && w[0] != "yep" {
		return false
	}
	for i := 1; i+1 < len(w); i++ {
		if w[i+1] != "of" || !underHalf(w[i]) {
			continue
		}
		if w[i] == "third" {
			return true
		}
		p, ok := strings.CutSuffix(w[i], "%")
		n, err := strconv.ParseFloat(p, 64)
		return ok && err == nil && n >= 30
	}
	return false
}

// underHalf reports a share word under a half: "third", "20%".
func underHalf(t string) bool {
	if fractionWords[t] {
		return true
	}
	p, ok := strings.CutSuffix(t, "%")
	if !ok {
		return false
	}
	n, err := strconv.ParseFloat(p, 64)
	return err == nil && n > 0 && n < 50
}

// nothingWorks reports "nothing" followed by what systems should do:
// "now nothing syncs", "nothing prints first time".
func nothingWorks(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "nothing" || negatedBefore(w, i, 3) {
			continue
		}
		j := i + 1
		for j < len(w)-1 && j < i+3 && failFillers[w[j]] {
			j++
		}
		if failVerbs[w[j]] && !(j+1 < len(w) && notFailing[w[j+1]]) {
			return true
		}
	}
	return false
}

var (
	// worstWords name the systems at their worst: "nothing's broken".
	worstWords = wordSet("broken", "broke", "disaster", "disasters", "crisis", "crises", "catastrophe",
		"down", "dead", "failing")
	needWords = wordSet("needs", "need", "needing")
)

// worstDeniedButNeeds reads the worst denied and then a need, across a
// "but": "nothing's broken but the CRM badly needs a clean-up", "no
// disasters but the accounts package really needs updating". Some pain
// points, not systems in trouble nor running well.
func worstDeniedButNeeds(w []string) bool {
	k := slices.Index(w, "but")
	if k < 1 || k > 4 {
		return false
	}
	head, tail := w[:k], w[k+1:]
	denied := hasAny(head, wordSet("nothing", "nothings", "no", "not", "isnt", "arent")) && hasAny(head, worstWords)
	return denied && hasAny(tail, needWords) && !hasAny(tail, negation)
}

// goodWords tell a system in good order: "the platform is new".
var goodWords = wordSet("new", "fine", "ok", "okay", "good", "great", "modern", "solid")

// goodButToFix reads one system in good order and another the owner
// must fix, across a "but": "our platform is new, but the back office is
// many Google sheets, we must fix it before the audit". Some pain points:
// neither fine nor the worst, unless the worst is named.
func goodButToFix(w []string) bool {
	k := slices.Index(w, "but")
	if k < 1 || k > 6 || !hasAny(w[:k], goodWords) || hasAny(w[:k], negation) {
		return false
	}
	tail := w[k+1:]
	for i := 1; i+1 < len(tail); i++ {
		obliged := tail[i-1] == "must" || tail[i-1] == "to" && i > 1 && (tail[i-2] == "have" || tail[i-2] == "need")
		if obliged && (tail[i] == "fix" || tail[i] == "sort" || tail[i] == "replace") {
			return !hasAny(tail, painWords) && !hasAny(tail, worstWords)
		}
	}
	return false
}
