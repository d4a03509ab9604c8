package knowledge

import (
	"slices"
	"strings"
)

// Search answers a chat message. Greetings, thanks and requests for help get
// the matching canned reply; questions get the best article, or a decline
// when nothing fits well enough. The query is treated as plain text (never
// as instructions) and is never copied into the Result.
//
// A question is read in two ways at once: its shape and subject (what is
// asked, about whom) pick the article family, and ranking over the words
// picks among close articles and scores how much of the question the
// answer covers. The sentence that asks weighs more than the sentences of
// context around it.
func (b *Base) Search(query string) Result {
	if len(query) > maxQueryBytes {
		query = query[:maxQueryBytes]
	}
	toks := tokenize(query)
	if len(toks) == 0 {
		return smalltalkReply(KindHelp)
	}
	if kind := b.small.classify(toks); kind != "" {
		return smalltalkReply(kind)
	}
	if imitates(query) {
		return decline(Why{Shape: ShapeImitation}, 0)
	}
	q := b.parseQuery(query)
	// The neighbours read the question as analysed, before the rules.
	asked := slices.Clone(q.terms)
	terms := applyRules(q.terms)
	why, second := recognise(terms)
	if out, ok := b.outOfScope(terms, why, q); ok {
		return decline(out, 0)
	}
	if shape, ok := declinedShape(query); ok {
		return decline(Why{Shape: shape, Subject: why.Subject}, 0)
	}
	// "our CIO is getting married, any gift ideas?": the role named is
	// only a person the company has, and the matter is the person's.
	// "I'm a CIO, how do I move into a CTO job?": the roles are the
	// asker's post, and the matter the asker's career.
	// "what licences do I need to sell mushrooms?": a thing asked for,
	// no role named.
	foreign := b.foreignContent(terms, why) || b.holderOnly(q, terms) || b.askerCareer(q) || b.thingAsked(q)
	has := make(map[string]bool, len(terms))
	for _, t := range terms {
		has[t.text] = true
	}
	terms = without(terms, conceptWorker, conceptAdviser, conceptReach, conceptVersus, conceptSecretWord, conceptLesser, conceptWho)
	if second == ShapeNone && has[conceptVersus] && why.Subject == SubjectBoth && why.Shape != ShapeCompare {
		// "how does a cio impact the business compared to a cto": the
		// comparison itself is a fair alternative.
		second = ShapeCompare
	}

	hits, total := b.ix.rank(terms, unknownShare*b.ix.maxIDF)
	side := ""
	switch {
	case has[conceptCIOSide] && !has[conceptCTOSide]:
		side = "cio"
	case has[conceptCTOSide] && !has[conceptCIOSide]:
		side = "cto"
	}
	pick := has[conceptWhich]
	nv := b.nb.nearest(asked, neighbourK)
	if foreign && !explained(nv) {
		return decline(Why{Shape: ShapeOffTopic, Subject: why.Subject}, 0)
	}
	if len(hits) == 0 || total == 0 {
		return b.byNeighbours(nv, asked, why, pick, side, hits, 0)
	}
	chosen, routed := hits[0], false
	if id := b.routed(why, pick, side); id != "" {
		chosen, routed = b.hitFor(id, hits), true
	} else if id := b.echoed(nv); id != "" {
		chosen = b.hitFor(id, hits)
	}
	conf := chosen.matched / total
	if !hasTopic(terms) {
		// Only generic words matched ("what is", "need", "time"): too
		// little to be sure the question is about tech leadership.
		conf *= weakOnlyFactor
	}
	if clearlyAsked(why) {
		conf = max(conf, shapeConfidence)
	}
	if conf < minConfidence {
		return b.byNeighbours(nv, asked, why, pick, side, hits, conf)
	}
	if v := nv.shape; v.label == labelDecline && v.sim >= declineSim && v.share >= declineShare && !namesRole(why.Subject) {
		// Worded like questions the bot declines, though the rules
		// found an article.
		return decline(Why{Shape: ShapeLikeDeclined, Subject: why.Subject}, conf)
	}
	res := b.answer(chosen, hits, conf, why)
	res.Alternatives = b.alternatives(chosen, hits, routed, b.routed(Why{Shape: second, Subject: why.Subject}, pick, side))
	return res
}

// echoSim is how alike a labelled example must be to a question for its
// article to be taken where the shape rules do not decide ("do I need a
// CTO or a CIO?": a need, both roles, nothing about the company).
const echoSim = 0.9

// echoed is the article of the labelled examples all but identical to
// the question, "" when there are none or they disagree.
func (b *Base) echoed(nv verdict) string {
	v := nv.article
	if v.fallsShort(echoSim, placeShare) {
		return ""
	}
	if _, ok := b.byID[v.label]; !ok {
		return ""
	}
	return v.label
}

// hitFor returns the hit of the article id, or a zero-score hit for it.
func (b *Base) hitFor(id string, hits []hit) hit {
	doc := b.byID[id]
	for _, h := range hits {
		if h.doc == doc {
			return h
		}
	}
	return hit{doc: doc}
}

// namesRole reports whether a subject is the CIO, the CTO or both.
func namesRole(s Subject) bool {
	return s == SubjectCIO || s == SubjectCTO || s == SubjectBoth
}

// neighbourArticle is the article the neighbours point to when they agree
// at least minSim alike and minShare of the vote: the shape they vote for,
// about the subject the rules read; when that shape needs a role and none
// is named, the article they vote for if it answers that shape. "" when
// they do not agree, or vote to decline.
func (b *Base) neighbourArticle(nv verdict, why Why, pick bool, side string, minSim, minShare float64) string {
	v := nv.shape
	if v.fallsShort(minSim, minShare) {
		return ""
	}
	if id := b.routed(Why{Shape: Shape(v.label), Subject: why.Subject}, pick, side); id != "" {
		return id
	}
	if _, ok := b.byID[nv.article.label]; ok && shapeOfLabel(nv.article.label) == v.label {
		return nv.article.label
	}
	return ""
}

