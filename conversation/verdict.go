package conversation

import (
	"slices"
	"strings"
)

// Owners who write at length often give the answer as a short sentence
// of its own, first ("A little. WhatsApp for the bookings, the card
// machine and a notebook...") or last ("...the bank made us do a course
// and it was a bit scary. Medium."). The other sentences tell why: a
// breakdown, an exception, a story, whose words read on their own as
// other options. The verdict sentence is the answer.

// maxVerdictWords is the longest sentence read as a verdict.
const maxVerdictWords = 6

// sentences splits text into its sentences, empty ones dropped. A
// sentence that asks ("slow? no.") is kept as "?": an echoed question,
// no verdict.
func sentences(text string) []string {
	var out []string
	start := 0
	for start <= len(text) {
		end, next := sentenceBreak(text, start)
		if s := text[start:end]; strings.TrimSpace(s) != "" {
			if strings.Contains(text[end:next], "?") {
				s = "?"
			}
			out = append(out, s)
		}
		if next == len(text) {
			break
		}
		start = next
	}
	return out
}

// sentenceBreak finds the first sentence end at or after from: a run of
// ".", "!" or "?", maybe closing quotes, then white space or the end of
// text (so not "1.5k"). It returns where the break starts and where the
// next sentence starts; with no break, both are len(text).
func sentenceBreak(text string, from int) (end, next int) {
	for i := from; i < len(text); i++ {
		if !isSentencePunct(text[i]) {
			continue
		}
		j := i
		for j < len(text) && isSentencePunct(text[j]) {
			j++
		}
		for {
			if j < len(text) && strings.IndexByte(`"')`, text[j]) >= 0 {
				j++
			} else if r := text[j:]; strings.HasPrefix(r, "”") || strings.HasPrefix(r, "’") {
				j += len("”")
			} else {
				break
			}
		}
		if j == len(text) {
			return i, j
		}
		if !isASCIISpace(text[j]) {
			i = j - 1 // the run cannot end a sentence; look past it
			continue
		}
		for j < len(text) && isASCIISpace(text[j]) {
			j++
		}
		return i, j
	}
	return len(text), len(text)
}

func isSentencePunct(c byte) bool { return c == '.' || c == '!' || c == '?' }

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// bareVerdictWords make up a yes or no with no degree: "Yes.", "Not
// really.", "No, honestly.". On a graded question they say no option of
// their own.
var bareVerdictWords = wordSet("yes", "yeah", "yep", "yup", "no", "nope", "nah", "not", "really", "i", "think",
	"so", "guess", "suppose", "well", "honestly", "definitely", "absolutely", "of", "course", "sure", "ok",
	"okay", "oh", "hmm", "um", "then", "im", "afraid")

// mindChanges after the opening verdict take it back: "Fine. Well,
// actually the ERP crashes every day".
var mindChanges = [][]string{{"actually"}, {"on", "second", "thought"}, {"come", "to", "think"},
	{"thinking", "about", "it"}, {"scratch", "that"}, {"i", "take", "that", "back"}, {"now", "that", "i", "think"}}

// verdictOf is the option a sentence gives q as a verdict: a short
// sentence that reads one option plainly, and on a graded question more
// than a bare yes or no.
func verdictOf(q *question, s string) string {
	w := normalize(s)
	if len(w) == 0 || len(w) > maxVerdictWords {
		return ""
	}
	if q.graded && !slices.ContainsFunc(w, func(t string) bool { return !bareVerdictWords[t] }) {
		return ""
	}
	if opensOnTheRest(w) {
		return "" // "The other data is okay.": the rest judged beside an exception
	}
	if q.ID == qSecurity && isPlainConcern(w) {
		return "" // "It's a concern.": unsized, the rest sizes it (see plainConcern)
	}
	if v, ok := labelEcho(q, s); ok {
		return v
	}
	if planBeforeBuildYet(q, w) {
		return "" // "Nothing's built yet." beside a plan
	}
	if !coveredVerdict(q, s) || !plainVerdict(q, w) {
		return ""
	}
	m := matchPart(q, s, nil)
	if len(m.candidates) > 0 {
		return ""
	}
	return m.value
}

// plainVerdict reports whether the words w of a short sentence say one
// option plainly: a key not negated nor hedged ("Yes, core", "they run
// well"), a degree or a no alone ("A lot", "Not much"), a doubt alone
// ("Not sure"), or a hedge that is a clause of its own ("Somewhat").
// Not "fairly high" (high, or the middle?), "not a disaster" (litotes:
// the middle, mostly) nor "a little" (the least, or the middle?).
func plainVerdict(q *question, w []string) bool {
	r := read(q, w, make([]bool, len(w)))
	c := r.class
	switch {
	case len(r.negated) > 0 || len(r.tied) > 0 || r.unexplained || c[veto]:
		return false
	case c[hedge]:
		return !c[unsure] && r.content < 0 && degreeOpeners[strings.Join(w, " ")]
	case c[unsure]:
		return r.content < 0 && !c[affirm] && !c[deny]
	}
	return r.content >= 0 || c[deny] || c[intense]
}

