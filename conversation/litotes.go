package conversation

import (
	"regexp"
	"slices"
	"strings"
)

// Negated negatives and litotes. Denying the bottom of a scale ("it's
// not nothing", "not without its problems", "I'm not unconcerned") is a
// weak yes: the middle option, never the bottom its words name. A
// saying denied ("I wouldn't say we rely on it", "I'd not call them
// fine") or called a lie ("I'd be lying if I said no", "it'd be a
// stretch to call it tidy", "it's not like we're keeping up") denies
// what is said: a denied denial is its positive (weakened to the middle
// when only the saying is denied), and a denied end leaves the options
// beside it for the rest of the answer to choose between.

// litotesReading reads an answer that opens with a litotes or a framed
// saying; ok false for any other answer, or when the rest of the answer
// reads an option the opening ruled out (then it is read as it is).
func litotesReading(q *question, text string) (answerMatch, bool) {
	if q.headcount != nil || len(q.Options) != 3 {
		return answerMatch{}, false
	}
	first, rest := firstSentence(text)
	w, cut := tokenize(first)
	if len(w) == 0 {
		return answerMatch{}, false
	}
	mid := q.Options[1].Value
	if q.graded && q.hedge == mid && q.ID != qBudget && bottomDenied(w, cut) {
		if topDenied(w) || !hasAny(normalize(text), emphaticWords) {
			// "not nothing, not a lot either"; "It's not nothing. The
			// stock lives on the computer.": the understatement sets the
			// degree, what follows only tells where.
			return answerMatch{value: mid, signal: true}, true
		}
		// "It's not nothing, it's everything": the middle or the top.
		return narrowed(q, []string{mid, q.yes}, "", []string{mid}, rest)
	}
	strong, x, after, ok := sayingFramed(w, cut)
	if !ok {
		return answerMatch{}, false
	}
	if len(after) > 0 {
		rest = strings.Join(after, " ") + ". " + rest
	}
	if len(x) == 0 {
		if !strong {
			return answerMatch{}, false // "I can't say": not knowing, read as it is
		}
		// "I'd be kidding myself. We can barely pay ourselves.": the rest
		// tells what would be a lie.
		var all []string
		for _, o := range q.Options {
			all = append(all, o.Value)
		}
		return narrowed(q, all, "", all, rest)
	}
	if pos, ok := undenied(x); ok {
		// A denied denial: "I'd be lying if I said it wasn't the plan".
		v, elliptic := positiveReading(q, pos)
		switch {
		case v == "":
			return answerMatch{}, false
		case strong:
			// "I can't pretend it isn't": said outright, it stands
			// whatever the rest's words read.
			return answerMatch{value: v, signal: true}, true
		case v == mid:
			return narrowed(q, []string{mid}, mid, []string{mid}, rest)
		case elliptic:
			// "I'd not say no": the question's own yes, softened; the
			// rest may settle on the middle, else both are offered.
			return narrowed(q, []string{mid, v}, "", []string{mid}, rest)
		}
		// "Can't say it isn't a worry": the worry softened.
		return narrowed(q, []string{mid, v}, mid, []string{mid}, rest)
	}
	said := saidReading(q, x)
	if said == "" || !strong && hasAny(x, saidDegrees) {
		// "I wouldn't say it worries me much": a degree denied, read
		// as it is.
		return answerMatch{}, false
	}
	// "It'd be a stretch to call them fine": what is said is ruled out,
	// the rest chooses between the others.
	var others []string
	for _, o := range q.Options {
		if o.Value != said {
			others = append(others, o.Value)
		}
	}
	lean := ""
	if v := matchUncorrected(q, strings.Join(saidDenied(x), " "), nil).value; strong && v != said && slices.Contains(others, v) {
		lean = v // "it's not like we're keeping up": we're not
	}
	m, ok := narrowed(q, others, lean, others, rest)
	if !strong && m.value == "" && matchUncorrected(q, text, nil).value != said {
		// The rest settles nothing: read as it is, unless that is to
		// read what was denied ("I'd not call them fine").
		return answerMatch{}, false
	}
	return m, ok
}

// verbsToDeny take a "not" after them: "we're keeping up" is denied as
// "we're not keeping up".
var verbsToDeny = wordSet("is", "are", "was", "were", "am", "do", "does", "did", "have", "has", "can", "will",
	"its", "theyre", "im", "thats", "weve", "ive", "theyve", "would", "could")