// byNeighbours answers a question the rules could not place from the
// labelled examples nearest it, when they agree; else it declines (the
// score says how close the rules came).
func (b *Base) byNeighbours(nv verdict, asked []term, why Why, pick bool, side string, hits []hit, conf float64) Result {
	if !hasTopic(asked) {
		// Generic words alone ("need", "what time is it") are near
		// too many examples to mean anything.
		return decline(why, conf)
	}
	id := b.neighbourArticle(nv, why, pick, side, placeSim, placeShare)
	if id == "" {
		return decline(why, conf)
	}
	chosen := b.hitFor(id, hits)
	if len(hits) == 0 {
		hits = []hit{chosen}
	}
	why.Shape = ShapeLikeAnswered
	return b.answer(chosen, hits, nv.shape.sim, why)
}

// alternatives are the articles a question may have meant besides the one
// answered, best first:
//   - the article of a second shape asked nearly as strongly ("is the CIO
//     internal, and what does it cost?");
//   - when shape and subject chose the answer, the article ranking prefers,
//     if it is another one (the words disagree with the shape);
//   - when ranking alone chose, the runner-ups scoring at least closeRatio
//     of the answer.
func (b *Base) alternatives(chosen hit, hits []hit, routed bool, secondID string) []Match {
	var ids []int
	add := func(doc int) {
		if doc != chosen.doc && !slices.Contains(ids, doc) && len(ids) < maxAlternatives {
			ids = append(ids, doc)
		}
	}
	if secondID != "" {
		add(b.byID[secondID])
	}
	for _, h := range hits {
		switch {
		case routed && h.score > chosen.score:
			add(h.doc)
		case !routed && h.score >= closeRatio*chosen.score:
			add(h.doc)
		}
	}
	var out []Match
	for _, i := range ids {
		out = append(out, Match{ID: b.articles[i].ID, Title: b.articles[i].Title})
	}
	return out
}

// routed returns the article the shape and subject point to, if the base
// has it.
func (b *Base) routed(why Why, pick bool, side string) string {
	for _, id := range route(why, pick, side) {
		if _, ok := b.byID[id]; ok {
			return id
		}
	}
	return ""
}

// clearlyAsked reports whether the shape alone makes the question one of
// ours: a recognised shape about the CIO, the CTO or a tech leader, or a
// shape that needs no subject.
func clearlyAsked(w Why) bool {
	if w.Shape == ShapeNone {
		return false
	}
	switch w.Subject {
	case SubjectCIO, SubjectCTO, SubjectBoth, SubjectLeader:
		return true
	case SubjectNone:
		return selfContained(w.Shape)
	}
	return false
}

// answer builds the Result for the chosen article: its related articles
// and the next best ones.
func (b *Base) answer(chosen hit, hits []hit, conf float64, why Why) Result {
	a := b.articles[chosen.doc]
	res := Result{
		Kind:   KindArticle,
		ID:     a.ID,
		Title:  a.Title,
		Score:  conf,
		Answer: a.Body,
		Why:    why,
	}
	for _, id := range a.Related {
		r := b.articles[b.byID[id]]
		res.Related = append(res.Related, Match{ID: r.ID, Title: r.Title})
	}
	top := max(chosen.score, hits[0].score)
	for _, h := range hits {
		if h.doc == chosen.doc {
			continue
		}
		r := b.articles[h.doc]
		// Scaled to the best hit so runner-up scores read on the same
		// 0..1 scale as Score and never exceed it.
		m := Match{ID: r.ID, Title: r.Title, Score: min(conf, conf*h.score/top)}
		if len(res.RunnerUps) < maxRunnerUps {
			res.RunnerUps = append(res.RunnerUps, m)
		}
	}
	return res
}

// without returns terms without the terms cs.
func without(terms []term, cs ...string) []term {
	out := terms[:0]
	for _, t := range terms {
		if !slices.Contains(cs, t.text) {
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

// weakConcepts say how or about whom something is asked, not what about:
// "how many employees do you have" names a headcount, not tech leadership.
var weakConcepts = map[string]bool{
	conceptWhat: true, conceptWhatIs: true, conceptFit: true, conceptWho: true, conceptNeed: true, conceptOwner: true, conceptWhich: true, conceptPair: true, conceptVersus: true,
	conceptGrowth: true, conceptPrefix + "headcount": true, conceptPrefix + "small": true,
	conceptPrefix + "large": true,
}

// hasTopic reports whether the query names a domain concept beyond the
// weak ones ("what is", "need", "employees").
func hasTopic(terms []term) bool {
	for _, t := range terms {
		if strings.HasPrefix(t.text, conceptPrefix) && !weakConcepts[t.text] && !strings.HasSuffix(t.text, weakSuffix) {
			return true
		}
	}
	return false
}

func decline(why Why, score float64) Result {
	return Result{Kind: KindDecline, Answer: declineText, Why: why, Score: score}
}

func smalltalkReply(kind Kind) Result {
	text := helpText
	switch kind {
	case KindGreeting:
		text = greetingText
	case KindThanks:
		text = thanksText
	}
	return Result{Kind: kind, Answer: text, Why: Why{Shape: ShapeSmalltalk}}
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
			out[i].unsure = out[i].unsure && t.unsure
			continue
		}
		seen[t.text] = len(out)
		out = append(out, t)
	}
	return out
}