// verdictFillers may stand in a verdict beside its answer words:
// pronouns, "is", "would say", "then".
var verdictFillers = wordSet("it", "its", "they", "theyre", "we", "were", "our", "i", "im", "id", "ive", "that",
	"thats", "this", "is", "are", "be", "am", "a", "an", "the", "would", "say", "then", "really", "honestly",
	"very", "so", "just", "to", "do", "does", "quite", "pretty", "all", "in", "all", "general", "overall")

// ownRiskWords scope a security verdict to the company itself, which is
// what the question asks about: "We wipe clients' disks. Our own risk
// is low."
var ownRiskWords = wordSet("own", "risk", "risks", "exposure", "us", "for")

// coveredVerdict reports whether every word of sentence s is an answer
// word for q (a key or generic phrase), a filler or one of q's own
// words: "No, they run well", "It is a real problem, yes". A sentence
// with a word of its own ("Our payroll engine is solid", "for our
// clients, a lot", "They used to be a nightmare") tells of a part, a
// scope or a time, and is no verdict on the whole.
func coveredVerdict(q *question, s string) bool {
	w, cut := tokenize(s)
	_, used := keepHits(slices.DeleteFunc(findHits(q, w, cut), func(h hit) bool { return soJoins(w, h) }), len(w))
	own := questionWords()[q.ID]
	for i, t := range w {
		if used[i] == 0 && !verdictFillers[t] && !bareVerdictWords[t] && !own[t] && !(q.ID == qSecurity && ownRiskWords[t]) {
			return false
		}
	}
	return true
}

// verdictSentence is the answer a long message gives in a short sentence
// of its own at its start or end, and whether there is one. Verdicts at
// both ends that differ leave it open; an opening verdict taken back
// later ("well, actually") is none.
func verdictSentence(q *question, text string) (string, bool) {
	if q.headcount != nil {
		return "", false // numbers, read by the headcount readers
	}
	if v, ok := labelEcho(q, text); ok {
		return v, true
	}
	ss := sentences(text)
	if len(ss) < 2 {
		return "", false
	}
	if mildWorryThenNothingHeld(q, ss) {
		return "low", true
	}
	first, last := verdictOf(q, ss[0]), verdictOf(q, ss[len(ss)-1])
	if first != "" && (hasAnyPhrase(normalize(strings.Join(ss[1:], " ")), mindChanges) || opensWithWell(ss[1]) ||
		qualifiedLater(q, ss[1:])) {
		first = "" // "not very... well maybe a bit more now", "Fine. Except the ERP..."
	}
	switch {
	case first != "" && last != "" && first != last:
		return "", false
	case first != "":
		return first, true
	case last != "":
		return last, true
	}
	return "", false
}

// hasAnyPhrase reports whether w holds any of the phrases.
func hasAnyPhrase(w []string, phrases [][]string) bool {
	return slices.ContainsFunc(phrases, func(p []string) bool { return hasPhrase(w, p) })
}

// openingVerdict reports a message that opens with a verdict sentence
// before a question of its own ("Not much. What would they steal, the
// surf schedule? ..."): the question only tells why, so the whole
// message is read, verdict first.
func openingVerdict(q *question, head string) bool {
	ss := sentences(head)
	return len(ss) >= 2 && q.headcount == nil && verdictOf(q, ss[0]) != ""
}

// opensWithWell reports a sentence that opens with "well": after a
// verdict, a second thought ("yes we could. well, not easily").
func opensWithWell(s string) bool {
	w := normalize(s)
	return len(w) > 0 && w[0] == "well"
}

// labelEcho is the option whose label an answer's opening clause
// repeats, or the middle for an opening that only says the middle ("A little, mostly the card reader" on reliance, whose lowest
// option reads "A little: basic tools"): owners echo the options they
// are shown, and the words, generic elsewhere, then mean that option. A
// label that is only a yes or no is no echo.
func labelEcho(q *question, text string) (string, bool) {
	// The opening clause alone first: most answers open on more words
	// than any label, and the rest need not be read.
	head, rest := text, ""
	if k := strings.IndexAny(text, ",.;:!?"); k >= 0 {
		if text[k] == '?' {
			return "", false // "Central to our plans? Not really": the label asked back
		}
		head, rest = text[:k], text[k+1:]
	}
	hw := normalize(head)
	if len(hw) == 0 || len(hw) > 5 {
		return "", false
	}
	rw := normalize(rest)
	if hasAnyPhrase(rw, mindChanges) || len(rw) > 0 && (rw[0] == "well" || exceptionOpeners[rw[0]]) {
		return "", false
	}
	opening := strings.Join(hw, " ")
	if v, ok := labelOf(q, opening); ok {
		return v, true
	}
	if q.graded && q.hedge != "" && middleOpenings[opening] && len(rw) > 0 {
		// "some, we'd like online booking but...": the reasons told, not
		// a bare "yes and no", which is asked.
		return q.hedge, true
	}
	return "", false
}