// saidDenied is what is said with a "not" after its verb, or before it
// when it has none ("them fine": "not fine").
func saidDenied(x []string) []string {
	for i, t := range x {
		if verbsToDeny[t] {
			return slices.Concat(x[:i+1], []string{"not"}, x[i+1:])
		}
	}
	return append([]string{"not"}, x...)
}

// saidDegrees are degrees whose denial the plain reading weighs: "I
// wouldn't say we rely on it much" is little.
var saidDegrees = wordSet("much", "lot", "very", "too", "hugely", "massively", "particularly", "overly",
	"terribly", "especially", "that", "so", "big", "huge", "major", "serious")

// troubleEvaluations say how systems or data are in a word: "I wouldn't
// say they're bad", "I'd not call it tidy".
var (
	badEvaluations  = wordSet("bad", "terrible", "awful", "poor", "rubbish", "dreadful", "shocking", "horrible", "messy", "broken")
	goodEvaluations = wordSet("good", "great", "fine", "ok", "okay", "tidy", "brilliant", "perfect", "sorted", "smooth", "clean")
)

// saidReading is the option what is said reads as: its keys, or on a
// question of trouble a plain evaluation.
func saidReading(q *question, x []string) string {
	if v := matchUncorrected(q, strings.Join(x, " "), nil).value; v != "" || !q.trouble {
		return v
	}
	switch {
	case hasAny(x, badEvaluations) && !hasAny(x, goodEvaluations):
		return q.yes
	case hasAny(x, goodEvaluations) && !hasAny(x, badEvaluations):
		return q.no
	}
	return ""
}

// emphaticWords in what follows a litotes may carry it to the top: "not
// nothing, everything stops without it".
var emphaticWords = wordSet("everything", "completely", "totally", "entirely", "whole", "dead", "critical",
	"huge", "massive", "absolutely", "stop", "stops", "cant", "cannot", "disaster", "nightmare")

// narrowed reads rest within the options allowed: an option of rest
// among mayPick is taken, another allowed one leaves the allowed offered;
// with nothing read, lean is taken, or the allowed offered. ok is false
// when rest reads an option not allowed.
func narrowed(q *question, allowed []string, lean string, mayPick []string, rest string) (answerMatch, bool) {
	pick := ""
	if len(normalize(rest)) > 0 {
		r := matchPart(q, rest, nil)
		pick = r.value
		if pick == "" && len(r.candidates) > 0 {
			var in []string
			for _, c := range r.candidates {
				if slices.Contains(allowed, c) {
					in = append(in, c)
				}
			}
			if len(in) == 1 {
				pick = in[0]
			}
		}
	}
	if pick == q.Options[0].Value && !slices.Contains(allowed, pick) && slices.Contains(allowed, q.Options[1].Value) {
		if w, _ := tokenize(rest); topDenied(w) {
			pick = q.Options[1].Value // "not a huge one": the top denied, not the bottom told
		}
	}
	switch {
	case pick != "" && !slices.Contains(allowed, pick):
		return answerMatch{}, false
	case pick != "" && slices.Contains(mayPick, pick):
		return answerMatch{value: pick, signal: true}, true
	case pick == "" && lean != "":
		return answerMatch{value: lean, signal: true}, true
	case len(allowed) == 1:
		return answerMatch{value: allowed[0], signal: true}, true
	case len(allowed) == 2:
		return answerMatch{candidates: pair(allowed[0], allowed[1]), signal: true}, true
	}
	return answerMatch{}, false
}

// sentenceEnd is the end of an answer's first sentence.
var sentenceEnd = regexp.MustCompile(`[.!?;]+(?:\s|$)`)

// firstSentence splits text after its first sentence.
func firstSentence(text string) (first, rest string) {
	loc := sentenceEnd.FindStringIndex(text)
	if loc == nil {
		return text, ""
	}
	return text[:loc[0]], strings.TrimSpace(text[loc[1]:])
}

