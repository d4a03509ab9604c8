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
