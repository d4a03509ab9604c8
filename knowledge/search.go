package knowledge

import "strings"

// Search answers a chat message. Greetings, thanks and requests for help get
// the matching canned reply; questions get the best article, or a decline
// when nothing fits well enough. The query is treated as plain text (never
// as instructions) and is never copied into the Result.
func (b *Base) Search(query string) Result {
	toks := tokenize(query)
	if len(toks) == 0 {
		return reply(KindHelp, helpText)
	}
	if kind := b.small.classify(toks); kind != "" {
		return reply(kind, smalltalkText(kind))
	}
	terms := applyRules(uniqueTerms(b.an.analyzeTokens(toks, true)))

	// Questions about other C-roles, or plainly off-topic ones, are declined
	// unless they also name the CIO or CTO ("CTO vs CEO" is still ours).
	// Questions about the asker's own career are declined outright.
	// The price of another job ("how much should I pay a developer") is
	// declined too, unless a tech executive is named.
	var role, leader, other, career, price, worker bool
	for _, t := range terms {
		switch t.text {
		case conceptCIO, conceptCTO:
			role = true
		case conceptLeader:
			leader = true
		case conceptOther, conceptOff:
			other = true
		case conceptCareer:
			career = true
		case conceptPrice:
			price = true
		case conceptWorker:
			worker = true
		}
	}
	if career || (other && !role) || (price && worker && !role && !leader) {
		return reply(KindDecline, declineText)
	}
	terms = without(without(without(terms, conceptWorker), conceptAdviser), conceptReach)

	hits, total := b.ix.rank(terms, unknownShare*b.ix.maxIDF)
	if len(hits) == 0 || total == 0 {
		return reply(KindDecline, declineText)
	}
	best := hits[0]
	conf := best.matched / total
	if !hasTopic(terms) {
		// Only generic words matched ("what is", "need", "time"): too
		// little to be sure the question is about tech leadership.
		conf *= weakOnlyFactor
	}
	if conf < minConfidence {
		res := reply(KindDecline, declineText)
		res.Score = conf // how close it came, for logs and tuning
		return res
	}
	a := b.articles[best.doc]
	res := Result{
		Kind:   KindArticle,
		ID:     a.ID,
		Title:  a.Title,
		Score:  conf,
		Answer: a.Body,
	}
	for _, id := range a.Related {
		r := b.articles[b.byID[id]]
		res.Related = append(res.Related, Match{ID: r.ID, Title: r.Title})
	}
	for _, h := range hits[1:min(len(hits), 1+maxRunnerUps)] {
		r := b.articles[h.doc]
		// Scaled to the best hit so runner-up scores read on the same 0..1
		// scale as Score and never exceed it.
		res.RunnerUps = append(res.RunnerUps, Match{ID: r.ID, Title: r.Title, Score: conf * h.score / best.score})
	}
	return res
}

// intentWeight is how much an intent concept counts in a question, against 1
// for any other term.
// A concept a rule infers from the whole question weighs ruleWeight; the
// generic "need"/"what is" weigh genericWeight next to an intent.
const (
	intentWeight  = 1.6
	ruleWeight    = 2.0
	genericWeight = 0.5
	minorWeight   = 0.1
	topicWeight   = 0.6
)

