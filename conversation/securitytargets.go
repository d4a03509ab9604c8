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
