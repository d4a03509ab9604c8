package knowledge

// A question can ask for a thing: "What licences do I need to sell
// mushrooms?", "Which practice management software is best?". Words with
// a meaning for the roles sit inside it (a need, management, a budget,
// renting), yet what the asker wants is the licence or the software. Its
// shape tells it: "what" or "which" opens a noun phrase whose head is no
// person, role or kind of leader ("what role", "which of the two", "what
// kind of leader" are ours), and no CIO, CTO or tech leader is named
// anywhere in the message. No list of licences, permits or apps.

// thingAsked reports a question asking for a thing, in a message naming
// no role or tech leader and asking no contact.
func (b *Base) thingAsked(q query) bool {
	// Other jobs may be named: "best for a small accountancy firm" is
	// the business, not a person asked for.
	if namesLeader(q.terms) && !b.leaderOnlyAway(q) {
		return false
	}
	for _, toks := range q.sentences {
		for i := range toks {
			if _, _, ok := roleAt(toks, i); ok {
				return false
			}
		}
	}
	head, ok := whNounHead(q.qtoks)
	if !ok {
		head, ok = howToHead(q.qtoks)
	}
	if !ok || personHeads[head] {
		return false
	}
	for _, toks := range q.sentences {
		if hasWord(toks, peopleAsked) {
			// "which way does each of them face", "what part-time
			// options are there for tech leadership", "one of these
			// roles ... which way round is it": people after all.
			return false
		}
	}
	// A head the lexicon reads as a person or a role ("which exec",
	// "what kind of expert") is a person asked for.
	for _, t := range b.an.analyzeTokens([]string{head}, false) {
		switch t.text {
		case conceptLeader, conceptWorker, conceptTitle, conceptOther, conceptLesser, conceptCIO, conceptCTO:
			return false
		}
	}
	return true
}

// whNounHead finds "what" or "which" opening a noun phrase of one to three
// words followed by a verb ("what licences do", "which project management
// tool should") and returns the phrase's last word, its head. "what kind
// of X" reads X.
func whNounHead(toks []string) (string, bool) {
	for i, w := range toks {
		if w != "what" && w != "which" {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && kindWords[toks[j]] && toks[j+1] == "of" {
			j += 2
		}
		k := j
		for k < len(toks) && k-j < 3 && !whVerbs[toks[k]] {
			k++
		}
		if k == j || k >= len(toks) || !whVerbs[toks[k]] {
			continue
		}
		return toks[k-1], true
	}
	return "", false
}

// hasWord reports whether toks holds a word of ws.
func hasWord(toks []string, ws map[string]bool) bool {
	for _, w := range toks {
		if ws[w] {
			return true
		}
	}
	return false
}

var (
	kindWords = map[string]bool{"kind": true, "kinds": true, "sort": true, "sorts": true, "type": true, "types": true}
	// whVerbs end the noun phrase after "what" or "which".
	whVerbs = map[string]bool{
		"do": true, "does": true, "did": true, "is": true, "are": true, "was": true, "were": true,
		"should": true, "would": true, "can": true, "could": true, "will": true, "shall": true,
		"must": true, "might": true, "works": true, "work": true,
	}
	// peopleAsked anywhere in the question make it about people.
	peopleAsked = map[string]bool{
		"them": true, "each": true, "leadership": true, "chiefs": true, "chief": true, "leader": true,
		"leaders": true, "exec": true, "execs": true, "executive": true, "executives": true,
		"someone": true, "somebody": true, "who": true, "whom": true, "role": true, "roles": true,
	}
	// personHeads are heads that ask for a person or a role, or pick
	// between the two ("which of them", "which one", "what role").
	personHeads = map[string]bool{
		"of": true, "one": true, "ones": true, "role": true, "roles": true, "person": true,
		"people": true, "someone": true, "somebody": true, "leader": true, "leaders": true,
		"leadership": true, "help": true, "expertise": true, "expert": true, "experts": true,
		"hire": true, "hires": true, "position": true, "positions": true, "job": true, "jobs": true,
		"title": true, "titles": true, "exec": true, "execs": true, "executive": true,
		"executives": true, "profile": true, "skills": true, "team": true, "two": true,
		"who": true, "them": true, "boss": true, "head": true, "chief": true, "officer": true,
	}
)