// applyRules weighs intent concepts up and adds the intent that a
// combination of concepts implies, which word matching alone can not see:
//
//   - asking which role owns a task ("who owns backups, the CIO or the
//     CTO?", "which role manages the helpdesk") is asking for the duties side
//     by side. Asked as the company's own need ("who should own our
//     backups") it is left to the when-to-hire articles;
//   - naming needs on both sides at once ("tight security and also new
//     products") without asking for a comparison is asking about having
//     both roles.
func applyRules(terms []term) []term {
	has := make(map[string]bool, len(terms))
	intent := false
	for _, t := range terms {
		has[t.text] = true
		intent = intent || intentConcepts[t.text]
	}
	roles := 0
	if has[conceptCIO] {
		roles++
	}
	if has[conceptCTO] {
		roles++
	}
	pick := roles == 2 || has[conceptWhich]
	asksNeed := has[conceptNeed] || has[conceptBoth] || has[conceptFirst]
	compares := has[conceptDiff] || has[conceptFocus] || has[conceptImpact]
	var add []string
	if pick && (has[conceptOwner] || has[conceptDuties]) && !asksNeed && !compares {
		add = append(add, conceptDuties)
	}
	bothSides := has[conceptCIOSide] && has[conceptCTOSide] && !pick && !has[conceptDuties] &&
		!has[conceptDiff] && !has[conceptFocus] && !(has[conceptOwner] && !has[conceptNeed])
	if bothSides {
		add = append(add, conceptBoth)
	}
	// "is an IT manager the same as a CIO", "is a tech lead basically a
	// CTO": one role named, compared with a lesser title. What the role is
	// answers it; the CIO-vs-CTO comparison does not.
	sameAs := has[conceptDiff] && roles == 1 && !has[conceptWhich] && !has[conceptBoth] && !has[conceptPair]
	if sameAs {
		add = append(add, conceptWhat)
	}
	// "can a consultant act as our CTO two days a week": the consultant is
	// the time-share, not a wish to be put in touch.
	adviserOnly := has[conceptAdviser] && has[conceptVirtual] && !has[conceptReach]
	// "does a growing company need a CIO": the growth is the setting of a
	// plain hiring question.
	growthSetting := has[conceptNeed] && roles == 1 && !intent
	// "What is a CTO responsible for?", "what even is a CTO?": a question
	// about what one role is, whatever else it mentions.
	defines := has[conceptWhat] && roles == 1 && !has[conceptWhich]
	for _, t := range terms {
		if intentConcepts[t.text] && t.text != conceptDuties {
			defines = false
		}
	}
	for i, t := range terms {
		switch {
		case defines && t.text == conceptWhat:
			terms[i].weight = ruleWeight
		case defines && (t.text == conceptDuties || t.text == conceptNeed):
			// The role's duties are what it is; "we need a CTO. What
			// even is a CTO?" asks what it is.
			terms[i].weight = minorWeight
		case defines && t.text != conceptCIO && t.text != conceptCTO:
			// "what is a CIO responsible for in a mid-size company":
			// the rest is the setting.
			terms[i].weight = genericWeight
		case sameAs && (t.text == conceptDiff || t.text == conceptLeader):
			terms[i].weight = minorWeight
		case adviserOnly && t.text == conceptContact:
			terms[i].weight = topicWeight
		case growthSetting && t.text == conceptGrowth:
			terms[i].weight = minorWeight
		case t.text == conceptPrefix+"virtual" && has[conceptCheaper] && !has[conceptAfford]:
			// "is a virtual CIO cheaper than a full-time one": the
			// virtual option is the setting, the price is the question.
			terms[i].weight = topicWeight
		case t.text == conceptPrice && has[conceptAfford]:
			// "can't afford an executive salary": the salary is why
			// they ask, the question is what else they can do.
			terms[i].weight = genericWeight
		case bothSides && t.text == conceptImpact:
			// "we need both efficiency and innovation": the two
			// sides are the need, not a question about impact.
			terms[i].weight = topicWeight
		case intentConcepts[t.text]:
			terms[i].weight = intentWeight
		case intent && topicConcepts[t.text]:
			// "what impact will a CIO have on our operations": the
			// operations are the setting, the impact is the question.
			terms[i].weight = topicWeight
		case intent && (t.text == conceptNeed || t.text == conceptWhat):
			// "ROI of hiring a CIO": hiring is the setting, the return
			// is the question.
			terms[i].weight = genericWeight
		}
	}
	for _, c := range add {
		terms = withConcept(terms, c)
	}
	return terms
}

// without returns terms without the term c.
func without(terms []term, c string) []term {
	out := terms[:0]
	for _, t := range terms {
		if t.text != c {
			out = append(out, t)
		}
	}
	return out
}

// withConcept returns terms with the concept c at ruleWeight, added if
// missing.
func withConcept(terms []term, c string) []term {
	for i, t := range terms {
		if t.text == c {
			terms[i].corrected = false
			terms[i].weight = ruleWeight
			return terms
		}
	}
	return append(terms, term{text: c, weight: ruleWeight})
}

// hasTopic reports whether the query names a domain concept beyond the
// generic intent ones ("what is", "need").
func hasTopic(terms []term) bool {
	for _, t := range terms {
		if strings.HasPrefix(t.text, conceptPrefix) && t.text != conceptWhat && t.text != conceptNeed {
			return true
		}
	}
	return false
}

func reply(kind Kind, text string) Result {
	return Result{Kind: kind, Answer: text}
}

func smalltalkText(kind Kind) string {
	switch kind {
	case KindGreeting:
		return greetingText
	case KindThanks:
		return thanksText
	default:
		return helpText
	}
}

// uniqueTerms keeps the first occurrence of each term: a word repeated in a
// long message should not outweigh the rest of it. An uncorrected occurrence
// beats a corrected one.
func uniqueTerms(ts []term) []term {
	seen := make(map[string]int, len(ts))
	out := ts[:0:0]
	for _, t := range ts {
		if i, ok := seen[t.text]; ok {
			out[i].corrected = out[i].corrected && t.corrected
			continue
		}
		seen[t.text] = len(out)
		out = append(out, t)
	}
	return out
}
