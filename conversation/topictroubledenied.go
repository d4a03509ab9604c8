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
// whose first sentence denies a trouble of the topic (a negation at
// most three words before "data problem"), with no turn anywhere: the
// best option.
func topicTroubleDeniedReading(q *question, text string) (answerMatch, bool) {
	topic := troubleTopicWords[q.ID]
	if topic == nil {
		return answerMatch{}, false
	}
	first, _ := firstSentence(text)
	w, _ := tokenize(first)
	all, _ := tokenize(text)
	if hasAny(all, troubleTurns) {
		return answerMatch{}, false
	}
	for i := 1; i < len(w); i++ {
		if !topicTroubleNouns[w[i]] || !topic[w[i-1]] {
			continue
		}
		if hasAny(w[max(0, i-4):i-1], negation) {
			return answerMatch{value: q.Options[0].Value, signal: true}, true
		}
	}
	return answerMatch{}, false
}
