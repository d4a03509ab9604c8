package conversation

// An answer that opens by denying a trouble of the question's own topic
// ("there's no data problem here", "no systems issue", "no security
// worries here") has given its verdict; a story after it tells why, and
// the keys of its topic ("data problem") must not outweigh the "no".

var (
	// troubleTopicWords name each trouble question's topic as an owner does.
	troubleTopicWords = map[string]map[string]bool{
		qData:     wordSet("data", "information", "info", "records", "paperwork"),
		qSystems:  wordSet("systems", "system", "it", "tech", "computer", "computers", "software"),
		qSecurity: wordSet("security", "cyber", "cybersecurity", "hacking", "hacker", "hackers"),
	}
	// topicTroubleNouns are the trouble a topic word qualifies.
	topicTroubleNouns = wordSet("problem", "problems", "issue", "issues", "trouble", "troubles", "worry",
		"worries", "headache", "headaches", "concern", "concerns")
	// troubleTurns in the answer keep a trouble: "no data problem as
	// such, but", "except the Wi-Fi", "apart from".
	troubleTurns = wordSet("but", "although", "though", "however", "whereas", "except", "apart", "besides",
		"only", "shortage", "lack")
)

// topicTroubleDeniedReading reads a data, systems or security answer
// whose first sentence denies a trouble of the topic (negatedInClause
// "data problem"), with no turn anywhere: the best option.
func topicTroubleDeniedReading(q *question, text string) (answerMatch, bool) {
	topic := troubleTopicWords[q.ID]
	if topic == nil {
		return answerMatch{}, false
	}
	first, _ := firstSentence(text)
	w, cut := tokenize(first)
	if all, _ := tokenize(text); hasAny(all, troubleTurns) {
		return answerMatch{}, false
	}
	for i := 1; i < len(w); i++ {
		if topicTroubleNouns[w[i]] && topic[w[i-1]] && negatedInClause(w, cut, i-1) {
			return answerMatch{value: q.Options[0].Value, signal: true}, true
		}
	}
	return answerMatch{}, false
}

// negatedInClause reports a negation at most three words before w[i], in
// the same clause, with only modifiers between ("no real data problem",
// "there's not any security worry"): in "Not great, data problems
// everywhere" the "not" is great's.
func negatedInClause(w []string, cut []bool, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		if cut[j+1] {
			return false
		}
		if negation[w[j]] {
			return true
		}
		if !negationModifiers[w[j]] {
			return false
		}
	}
	return false
}
