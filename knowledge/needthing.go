package knowledge

// A message about a CIO or CTO the company has may need a thing for the
// person's matter: "Need a nice birthday message for our CIO", "our CIO
// wants GPS trackers on the buses, do we need the drivers' consent?".
// The need's object tells it: a noun phrase opened by an article or a
// possessive whose words name no person, role or job. "do we need a new
// one", "a replacement", "someone in that seat", "to replace her" keep
// the need of the role.

// needsThing reports a question whose every need has a thing for object.
func (b *Base) needsThing(toks []string) bool {
	found := false
	for i, w := range toks {
		if !needWords[w] {
			continue
		}
		j := i + 1
		if j >= len(toks) || !thingOpeners[toks[j]] {
			return false
		}
		k := j + 1
		for k < len(toks) && k-j <= 3 && !objectEnds[toks[k]] {
			k++
		}
		if k == j+1 || !b.namesThing(toks[j+1:k]) {
			return false
		}
		found = true
	}
	return found
}

// namesThing reports words naming no person, role or job.
func (b *Base) namesThing(words []string) bool {
	for _, w := range words {
		if personHeads[w] || personObjects[w] || roleTitles[w] {
			return false
		}
	}
	for _, t := range b.an.analyzeTokens(words, false) {
		switch t.text {
		case conceptLeader, conceptWorker, conceptTitle, conceptOther, conceptLesser, conceptCIO, conceptCTO,
			conceptVirtual, conceptBoth:
			return false
		}
	}
	return true
}

var (
	needWords = map[string]bool{"need": true, "needs": true, "needed": true}
	// thingOpeners open the need's object as a noun phrase; "her",
	// "his" may be the person themself ("do we still need her now").
	thingOpeners = map[string]bool{
		"a": true, "an": true, "the": true, "some": true, "any": true, "our": true, "my": true,
		"your": true, "their": true,
	}
	// objectEnds close the object's noun phrase.
	objectEnds = map[string]bool{
		"for": true, "on": true, "from": true, "to": true, "of": true, "in": true, "at": true, "by": true,
		"with": true, "and": true, "or": true, "if": true, "before": true, "after": true, "now": true,
		"then": true, "any": true,
	}
	personObjects = map[string]bool{
		"replacement": true, "successor": true, "cover": true, "deputy": true, "anyone": true,
		"anybody": true, "another": true, "else": true, "staff": true, "consultant": true,
		"manager": true, "director": true, "man": true, "woman": true, "guy": true, "seat": true,
	}
)
