package conversation

import (
	"slices"
	"strings"
	"unicode"
)

// Informal writing read as plain words: emoji, dialect and texting
// spellings, and fillers that carry no answer ("ngl", "lol", "honestly").

// emojiWords replace emoji before a text is split into words. Thumbs and
// the OK hand become words of their own: on a question whose yes is
// trouble ("do your systems need work?") a thumbs up could be "yes" or
// "all good"; see thumbsOnly.
var emojiWords = strings.NewReplacer(
	"👍", " thumbsup ", "👎", " thumbsdown ", "👌", " okhand ",
	"💯", " 100% ", "🤷", " dunno ", "🙅", " no ", "❌", " no ", "✅", " yes ", "✔", " yes ",
	"😱", " shockedface ", "🐣", " brand new ", "🐥", " brand new ", "📈", " growing ", "📉", " shrinking ",
	"😂", " ", "🤣", " ",
)

// dialectWords are spellings read as the plain word: Scots, texting,
// slang.
var dialectWords = map[string][]string{
	"aye": {"yes"}, "nae": {"no"}, "cannae": {"cant"}, "canna": {"cant"}, "dinnae": {"dont"},
	"didnae": {"didnt"}, "isnae": {"isnt"}, "wouldnae": {"wouldnt"}, "couldnae": {"couldnt"},
	"wisnae": {"wasnt"}, "wee": {"little"}, "ofc": {"of", "course"}, "deffo": {"definitely"},
	"defo": {"definitely"}, "nowt": {"nothing"}, "owt": {"anything"}, "lowkey": {"kind", "of"},
	"ur": {"your"}, "u": {"you"}, "r": {"are"},
	"thx": {"thanks"}, "cos": {"because"}, "coz": {"because"}, "bc": {"because"},
	// Third person and "ain't" read as the first person's words: "she
	// doesn't know", "we ain't worried".
	"doesnt": {"dont"}, "aint": {"not"}, "lekker": {"great"},
	// Mock-archaic: "nay", "'tis", "doth".
	"nay": {"no"}, "yea": {"yes"}, "doth": {"does"}, "hath": {"has"}, "tis": {"its"}, "thou": {"you"},
	"thee": {"you"}, "thy": {"your"}, "ye": {"you"}, "naught": {"nothing"}, "nought": {"nothing"},
}

// fillers carry no answer and are dropped ("ngl it's just me", "couldn't
// honestly say").
var fillerWords = wordSet("ngl", "tbh", "tbf", "fr", "lol", "lmao", "haha", "hahaha", "ha", "hah", "honestly",
	"frankly", "literally", "tho", "oh", "um", "umm", "uh", "erm", "hmm", "mate", "innit", "imo", "imho",
	"verily", "forsooth", "prithee", "alas", "hark",
	// Malaysian and Singaporean particles: "no lah", "ok lor".
	"lah", "la", "leh", "lor")

// laughWords are fillers that end the clause they follow: "no lol".
var laughWords = wordSet("lol", "lmao", "haha", "hahaha", "ha", "hah")

// laughEnds reports a laugh at words[i] that closes its clause as a full
// stop would ("no lol every penny goes on stock"): not before a word
// that joins the clauses as the owner typed them ("doesnt need
// computers lol but bookings are online").
func laughEnds(words []string, i int) bool {
	if !laughWords[words[i]] || i == 0 {
		return false
	}
	return i+1 >= len(words) || !contrastWords[words[i+1]] && !joinWords[words[i+1]]
}

// informal rewrites the words of tokenize: dialect spellings become the
// plain words and fillers go, a clause break before a dropped word
// passing to the next.
func informal(words []string, cut []bool) ([]string, []bool) {
	var w []string
	var c []bool
	carry := false
	skip := 0
	for i, t := range words {
		if skip > 0 {
			skip--
			continue
		}
		rep, n := spokenOut(words, cut, i)
		if n == 0 {
			if fillerWords[t] && len(words) > 1 {
				carry = carry || cut[i] || laughEnds(words, i)
				continue
			}
			rep, n = plainWords(t, w), 1
		}
		for j, r := range rep {
			w = append(w, r)
			c = append(c, j == 0 && (cut[i] || carry) && len(w) > 1)
		}
		carry, skip = false, n-1
	}
	// "if not, it's just me": the elided clause ends there, and its
	// negation reaches no further.
	for i := 2; i < len(w); i++ {
		if w[i-2] == "if" && (w[i-1] == "not" || w[i-1] == "so") {
			c[i] = true
		}
		// "no not really its all in sage": the opening denial is a whole
		// answer typed without its comma; the clause after is another.
		if w[i-2] == "not" && w[i-1] == "really" && (i == 2 || i == 3 && bareNo[w[0]]) && denialEnders[w[i]] {
			c[i] = true
		}
	}
	return w, c
}

