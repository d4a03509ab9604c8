package conversation

import (
	"slices"
	"strings"
	"sync"

	"github.com/springfield/techleader/knowledge/token"
)

// answerWords are the tokenizer's rules for typed answers: numbers stay
// whole ("1,200", "1.5k", "100%", "50+"), and dotted letters stay apart.
var answerWords = token.Rules{Numbers: true}

// normalize lowercases s, drops apostrophes (so "can't" is "cant") and
// thousands separators, turns other punctuation into spaces and returns
// the words. A decimal point ("1.5k") and a percent sign after a number
// ("100%") stay part of the word.
func normalize(s string) []string {
	return token.Words(withCountryUS(s), answerWords)
}

// tokenize is normalize that also reports, for each word, whether a
// clause break (, ; : . ! ? or a free-standing dash) comes before it: a
// negation does not reach across one ("no, fine" is not "not fine").
//
// One answer is tokenized by many readers (a profile of
// BenchmarkReadAnswer put three fifths of a reading in tokenize), so the
// last texts' words are kept; each caller gets its own copy to change.
func tokenize(s string) (words []string, cut []bool) {
	tokenCache.Lock()
	t, ok := tokenCache.m[s]
	tokenCache.Unlock()
	if !ok {
		t.words, t.cut = tokenizeText(s)
		tokenCache.Lock()
		if len(tokenCache.m) >= tokenCacheSize {
			clear(tokenCache.m)
		}
		tokenCache.m[s] = t
		tokenCache.Unlock()
	}
	return slices.Clone(t.words), slices.Clone(t.cut)
}

// tokenCacheSize bounds the texts kept: a few answers' readings.
const tokenCacheSize = 256

var tokenCache = struct {
	sync.Mutex
	m map[string]tokenized
}{m: make(map[string]tokenized)}

type tokenized struct {
	words []string
	cut   []bool
}

// tokenizeText is tokenize, uncached.
func tokenizeText(s string) (words []string, cut []bool) {
	words, cut = token.Clauses(emojiWords.Replace(expandShortYears(withCountryUS(s))), answerWords)
	words, cut = informal(words, cut)
	expandFoundingYears(words)
	dropSaleDates(words)
	dropAges(words)
	return words, cut
}

// isQuestionLike reports whether text reads as a question rather than an
// answer: it ends with "?", or starts with a question word ("what",
// "which", "does", "should we", "is it") and is not an answer phrase that
// happens to ("who knows").
func isQuestionLike(text string) bool {
	if strings.HasSuffix(strings.TrimSpace(text), "?") {
		return true
	}
	w := normalize(text)
	if len(w) < 2 {
		return false
	}
	if droppedSubjectVerdict(w) {
		return false // "is a disaster honestly, data everywhere"
	}
	joined := " " + strings.Join(w, " ") + " "
	for _, p := range answerOpeners {
		if strings.HasPrefix(joined, " "+p+" ") {
			return false
		}
	}
	switch w[0] {
	case "what", "whats", "why", "how", "who", "whos", "explain", "tell", "define", "difference", "which", "does":
		return true
	case "where", "when":
		// "where do I start?" asks; "where there's a clear ROI" answers.
		return auxVerbs[w[1]]
	case "do", "should", "can", "could", "is", "are", "would", "will", "shall":
		switch w[1] {
		case "you", "i", "we", "it", "that", "this", "a", "an", "the", "they", "there", "my", "our", "cios", "ctos", "cio", "cto":
			return true
		}
	}
	return confused(w)
}

// auxVerbs after "where" or "when" make a question.
var auxVerbs = wordSet("do", "does", "did", "can", "could", "should", "is", "are", "would", "will", "was",
	"were", "shall", "might", "may", "must", "has", "have", "am", "whats", "wheres")

// answerOpeners are answers that start like a question.
var answerOpeners = []string{"who knows", "god knows", "how about", "what about", "is a mess", "are a mess",
	"is fine", "are fine", "would be tight", "could be better", "would be", "could be", "can be", "do the job",
	"does the job", "does what", "is there", "is in", "is everything", "is critical", "where it", "where we",
	"where possible", "where needed", "where they", "where its", "when it", "when we", "when needed"}

// confusion are phrases of a user who did not understand the question
// ("not sure what you mean"): a question to answer, not an answer, even
// when they hold answer words ("not sure", "no idea").
var confusion = []string{
	"what you mean", "do you mean", "mean by", "what that means", "what this means", "dont understand",
	"do not understand", "dont get it", "dont get the question", "not sure what you", "no idea what you",
	"not sure what that", "no idea what that", "not sure what this", "not sure what the question",
	"what is a", "whats a", "what does", "can you explain", "could you explain", "please explain",
	"clarify", "rephrase", "confused", "confusing",
}

