package conversation

// An owner who asks back why the firm would lead ("Why would a chip
// shop want to be first with anything?", "why should we be on the
// cutting edge? we cut hair") refuses it: the question is the no. Read
// word by word, its "first" is the yes end.

var (
	// whyModals follow "why" in a question back about the firm's will
	// ("why would we"), and "on" in "why on earth".
	whyModals = wordSet("would", "should", "does", "do", "on")
	// leadAskedWords are what the question back refuses.
	leadAskedWords = wordSet("first", "pioneer", "pioneers", "pioneering", "cutting", "bleeding", "innovate",
		"innovative", "trailblazers", "leader", "leaders", "early")
)

// whyWouldLead reports an answer opening on a question back, with no
// negation ("why wouldn't we be first?" wants it) and about none of the
// roles ("why would a CTO want us first?" asks), that asks why the firm
// would lead.
func whyWouldLead(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	if len(cs) == 0 {
		return false
	}
	c := cs[0]
	if len(c) < 3 || c[0] != "why" || !whyModals[c[1]] || hasAny(c, negation) || hasAny(c, knowledgeWords) {
		return false
	}
	return hasAny(c, leadAskedWords)
}

// leadAskedBack reports a question back on the innovation question that
// asks why the firm would lead: it is the answer, not a question to
// skip for the statement after it ("We cut hair."), and the model, which
// reads its "first" or "cutting edge" as the yes end, may not doubt it.
func leadAskedBack(q *question, head string) bool {
	if q.ID != qInnovation {
		return false
	}
	w, cut := tokenize(head)
	return whyWouldLead(w, cut)
}