// bareNo open an answer before "not really": "no", "nah", "nope".
var bareNo = wordSet("no", "nah", "nope", "naw")

// denialEnders start a clause after a bare "no not really": "its all in
// sage", "everything is in the one system".
var denialEnders = wordSet("its", "it", "everything", "we", "were", "our", "thats", "theyre", "i", "im", "ive")

// plainWords are the plain words of t, a dialect spelling or not; prev
// are the words before it.
func plainWords(t string, prev []string) []string {
	rep, ok := dialectWords[t]
	switch {
	case t == "probs" && len(prev) > 0 && prev[len(prev)-1] == "no":
		return []string{"problems"} // "no probs"
	case t == "odd" && len(prev) > 0 && isNumber(prev[len(prev)-1]):
		return nil // "40-odd spreadsheets": about 40, not "the odd" one
	case t == "probs":
		return []string{"probably"}
	case yaAsYou(t, prev):
		return []string{"you"} // "couldn't tell ya"
	case !ok && archaicVerb(t) != "":
		return []string{archaicVerb(t)} // "keepeth": keep
	case ishWords[t] != "":
		return []string{"a", "bit", ishWords[t]} // "slowish": a bit slow
	case t == "bit" && (len(prev) == 0 || len(prev) == 1 && openingWords[prev[0]]):
		// "bit worried tbh", "yeah bit slow": the phone's "a bit",
		// opening the answer.
		return []string{"a", "bit"}
	case !ok:
		return []string{t}
	}
	return rep
}

// archaicVerb is the plain verb of an archaic third person ("keepeth",
// "runneth"), or "": the stem must be a word the keys know.
func archaicVerb(t string) string {
	stem, ok := strings.CutSuffix(t, "eth")
	if !ok || len(stem) < 3 {
		return ""
	}
	if n := len(stem); n > 3 && stem[n-1] == stem[n-2] && !vocabulary[stem] {
		stem = stem[:n-1] // "runneth": run
	}
	if vocabulary[stem] || vocabulary[stem+"s"] {
		return stem
	}
	return ""
}

// ishWords are words softened by "-ish", with the word they soften.
var ishWords = map[string]string{"slowish": "slow", "oldish": "old", "newish": "new", "smallish": "small",
	"biggish": "big", "largish": "large", "youngish": "young", "quickish": "quick", "okish": "ok",
	"goodish": "good", "messyish": "messy", "patchyish": "patchy", "clunkyish": "clunky", "tightish": "tight",
	"earlyish": "early", "oldfashionedish": "old fashioned", "creakyish": "creaky", "dodgyish": "dodgy"}

// homophones are the words voice-to-text writes for others: "sum pane
// points", "know issues".
var homophones = map[string]string{"sum": "some", "pane": "pain", "panes": "pains"}

// noAfterKnow are the words after which a clause-opening "know" is a
// dictated "no" ("know issues with data", "know idea").
var noAfterKnow = wordSet("issues", "issue", "problems", "problem", "idea", "worries", "concerns", "way",
	"chance", "plans", "budget", "money", "complaints")

