package knowledge

import "slices"

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
	terms = resolveWhatIs(terms)
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
	add = append(add, ownerRules(has, roles, intent)...)
	bothSides := has[conceptCIOSide] && has[conceptCTOSide] && !pick && !has[conceptDuties] &&
		!has[conceptDiff] && !has[conceptFocus] && !(has[conceptOwner] && !has[conceptNeed])
	if bothSides {
		add = append(add, conceptBoth)
	}
	// "is an IT manager the same as a CIO", "is a tech lead basically a
	// CTO": one role named, compared with a lesser title. What the role is
	// answers it; the CIO-vs-CTO comparison does not.
	otherIntent := false
	for _, t := range terms {
		otherIntent = otherIntent || (intentConcepts[t.text] && t.text != conceptDiff)
	}
	sameAs := has[conceptDiff] && roles == 1 && !has[conceptWhich] && !has[conceptBoth] && !has[conceptPair] && !otherIntent
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

// resolveWhatIs reads the bare question words ("what is", "what are"): a
// request for a definition when the question asks nothing else, and only
// the question word when it also asks about a need ("what are the signs
// that we need a CTO", "is a CTO what we need").
func resolveWhatIs(terms []term) []term {
	need := false
	for _, t := range terms {
		need = need || (t.text == conceptNeed && !t.context)
	}
	out := terms[:0]
	for _, t := range terms {
		if t.text == conceptWhatIs {
			if need || slices.ContainsFunc(terms, func(o term) bool { return o.text == conceptWhat }) {
				continue
			}
			t.text = conceptWhat
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
//     for one side's work, no role named, is the company's own need.
func ownerRules(has map[string]bool, roles int, intent bool) []string {
	if !has[conceptOwner] || intent || has[conceptWhich] {
		return nil
	}
	switch {
	case roles == 1 && !has[conceptNeed] && !has[conceptWhat]:
		return []string{conceptWhat}
	case roles == 0 && has[conceptCIOSide] != has[conceptCTOSide]:
		return []string{conceptNeed}
	}
	return nil
}