// middleOpenings are opening clauses that are the middle and nothing
// else: "Some.", "Somewhat,", "Yes and no.". Not "a bit" or "a little",
// the least on reliance.
var middleOpenings = wordSet("some", "somewhat", "moderately", "partly", "partially", "kind of", "sort of",
	"kinda", "sorta", "yes and no", "in between", "medium", "middling", "so so", "to some extent",
	"to some degree", "to an extent", "to a degree")

// weighedAgainstStory reports a reading m of text the rules took over
// words that read otherwise: a verdict sentence over its story, or
// growth after a "but" over the age before it ("been around 20 yrs but
// the last 2 have been a rocket"), a product core now over a plan to
// sell it on. The model, reading all the words
// alike, must not put it in doubt.
func weighedAgainstStory(q *question, text string, m answerMatch) bool {
	if v, ok := verdictSentence(q, text); ok && v == m.value {
		return true
	}
	w, cut := tokenize(text)
	if v, ok := middleByClauses(q, w, cut); ok && v == m.value {
		return true
	}
	if v, ok := concludedLabel(q, w, cut); ok && v == m.value {
		return true // "..., so I'd say quite a lot"
	}
	return q.ID == qStage && m.value == "scaling" && (ageButGrowth(q, w) || quietThenGrowth(w) || quietThenSpeed(w)) ||
		q.ID == qProducts && m.value == "core" && coreNowSoldLater(w) // the plan only sells it on
}

// exceptionOpeners open a sentence that qualifies or contradicts the
// verdict before it: "Fine. Except the ERP, which crashes daily", "A lot.
// Though honestly we have nothing to steal".
var exceptionOpeners = wordSet("but", "except", "though", "although", "however", "yet", "only", "apart",
	"still", "unless")

// exceptionPhrases name an exception anywhere in a later sentence: "the
// only problem is...".
var exceptionPhrases = [][]string{{"only", "problem"}, {"only", "issue"}, {"only", "thing"}, {"except"},
	{"apart", "from"}, {"other", "than"}, {"only", "trouble"}}

// qualifiedLater reports a sentence after an opening verdict that opens
// on a contrast or names an exception, unless it disowns it as no part of
// the systems ("The only problem is the power cuts, but that is the
// electric company"): the verdict is then qualified, not the answer
// alone.
func qualifiedLater(q *question, ss []string) bool {
	for _, s := range ss {
		w, cut := tokenize(s)
		if q.ID == qSystems && slices.Contains(backupDoubtClauses(clauses(w, cut)), true) {
			return true // "They work. I doubt the backups were ever tested."
		}
		if len(w) == 0 || !exceptionOpeners[w[0]] && !hasAnyPhrase(w, exceptionPhrases) {
			continue
		}
		disowned := false
		for i := range w {
			disowned = disowned || disowns(w, cut, i)
		}
		if !disowned {
			return true
		}
	}
	return false
}

// labelOf is the option whose label (before its colon) is words, unless
// the label is only a yes or no.
func labelOf(q *question, words string) (string, bool) {
	for _, o := range q.Options {
		label, _, _ := strings.Cut(o.Label, ":")
		lw := normalize(label)
		if !slices.ContainsFunc(lw, func(t string) bool { return !bareVerdictWords[t] }) {
			continue
		}
		if tail := strings.Join(labelTail(lw), " "); strings.Join(lw, " ") == words || tail != "" && (tail == words || "its "+tail == words) {
			return o.Value, true
		}
	}
	return "", false
}

// conclusionFillers open a concluding clause before its answer: "so I'd
// say quite a lot".
var conclusionFillers = wordSet("so", "id", "i", "would", "say", "think", "guess", "overall", "basically",
	"then", "honestly")

// concludedLabel is the option whose label a concluding last clause
// repeats ("..., not a week, so I'd say quite a lot"): the owner's own
// summary in the words of the options shown.
func concludedLabel(q *question, w []string, cut []bool) (string, bool) {
	last := -1
	for i := len(w) - 1; i > 0; i-- {
		if cut[i] {
			last = i
			break
		}
	}
	if last < 1 || !conclusionWords[w[last]] {
		return "", false
	}
	tail := w[last:]
	for len(tail) > 0 && conclusionFillers[tail[0]] {
		tail = tail[1:]
	}
	return labelOf(q, strings.Join(tail, " "))
}