// spokenOut rewrites the words at i that do not mean what they say: a
// homophone, "can barely" (can't), or "too tired to innovate", which
// denies the verb ("tired, not innovate"). It returns the words and how
// many it read.
func spokenOut(w []string, cut []bool, i int) ([]string, int) {
	t := w[i]
	if h, ok := homophones[t]; ok {
		return []string{h}, 1
	}
	// "we can barely pay", "could hardly afford": can't, near enough.
	if (t == "can" || t == "could") && i+1 < len(w) && !cut[i+1] && (w[i+1] == "barely" || w[i+1] == "hardly") {
		return []string{"cant"}, 2
	}
	// "not trying to be the first": the negation reaches past the
	// intent to what is intended ("not be the first").
	if (t == "not" || t == "never") && i+2 < len(w) && intentWords[w[i+1]] && w[i+2] == "to" && !cut[i+1] && !cut[i+2] {
		return []string{t}, 3
	}
	// "far from perfect", "far from fine": a denial of what follows. Not
	// "far from here", "far from the coast": places.
	if t == "far" && i+2 < len(w) && w[i+1] == "from" && !cut[i+1] && !cut[i+2] && !farPlaces[w[i+2]] {
		return []string{"not"}, 2
	}
	// "just past the startup phase", "out of the start-up stage": no
	// longer a start-up.
	if (t == "past" || t == "beyond" || t == "outgrown") && i+2 < len(w) && w[i+1] == "the" && startWords[w[i+2]] {
		return []string{"not", "a"}, 2
	}
	// Pidgin "we fit manage": can, before a verb.
	if t == "fit" && i+1 < len(w) && !cut[i+1] && fitVerbs[w[i+1]] {
		return []string{"can"}, 1
	}
	// "e slow small", "slowish": a softener after the word it softens.
	if i+1 < len(w) && !cut[i+1] && w[i+1] == "small" && (i+2 == len(w) || cut[i+2]) && !notSoftened[t] {
		return []string{"a", "bit", t}, 2
	}
	if rep, ok := quantityWord(w, cut, i); ok {
		return rep, 1
	}
	if t == "know" && (i == 0 || cut[i]) && i+1 < len(w) && noAfterKnow[w[i+1]] {
		return []string{"no"}, 1
	}
	if t == "too" && i+3 < len(w) && w[i+2] == "to" && !cut[i+1] && !cut[i+2] && !cut[i+3] &&
		w[i+1] != "much" && w[i+1] != "many" && w[i+1] != "early" {
		return []string{w[i+1], "not", w[i+3]}, 4
	}
	return nil, 0
}

// intentWords stand between a negation and what it denies: "not
// trying to", "not out to", "not looking to".
var intentWords = wordSet("trying", "out", "aiming", "looking", "planning", "going", "setting", "seeking")

// fitVerbs follow a pidgin "fit" that means can: "we fit manage".
var fitVerbs = wordSet("manage", "cope", "survive", "do", "go", "run", "work", "try", "pay", "afford", "carry",
	"use", "wait", "start")

// notSoftened are words a closing "small" describes rather than softens:
// "we're small", "still small", "keep it small".
var notSoftened = wordSet("is", "are", "were", "was", "am", "be", "its", "it", "im", "we", "they", "theyre",
	"very", "too", "quite", "so", "really", "pretty", "fairly", "still", "relatively", "stay", "stayed", "keep",
	"remain", "the", "a", "our", "my", "and", "but", "too", "team", "company", "business", "firm", "shop",
	"not", "tiny", "always", "staying", "start", "started", "think", "dream")

// thumbWords are the emoji words of a thumbs up or down and the OK hand.
var thumbWords = wordSet("thumbsup", "thumbsdown", "okhand")

// thumbsOnly reads an answer of emoji alone to a question whose yes is
// trouble ("do your systems need work?"): a thumbs up may be "yes" or
// "all good", a thumbs down "no" or "bad", so it is one of the two; the
// OK hand is all good.
func thumbsOnly(q *question, w []string) (answerMatch, bool) {
	if len(w) == 0 || slices.ContainsFunc(w, func(t string) bool { return !thumbWords[t] }) {
		return answerMatch{}, false
	}
	if slices.Contains(w, "okhand") && !slices.Contains(w, "thumbsdown") {
		return answerMatch{value: q.no, signal: true}, true
	}
	return answerMatch{candidates: pair(q.no, q.yes), signal: true}, true
}

// dropThumbs removes the emoji words from an answer with words: "running
// well 👍" is read as "running well".
func dropThumbs(w []string, cut []bool) ([]string, []bool) {
	var ow []string
	var oc []bool
	for i, t := range w {
		if !thumbWords[t] {
			ow, oc = append(ow, t), append(oc, cut[i] && len(ow) > 0)
		}
	}
	return ow, oc
}

// scored maps a score (0 to 1: "6/10", "80%") to an option of a graded
// question: the no, hedge and yes roles by thirds, one of two between
// them. Where a yes is trouble, a high score may be of the trouble or of
// how well things go: only the middle is clear.
func (q *question) scored(f float64) (string, []string) {
	if q.trouble && (f < 0.4 || f > 0.6) {
		return "", pair(q.no, q.yes)
	}
	return q.byThirds(f)
}