// answerMatch is what a typed answer says about one question.
type answerMatch struct {
	// value is the option meant, "" when not sure.
	value string
	// candidates are the two options the answer could mean when it is
	// one of them but not clear which: "I'm not sure which you meant".
	candidates []string
	// signal is true when the text holds words that answer the question
	// (keys, yes/no words, numbers), even if they did not settle it.
	signal bool
}

// matchOption maps free text to an option of q. It returns false when the
// text maps to no option or to more than one: the caller re-asks rather
// than guess.
func matchOption(q *question, text string) (option, bool) {
	m := matchAnswer(q, text, nil)
	if m.value == "" {
		return option{}, false
	}
	return q.optionByValue(m.value)
}

// matchAnswer reads free text as an answer to q. narrow, when set, are the
// options the user was last asked to choose between: a number counts
// among them.
//
// After option numbers and headcounts, the text is read for two kinds of
// phrase: the options' keys (what the answer is about: "ransomware",
// "falling behind") and generic answer words (yes, no, hedges such as
// "kind of", "not sure", intensifiers such as "very"), which the
// question's roles (yes, no, hedge, unsure) turn into options. The longest
// phrase wins where phrases overlap. See resolve for how keys and generic
// words combine. The question's reader, if any, reads what keys cannot
// (a founding year, who is ahead, what the business makes); when it and
// the keys disagree, the answer is one of the two.
func matchAnswer(q *question, text string, narrow []string) answerMatch {
	part, ok := answerPart(q, text)
	if !ok {
		return answerMatch{signal: true}
	}
	return matchPart(q, part, narrow)
}

// matchPart is matchAnswer of text that is already its own answer part.
// Words the owner took back ("about 30. no wait, 34") are no part of the
// answer, nor the option an answer leaned away from ("between a lot and
// completely, closer to completely"), when what follows reads alone.
func matchPart(q *question, text string, narrow []string) answerMatch {
	if len(narrow) == 0 {
		if m, ok := praisedThenRaised(q, text); ok {
			return m // "the sales are fine, but the stock figures? Nobody trusts those."
		}
		if q.ID == qSecurity {
			if w, cut := tokenize(text); plainConcern(w, cut) {
				return answerMatch{value: "medium", signal: true} // "It is a concern. Some students have tried to get in."
			}
		}
		if m, ok := shapedWholeReading(q, text); ok {
			return m // "I wouldn't say we have a problem with data", "no dramas"
		}
	}
	for _, focus := range []func(string) string{afterSelfCorrection, afterLean, leadingTotal, afterOffQuestion} {
		if after := focus(text); after != text && (q.headcount != nil || !isNumber(after)) {
			if m := matchUncorrected(q, after, narrow); m.value != "" {
				return m
			}
		}
	}
	if lead := countBeforeDisowned(text); q.headcount != nil && lead != text {
		// "Seven. The computer man is not ours": the count read alone.
		if m := matchUncorrected(q, lead, narrow); m.value != "" {
			return m
		}
	}
	m := matchUncorrected(q, text, narrow)
	if m.value == "" && len(m.candidates) == 0 && len(narrow) == 0 {
		if w, _ := tokenize(text); len(w) > 0 {
			if worse, ok := worseTrouble(q, w); ok {
				return worse // "the printer jams, but that's not the worst of it, the accounts lose entries": not fine
			}
		}
	}
	return m
}

// matchUncorrected is matchPart of text with no correction to weigh.
func matchUncorrected(q *question, text string, narrow []string) answerMatch {
	w, cut := tokenize(headcountText(q, text))
	w, cut = withoutQuantityGreat(q, w, cut)
	w, cut = withoutOrNothing(q, w, cut)
	w, cut = withoutSomeSystem(q, w, cut)
	w, cut = afterListedParts(q, w, cut)
	w, cut = withoutOwnersExperience(q, w, cut)
	w, cut = withoutCountAgo(q, w, cut)
	if len(w) == 0 {
		return answerMatch{}
	}
	if m, ok := wholeAnswer(q, text, w, cut, narrow); ok {
		return m
	}
	if q.trouble {
		if m, ok := thumbsOnly(q, w); ok {
			return m
		}
		w, cut = dropThumbs(w, cut)
	}
	if v, ok := stagePlansReading(q, w); ok {
		return answerMatch{value: v, signal: true} // "no big plans to grow", "still in pilot stage"
	}
	if q.ID == qStage && (grewThenNow(w) || grewNowThen(w) || ageButGrowth(q, w) || quietThenGrowth(w) || quietThenSpeed(w)) {
		// Before the past is dropped: "we had 3 stations in 2020, now
		// we have 7" compares the two.
		return answerMatch{value: "scaling", signal: true}
	}
	w, cut = pastThenNow(dropConcession(w, cut))
	w, cut = withoutTrailingPast(w, cut)
	w, cut = withoutDisowned(q, w, cut)
	w, cut = withoutOtherFoundings(q, w, cut)
	w, cut = withoutPlanModifiers(q, w, cut)
	if m, ok := leadingRating(q, w, cut); ok {
		return m // "9 out of 10. Nothing ships without the system."
	}
	if m, ok := leadingShare(q, w, cut); ok {
		return m // "maybe 10% of the work touches a computer"
	}
	if m, ok := troubleCounted(q, w, cut); ok {
		return m // "2 of our 6 tools are a nuisance"
	}
	if v, ok := toldWhole(q, w, cut); ok {
		return answerMatch{value: v, signal: true}
	}
	return readWords(q, w, cut)
}

