package conversation

// Mid-assessment, a statement is the owner answering ("a real headache",
// "not with energy prices what they are"), even when the knowledge base
// finds an article for its words: only a real question, a request ("tell
// me about…") or a query naming the roles goes to the knowledge base.

var (
	requestVerbs = wordSet("tell", "explain", "describe", "define", "compare", "show", "give", "help",
		"remind", "clarify")
	roleWords = wordSet("cio", "cto", "cios", "ctos", "vcio", "vcto", "chief", "roles", "role")
)

// askedOfBot reports whether text asks the bot something rather than
// telling it about the company.
func askedOfBot(text string) bool {
	if isQuestionLike(text) {
		return true
	}
	w := normalize(text)
	for len(w) > 0 && requestOpeners[w[0]] {
		w = w[1:]
	}
	return len(w) > 0 && (requestVerbs[w[0]] || hasAny(w, roleWords))
}