// gradedAs maps a grade of how well things go (0 bad to 1 good: "an F",
// "B minus"): unlike a score, its direction is clear, so on a question
// whose yes is trouble a good grade is the no.
func (q *question) gradedAs(g float64) (string, []string) {
	if q.trouble {
		g = 1 - g
	}
	return q.byThirds(g)
}

// byThirds maps a fraction to the no, hedge and yes roles by thirds, one
// of two between them.
func (q *question) byThirds(f float64) (string, []string) {
	switch {
	case f >= 0.4 && f <= 0.6:
		return q.hedge, nil
	case f <= 0.3:
		return q.no, nil
	case f >= 0.7:
		return q.yes, nil
	case f < 0.4:
		return "", pair(q.no, q.hedge)
	}
	return "", pair(q.hedge, q.yes)
}

// hasSymbols reports whether text holds a symbol such as an emoji.
func hasSymbols(text string) bool {
	return strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.So, r) })
}

// quantityWord reads a quantity that answers like a yes or no: "0
// products" is "no products" and a lone "0" ("R&D budget: 0") is
// "zero"; in a split ("0 products, 100% services") "100% services" is
// "all services", not a "100%" yes.
func quantityWord(w []string, cut []bool, i int) ([]string, bool) {
	t := w[i]
	next := ""
	if i+1 < len(w) && !cut[i+1] {
		next = w[i+1]
	}
	switch {
	case (t == "0" || t == "zero" || t == "0%") && next != "" && !isNumber(next) && !quantityJoiners[next]:
		return []string{"no"}, true
	case (t == "0" || t == "0%") && len(w) > 1:
		return []string{"zero"}, true // a lone "0" is no option number
	case strings.HasSuffix(t, "%") && next != "" && !isNumber(next) && !quantityJoiners[next] && quantities(w) >= 2:
		if t == "100%" {
			return []string{"all"}, true
		}
		return []string{"part"}, true
	}
	return nil, false
}

// quantityJoiners after a number make it no quantity of a thing: "0 in
// the budget", "100% of the time", "100% yes", "up 60% this year".
var quantityJoiners = wordSet("in", "of", "on", "for", "to", "at", "yes", "no", "sure", "percent", "out", "or", "and",
	"this", "last", "a", "per", "since", "year", "yoy", "annually")

// quantities counts the numbers and percentages of w.
func quantities(w []string) int {
	n := 0
	for _, t := range w {
		if isNumber(t) || strings.HasSuffix(t, "%") && isNumber(strings.TrimSuffix(t, "%")) {
			n++
		}
	}
	return n
}

// letterGrades are school grades as how well something goes.
var letterGrades = map[string]float64{"a": 0.95, "b": 0.75, "c": 0.5, "d": 0.3, "e": 0.15, "f": 0.05}

// letterGrade reads a school grade given as a rating: "an F", "grade A",
// "B minus", "a C+". A lone "a" is an article unless "grade" or "plus"
// or "minus" is next to it.
func letterGrade(w []string, cut []bool) (float64, bool) {
	for i, t := range w {
		g, ok := letterGrades[t]
		if !ok {
			continue
		}
		prev, next := "", ""
		if i > 0 && !cut[i] {
			prev = w[i-1]
		}
		if i+1 < len(w) && !cut[i+1] {
			next = w[i+1]
		}
		marked := prev == "grade" || next == "grade" || next == "minus" || next == "plus"
		lone := next == "" && (i == 0 || cut[i] || prev == "an" || prev == "a" || prev == "solid" || prev == "maybe")
		if !marked && (t == "a" || !lone) {
			continue
		}
		switch next {
		case "minus":
			g -= 0.1
		case "plus":
			g += 0.1
		}
		return g, true
	}
	return 0, false
}

// openingWords may stand before a phone's "bit": "yeah bit slow".
var openingWords = wordSet("yes", "yeah", "yep", "no", "nah", "ok", "okay", "well", "hmm")

// farPlaces after "far from" make it a distance, not a denial.
var farPlaces = wordSet("here", "the", "our", "town", "home", "them", "us", "everyone")

// startWords name the start-up stage: "past the startup phase".
var startWords = wordSet("startup", "start", "seed", "early")
