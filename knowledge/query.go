package knowledge

import (
	"slices"
	"strings"
)

// query is an analysed message: its terms, question part first, and the
// text and tokens of the question part.
type query struct {
	terms    []term
	question string   // the sentences that ask
	qtoks    []string // their tokens
	text     string   // the whole message
	// sentences are the tokens of every sentence of the message, as
	// respelled: a role's holder may be named in the context.
	sentences [][]string
	// titles counts the other roles and jobs the question part names,
	// repeats included: two of them ("an office manager or an operations
	// director") are a role pair of someone else's.
	titles int
	// request is set when the question part asks for something to be
	// produced: a verb of making at the head of a sentence or after
	// "you", "please" or "help me" ("can you write", "please draft",
	// "give me a"), not in passing ("he keeps writing CTO in proposals").
	request bool
	// roles and lesser count the CIO and CTO named in the question part
	// and how many of them were lesser titles ("head of IT"): two lesser
	// titles and nothing else ("head of IT vs IT manager") are a role
	// pair of someone else's.
	roles, lesser int
}

// parseQuery analyses each sentence on its own (a phrase never spans two
// sentences) and marks the terms of the context around the question. When
// the question part says nothing the bot knows ("can you settle this for
// us?", "are they?"), it points back at its context, which then counts in
// full.
func (b *Base) parseQuery(text string) query {
	var q query
	ss := splitSentences(text)
	toks, cuts := sentenceWords(ss, b.an.respell)
	q.sentences = toks
	pick := pickQuestion(ss, toks)
	var qs []string
	var ctxToks [][]string
	var ctxCuts [][]bool // the clause breaks before ctxToks
	before := 0          // context sentences before the question
	clause := 0
	for i, s := range ss {
		if !pick[i] {
			if len(qs) == 0 {
				before++
			}
			ctxToks, ctxCuts = append(ctxToks, toks[i]), append(ctxCuts, cuts[i])
			continue
		}
		words, cut := toks[i], cuts[i]
		if n := settingLead(s.text); n > 0 {
			// "Before the meeting, what does a CIO bring?": the opening
			// clause is the scene, the rest the question.
			raw, rawCut := tokenizeCut(s.text)
			if len(qs) == 0 {
				before++
			}
			lead, leadCut := b.an.respell.applyCut(raw[:n], rawCut[:n])
			ctxToks, ctxCuts = append(ctxToks, lead), append(ctxCuts, leadCut)
			words, cut = b.an.respell.applyCut(raw[n:], rawCut[n:])
		}
		qs = append(qs, s.text)
		q.qtoks = append(q.qtoks, words...)
		q.request = q.request || requests(words)
		cs := clauses(words)
		if whoClauses(cs) >= 2 || eachRoleAsked(cs) {
			// "Who runs the tills and who builds the app?": a person
			// asked for each of two tasks is who does what.
			q.terms = append(q.terms, term{text: conceptDuties, clause: clause})
		}
		at := 0 // where c starts in words
		for _, c := range cs {
			b.readClause(&q, c, clauseCut(cut, at, len(c)), clause)
			at += len(c) + 1 // and the joiner clauses dropped after it
			clause++
		}
	}
	q.question = strings.Join(qs, ". ")
	q.text = text
	q.countRoles()
	q.terms = uniqueTerms(q.terms)
	if len(ctxToks) > 0 {
		b.addContext(&q, text, ctxToks, ctxCuts, before)
	}
	return q
}

// countRoles counts the roles and titles the question part names.
func (q *query) countRoles() {
	for _, t := range q.terms {
		switch t.text {
		case conceptTitle, conceptOther:
			q.titles++
		case conceptCIO, conceptCTO:
			q.roles++
		case conceptLesser:
			q.lesser++
		}
	}
}

// addContext adds the terms of the context sentences (before of them
// before the question) to q, marked as context, unless the question
// points back at them: then what it points at is the question. ctxCuts
// are the clause breaks before ctxToks.
func (b *Base) addContext(q *query, text string, ctxToks [][]string, ctxCuts [][]bool, before int) {
	pointer := !hasConcept(q.terms)
	var claimed []term
	if pointer {
		claimed, ctxToks, ctxCuts = b.claim(ctxToks, ctxCuts, before)
	}
	var ctx []term
	for i, ts := range ctxToks {
		ctx = append(ctx, settledSides(ts, b.an.analyzeCut(ts, ctxCuts[i], true))...)
		ctx = append(ctx, sideTerms(ts, 0, false)...)
	}
	if claimed != nil {
		// The claim it points at is what is asked; the rest stays context.
		q.terms = uniqueTerms(append(q.terms, claimed...))
		pointer = false
	}
	inQuestion := make(map[string]bool, len(q.terms))
	for _, t := range q.terms {
		inQuestion[t.text] = true
	}
	for _, t := range uniqueTerms(ctx) {
		if inQuestion[t.text] {
			continue
		}
		t.context = !pointer
		q.terms = append(q.terms, t)
	}
	if pointer {
		q.question = text
	}
}

