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
	terms := uniqueTerms(b.an.analyzeTokens(toks, true))

	// Questions about other C-roles, or plainly off-topic ones, are declined
	// unless they also name the CIO or CTO ("CTO vs CEO" is still ours).
	var role, other bool
	for _, t := range terms {
		switch t.text {
		case conceptCIO, conceptCTO:
			role = true
		case conceptOther, conceptOff:
			other = true
		}
	}
	if other && !role {
		return reply(KindDecline, declineText)
	}

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
