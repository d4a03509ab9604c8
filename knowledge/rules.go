package knowledge

import (
	"slices"
	"strings"
)

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

// facts are what the rules read of a question: the concepts of the whole
// message and of the question part alone, and how many roles it names.
type facts struct {
	has     map[string]bool // anywhere in the message
	hasQ    map[string]bool // in the question part
	roles   int             // CIO and CTO named: 0, 1 or 2
	rolesQ  int             // the same, in the question part
	intent  bool            // an intent concept is asked
	intentQ bool            // an intent concept is asked in the question part
	pick    bool            // asks to pick one of the roles
}

func readFacts(terms []term) facts {
	f := facts{has: make(map[string]bool, len(terms)), hasQ: make(map[string]bool, len(terms))}
	for _, t := range terms {
		f.has[t.text] = true
		if !t.context {
			f.hasQ[t.text] = true
		}
		f.intent = f.intent || intentConcepts[t.text]
		f.intentQ = f.intentQ || (intentConcepts[t.text] && !t.context)
	}
	for _, c := range []string{conceptCIO, conceptCTO} {
		if f.has[c] {
			f.roles++
		}
		if f.hasQ[c] {
			f.rolesQ++
		}
	}
	f.pick = f.roles == 2 || f.has[conceptWhich]
	return f
}

// readings are the combinations of concepts the rules recognise; each one
// reweighs some terms (see reweigh).
type readings struct {
	bothSides     bool // needs on both sides, no comparison asked
	sameAs        bool // one role compared with a lesser title
	adviserOnly   bool // a consultant as the time-share, not a contact
	growthSetting bool // growth as the setting of a hiring question
	defines       bool // what one role is, whatever else is mentioned
	split         bool // each role given its side, nothing asked of it
}

// applyRules weighs intent concepts up and adds the intent that a
// combination of concepts implies, which word matching alone can not see:
//
//   - asking which role owns a task ("who owns backups, the CIO or the
//     CTO?", "which role manages the helpdesk") is asking for the duties side
//     by side. Asked as the company's own need ("who should own our
//     backups") it is left to the when-to-hire articles;
//   - naming needs on both sides at once in the question ("tight security
//     and also new products") without asking for a comparison is asking
//     about having both roles; the context around the question does not
//     count for this.
func applyRules(terms []term) []term {
	terms = resolveWeak(terms)
	terms = resolveFit(terms)
	terms = resolveWhatIs(terms)
	terms = resolveVersus(terms)
	terms = resolveWhoseSide(terms)
	f := readFacts(terms)
	has, q := f.has, f.hasQ
	// What the question part asks, not its context, decides whether an
	// owner named is a question about duties.
	// A need told in the context ("we need someone to own the roadmap.
	// Which role is that?") still makes it the company's need, unless both
	// roles are named: then they are being split ("we will have both...
	// who owns what?").
	asksNeed := q[conceptNeed] || q[conceptBoth] || q[conceptFirst] || (f.roles < 2 && has[conceptNeed])
	// "the CIO looks after your own shop and the CTO after what you
	// sell, right?": the two roles set on the inner and the outer side
	// ask which one looks inward.
	// "one looks in the mirror, one out of the window: which is which?"
	// does the same with images.
	sides := (f.pick || q[conceptDiff] || q[conceptImage]) && has[conceptInner] && has[conceptOuter] && !asksNeed
	compares := q[conceptDiff] || q[conceptFocus] || q[conceptImpact] || sides
	var add []string
	if sides {
		add = append(add, conceptFocus)
	}
	add = append(add, imageRule(f, sides, asksNeed)...)
	// An owner named in the context ("I run a cinema") is the asker, not
	// a task to assign.
	// "Both ask who handles the tills and who the shop. Which of them
	// should own what?": an owner asked in the question makes the
	// duties told in the context the question's.
	ownsAsked := f.pick && q[conceptOwner] && !asksNeed && !compares
	if ownsAsked || (f.pick && has[conceptDuties] && !asksNeed && !compares) {
		add = append(add, conceptDuties)
	}
	// "who owns internal security, the CIO or the CTO?": one side's word
	// qualifies the thing owned; which one looks inward is not asked.
	owned := f.pick && q[conceptWho] && (q[conceptOwner] || q[conceptDuties]) && !asksNeed && !sides
	if owned || (f.pick && q[conceptWho] && !f.intent && !asksNeed) {
		// "who carries the can when the site goes down, the CIO or
		// the CTO?": a person asked for, between the two roles, is who
		// does what.
		add = append(add, conceptDuties)
	}
	add = append(add, ownerRules(has, q, f.roles, f.intent, f.intentQ)...)
	r := read(terms, f)
	if r.bothSides {
		add = append(add, conceptBoth)
	}
	if r.sameAs {
		add = append(add, conceptWhat)
	}
	if r.split {
		add = append(add, conceptDiff)
	}
	terms = reweigh(terms, f, r)
	for _, c := range add {
		terms = withConcept(terms, c)
	}
	if ownsAsked {
		terms = asked(terms, conceptDuties)
	}
	if owned {
		for i := range terms {
			if terms[i].text == conceptFocus {
				terms[i].context = true
			}
		}
	}
	if sides {
		// The images may be told before the question ("one looks in
		// the mirror, one out of the window. Which is which?"): which
		// looks where is what is asked.
		for i := range terms {
			if terms[i].text == conceptFocus {
				terms[i].context = false
			}
		}
	}
	return terms
}

