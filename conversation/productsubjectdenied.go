package conversation

// Technology named only to be denied as the firm's line: "Technology is
// not our business", "apps aren't our thing", "software has never been
// what we do", "tech's not for us". The noun is the sentence's subject,
// so the "not" that denies it comes after it, where the negation the
// reader looks for (before the noun) is not.

var (
	// subjectLeads may stand before the technology noun in its clause.
	subjectLeads = wordSet("the", "all", "this", "that", "any", "such", "new", "digital", "online", "high",
		"honestly", "frankly", "look", "well", "but", "and", "so")
	// copulaWords, copulaDenials and copulaFillers join the subject to
	// its denial: "is not", "isn't", "has never been", "are not really".
	copulaWords   = wordSet("is", "are", "was", "were", "has", "have", "s")
	copulaDenials = wordSet("not", "never", "isnt", "arent", "wasnt", "werent", "hasnt", "havent")
	copulaFillers = wordSet("been", "really", "ever", "exactly", "at", "all", "quite")
	// lineRankWords follow "our" in a denial that ranks the technology
	// rather than denies it: "not our main business" (a side line is a
	// line), "not our core business yet".
	lineRankWords = wordSet("main", "core", "only", "primary", "biggest", "focus", "strongest", "whole", "first",
		"sole", "largest", "key")
	// stateYet marks a state to come, not a line denied: "the app isn't
	// our product yet".
	stateYet = wordSet("yet")
	// lineForWords follow "for" in a denial: "not for us", "not for a
	// bakery"; not "not for sale".
	lineForWords = wordSet("us", "me", "a", "people", "firms", "companies", "businesses")
)

// techSubjectDenied reports a technology noun at w[i] that is the
// subject of a denial naming the firm's line: "software isn't our
// business", "technology is not what we do". Not "the app is not
// finished yet" (a state, not a line), nor "not our main business".
func techSubjectDenied(w []string, cut []bool, i int) bool {
	for k := i - 1; k >= 0 && !cut[k+1]; k-- {
		if !subjectLeads[w[k]] && !techNouns[w[k]] {
			return false // "we sell software, ...": an object, not the subject
		}
	}
	j := i + 1
	if j < len(w) && !cut[j] && copulaWords[w[j]] {
		j++ // "is not", "has never"; "isn't" is one word
	}
	if j >= len(w) || cut[j] || !copulaDenials[w[j]] {
		return false
	}
	for j++; j < len(w) && !cut[j] && copulaFillers[w[j]]; j++ {
	}
	if j >= len(w) || cut[j] || clauseHas(w, cut, j, stateYet) {
		return false
	}
	switch w[j] {
	case "our", "my":
		return j+1 < len(w) && !cut[j+1] && !lineRankWords[w[j+1]]
	case "ours", "mine", "what", "something", "part", "where", "how":
		return true
	case "for":
		return j+1 < len(w) && !cut[j+1] && lineForWords[w[j+1]]
	}
	return false
}