var (
	// bottomNames are the bottom of a scale, denied in a litotes.
	bottomNames = wordSet("nothing", "none", "zero", "nil", "nowt", "negligible", "insignificant", "trivial")
	// unNegatives are words negative by their prefix: "not unconcerned".
	unNegatives = wordSet("unconcerned", "unworried", "uninterested", "unimportant", "unaware", "unheard",
		"unknown", "untroubled", "unbothered", "unreasonable")
	// litotesTroubles follow "not without" in a litotes of trouble.
	litotesTroubles = wordSet("problems", "issues", "faults", "troubles", "hiccups", "quirks", "flaws", "headaches",
		"pain", "niggles", "wrinkles", "gremlins", "bumps", "risk", "risks", "worries", "concerns")
	// litotesTails may follow a denied bottom: "not nothing either".
	litotesTails = wordSet("either", "though", "mind", "really", "exactly", "i", "but", "and", "to", "at")
	litotesFill  = wordSet("its", "their", "some", "a", "few", "the", "odd", "bit", "of", "our", "own", "share")
)

// bottomDenied reports a litotes of the bottom in w: "not nothing",
// "not none", "not unconcerned", "not without its problems".
func bottomDenied(w []string, cut []bool) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "not" && w[i] != "isnt" && w[i] != "arent" {
			continue
		}
		n := w[i+1]
		switch {
		case bottomNames[n]:
			if i+2 == len(w) || cut[i+2] || litotesTails[w[i+2]] {
				return true
			}
		case unNegatives[n]:
			return true
		case n == "without":
			for j := i + 2; j < len(w) && j <= i+6; j++ {
				if litotesTroubles[w[j]] {
					return true
				}
				if !litotesFill[w[j]] {
					break
				}
			}
		}
	}
	return false
}

// topDenied reports the top of the scale denied beside the litotes:
// "not a lot", "not a disaster", "not central".
func topDenied(w []string) bool {
	for i, t := range w {
		if t != "not" || i+1 >= len(w) {
			continue
		}
		next := w[i+1 : min(i+3, len(w))]
		if hasAny(next, topEndWords) || hasAny(next, topDeniedWords) {
			return true
		}
	}
	return false
}

var (
	sayVerbs     = wordSet("say", "call", "claim")
	denyingAux   = wordSet("wouldnt", "cant", "cannot", "couldnt", "dont", "wont")
	plainAux     = wordSet("would", "could", "do", "id", "wed")
	lieWords     = wordSet("lie", "lying", "kidding", "fooling", "stretch", "fib", "pretending")
	lieSubjects  = wordSet("itd", "thatd", "id", "wed")
	pretendVerbs = wordSet("pretend", "claim")
	openFillers  = wordSet("honestly", "well", "look", "frankly", "oh", "i", "we", "mean")
	// lieLongSubjects open "it would be a lie", "I would be lying";
	// lieObjects follow the lie word ("kidding myself"); saidVerbs follow
	// "if I" ("if I said").
	lieLongSubjects = wordSet("it", "that", "i", "we")
	lieObjects      = wordSet("myself", "ourselves", "you", "it")
	saidVerbs       = wordSet("said", "say", "told", "called", "claimed")
	// topDeniedWords, denied, deny the top beside a litotes: "not a
	// disaster", "not critical".
	topDeniedWords = wordSet("disaster", "central", "critical", "priority", "crisis", "catastrophe", "everything",
		"completely")
)

// sayingFramed finds a framing of the first sentence w: a denied
// saying (weak: "I wouldn't say", "I'd not call", "can't say") or a
// saying called a lie (strong: "I'd be lying if I said", "it'd be a
// stretch to call", "I can't pretend", "it's not like"). It returns what
// is said (to the clause's end) and the words after it.
func sayingFramed(w []string, cut []bool) (strong bool, said, after []string, ok bool) {
	s := 0
	for s < len(w) && openFillers[w[s]] && s < 2 {
		s++
	}
	at := func(i int, set map[string]bool) bool { return i < len(w) && set[w[i]] }
	is := func(i int, word string) bool { return i < len(w) && w[i] == word }
	j := -1
	switch {
	case at(s, denyingAux) && at(s+1, sayVerbs):
		j = s + 2
	case at(s, plainAux) && s+1 < len(w) && w[s+1] == "not" && at(s+2, sayVerbs):
		j = s + 3
	case at(s, denyingAux) && at(s+1, pretendVerbs) && w[s] != "dont":
		strong, j = true, s+2
	case s+1 < len(w) && (w[s] == "no" || w[s] == "little") && w[s+1] == "point" && (is(s+2, "pretending") || is(s+2, "saying")):
		strong, j = true, s+3
	default:
		k := s
		if is(k, "its") || is(k, "thats") {
			k++
		} else if (is(k, "it") || is(k, "that")) && is(k+1, "is") {
			k += 2
		}
		if is(k, "not") && is(k+1, "like") {
			strong, j = true, k+2
			break
		}
		if is(k, "not") && is(k+1, "as") && (is(k+2, "if") || is(k+2, "though")) {
			strong, j = true, k+3
			break
		}
		if k, lie := lieFramed(w, s); lie {
			strong, j = true, k
		}
	}
	if j < 0 {
		return false, nil, nil, false
	}
	if j < len(w) && w[j] == "that" && !cut[j] {
		j++
	}
	end := j
	for end < len(w) && !cut[end] && !contrastWords[w[end]] &&
		!(end+1 < len(w) && (w[end] == "and" || w[end] == "or") && negScopeSubjects[w[end+1]]) {
		// To the clause's end, or another subject's: "I wouldn't say
		// we're growing and I wouldn't say we're shrinking".
		end++
	}
	if end > j && (w[j] == "for" || w[j] == "either") {
		return false, nil, nil, false // "can't say for sure", "can't say either way"
	}
	return strong, w[j:end], w[end:], true
}

