package knowledge

import "slices"

// Readings of one clause by its shape, beside the lexicon's phrases.

// readClause adds the terms of one clause of the question: its words as
// analysed (no phrase across cut, its clause breaks), then what its shape
// asks.
func (b *Base) readClause(q *query, c []string, cut []bool, clause int) {
	for _, t := range b.an.analyzeCut(c, cut, true) {
		t.clause = clause
		q.terms = append(q.terms, t)
	}
	if asked := copulaAsks(c); asked != "" {
		if asked == conceptNeed {
			// "is that a duty a CIO would take": the duty is
			// the matter pointed at, the question its need.
			q.terms = withoutInClause(q.terms, conceptDuties, clause)
		}
		q.terms = append(q.terms, term{text: asked, clause: clause})
	}
	q.terms = append(q.terms, sideTerms(c, clause, false)...)
	if setsBack(c) {
		q.terms = append(q.terms, term{text: conceptPrice, clause: clause})
	}
	if picksDoer(c) || doerThenPick(c) {
		q.terms = append(q.terms, term{text: conceptOwner, clause: clause})
	}
	if orFirst(c) {
		q.terms = append(q.terms, term{text: conceptFirst, clause: clause})
	}
	if wantsRoleFor(c) {
		for _, p := range costConcepts {
			q.terms = withoutInClause(q.terms, p, clause)
		}
		q.terms = append(q.terms, term{text: conceptNeed, clause: clause})
	}
	if lowersCosts(c) {
		for _, p := range costConcepts {
			q.terms = withoutInClause(q.terms, p, clause)
		}
		q.terms = append(q.terms, term{text: conceptImpact, clause: clause})
	}
}

// withoutInClause drops concept c read in the given clause.
func withoutInClause(terms []term, c string, clause int) []term {
	out := terms[:0]
	for _, t := range terms {
		if t.text != c || t.clause != clause {
			out = append(out, t)
		}
	}
	return out
}

// eachRoleAsked reports "what does a CIO do and what does a CTO do":
// one clause asking what each of the two roles does is who does what,
// not how they differ.
func eachRoleAsked(cs [][]string) bool {
	seen := map[string]bool{}
	for _, c := range cs {
		if len(c) < 3 || (c[0] != "what" && c[0] != "whats") || !slices.Contains(c, "do") {
			continue
		}
		roles := ""
		for _, w := range c {
			if roleTokens[w] {
				roles += w
			}
		}
		if roleTokens[roles] {
			seen[roles] = true
		}
	}
	return len(seen) == 2
}

// orFirst reports a clause that offers two things joined by "or" and
// ends on "first" ("information side or technology side first?"): which
// comes first, whatever the two are called.
func orFirst(toks []string) bool {
	n := len(toks)
	for n > 0 && leadFillers[toks[n-1]] && toks[n-1] != "first" {
		n--
	}
	if n < 4 || toks[n-1] != "first" {
		return false
	}
	for _, w := range toks[:n-1] {
		if w == "or" {
			return true
		}
	}
	return false
}

// lowersCosts reports a clause in which something makes the running of
// the business cheaper ("makes daily operations cheaper", "cut costs at a
// wholesaler", "reduce our overheads"): an effect on the business, not
// the price of a role. "cheaper than", "cost less" and "save money"
// compare prices and stay prices.
func lowersCosts(toks []string) bool {
	for i, w := range toks {
		switch {
		case makesVerbs[w]:
			for j := i + 2; j < len(toks) && j <= i+5; j++ {
				if toks[j] == "than" {
					return false
				}
				if toks[j] == "cheaper" && (j+1 == len(toks) || toks[j+1] != "than") {
					return true
				}
			}
		case lowerVerbs[w] && i+1 < len(toks):
			k := i + 1
			if determiners[toks[k]] || toks[k] == "its" || toks[k] == "their" {
				k++
			}
			if k < len(toks) && runningCosts[toks[k]] {
				return true
			}
		}
	}
	return false
}