// read recognises the combinations of concepts that reweigh terms.
func read(terms []term, f facts) readings {
	has, q := f.has, f.hasQ
	var r readings
	r.bothSides = q[conceptCIOSide] && q[conceptCTOSide] && !f.pick && !has[conceptDuties] &&
		!has[conceptDiff] && !has[conceptFocus] && !(has[conceptOwner] && !has[conceptNeed])
	// "she says the CTO is for new products and the CIO for the office,
	// what does she mean?", "cio or cto for a hospital": both roles set
	// side by side, with nothing else asked, asks how the two differ.
	// Both roles told only in the context of a long message ("the
	// consultant mentioned a CIO and a CTO...") are the story, not a
	// comparison, unless the question picks between them.
	r.split = (f.rolesQ == 2 || (f.roles == 2 && q[conceptWhich])) && !f.intent && !has[conceptOwner] && !has[conceptNeed] && !has[conceptWhat] && !f.hasQ[conceptWho] &&
		((has[conceptCIOSide] && has[conceptCTOSide]) || has[conceptWhich])
	// "is an IT manager the same as a CIO", "is a tech lead basically a
	// CTO": one role named, compared with a lesser title. What the role is
	// answers it; the CIO-vs-CTO comparison does not. A tech leader set
	// beside one role with nothing asked ("tech lead or cio") is the same.
	otherIntent := false
	for _, t := range terms {
		otherIntent = otherIntent || (intentConcepts[t.text] && t.text != conceptDiff)
	}
	r.sameAs = (q[conceptDiff] || (q[conceptLeader] && !f.intent && !has[conceptNeed])) &&
		f.roles == 1 && !has[conceptWhich] && !has[conceptBoth] && !has[conceptPair] && !otherIntent
	// "can a consultant act as our CTO two days a week": the consultant is
	// the time-share, not a wish to be put in touch.
	r.adviserOnly = has[conceptAdviser] && has[conceptVirtual] && !has[conceptReach]
	// "does a growing company need a CIO": the growth is the setting of a
	// plain hiring question.
	r.growthSetting = has[conceptNeed] && f.roles == 1 && !f.intent
	// "What is a CTO responsible for?", "what even is a CTO?": a question
	// about what one role is, whatever else it mentions.
	r.defines = has[conceptWhat] && f.roles == 1 && !has[conceptWhich]
	for _, t := range terms {
		if intentConcepts[t.text] && t.text != conceptDuties && !t.context {
			r.defines = false
		}
	}
	return r
}