// lieFramed reads "it'd be a lie to say", "I'd be lying if I said", "it
// would be a stretch to call", "I'd be kidding myself" at w[s], and
// returns where what is said starts.
func lieFramed(w []string, s int) (int, bool) {
	k := s
	switch {
	case k < len(w) && lieSubjects[w[k]]:
		k++
	case k+1 < len(w) && lieLongSubjects[w[k]] && w[k+1] == "would":
		k += 2
	default:
		return 0, false
	}
	if k >= len(w) || w[k] != "be" {
		return 0, false
	}
	k++
	if k < len(w) && w[k] == "a" {
		k++
	}
	if k >= len(w) || !lieWords[w[k]] {
		return 0, false
	}
	k++
	if k < len(w) && lieObjects[w[k]] {
		k++
	}
	switch {
	case k == len(w):
		return k, true // bare: "I'd be kidding myself."
	case w[k] == "to" && k+1 < len(w) && (sayVerbs[w[k+1]] || w[k+1] == "pretend"):
		return k + 2, true
	case w[k] == "if" && k+2 < len(w) && (w[k+1] == "i" || w[k+1] == "we") && saidVerbs[w[k+2]]:
		k += 3
		if k < len(w) && w[k] == "you" {
			k++
		}
		return k, true
	}
	return 0, false
}

// undoNegation is a negated verb's plain form.
var undoNegation = map[string]string{"isnt": "is", "arent": "are", "wasnt": "was", "werent": "were", "dont": "do",
	"doesnt": "does", "didnt": "did", "havent": "have", "hasnt": "has", "cant": "can", "wont": "will",
	"wouldnt": "would", "couldnt": "could", "aint": "is", "not": "", "no": "", "never": ""}

// undenied is what is said with its one negation taken out ("it isn't a
// worry" is "it is a worry"); ok false when it holds no negation or more
// than one.
func undenied(x []string) ([]string, bool) {
	k := -1
	for i, t := range x {
		if _, neg := undoNegation[t]; neg {
			if k >= 0 {
				return nil, false
			}
			k = i
		}
	}
	if k < 0 {
		return nil, false
	}
	out := slices.Clone(x[:k])
	if p := undoNegation[x[k]]; p != "" {
		out = append(out, p)
	}
	return append(out, x[k+1:]...), true
}

// ellipticWords say no more than the question's own proposition: "it
// is", "they are", "it was the plan".
var ellipticWords = wordSet("it", "its", "is", "was", "that", "thats", "they", "theyre", "are", "were", "we", "do",
	"does", "did", "i", "am", "im", "so", "true", "the", "case", "plan", "idea", "aim", "goal", "there", "theres",
	"will", "can", "have", "has", "one", "a")

// positiveReading is the reading of the undenied saying; elliptic when
// it names nothing of its own and stands for the question's yes.
func positiveReading(q *question, pos []string) (string, bool) {
	if hasOnly(pos, ellipticWords) {
		return q.yes, true
	}
	return matchUncorrected(q, strings.Join(pos, " "), nil).value, false
}

// litotesStands reports a reading m of text that is litotesReading's:
// the doubt and the model read the negations litotesReading weighed.
func litotesStands(q *question, text string, m answerMatch) bool {
	l, ok := litotesReading(q, text)
	return ok && (m.value != "" && l.value == m.value || m.value == "" && len(m.candidates) > 0 && slices.Equal(l.candidates, m.candidates))
}
