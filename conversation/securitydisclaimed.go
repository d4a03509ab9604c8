package conversation

// A worry disclaimed by the teller's own hedge ("can't say it worries
// me much", "I wouldn't say I'm worried", "couldn't say it's a big
// concern") is little worry: the British "can't say" denies what
// follows, it does not own it, so the worry's own degree ("a big
// concern", "terribly") must not be read as the answer.

var (
	securityDisclaimVerbs = wordSet("can't", "cant", "cannot", "couldn't", "couldnt", "wouldn't", "wouldnt")
	securityDisclaimLeads = wordSet("i", "honestly", "well", "oh", "we", "really")
	securityWorryWords    = wordSet("worry", "worries", "worried", "worrying", "concern", "concerns",
		"concerned", "bother", "bothers", "bothered", "keeps", "keep", "sleep", "fret", "scared",
		"afraid", "nervous", "anxious", "fear", "fears", "frightened", "troubles", "troubled")
	securityDisclaimNegations = wordSet("not", "no", "don't", "dont", "isn't", "isnt", "never", "nothing",
		"doesn't", "doesnt", "aren't", "arent", "without")
)

// securityWorryDisclaimed reports an answer whose first clause opens
// with "can't say" or "wouldn't say" and tells a worry: "can't say it's
// not a worry" (a second negation) is no disclaimer.
func securityWorryDisclaimed(w []string, cut []bool) bool {
	i := 0
	for i < len(w) && securityDisclaimLeads[w[i]] {
		i++
	}
	switch {
	case i+1 < len(w) && securityDisclaimVerbs[w[i]] && w[i+1] == "say":
		i += 2
	case i+2 < len(w) && w[i] == "can" && w[i+1] == "not" && w[i+2] == "say":
		i += 3
	default:
		return false
	}
	worry := false
	for ; i < len(w) && !cut[i]; i++ {
		if securityDisclaimNegations[w[i]] {
			return false
		}
		worry = worry || securityWorryWords[w[i]]
	}
	return worry
}
