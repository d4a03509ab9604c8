package conversation

// A negation on one verb ends where a new subject takes the next one:
// in "we dont make software we just use it" the "dont" belongs to
// "make", and "we just use" is said plainly. A verb of saying or
// thinking carries the negation into the clause it reports: "I wouldn't
// say we have it under control".

// reportVerbs carry a negation into the clause after them.
var reportVerbs = wordSet("say", "think", "call", "believe", "claim", "reckon", "feel", "know")

// negScopeSubjects start a new clause of their own.
var negScopeSubjects = wordSet("we", "i", "they", "he", "she")

// newSubjectBefore reports a subject opening the key at start or just
// before it (an adverb such as "just" may stand between), after the
// negation at neg whose verb does not report.
func newSubjectBefore(w []string, neg, start int) bool {
	if neg+1 < len(w) && reportVerbs[w[neg+1]] {
		return false
	}
	if negScopeSubjects[w[start]] && start > neg+1 {
		return true // the key holds its subject: "we just use"
	}
	j := start - 1
	if j > neg && statementSkip[w[j]] {
		j--
	}
	return j > neg+1 && negScopeSubjects[w[j]]
}

// deniedElliptic reports a bare denial with its verb left out, the one
// just asked: "we're not", "we don't", "we aren't, no". Asked whether the
// firm makes something, it denies it for the firm.
func deniedElliptic(w []string) bool {
	if len(w) > 0 && (w[len(w)-1] == "no" || w[len(w)-1] == "really") {
		w = w[:len(w)-1]
	}
	if len(w) != 2 || w[0] != "we" && w[0] != "i" && w[0] != "were" && w[0] != "im" {
		return false
	}
	return wordSet("not", "dont", "arent", "havent", "wont", "aint")[w[1]]
}