// rated reads a score ("6/10") where the words said nothing, then a
// school grade.
func rated(q *question, w []string, cut []bool, m answerMatch) answerMatch {
	if m, ok := ratedTold(q, w, cut, m); ok {
		return withGrade(q, w, cut, m) // "I'd give them a 9", "an 8 on the mess scale"
	}
	if m.value == "" && len(m.candidates) == 0 {
		f, ok := scoreOf(w, cut)
		if !ok {
			var r rating
			r, ok = ratingIn(w, cut) // "maybe a 2"
			ok = ok && r.alone && (!q.trouble || r.dir == 0)
			f = r.f
		}
		if ok {
			m = answerMatch{signal: true}
			m.value, m.candidates = q.scored(f)
		}
	}
	return withGrade(q, w, cut, m)
}

// withGrade reads a school grade ("an F, nothing works"): taken alone,
// and where the words say otherwise, one of the two.
func withGrade(q *question, w []string, cut []bool, m answerMatch) answerMatch {
	g, ok := letterGrade(w, cut)
	if !ok {
		return m
	}
	gv, gc := q.gradedAs(g)
	switch {
	case m.value == "" && len(m.candidates) == 0:
		return answerMatch{value: gv, candidates: gc, signal: true}
	case gv != "" && m.value != "" && m.value != gv:
		return answerMatch{candidates: pair(m.value, gv), signal: true}
	case gv == "" && m.value != "" && !slices.Contains(gc, m.value):
		return answerMatch{candidates: gc, signal: true}
	}
	return m
}

func optionPos(q *question, v string) int {
	return slices.IndexFunc(q.Options, func(o option) bool { return o.Value == v })
}

// combine merges what the question's reader found (rv) with the reading
// of keys and generic words (m).
func combine(q *question, r reading, m answerMatch, rv string) (string, []string) {
	if q.readerFirst {
		// Only a plain yes or no against the reader leaves it open:
		// "yes, we're ahead".
		switch {
		case r.class[affirm] && rv == q.no, r.class[deny] && rv == q.yes:
			return "", pair(q.yes, q.no)
		case rv == q.yes && m.value != "" && optionPos(q, m.value) == 1 && len(q.Options) == 3:
			// The middle option's words qualify the reader's yes: "a
			// portal on the drawing board" is planned; "maybe they're
			// ahead of us" is not sure.
			return m.value, nil
		}
		return rv, nil
	}
	switch {
	case m.value == rv:
		return rv, nil
	case m.value == "" && len(m.candidates) == 0:
		return rv, nil
	case q.graded && rv == q.hedge && (m.value == q.no || m.value == "" && slices.Contains(m.candidates, q.no) && slices.Contains(m.candidates, q.yes)):
		// The reader saw what makes a no key only part of the answer:
		// a condition on trying ("a new varnish if it's proven"), a
		// fallback beside the systems ("the POS, but we can manage
		// with pen"), or between the keys of both ends ("bookings
		// online, the kitchen runs on paper tickets").
		return rv, nil
	case m.value == "" && len(r.tied) > 0 && slices.Contains(m.candidates, rv):
		return rv, nil // the reader settles a tie between keys
	case m.value == "":
		return "", m.candidates // the words already contradict each other
	}
	return "", []string{rv, m.value}
}

func countWord(w []string, word string) int {
	n := 0
	for _, t := range w {
		if t == word {
			n++
		}
	}
	return n
}

