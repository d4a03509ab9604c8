package knowledge

import "strings"

// An existing CIO or CTO often takes part in a matter that is not the
// roles' own: "our new CIO wants a bigger car", "what should we give our
// CTO for her birthday", "our fractional CTO sends his invoices late".
// Such a message names a role only as a person the company already has.
// Unless it also asks about the roles themselves (the other role, tech
// leaders in general, a need or a replacement, the price of one, what the
// role does or owns), the matter is the person's, not the role's, and it
// is declined whatever the matter is: no list of cars, visas or gifts.

// holderOnly reports a message whose every role named is one the company
// already has ("our CIO", "my new CTO", "the interim CIO") and whose
// question, read without those mentions, asks nothing of the roles.
func (b *Base) holderOnly(q query, terms []term) bool {
	var cio, cto, other bool
	for _, t := range terms {
		switch t.text {
		case conceptCIO:
			cio = true
		case conceptCTO:
			cto = true
		case conceptLeader:
			return false
		case conceptOther, conceptTitle:
			other = true
		}
	}
	if cio == cto {
		// No role named, or the other one too, in whatever words: "can
		// our CTO also be our head of IT".
		return false
	}
	held, named := 0, 0
	for _, toks := range q.sentences {
		h, n := holders(toks)
		held, named = held+h, named+n
	}
	if held == 0 || named > held {
		// A role named otherwise ("a CIO", "CTOs", "our CIO and CTO")
		// is a role talked about, not only a person.
		return false
	}
	asked := withoutHolders(q.qtoks)
	ts := b.an.analyzeTokens(asked, true)
	if other {
		// "my CTO and our head of sales don't get along, how do I get
		// them to work together": the pair is the person and another
		// job, not the two roles.
		ts = without(ts, conceptBoth)
	}
	if hasAny(asked, askerStarts) {
		// "The CIO before me left no documentation. Where do I
		// start?": the asker's own first step, no role to order.
		ts = without(ts, conceptFirst)
	}
	if b.needsThing(asked) {
		// "do we need a sign on the door": the need is the thing's.
		ts = without(ts, conceptNeed)
	}
	return !asksRoles(ts, asked)
}

// holders counts the roles a message names (a CIO or CTO, by initials or
// in full) and how many of them are held: a possessive before the title,
// or "the" with a word of tenure ("the new CIO", "the interim CTO"),
// with at most a few modifiers between ("our new fractional CTO"). "be
// our CTO", "act as our CIO", "who our CTO is" and "hire our first CTO"
// name a role to fill, not a person. The asker holding the role ("I'm
// the CTO at ...", "as a freelance CIO I ...") and "the CTO" doing a
// concrete thing ("the CTO set up Outlook", "the CIO told us to") name
// a person the company has as well.
func holders(toks []string) (held, named int) {
	for i := 0; i < len(toks); i++ {
		start, end, ok := roleAt(toks, i)
		if !ok {
			continue
		}
		named++
		if _, ok := heldAt(toks, start); ok {
			held++
		}
		i = end - 1
	}
	return held, named
}

// roleAt reports a role's title starting at toks[i] and where it ends.
func roleAt(toks []string, i int) (start, end int, ok bool) {
	if roleTitles[toks[i]] {
		return i, i + 1, true
	}
	if toks[i] == "chief" && i+2 < len(toks) && fullTitleWords[toks[i+1]] && officerWords[toks[i+2]] {
		return i, i + 3, true
	}
	return 0, 0, false
}

// heldAt reports whether the title starting at toks[start] is held by
// someone: an owner before it, no frame of filling it before that. It
// returns where the owner stands.
func heldAt(toks []string, start int) (int, bool) {
	if j, ok := askerHolds(toks, start); ok {
		return j, true
	}
	if start > 0 && toks[start-1] == "the" && (actsAfter(toks, start) || predecessor(toks, start)) {
		return start - 1, true
	}
	if absentAfter(toks, start) {
		// "CIO's on holiday", "the CTO's off sick today": only a person
		// can be away.
		switch {
		case start == 0:
			return start, true
		case toks[start-1] == "the":
			return start - 1, true
		}
	}
	j, tenure := start-1, false
	for n := 0; j >= 0 && n < 3 && holderModifiers[toks[j]]; n++ {
		tenure = tenure || tenureWords[toks[j]]
		j--
	}
	if j < 0 || !(possessives[toks[j]] || (toks[j] == "the" && tenure)) {
		return 0, false
	}
	if j+1 < start && unfilled[toks[j+1]] {
		return 0, false
	}
	return j, j == 0 || !fillFrames[toks[j-1]]
}

