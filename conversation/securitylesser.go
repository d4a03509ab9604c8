package conversation

import "slices"

// A worry ranked above the cyber one ("I worry more about the weather
// than the hackers", "frost scares me more than any hacker"): the cyber
// worry is named as the lesser one, a low concern. The other way round
// ("hackers worry me more than the weather") keeps its own reading.

var (
	lesserCyberWords = wordSet("hackers", "hacker", "hacking", "hacked", "cyber", "cybersecurity", "cyberattack",
		"cyberattacks", "criminals", "cybercriminals", "scammers", "fraudsters", "ransomware", "phishing",
		"malware", "virus", "viruses", "breach", "breaches", "attack", "attacks", "security", "online")
	lesserWorryWords = wordSet("worry", "worries", "worried", "concern", "concerns", "concerned", "fear",
		"fears", "scares", "scare", "scared", "frightens", "frightened", "bothers", "bothered", "afraid",
		"stresses", "nervous", "keeps")
)

// cyberWorryLesser reports a worry said to be greater ("more ... than")
// than the cyber one named only after the "than", in one clause with no
// negation before it.
func cyberWorryLesser(w []string, cut []bool) bool {
	for i, t := range w {
		if t != "than" || i == 0 || i+1 >= len(w) || cut[i] {
			continue
		}
		start := i
		for start > 0 && !cut[start] {
			start--
		}
		before := w[start:i]
		after := w[i+1 : min(i+6, len(w))]
		if slices.Contains(before, "more") && hasAny(before, lesserWorryWords) && !hasAny(before, lesserCyberWords) &&
			!hasAny(before, negation) && hasAny(after, lesserCyberWords) {
			return true
		}
	}
	return false
}

// Attackers the owner doubts will come at all ("I don't think hackers
// will come here", "I doubt anyone would hack a village bakery"): the
// firm does not see itself as a target, a low concern.
var (
	doubtLeads     = [][]string{{"dont", "think"}, {"do", "not", "think"}, {"doubt"}, {"dont", "believe"}, {"cant", "imagine"}, {"dont", "see"}}
	doubtAttackers = wordSet("hackers", "hacker", "criminals", "cybercriminals", "scammers", "attackers",
		"anyone", "anybody", "someone", "somebody", "they", "crooks", "fraudsters")
	doubtModals = wordSet("will", "would", "could", "are", "is", "ever", "even", "really", "bother", "come",
		"target", "hack", "attack", "care", "want", "go", "find", "pick", "waste", "be")
	doubtAttacks = wordSet("come", "bother", "target", "hack", "attack", "care", "want", "find", "pick", "waste",
		"interested", "look", "notice")
)

// attackDoubted reports a doubt lead, an attacker right after it and an
// attack verb within the next four words, with nothing told as past or
// to come later ("yet") and no contrast after.
func attackDoubted(w []string) bool {
	if slices.Contains(w, "yet") || hasAny(w, contrastWords) {
		return false // "I doubt hackers will come, but the records must be protected"
	}
	for i := range w {
		for _, lead := range doubtLeads {
			if i+len(lead) >= len(w) || !slices.Equal(w[i:i+len(lead)], lead) {
				continue
			}
			j := i + len(lead)
			for (w[j] == "that" || w[j] == "cyber") && j+1 < len(w) {
				j++ // "that hackers", "cyber criminals"
			}
			if !doubtAttackers[w[j]] {
				continue
			}
			for _, t := range w[j+1 : min(j+5, len(w))] {
				if doubtAttacks[t] {
					return true
				}
				if !doubtModals[t] {
					break
				}
			}
		}
	}
	return false
}
