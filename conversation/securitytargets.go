package conversation

import "slices"

// Attackers told to go for others ("hackers go for banks, not sheep
// farms", "the criminals are after the big chains", "scammers don't
// bother with a place like ours"): the firm does not see itself as a
// target, a low concern, whatever the attack words would say.

var (
	attackerWords = wordSet("hackers", "hacker", "criminals", "crooks", "scammers", "attackers",
		"cybercriminals", "fraudsters", "thieves", "gangs")
	attackVerbs = wordSet("go", "goes", "target", "targets", "want", "wants", "hit", "hits", "attack",
		"attacks", "bother", "pick", "prefer", "after", "chase")
	// biggerTargets are what attackers go for instead: "the banks".
	biggerTargets = wordSet("banks", "bank", "big", "bigger", "large", "larger", "chains", "corporates",
		"governments", "hospitals", "giants", "multinationals", "rich", "millionaires")
)

// targetsElsewhere reports attackers said to go for others: a target
// verb after the attacker with a bigger target or a "not" after it, or
// the verb denied ("hackers don't bother with us").
func targetsElsewhere(w []string) bool {
	if worryOwned(w) || slices.Contains(w, "yet") {
		return false // "not us yet, but it worries me"
	}
	for i, t := range w {
		if !attackerWords[t] {
			continue
		}
		for j := i + 1; j < len(w) && j <= i+4; j++ {
			if !attackVerbs[w[j]] {
				continue
			}
			rest := w[j+1 : min(j+10, len(w))]
			denied := hasAny(w[i+1:j], negation)
			if denied || hasAny(rest, biggerTargets) && !hasAny(rest, selfWords) ||
				slices.Contains(rest, "not") && !hasAny(w[i+1:j], negation) && elsewhereThenNot(rest) {
				return true
			}
		}
	}
	return false
}

// elsewhereThenNot reports a target named and then denied: "banks, not
// sheep farms".
func elsewhereThenNot(rest []string) bool {
	n := slices.Index(rest, "not")
	return n > 1 && !hasAny(rest[:n], selfWords)
}

// worryOwned reports a worry or fear word not denied: "it worries me".
func worryOwned(w []string) bool {
	for i, t := range w {
		if (ownedWorry[t] || fearWords[t]) && !negatedBefore(w, i, 3) {
			return true
		}
	}
	return false
}

// ellipsisTails may close an elliptic denial: "we don't, luckily".
var ellipsisTails = wordSet("though", "luckily", "thankfully", "anyway", "fortunately", "yet", "now")

// conditionDenied reports a worry hung on a condition the answer then
// denies ("I'd lose sleep if we held card numbers, but we don't", "it
// would scare me if we stored passports; we don't"): the worry is only
// supposed, a low concern.
func conditionDenied(w []string) bool {
	f := slices.Index(w, "if")
	if f < 0 {
		return false
	}
	for i := f + 2; i+1 < len(w); i++ {
		if !selfWords[w[i]] || w[i] == "our" || w[i] == "us" || w[i] == "my" || w[i] == "me" {
			continue
		}
		// An elliptic denial ends the answer: "but we don't", "we do
		// not", "we aren't, luckily"; "we don't have backups" adds to
		// the worry instead.
		end := i + 2
		if w[i+1] == "do" || w[i+1] == "are" {
			end++
		}
		denial := wordSet("dont", "arent", "havent", "wont")[w[i+1]] ||
			(w[i+1] == "do" || w[i+1] == "are") && i+2 < len(w) && w[i+2] == "not"
		if denial && (end == len(w) || end+1 == len(w) && ellipsisTails[w[end]]) {
			return true
		}
	}
	return false
}