// reweigh sets the weight of each term from the readings: intents up, the
// setting around them down.
func reweigh(terms []term, f facts, r readings) []term {
	has := f.has
	for i, t := range terms {
		switch {
		case r.defines && t.text == conceptWhat:
			terms[i].weight = ruleWeight
		case r.defines && (t.text == conceptDuties || t.text == conceptNeed):
			// The role's duties are what it is; "we need a CTO. What
			// even is a CTO?" asks what it is.
			terms[i].weight = minorWeight
		case r.defines && t.text != conceptCIO && t.text != conceptCTO:
			// "what is a CIO responsible for in a mid-size company":
			// the rest is the setting.
			terms[i].weight = genericWeight
		case r.sameAs && (t.text == conceptDiff || t.text == conceptLeader):
			terms[i].weight = minorWeight
		case r.adviserOnly && t.text == conceptContact:
			terms[i].weight = topicWeight
		case r.growthSetting && t.text == conceptGrowth:
			terms[i].weight = minorWeight
		case t.text == conceptVirtual && has[conceptCheaper] && !has[conceptAfford]:
			// "is a virtual CIO cheaper than a full-time one": the
			// virtual option is the setting, the price is the question.
			terms[i].weight = topicWeight
		case t.text == conceptPrice && has[conceptAfford]:
			// "can't afford an executive salary": the salary is why
			// they ask, the question is what else they can do.
			terms[i].weight = genericWeight
		case r.bothSides && t.text == conceptImpact:
			// "we need both efficiency and innovation": the two
			// sides are the need, not a question about impact.
			terms[i].weight = topicWeight
		case intentConcepts[t.text]:
			terms[i].weight = intentWeight
		case f.intent && topicConcepts[t.text]:
			// "what impact will a CIO have on our operations": the
			// operations are the setting, the impact is the question.
			terms[i].weight = topicWeight
		case f.intent && (t.text == conceptNeed || t.text == conceptWhat):
			// "ROI of hiring a CIO": hiring is the setting, the return
			// is the question.
			terms[i].weight = genericWeight
		}
	}
	return terms
}

// weakSuffix marks a weak intent concept ("~price?"): see resolveWeak.
const weakSuffix = "?"

// resolveWeak reads the weak intent words ("money", "engage", "both",
// "first"): each asks for its intent only when the same part of the
// message (question or context) asks for no other intent; "first" also
// needs hiring or picking a role around it ("who do we bring on board
// first" but not "first question: what is a CIO"). Otherwise the word is
// only the setting, and dropped.
func resolveWeak(terms []term) []term {
	strong := map[bool]bool{}
	var hiring bool
	for _, t := range terms {
		if intentConcepts[t.text] {
			strong[t.context] = true
		}
		hiring = hiring || t.text == conceptNeed || t.text == conceptWhich
	}
	type key struct {
		text    string
		context bool
	}
	has := make(map[key]bool, len(terms))
	for _, t := range terms {
		has[key{t.text, t.context}] = true
	}
	out := terms[:0]
	for _, t := range terms {
		base, weak := strings.CutSuffix(t.text, weakSuffix)
		if weak {
			k := key{base, t.context}
			if strong[t.context] || has[k] || (base == conceptFirst && !hiring) {
				continue
			}
			t.text, has[k] = base, true
		}
		out = append(out, t)
	}
	return out
}

// resolveFit reads whether something fits a role: with both roles named or
// a role to pick ("is security a job for the CIO or the CTO") it asks who
// does what; otherwise ("we plan an app. Is that a job for a CTO?") it asks
// whether the company needs the role.
func resolveFit(terms []term) []term {
	var fit, cio, cto, which bool
	// has is kept per part (question or context): a need told in the
	// story ("talking about bringing in a tech exec") does not stand for
	// the fit asked in the question.
	type key struct {
		text    string
		context bool
	}
	has := make(map[key]bool, len(terms))
	for _, t := range terms {
		has[key{t.text, t.context}] = true
		switch t.text {
		case conceptFit:
			fit = true
		case conceptCIO:
			cio = true
		case conceptCTO:
			cto = true
		case conceptWhich:
			which = true
		}
	}
	if !fit {
		return terms
	}
	to := conceptNeed
	if (cio && cto) || which {
		to = conceptDuties
	}
	out := terms[:0]
	for _, t := range terms {
		if t.text == conceptFit {
			k := key{to, t.context}
			if has[k] {
				continue
			}
			t.text, has[k] = to, true
		}
		out = append(out, t)
	}
	return out
}

// resolveWhatIs reads the bare question words ("what is", "what are"): a
// request for a definition when the question asks nothing else, and only
// the question word when it also asks about a need ("what are the signs
// that we need a CTO", "is a CTO what we need").
//
// A bare "what is it?" whose question part names nothing else points back
// at the sentences before it: when they name the virtual option ("a friend
// mentioned a fractional CTO. What is that exactly?"), that option is
// what is asked about.
func resolveWhatIs(terms []term) []term {
	need, named, virtual := false, false, false
	for _, t := range terms {
		need = need || (t.text == conceptNeed && !t.context)
		named = named || (!t.context && t.text != conceptWhatIs && strings.HasPrefix(t.text, conceptPrefix))
		virtual = virtual || (t.text == conceptVirtual && t.context)
	}
	out := terms[:0]
	for _, t := range terms {
		if t.text == conceptWhatIs {
			if need || slices.ContainsFunc(terms, func(o term) bool { return o.text == conceptWhat }) {
				continue
			}
			t.text = conceptWhat
			if !named && virtual {
				t.text = conceptVirtual
			}
		}
		out = append(out, t)
	}
	return out
}