// whoClauses counts the clauses that open by asking who.
func whoClauses(cs [][]string) int {
	n := 0
	for _, c := range cs {
		if len(c) > 0 && c[0] == "who" {
			n++
		}
	}
	return n
}

// settingWords open a clause that sets the scene for the question after
// it: "Before I say yes to the consultant, I want to know what a CTO
// costs" asks a price, not for the consultant.
var settingWords = map[string]bool{"before": true, "after": true, "until": true, "till": true, "once": true}

// settingLead returns how many tokens open a sentence as a scene-setting
// clause (up to its first comma or ask marker), or 0 when it has none or
// nothing follows it.
func settingLead(text string) int {
	toks := tokenize(text)
	if len(toks) < 3 || !settingWords[toks[0]] {
		return 0
	}
	cut := len(toks)
	if c := strings.IndexByte(text, ','); c >= 0 {
		cut = len(tokenize(text[:c]))
	}
	for i := 1; i < cut; i++ {
		if slices.ContainsFunc(askMarkers, func(m []string) bool { return hasPrefixAt(toks, i, m) }) {
			cut = i
			break
		}
	}
	if cut >= len(toks) {
		return 0
	}
	return cut
}

// claim finds what a question that says nothing of its own points back
// at ("my brother says we need a CIO. Is he right?"): the nearest context
// sentence before it that names a tech role. It returns that sentence's
// terms and the other context sentences with their clause breaks, or nil
// and ctx and cuts unchanged.
func (b *Base) claim(ctx [][]string, cuts [][]bool, before int) ([]term, [][]string, [][]bool) {
	for i := before - 1; i >= 0; i-- {
		terms := b.an.analyzeCut(ctx[i], cuts[i], true)
		if slices.ContainsFunc(terms, func(t term) bool {
			return t.text == conceptCIO || t.text == conceptCTO || t.text == conceptLeader
		}) {
			return terms, slices.Delete(slices.Clone(ctx), i, i+1), slices.Delete(slices.Clone(cuts), i, i+1)
		}
	}
	return nil, ctx, cuts
}

// hasConcept reports whether terms hold any concept token.
func hasConcept(terms []term) bool {
	for _, t := range terms {
		if strings.HasPrefix(t.text, conceptPrefix) {
			return true
		}
	}
	return false
}