// withoutHolders drops the held mentions (owner, modifiers and title)
// from the question's tokens, so that "our interim CIO" asks nothing
// part-time and "our fractional CTO's invoices" nothing fractional.
func withoutHolders(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		start, end, ok := roleAt(toks, i)
		if !ok {
			out = append(out, toks[i])
			continue
		}
		if owner, held := heldAt(toks, start); held {
			// The owner and modifiers were copied already.
			out = out[:len(out)-(start-owner)]
		} else {
			out = append(out, toks[start:end]...)
		}
		i = end - 1
	}
	return out
}

// asksRoles reports a question that asks about the roles: what they do,
// own, bring or cost compared, one or both, first, part-time; a need of
// one or a replacement ("do we even need to replace her"); the price of
// hiring one or of its pay; what the role does ("what does our CTO
// actually do"). A need read from "when is it OK", a price from "the
// removal costs", a duty from "manages" alone are the person's matter.
func asksRoles(terms []term, toks []string) bool {
	var need, price, owner, topic, what bool
	for _, t := range terms {
		switch {
		case roleIntents[t.text]:
			return true
		case t.text == conceptNeed:
			need = true
		case t.text == conceptPrice:
			price = true
		case t.text == conceptOwner:
			owner = true
		case t.text == conceptWhat:
			what = true
		case topicConcepts[t.text]:
			topic = true
		}
	}
	hires := hasAny(toks, hireWords)
	switch {
	case need && hires, price && (hires || hasAny(toks, payWords)), owner && topic:
		return true
	}
	return what && asksWhatItDoes(toks)
}

// asksWhatItDoes reports a question that, its held role dropped, is
// only "what does ... (actually) do": the role's work asked.
func asksWhatItDoes(toks []string) bool {
	do := false
	for _, w := range toks {
		switch {
		case w == "do" || w == "doing":
			do = true
		case !whatDoesWords[w]:
			return false
		}
	}
	return do
}

var (
	askerStarts    = phrases("do i start", "should i start", "do i begin", "should i begin", "can i start")
	roleTitles     = map[string]bool{"cio": true, "cto": true, "cios": true, "ctos": true, "vcio": true, "vcto": true}
	fullTitleWords = map[string]bool{"information": true, "technology": true, "technical": true}
	officerWords   = map[string]bool{"officer": true, "officers": true}
	possessives    = map[string]bool{"our": true, "my": true, "his": true, "her": true, "their": true}
	// holderModifiers may stand between the owner and the title.
	holderModifiers = map[string]bool{
		"new": true, "interim": true, "fractional": true, "part": true, "time": true, "parttime": true,
		"current": true, "acting": true, "existing": true, "old": true, "former": true, "outgoing": true,
		"retiring": true, "incoming": true, "virtual": true, "freelance": true, "temporary": true,
		"present": true, "founding": true, "lovely": true, "great": true, "brilliant": true, "only": true,
		"first": true, "next": true, "future": true, "own": true, "potential": true, "ideal": true,
	}
	// tenureWords make "the" a holder's: "the new CIO", "the interim CTO".
	tenureWords = map[string]bool{
		"new": true, "interim": true, "current": true, "acting": true, "existing": true, "former": true,
		"outgoing": true, "retiring": true, "incoming": true,
	}
	// unfilled, right after the owner, make the role one to fill: "our
	// first CTO", "our next CIO", "our own CTO".
	unfilled = map[string]bool{
		"first": true, "next": true, "future": true, "own": true, "potential": true, "ideal": true,
	}
	// fillFrames before the owner make the role one to fill or tell:
	// "be our CTO", "act as our CIO", "who our CTO is", "hire our CIO".
	fillFrames = map[string]bool{
		"be": true, "as": true, "become": true, "becoming": true, "being": true, "who": true, "whom": true,
		"hire": true, "hiring": true, "recruit": true, "recruiting": true, "appoint": true, "appointing": true,
		"find": true, "finding": true, "need": true, "needs": true,
	}
	// roleIntents ask about the roles whatever else the message holds.
	roleIntents = map[string]bool{
		conceptDuties: true, conceptFocus: true, conceptDiff: true, conceptBoth: true, conceptFirst: true,
		conceptImpact: true, conceptFit: true, conceptVirtual: true, conceptContact: true,
	}
	hireWords = phrases("need", "needs", "needed", "replace", "replacing", "replacement", "replaced",
		"hire", "hiring", "recruit", "recruiting", "successor", "new one", "without one")
	payWords = phrases("salary", "salaries", "pay", "wage", "wages", "earn", "earns", "package",
		"remuneration", "worth")
	whatDoesWords = map[string]bool{
		"what": true, "whats": true, "does": true, "did": true, "will": true, "would": true, "should": true,
		"is": true, "actually": true, "exactly": true, "really": true, "even": true, "all": true, "day": true,
		"here": true, "for": true, "us": true, "supposed": true, "to": true, "usually": true,
	}
)