// resolve turns a reading into an option value of q, or "" with the two
// options it could be when that is all it can say.
//
//   - Generic words alone pick the question's role: a yes (or, on a
//     graded question, an intensifier alone: "very") picks q.yes, a no
//     q.no, a hedge q.hedge, an unsure q.unsure. Yes and no together,
//     or unsure with either, is one of the two.
//   - A negated key of the yes option is a no ("not falling behind",
//     "not too worried"); on a question that is not graded, a negated key
//     of the no option is a yes ("we can't keep up"). Other negated keys
//     leave the options not negated ("not a startup": scaling or
//     established).
//   - A veto ("none of the above", "no comment") is never an answer, and
//     generic words are not trusted next to a negation of words that
//     are no phrase ("no, not good").
//   - A key says more than generic words: on a graded question a hedge on
//     a key of the strongest option picks the hedge option ("somewhat
//     worried"); elsewhere a hedge or intensifier qualifies the key ("a
//     bit behind" is behind). A yes with a key of the no option, or a no
//     with a key of the yes option, contradict each other: one of the two.
func resolve(q *question, r reading) (string, []string) {
	if r.class[veto] {
		return "", nil
	}
	c := r.class
	negYes, negNo := r.negatedValue(q, q.yes), r.negatedValue(q, q.no)
	yes := c[affirm] || negNo && !q.graded && q.yes != ""
	no := c[deny] || negYes
	if q.graded && r.presentValue(q, q.no) && !c[affirm] && !c[deny] {
		switch {
		case r.presentValue(q, q.yes):
			// "clunky but they work": some of each is the middle.
			return q.hedge, nil
		case r.presentValue(q, q.hedge):
			// "some interest but not a priority": some, or none?
			return "", pair(q.hedge, q.no)
		}
	}
	if r.content >= 0 {
		return resolveKey(q, r, yes, no)
	}
	if negNo && q.graded {
		// "not fine": some or a lot.
		return "", pair(q.hedge, q.yes)
	}
	if yes && no {
		return "", pair(q.yes, q.no)
	}
	if r.unexplained {
		return "", nil
	}
	if len(r.negated) > 0 && !negYes && !negNo {
		// "not a startup": one of the others.
		var rest []string
		for i, o := range q.Options {
			if !r.negated[i] {
				rest = append(rest, o.Value)
			}
		}
		if len(rest) == 2 && !c[affirm] && !c[deny] {
			return "", rest
		}
		return "", nil
	}
	switch {
	case c[unsure] && (q.unsure != "" || !yes && !no):
		switch {
		case yes:
			return "", pair(q.unsure, q.yes)
		case no:
			return "", pair(q.unsure, q.no)
		}
		return q.unsure, nil
	case no:
		if c[hedge] {
			return "", pair(q.hedge, q.no)
		}
		return q.no, nil
	case yes:
		if c[hedge] && q.graded {
			return q.hedge, nil
		}
		return q.yes, nil
	case c[hedge]:
		return q.hedge, nil
	case c[intense] && q.graded:
		return q.yes, nil
	}
	return "", nil
}

// presentValue reports whether a key of the option with value v was found
// and not negated.
func (r reading) presentValue(q *question, v string) bool {
	for i := range r.present {
		if q.Options[i].Value == v {
			return true
		}
	}
	return false
}

// resolveKey resolves a reading with a key found: the key's option,
// unless the generic words contradict it.
func resolveKey(q *question, r reading, yes, no bool) (string, []string) {
	c := r.class
	v := q.Options[r.content].Value
	switch {
	case len(r.tied) == 1:
		return "", pair(v, q.Options[r.tied[0]].Value)
	case len(r.tied) > 1, r.negated[r.content]:
		return "", nil
	case yes && v == q.no:
		return "", pair(q.yes, q.no)
	case no && v == q.yes:
		return "", pair(q.no, q.yes)
	case c[unsure] && q.unsure != "" && v != q.unsure:
		return "", pair(q.unsure, v)
	case c[hedge] && q.graded && v == q.yes:
		if no {
			return "", pair(q.hedge, q.no)
		}
		return q.hedge, nil
	case c[hedge] && q.graded && v == q.no && !no:
		// "some interest but not a priority": some, or none?
		return "", pair(q.hedge, q.no)
	case r.leadDeny && q.graded && v == q.hedge:
		// "no, budgets are tight": no, or the middle?
		return "", pair(q.no, q.hedge)
	}
	return v, nil
}

// negatedValue reports whether a key of the option with value v was
// negated.
func (r reading) negatedValue(q *question, v string) bool {
	for i := range r.negated {
		if q.Options[i].Value == v {
			return true
		}
	}
	return false
}

// pair is the two candidates a and b, or none when either is missing or
// they are the same.
func pair(a, b string) []string {
	if a == "" || b == "" || a == b {
		return nil
	}
	return []string{a, b}
}