// outOfScope decides whether a question is one the bot declines by its
// shape or subject, and says why:
//
//   - secrets, configuration and attempts to rewrite the bot's rules,
//     anywhere in the message;
//   - the asker's own career, and requests to write a document (a CV, a
//     job ad, a post), in the question;
//   - a named company's or person's executive, and trivia about people in
//     the roles ("who was the first CTO in history");
//   - other roles (another C-level title, even one holding the CIO's
//     words) and off-topic matters, unless the question also names the
//     CIO or CTO ("CTO vs CEO" is still ours); two other jobs named with
//     no tech executive (a pair of someone else's); another job's definition,
//     comparison or price unless a tech executive is named.
func (b *Base) outOfScope(terms []term, why Why, q query) (Why, bool) {
	f := scanScope(terms)
	roleQ, roleAny, leader, otherQ, offQ := f.roleQ, f.roleAny, f.leader, f.otherQ, f.offQ
	career, compose, document, secret, secretWord := f.career, f.compose, f.document, f.secret, f.secretWord
	need, trivia, workerQ, whose := f.need, f.trivia, f.workerQ, f.whose
	if slices.Contains(q.qtoks, "chief") {
		if rest, ok := b.an.namesOtherChief(q.question); ok {
			// "chief medical information officer" is another role, though it
			// holds the CIO's words: only a CIO or CTO named besides counts.
			otherQ = true
			roleQ = false
			for _, t := range b.an.analyze(rest, false) {
				roleQ = roleQ || t.text == conceptCIO || t.text == conceptCTO
			}
		}
	}
	firstCompose := len(q.qtoks) > 0 && composeVerbs[q.qtoks[0]]
	if i := headIndex(q.qtoks); i > 0 && i < len(q.qtoks) && composeVerbs[q.qtoks[i]] {
		// "can you translate this email from our CTO", "please
		// summarise the attached report": a text to work on, not "could
		// you summarise the difference".
		firstCompose = document || hasAny(q.qtoks[i+1:], givenTexts) || docObject(q.qtoks[i+1:])
	}
	secret = secret || (secretWord && !roleAny && !leader && !need && !whose)
	switch {
	case secret:
		return Why{Shape: ShapeSecret, Subject: why.Subject}, true
	case (compose && document && q.request) || firstCompose:
		return Why{Shape: ShapeWrite, Subject: why.Subject}, true
	case career || hasAny(q.qtoks, stakePhrases):
		return Why{Shape: ShapeCareer, Subject: why.Subject}, true
	case f.legal:
		return Why{Shape: ShapeOffTopic, Subject: why.Subject}, true
	case trivia || (roleAny && (namesSomeone(q.question) || b.namesCompanyRole(q.question))):
		return Why{Shape: why.Shape, Subject: SubjectNamed}, true
	case asksShopping(terms, why, f, q.qtoks) || picksNamed(q.question):
		return Why{Shape: ShapeOffTopic, Subject: why.Subject}, true
	case why.Shape == ShapeCost && (ownPrices(tokenize(q.text)) || askerCharges(tokenize(q.text))):
		return Why{Shape: ShapeOffTopic, Subject: why.Subject}, true
	case offQ && !roleQ && !leadsBuilding(terms, why, q.qtoks):
		return Why{Shape: ShapeOffTopic, Subject: why.Subject}, true
	case otherQ && comparesNeighbour(terms, why.Shape, q.qtoks):
		// "is a chief digital officer a CIO by another name", "CISO vs
		// CIO": the other chief is what is asked about.
		return Why{Shape: why.Shape, Subject: SubjectOther}, true
	case otherQ && (!roleQ || (q.lesser > 0 && q.roles == q.lesser)):
		// "what does a CISO do compared with an IT manager": a lesser
		// title is no CIO beside another chief's.
		return Why{Shape: why.Shape, Subject: SubjectOther}, true
	case why.Subject == SubjectOther && !roleAny && !leader && pointsBack(q.qtoks):
		// "Our CEO wants a chief of staff. What does that role involve?"
		return why, true
	case q.lesser >= 2 && q.roles == q.lesser:
		return Why{Shape: why.Shape, Subject: SubjectOther}, true
	case q.titles >= 2 && !roleAny && !leader && why.Shape != ShapeContact && why.Shape != ShapeVirtual:
		return Why{Shape: why.Shape, Subject: SubjectOther}, true
	case troubleAsked(terms, why, f, q.qtoks) || matterPointedAt(terms, why, f):
		return Why{Shape: ShapeOffTopic, Subject: why.Subject}, true
	case (roleQ || (roleAny && q.roles == 0)) && b.foreignObject(terms, why, q.qtoks):
		return Why{Shape: ShapeOffTopic, Subject: why.Subject}, true
	case why.Subject == SubjectNone && unknownSubject(terms, why.Shape):
		return Why{Shape: why.Shape, Subject: SubjectOther}, true
	case workerQ && !roleAny && !leader:
		switch why.Shape {
		case ShapeDefine, ShapeCompare, ShapeCost:
			return Why{Shape: why.Shape, Subject: SubjectOther}, true
		}
	}
	return why, false
}

// stakePhrases are a stake in the company, read from the words as typed:
// stemmed, "share options" would be "shared options" too ("part-time or
// shared options for a CTO" asks the part-time option).
var stakePhrases = phrases("share options", "share option", "stock option", "options scheme", "option scheme")

// docObject reports a written document as the object of a verb of
// composing ("translate our CTO job description into Polish"), before
// any question word: "summarise what goes in a CIO's job description"
// asks the duties.
func docObject(rest []string) bool {
	for i, w := range rest {
		if whWords[w] {
			return false
		}
		if startsPhrase(rest[i:], writtenDocs[w]) {
			return true
		}
	}
	return false
}

// leadsBuilding reports a question asking who should lead building a
// piece of software ("who should lead developing an online puzzle game
// for our escape rooms?"): the company's need of a CTO, whatever
// off-topic word tells what the software is. Building a restaurant, or
// running the marketing, is no software built.
func leadsBuilding(terms []term, why Why, qtoks []string) bool {
	if why.Shape != ShapeNeed {
		return false
	}
	var owner, product bool
	for _, t := range terms {
		if t.context {
			continue
		}
		owner = owner || t.text == conceptOwner
		product = product || t.text == conceptProduct
	}
	var builds, software bool
	for _, w := range qtoks {
		builds = builds || buildVerbs[w]
		software = software || softwareNouns[w]
	}
	return owner && product && builds && software
}

var buildVerbs = map[string]bool{
	"build": true, "building": true, "develop": true, "developing": true, "make": true, "making": true,
	"create": true, "creating": true, "design": true, "designing": true, "launch": true, "launching": true,
	"code": true, "coding": true,
}

