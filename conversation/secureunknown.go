package conversation

import (
	"slices"
	"strings"
)

// unknownOpeners say the owner does not know what follows: "no idea
// if", "not sure whether", "don't know if".
var unknownOpeners = [][]string{{"no", "idea"}, {"not", "sure"}, {"dont", "know"}, {"no", "clue"}, {"unsure"}}

// secureWords say systems are safe from attack.
var secureWords = wordSet("secure", "safe", "protected", "hackable")

// securityUnknown reports systems whose security the owner cannot vouch
// for ("it works, but I have no idea if it's secure"): their running is
// no answer for the security the question also asks about, so the
// middle option, not "they run well". Trouble named beside it ("they
// work but slowly") is read as usual.
func securityUnknown(w []string) bool {
	if hasAny(w, systemsTroubleWords) {
		return false
	}
	for i := range w {
		for _, o := range unknownOpeners {
			j := i + len(o) // the "if" or "whether" after the opener
			if j < len(w) && slices.Equal(w[i:j], o) && (w[j] == "if" || w[j] == "whether") {
				return hasAny(w[j+1:min(j+6, len(w))], secureWords)
			}
		}
	}
	return false
}

// systemsTroubleWords name trouble in systems: the one-word keys of
// "slow, patchy or insecure", and "slowly".
var systemsTroubleWords = oneWordKeys(&questions[questionIndex(qSystems)], "pain", "slowly")

// oneWordKeys are the keys of q's option v that are one word, and more.
func oneWordKeys(q *question, v string, more ...string) map[string]bool {
	m := wordSet(more...)
	for _, o := range q.Options {
		if o.Value != v {
			continue
		}
		for _, k := range o.Keys {
			if !strings.Contains(k, " ") {
				m[k] = true
			}
		}
	}
	return m
}
