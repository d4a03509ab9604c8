package conversation

import "slices"

// Readers of an ops answer that tells what happens without IT: lost,
// coping, or carrying on by hand.

// Words around "without" in an answer about reliance on IT.
var (
	lostWords = wordSet("lost", "stuffed", "screwed", "dead", "sunk", "helpless", "nowhere", "useless",
		"stop", "stops", "stopped", "halt", "nothing", "cant", "cannot", "couldnt", "wouldnt", "dont", "doesnt",
		"wont", "unable", "impossible", "no")
	copeWords = wordSet("manage", "survive", "cope", "live", "do", "fine", "ok", "okay", "carry")
)

// opsFromWithout reads what happens without IT: "the practices can't see
// patients without the system", "we'd be lost without it" and "no
// system, no business" are complete reliance; "we could manage without
// it" is little.
func opsFromWithout(w []string, cut []bool) string {
	if noThenNo(w, cut) || hasAny(w, fallbackDanger) && hasAny(w, fallbackWords) {
		// "back to paper, and that's chaos": the fallback is no way
		// to work.
		return "high"
	}
	if v := opsFallback(w, cut); v != "" {
		return v
	}
	if failedThenByHand(w) {
		return "medium"
	}
	if runsOnOldWays(w, cut) {
		if hasAny(w, computerWords) {
			return "medium" // "bookings online, the kitchen runs on paper tickets"
		}
		return "low"
	}
	for k, t := range w {
		if t != "without" {
			continue
		}
		start, end := clauseBounds(cut, k)
		// The words around "without" in its clause, past its object:
		// "without the computers nothing happens".
		around := slices.Concat(w[start:k], w[min(k+3, end):end])
		lost, cope := false, false
		for _, b := range around {
			lost = lost || lostWords[b]
			cope = cope || copeWords[b]
		}
		if v, ok := runsWithoutIT(w, k, start, end); ok && !lost {
			return v
		}
		switch {
		case lost:
			return "high"
		case cope && !hasAny(around, wordSet("day", "days", "while", "bit")):
			return "low"
		}
	}
	return ""
}

// noThenNo reads "no system, no business" and "no wifi no orders": a
// "no" that opens a clause, and a second one that opens the next clause
// or follows the first's noun in the same clause.
func noThenNo(w []string, cut []bool) bool {
	opens := 0
	for k := 0; k+1 < len(w); k++ {
		if w[k] != "no" || k > 0 && !cut[k] || cut[k+1] || w[k+1] == "no" {
			continue
		}
		if opens > 0 && toolOrCalm[w[k+1]] {
			return false // "no computers, no emails": nothing to rely on
		}
		if opens++; opens >= 2 {
			return true
		}
		for j := k + 2; j+1 < len(w) && j <= k+4 && !cut[j]; j++ {
			if w[j] == "no" && w[j+1] != "no" && !cut[j+1] && !toolOrCalm[w[j+1]] {
				return true
			}
		}
	}
	return false
}

// computerWords run a business on computers.
var computerWords = wordSet("computer", "computers", "system", "systems", "online", "laptop", "laptops",
	"tablet", "tablets", "epos", "pos", "internet", "website", "email")

// runsOnOldWays reads "the shop runs on a cash till and a notebook":
// what it runs on is no computer.
func runsOnOldWays(w []string, cut []bool) bool {
	for k := 0; k+1 < len(w); k++ {
		if w[k] != "runs" && w[k] != "run" || w[k+1] != "on" && w[k+1] != "off" {
			continue
		}
		_, end := clauseBounds(cut, k)
		obj := w[k+2 : min(k+8, end)]
		if hasAny(obj, oldWays) && !hasAny(obj, techNouns) && !hasAny(obj, computerWords) {
			return true
		}
	}
	return false
}

// toolOrCalm after a second "no" list what is absent or say all is well:
// "no computers, no emails", "no paper, no problem".
var toolOrCalm = wordSet("computers", "computer", "emails", "email", "software", "apps", "app", "laptops",
	"laptop", "internet", "wifi", "website", "it", "tech", "tablets", "screens", "problem", "problems",
	"worries", "bother", "drama", "stress", "fuss")

// fallbackDanger say falling back to paper would be no way to work.
var fallbackDanger = wordSet("dangerous", "chaos", "chaotic", "disaster", "nightmare", "unsafe", "carnage",
	"mayhem", "risky", "impossible", "unworkable", "meltdown", "mistakes", "errors")

// fallbackWords are ways of working without IT.
var fallbackWords = wordSet("paper", "hand", "pen", "notebook", "manually", "manual", "whiteboard", "clipboard",
	"diary")

// opsFallback reads a business that can carry on without its systems
// ("a match can be played on paper", "we could run it by hand"): less
// reliance; medium when other clauses list what does run on computers.
func opsFallback(w []string, cut []bool) string {
	for k, t := range w {
		if t != "can" && t != "could" && t != "still" {
			continue
		}
		end := k + 1
		for end < len(w) && !cut[end] && !fallbackWords[w[end]] && !negation[w[end]] {
			end++
		}
		if end == len(w) || cut[end] || !fallbackWords[w[end]] {
			continue
		}
		start := k
		for start > 0 && !cut[start] && !contrastWords[w[start]] {
			start--
		}
		if start > 0 && !littleBefore(w[:start]) {
			return "medium" // "the till is on computers, but a match can be played on paper"
		}
		return "low" // "hardly, we still do the books by hand": the hand work bears the little out
	}
	return ""
}