var softwareNouns = map[string]bool{
	"game": true, "games": true, "app": true, "apps": true, "platform": true, "website": true,
	"software": true, "product": true, "portal": true, "tool": true,
}

// pictureWords are the decline triggers an analogy's image may hold
// (kitchens, sport, inventors) without the question being about them.
var pictureWords = map[string]bool{conceptOff: true, conceptTrivia: true, conceptOther: true, conceptWorker: true}

// declineTriggers are the concepts that can make a question out of scope.
var declineTriggers = map[string]bool{
	conceptOther: true, conceptOff: true, conceptCareer: true, conceptCompose: true,
	conceptDocument: true, conceptSecret: true, conceptSecretWord: true, conceptTrivia: true, conceptWorker: true,
	conceptPurchase: true, conceptLegal: true,
}

// makeVerbs produce something when asked for: "write", "put together",
// "give me", "turn it into".
var makeVerbs = map[string]bool{
	"write": true, "draft": true, "generate": true, "compose": true, "rewrite": true, "rephrase": true,
	"create": true, "produce": true, "make": true, "put": true, "prepare": true, "come": true, "give": true,
	"send": true, "turn": true, "summarise": true, "summarize": true, "translate": true,
}

// requestLeads stand before a verb of making in a request: "can you
// write", "please draft", "help me put together".
var requestLeads = map[string]bool{"you": true, "u": true, "please": true, "pls": true, "plz": true, "kindly": true, "me": true}

// requests reports whether a sentence asks for something to be made:
// a verb of making, or "I need a" (what is needed tells whether it is
// to be made).
func requests(toks []string) bool {
	i := 0
	for i < len(toks) && leadFillers[toks[i]] {
		i++
	}
	if i+2 < len(toks) && (toks[i] == "i" || toks[i] == "we") && (toks[i+1] == "need" || toks[i+1] == "want") {
		return true
	}
	for j := i; j < len(toks); j++ {
		if makeVerbs[toks[j]] && (j == i || requestLeads[toks[j-1]]) {
			return true
		}
	}
	return false
}

// givenTexts are texts handed to the bot to work on.
var givenTexts = phrases("email", "emails", "report", "announcement", "text", "message", "letter", "memo",
	"document", "paragraph", "speech", "post", "below", "attached", "following", "above")

// composeVerbs open a request to produce text ("write me a ...", "draft
// ..."): the bot answers questions, it does not write documents.
var composeVerbs = map[string]bool{
	"write": true, "draft": true, "generate": true, "compose": true, "rewrite": true,
	"summarise": true, "summarize": true, "translate": true, "proofread": true, "rephrase": true,
}

// scopeFlags are what outOfScope reads from the terms: which roles and
// decline triggers a question holds, and whether in the question itself.
type scopeFlags struct {
	roleQ, roleAny, leader, otherQ, offQ, career, compose, document bool
	secret, secretWord, need, trivia, workerQ, legal                bool
	// legalCtx: a legal or HR matter told in the sentences around the
	// question.
	legalCtx bool
	// whose: the question asks who has or keeps something ("who should
	// keep our passwords safe"), not for the thing itself.
	whose bool
}

// scanScope collects the scope flags of terms.
func scanScope(terms []term) scopeFlags {
	var f scopeFlags
	image := slices.ContainsFunc(terms, func(t term) bool { return t.text == conceptImage && !t.context })
	for _, t := range terms {
		inQ := !t.context
		if t.unsure && declineTriggers[t.text] {
			// A guess at an unknown word is too weak a reason to decline.
			continue
		}
		if image && pictureWords[t.text] {
			// "is the CTO like the head baker who invents new loaves":
			// the picture's own words are not what is asked.
			continue
		}
		switch t.text {
		case conceptCIO, conceptCTO:
			f.roleAny = true
			f.roleQ = f.roleQ || inQ
		case conceptLeader:
			f.leader = true
		case conceptOther:
			f.otherQ = f.otherQ || inQ
		case conceptOff:
			f.offQ = f.offQ || inQ
		case conceptCareer:
			f.career = f.career || inQ
		case conceptLegal:
			f.legal = f.legal || inQ
			f.legalCtx = f.legalCtx || !inQ
		case conceptCompose:
			f.compose = f.compose || inQ
		case conceptDocument:
			f.document = f.document || inQ
		case conceptSecret:
			f.secret = true
		case conceptSecretWord:
			f.secretWord = f.secretWord || inQ
		case conceptNeed:
			f.need = true
		case conceptTrivia:
			f.trivia = f.trivia || inQ
		case conceptWorker:
			f.workerQ = f.workerQ || inQ
		case conceptWho, conceptOwner:
			f.whose = f.whose || inQ
		}
	}
	return f
}
