package knowledge

// A question that names a role may still ask for something else: "what
// car should we lease for our CIO", "which hotel should our CTO stay in".
// The thing asked for, the word after "what" or "which", tells: when no
// article explains it and no concept of ours reads it, the role is only
// who the thing is for, and the question is declined whatever its topic
// (cars, wine, fonts, gyms), without listing topics.

// askWords open a question whose next content word is its object.
var askWords = map[string]bool{"what": true, "which": true, "whats": true, "wat": true}

// objectLeads may stand between the question word and its object ("what
// is the best chair", "what's a good restaurant"); a role right after
// them ("what is a CIO") is what is asked.
var objectLeads = map[string]bool{
	"is": true, "s": true, "the": true, "a": true, "an": true, "best": true, "good": true,
	"nice": true, "right": true, "ideal": true, "perfect": true, "great": true, "decent": true,
}

// foreignObject reports a question, of no shape but a bare "what" (a
// definition) or none, whose object is a word the articles do not hold
// and no concept phrase reads, with no topic or intent of ours asked; or
// whose object an off-topic phrase reads, whatever else it names ("what
// marketing channels should we use for our CTO's product launch").
func (b *Base) foreignObject(terms []term, why Why, qtoks []string) bool {
	if why.Shape != ShapeDefine && why.Shape != ShapeNone {
		return false
	}
	i := 0
	for i < len(qtoks) && !askWords[qtoks[i]] {
		i++
	}
	if i == len(qtoks) {
		return false
	}
	for i++; i < len(qtoks) && objectLeads[qtoks[i]]; i++ {
	}
	if i == len(qtoks) || b.an.stop[qtoks[i]] || isNumber(qtoks[i]) || !nounAsked(qtoks[i+1:]) {
		return false
	}
	ours, off := b.readsObject(qtoks[i:])
	if off {
		return true
	}
	for _, t := range terms {
		if !t.context && (topicConcepts[t.text] || intentConcepts[t.text] || t.text == conceptNeed) {
			return false
		}
	}
	return !ours && b.foreignWord(qtoks[i])
}

// objectAux follows the object a question asks for ("what car should
// we lease"); a verb in its place makes "what" the subject ("what sits
// on a CIO's desk"), an image of the role, not a thing asked for.
var objectAux = map[string]bool{
	"should": true, "would": true, "could": true, "can": true, "do": true, "does": true, "did": true,
	"is": true, "are": true, "will": true, "shall": true, "might": true, "must": true, "to": true,
	// "what gift from the team", "what present for her": the thing
	// asked for and who it is from or for.
	"from": true, "for": true,
}

// nounAsked reports whether the words after an asked object (one word,
// or two: "gym membership") go on with an auxiliary.
func nounAsked(rest []string) bool {
	return len(rest) > 0 && objectAux[rest[0]] || len(rest) > 1 && objectAux[rest[1]]
}

// readsObject reports whether a concept phrase starting at toks[0]
// reads something of ours ("what kind of leader") or something off-topic
// ("what diet", "what marketing channels").
func (b *Base) readsObject(toks []string) (ours, off bool) {
	end := min(len(toks), 3)
	had := make(map[string]bool)
	for _, t := range b.an.analyzeTokens(toks[1:end], true) {
		had[t.text] = true
	}
	for _, t := range b.an.analyzeTokens(toks[:end], true) {
		switch {
		case !hasConcept([]term{t}) || had[t.text] || t.unsure:
		case t.text == conceptOff:
			off = true
		default:
			ours = true
		}
	}
	return ours, off && !ours
}

// foreignWord reports whether w is a word no article holds and no
// concept reads.
func (b *Base) foreignWord(w string) bool {
	ts := b.an.analyzeTokens([]string{w}, true)
	if len(ts) == 0 || ts[0].corrected || hasConcept(ts[:1]) {
		return false
	}
	_, known := b.ix.idf[ts[0].text]
	return !known
}

// foreignContent reports a question of no shape naming a role whose own
// words are all ones no article holds, two or more of them ("should our
// CTO get a standing desk", "how do we organise a surprise party for our
// CIO's 50th"), with nothing of ours asked: the role is only who the
// matter concerns.
//
// Labelled examples all but identical to it, answered, explain it: the
// words are foreign to the articles, not to the base.
func (b *Base) foreignContent(terms []term, why Why) bool {
	if why.Shape != ShapeNone || !scanScope(terms).roleQ {
		return false
	}
	foreign := 0
	for _, t := range terms {
		if t.context {
			continue
		}
		if hasConcept([]term{t}) {
			switch {
			case t.unsure && t.text != conceptCIO && t.text != conceptCTO:
				// A guess at a word the base does not know
				// ("politely" read as a policy) is that word.
				foreign++
			case asksOurs([]term{t}):
				return false
			}
			continue
		}
		if _, known := b.ix.idf[t.text]; known {
			return false
		}
		foreign++
	}
	return foreign >= 2
}

// explained reports labelled examples all but identical to a question,
// agreeing on an answer: what they answer, the base knows.
func explained(nv verdict) bool {
	return !nv.shape.fallsShort(echoSim, placeShare) && nv.shape.label != labelDecline
}
