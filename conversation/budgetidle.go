package conversation

// A question back that sees no work for the hire: "What would he do all
// day, watch me sew?", "what would they even do here?". No work, no
// money for the post: no. The hire is a pronoun or "the fellow"; "what
// would a CTO do all day?" asks about the role and is a real question.

var (
	idleModals   = wordSet("would", "will", "could", "wd", "shall")
	idleSubjects = wordSet("he", "she", "they", "guy", "fellow", "bloke", "person", "lad", "lass", "chap")
	idleFillers  = wordSet("the", "that", "this", "even", "actually", "then")
	// idleScopes follow the "do": "all day", "here", "every day".
	idleScopes = wordSet("all", "here", "every", "everyday", "round")
)

// idleHire reports "what would he do all day" in w.
func idleHire(w []string) bool {
	if hasAny(w, knowledgeWords) || hasAny(w, execWords) {
		return false
	}
	for i := 0; i+4 < len(w); i++ {
		if w[i] != "what" || !idleModals[w[i+1]] {
			continue
		}
		j, subject := i+2, false
		for j < len(w) && j < i+6 && (idleFillers[w[j]] || idleSubjects[w[j]]) {
			subject = subject || idleSubjects[w[j]]
			j++
		}
		if !subject || j >= len(w) || w[j] != "do" {
			continue
		}
		for k := j + 1; k < min(j+4, len(w)); k++ {
			if idleScopes[w[k]] {
				return true
			}
		}
	}
	return false
}