var (
	makesVerbs   = map[string]bool{"make": true, "makes": true, "making": true, "made": true}
	lowerVerbs   = map[string]bool{"cut": true, "cuts": true, "cutting": true, "reduce": true, "reduces": true, "reducing": true, "lower": true, "lowers": true, "lowering": true}
	runningCosts = map[string]bool{"costs": true, "cost": true, "overheads": true, "overhead": true, "spending": true, "spend": true, "bills": true, "waste": true}
	// costConcepts are what a clause that lowers costs no longer asks.
	costConcepts = []string{conceptPrice, conceptCheaper, conceptPrefix + "budget"}
)

// picksDoer reports "which of the two, CIO or CTO, should hold the
// contracts": a pick between the two roles, then a modal whose subject
// is the role picked and a verb with its object. The role picked does
// the thing: who owns it, not how the two differ. "..., should we hire
// first" has another subject.
func picksDoer(toks []string) bool {
	if !slices.Contains(toks, "which") {
		return false
	}
	last, roles := -1, 0
	for i, w := range toks {
		if roleTokens[w] {
			last, roles = i, roles+1
		}
	}
	if roles != 2 || last+3 >= len(toks) || !doerModals[toks[last+1]] {
		return false
	}
	next := toks[last+2]
	return !subjectPronouns[next] && !determiners[next] && next != "be" && next != "cost"
}

// doerThenPick reports "which of the two keeps the laptops up to date,
// the CIO or the CTO?": the pick, then a verb in the present whose
// subject is the role picked, the two roles told only after it. The
// role picked does the thing. "which one is", "which one costs" ask
// how the two differ or what they cost, and a side or a need asked keeps
// its own reading in the rules.
func doerThenPick(toks []string) bool {
	i := slices.Index(toks, "which")
	if i < 0 {
		return false
	}
	j := i + 1
	switch {
	case j < len(toks) && (toks[j] == "one" || toks[j] == "role"):
		j++
	case j+1 < len(toks) && toks[j] == "of" && toks[j+1] == "them":
		j += 2
	case j+2 < len(toks) && toks[j] == "of" && toks[j+1] == "the" && (toks[j+2] == "two" || toks[j+2] == "pair"):
		j += 3
	}
	if j >= len(toks) || !presentVerb(toks[j]) {
		return false
	}
	roles := 0
	for _, w := range toks[j+1:] {
		if roleTokens[w] {
			roles++
		}
	}
	return roles == 2
}

// presentVerb reports a verb in the third person present ("keeps",
// "manages"), not one that asks what a role is or costs.
func presentVerb(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !notDoerVerbs[w]
}

var notDoerVerbs = map[string]bool{
	"does": true, "costs": true, "earns": true, "pays": true, "matters": true, "means": true,
	"comes": true, "counts": true, "needs": true, "sounds": true, "seems": true, "fits": true,
	"suits": true, "works": true,
}

var (
	doerModals      = map[string]bool{"should": true, "would": true, "will": true, "must": true, "shall": true}
	subjectPronouns = map[string]bool{"we": true, "i": true, "you": true, "they": true, "it": true, "he": true, "she": true}
)

// askerCharges reports the asker pricing their own work as a role they
// hold: "what day rate should I charge as a freelance fractional CTO",
// "I'm an interim CIO, what should I ask per day". The price is the
// asker's, a career matter, not what a role costs a company.
func askerCharges(toks []string) bool {
	charges := false
	for i, w := range toks {
		if w != "i" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			charges = charges || chargeVerbs[toks[j]]
		}
	}
	if !charges {
		return false
	}
	for i := range toks {
		if start, _, ok := roleAt(toks, i); ok {
			if _, held := askerHolds(toks, start); held {
				return true
			}
		}
	}
	return false
}

var chargeVerbs = map[string]bool{
	"charge": true, "charging": true, "ask": true, "asking": true, "bill": true, "billing": true,
	"quote": true, "invoice": true,
}