// resolveVersus reads "vs", "versus", "compared to": a request for the
// comparison when the same part of the message (question or context) asks
// nothing else ("cio vs cto"), and only a link between two things when it
// does ("responsibilities of the cio vs the cto", "cio vs cto salary"); the
// link stays, for Search to offer the comparison as an alternative.
func resolveVersus(terms []term) []term {
	asks := map[bool]bool{}
	for _, t := range terms {
		if intentConcepts[t.text] {
			asks[t.context] = true
		}
	}
	out := terms[:0]
	for _, t := range terms {
		if t.text == conceptVersus && !asks[t.context] {
			t.text = conceptDiff
		}
		out = append(out, t)
	}
	return out
}

// ownerRules read who owns or runs something when no role is being picked:
//
//   - "is the CIO in charge of all our computers", "does the CTO run the
//     programmers": what one role owns or runs is what the role is;
//   - "who should lead us in catching up with competitors": an owner wanted
//     for one side's work, no role named, is the company's own need; asked
//     what that owner does ("what does the tech person who builds the
//     product do", "what does the boss of IT look after"), it asks what
//     the role is, but "who should run our servers? What role is that?"
//     still asks for the need.
//
// With no role named, an intent told only in the story ("a subscription
// box", "for our clients") is the setting: "who would drive that?" still
// asks for an owner.
func ownerRules(has, q map[string]bool, roles int, intent, intentQ bool) []string {
	if !has[conceptOwner] || intentQ || has[conceptWhich] {
		return nil
	}
	switch {
	case intent && roles > 0:
		return nil
	case roles == 1 && !has[conceptNeed] && !has[conceptWhat]:
		return []string{conceptWhat}
	case roles == 0 && oneSided(has, q) && !(q[conceptWhat] && q[conceptOwner] && (q[conceptLeader] || !q[conceptWho])):
		return []string{conceptNeed}
	}
	return nil
}

// oneSided reports whether what is to be owned lies on one side: the
// question's own side when it names one ("we have a product team... who
// should own our security?" asks of security), else the message's.
func oneSided(has, q map[string]bool) bool {
	if q[conceptCIOSide] || q[conceptCTOSide] {
		return q[conceptCIOSide] != q[conceptCTOSide]
	}
	return has[conceptCIOSide] != has[conceptCTOSide]
}

// imageRule reads an analogy asked with nothing else: "is the CTO like the
// head coach for the tech side?" asks what the role is; "if the CIO is the
// goalkeeper and the CTO the striker, have I got it right?" asks how the
// two differ (inward and outward images ask which looks where: sides).
func imageRule(f facts, sides, asksNeed bool) []string {
	if !f.hasQ[conceptImage] || sides || asksNeed || f.intentQ {
		return nil
	}
	switch f.roles {
	case 2:
		return []string{conceptDiff}
	case 1:
		return []string{conceptWhat}
	}
	return nil
}

// resolveWhoseSide reads "who should be responsible for our security"
// (no role named, nothing to pick from, one side's matter asked) as
// "who should be in charge of it": the company's need of that side's
// role, not the two roles' duties side by side.
func resolveWhoseSide(terms []term) []term {
	var who, duties, cioSide, ctoSide bool
	for _, t := range terms {
		switch t.text {
		case conceptCIO, conceptCTO, conceptWhich, conceptLeader:
			return terms
		}
		if t.context {
			continue
		}
		switch t.text {
		case conceptWho:
			who = true
		case conceptDuties:
			duties = true
		case conceptCIOSide:
			cioSide = true
		case conceptCTOSide:
			ctoSide = true
		}
	}
	if !who || !duties || cioSide == ctoSide {
		return terms
	}
	for i := range terms {
		if terms[i].text == conceptDuties && !terms[i].context {
			terms[i].text = conceptNeed
		}
	}
	return uniqueTerms(terms)
}

// asked marks the concept c as the question's, wherever it was found.
func asked(terms []term, c string) []term {
	for i := range terms {
		if terms[i].text == c {
			terms[i].context = false
		}
	}
	return terms
}