// askerHolds reports a title the asker holds: "I'm (the) CTO", "I am a
// CIO", "I've been the CTO", "as the new CIO" in a sentence where the
// asker speaks ("as a freelance CTO, should I ..."). It returns where the
// mention starts.
func askerHolds(toks []string, start int) (int, bool) {
	j := start - 1
	for n := 0; j >= 0 && n < 3 && holderModifiers[toks[j]]; n++ {
		j--
	}
	if j >= 0 && (toks[j] == "a" || toks[j] == "an" || toks[j] == "the") {
		j--
	}
	switch {
	case j < 0:
		return 0, false
	case toks[j] == "im", toks[j] == "am" && j > 0 && toks[j-1] == "i":
		return j, true
	case toks[j] == "been" && j > 0 && (toks[j-1] == "ive" || toks[j-1] == "have"):
		return j, true
	case toks[j] == "as" && (j == 0 || !likeness[toks[j-1]]) && speaksFirst(toks):
		return j, true
	}
	return 0, false
}

// speaksFirst reports a sentence in the asker's own voice.
func speaksFirst(toks []string) bool {
	for _, w := range toks {
		switch w {
		case "i", "im", "ive", "id", "ill", "me", "my":
			return true
		}
	}
	return false
}

// actsAfter reports "the CTO" followed by a verb in the past, or "who" or
// "that" and one: a concrete thing a person did ("the CTO set up Teams",
// "the CIO told us", "the CIO who set it up").
func actsAfter(toks []string, start int) bool {
	_, end, _ := roleAt(toks, start)
	if end >= len(toks) {
		return false
	}
	w := toks[end]
	if (w == "who" || w == "that") && end+1 < len(toks) {
		// "the CIO who set it up has left", "the CTO that built it".
		w = toks[end+1]
	}
	if pastVerbs[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !stateWords[w]
}

// predecessor reports "the CIO before me": the one who held the post
// before the asker, a person.
func predecessor(toks []string, start int) bool {
	_, end, _ := roleAt(toks, start)
	return end+1 < len(toks) && toks[end] == "before" && (toks[end+1] == "me" || toks[end+1] == "us")
}

// stateWords end in -ed but say what the role is, not what a person
// did: "what is the CIO supposed to handle", "the CTO expected to".
var stateWords = map[string]bool{
	"supposed": true, "expected": true, "required": true, "allowed": true, "called": true, "named": true,
	"based": true, "qualified": true, "involved": true, "concerned": true, "focused": true,
	"focussed": true, "tasked": true, "charged": true, "dedicated": true, "experienced": true,
	"skilled": true, "trained": true, "certified": true, "interested": true, "placed": true,
	"positioned": true, "equipped": true, "entitled": true, "obliged": true, "considered": true,
}

// likeness before "as" compares rather than names the asker's post:
// "same as CTO I think", "such as a CIO".
var likeness = map[string]bool{
	"same": true, "such": true, "much": true, "well": true, "so": true, "known": true, "just": true,
}

// pastVerbs are irregular past forms of things a person does.
var pastVerbs = map[string]bool{
	"told": true, "said": true, "set": true, "sent": true, "made": true, "took": true, "gave": true,
	"bought": true, "left": true, "got": true, "put": true, "came": true, "went": true, "kept": true,
	"wrote": true, "ran": true, "built": true, "chose": true, "found": true, "brought": true,
	"lost": true, "broke": true, "forgot": true, "spent": true, "paid": true, "let": true,
	"quit": true, "sold": true, "threw": true, "drove": true, "sat": true, "met": true,
}

// absentAfter reports a title followed by the holder's absence, "is" or
// "'s" typed or not: "CIO's on holiday", "the CTO is off sick", "our
// CIO away this week". A role cannot be away; a person can.
func absentAfter(toks []string, start int) bool {
	_, end, _ := roleAt(toks, start)
	if end < len(toks) && (toks[end] == "is" || toks[end] == "s" || toks[end] == "was") {
		end++
	}
	if end >= len(toks) {
		return false
	}
	switch toks[end] {
	case "away", "sick", "ill", "unavailable", "unreachable":
		return true
	case "on":
		return end+1 < len(toks) && awayOn[toks[end+1]]
	case "off":
		return end+1 < len(toks) && awayOff[toks[end+1]]
	}
	return false
}

// awayOn and awayOff finish "on ..." and "off ..." as an absence:
// "on holiday", "off sick"; "on top of", "off the shelf" stay other.
var (
	awayOn = map[string]bool{
		"holiday": true, "holidays": true, "leave": true, "vacation": true, "sabbatical": true,
		"maternity": true, "paternity": true, "sick": true, "annual": true, "honeymoon": true,
	}
	awayOff = map[string]bool{
		"sick": true, "ill": true, "today": true, "work": true, "this": true, "until": true,
		"till": true, "for": true, "tomorrow": true,
	}
)
