package conversation

import "strings"

// Owners who write at length report what others say ("My cousin works
// in a bank and he always tells me stories about hackers", "The
// accountant says our data is creative") before their own answer ("For
// us, honestly, it is not a big worry"). The others' words are theirs:
// when the owner's own sentences answer, they answer alone.

// othersSayVerbs tell what another person says or thinks.
var othersSayVerbs = wordSet("says", "said", "say", "thinks", "thought", "tells", "told", "complains",
	"complained", "warns", "warned", "believes", "asked", "asks", "wants", "keeps")

// thirdParties open a sentence on another person: "my cousin", "the
// accountant", "he".
var thirdParties = wordSet("he", "she", "they", "my", "the", "our", "his", "her")

// ownVoice are words by which owners speak for themselves in a sentence.
var ownVoice = wordSet("i", "im", "id", "we", "were", "us", "me")

// reportedSentence reports a sentence opening on another person whose
// verb reports what they say or think, with no word of the owner's own
// view beyond "me" or "us" as its object.
func reportedSentence(s string) bool {
	w := normalize(s)
	if len(w) < 3 || !thirdParties[w[0]] || !hasAny(w, othersSayVerbs) {
		return false
	}
	for i, t := range w {
		if (t == "i" || t == "we" || t == "im" || t == "id") && i > 0 {
			return false // "my son says it's old, I think he is right"
		}
	}
	return !ownVoice[w[1]]
}

// withoutReported is text without the sentences that report others,
// and whether any were dropped: only when some of the owner's own remain.
func withoutReported(text string) (string, bool) {
	ss := sentences(text)
	if len(ss) < 2 {
		return text, false
	}
	var own []string
	for _, s := range ss {
		if s == "?" {
			return text, false // a question of its own: read whole, see answerPart
		}
		if !reportedSentence(s) {
			own = append(own, s)
		}
	}
	if len(own) == 0 || len(own) == len(ss) {
		return text, false
	}
	return strings.Join(own, ". "), true
}
