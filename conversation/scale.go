package conversation

import (
	"slices"
	"strconv"
	"strings"
)

// Answers given as a rating: "9 out of 10.", "a solid 2", "I'd give
// them a 3", "low single digits on my worry list", "1 in 4 chance". A
// rating that leads the answer, alone in its clause, is the answer; the
// words after it are its reason and change it only when they point the
// other way. Worry, reliance, priority and commitment go up with the
// options; on the systems and data questions a rating may be of their
// quality ("I'd give them a 9", "9 out of 10 clean"), which goes the
// other way, or of their trouble ("8 out of 10 on the mess scale"). A
// number that counts people or things ("9 out of 10 of our staff") is
// no rating.

// rating is a rating found in an answer's words.
type rating struct {
	f float64 // where on its scale, 0 to 1
	// end is the index after the rating's clause: its frame ("on the
	// worry list", "and rising") included.
	end int
	// dir: +1 the rating goes up with trouble, worry or reliance; -1 it
	// rates quality; -2 it is given by a verb alone ("I'd give them a
	// 9"); 0 not told.
	dir int
	// alone: the rating's clause says nothing else ("maybe a 2", not
	// "our defences are a 9"); lead: and it opens the answer.
	alone, lead bool
	// mildRest: the words after it tell trouble in mild words.
	mildRest bool
}

var (
	// ratingLeadIns may stand before a rating in its clause: "maybe a
	// 3", "I'd say a solid 8", "on a scale of 1 to 10, a 3".
	ratingLeadIns = wordSet("maybe", "about", "around", "roughly", "say", "id", "i", "would", "guess", "call",
		"it", "honestly", "a", "an", "solid", "strong", "good", "easy", "easily", "probably", "its", "were", "we",
		"are", "at", "like", "just", "only", "well", "so", "definitely", "realistically", "on", "scale", "of", "to",
		"from", "out", "put", "give", "gave", "rate", "rated", "score", "scored", "them", "us", "our", "the", "they",
		"theyre", "itd", "be", "me", "for", "myself", "firm", "clear", "generous", "tops", "max", "low", "high")
	// ratingTrail may follow a rating in its clause: "and rising", "sure".
	ratingTrail = wordSet("and", "rising", "climbing", "growing", "creeping", "up", "sure", "certain", "clean",
		"happy", "tops", "max", "at", "most", "best", "least", "maybe", "probably", "or", "so", "honestly",
		"really", "easily", "id", "i", "say", "guess", "for", "me", "us", "now", "today", "these", "days",
		"right", "overall", "by", "my", "count", "reckoning")
	// rateVerbs give a rating: "I'd give them a 9", "I'd score it a 2".
	rateVerbs = wordSet("give", "gave", "rate", "rated", "score", "scored", "grade", "mark")
	// qualityRated words rate how good something is: "9 out of 10 clean".
	qualityRated = wordSet("clean", "happy", "healthy", "quality", "shape", "tidy", "runs", "run", "running",
		"works", "working", "reliable")
	// troubleRated words name the scale of trouble, worry or need.
	troubleRated = wordSet("worry", "worries", "worried", "mess", "messy", "chaos", "chaotic", "pain", "headache",
		"headaches", "problem", "problems", "risk", "concern", "priority", "priorities", "commitment", "reliance",
		"dependence", "importance", "important", "need", "needs", "urgency", "urgent", "dread", "fear")
	// singleDigits qualify "single digits" as a small share.
	singleDigits = wordSet("low", "high", "mid", "the", "in")
)

// ratingIn finds the first rating in w.
func ratingIn(w []string, cut []bool) (rating, bool) {
	for i := range w {
		f, n, ok := ratingAt(w, cut, i)
		if !ok {
			continue
		}
		start := i
		for start > 0 && !cut[start] {
			start--
		}
		end, on := i+n, false
		for end < len(w) && !cut[end] && (ratingTrail[w[end]] || w[end] == "on" || on && end-i-n < 6) {
			on = on || w[end] == "on"
			end++
		}
		if n == 4 && w[i+1] == "in" && oddsOfEvent(w, cut, end) {
			// "1 in 4 chance we could do it this year": the odds of
			// what the question asks, told after them.
			for end < len(w) && !cut[end] {
				end++
			}
		}
		if end < len(w) && !cut[end] {
			continue // a count, not a rating: "9 out of 10 of our staff", "a 10 year old van"
		}
		clause := w[start:end]
		r := rating{f: f, end: end, alone: leadInOnly(w[start:i])}
		if n == 4 && w[i+1] == "in" && oddsDenied(w[start:i]) {
			r.f, r.alone = 0, true // "not a 1 in 10 chance we could afford that": less than that
		}
		r.lead = start == 0 && r.alone
		up, verb, good := hasAny(clause, troubleRated), hasAny(clause, rateVerbs), hasAny(clause, qualityRated)
		switch {
		case up && !verb && !good:
			r.dir = 1
		case !up && good:
			r.dir = -1
		case !up && verb:
			r.dir = -2 // rated by a verb only: quality on systems and data, the question's own scale elsewhere
		}
		return r, true
	}
	return rating{}, false
}

// oddsOfEvent reports the event after odds (w from i) told plainly:
// "we could fund it", "it ever matters to us"; not a harm ("we'd go
// under") nor a negation, whose odds go the other way.
func oddsOfEvent(w []string, cut []bool, i int) bool {
	if i >= len(w) || cut[i] {
		return false
	}
	j := i
	for j < len(w) && !cut[j] {
		j++
	}
	return !hasAny(w[i:j], negation) && !hasAny(w[i:j], oddsHarms)
}

// oddsDenied reports odds opened by their denial: "not a", "not even
// a", "there's not a".
func oddsDenied(lead []string) bool {
	lead = slices.DeleteFunc(slices.Clone(lead), func(t string) bool { return t == "theres" || t == "there" || t == "is" || t == "even" })
	return len(lead) == 2 && lead[0] == "not" && lead[1] == "a"
}

// oddsHarms are events whose odds go against the question's option.
var oddsHarms = wordSet("under", "bust", "broke", "fail", "fails", "lose", "losing", "lost", "close", "shut",
	"collapse", "sink", "ruin", "bankrupt", "wrong")

// leadInOnly reports that the words before a rating are lead-ins only.
func leadInOnly(w []string) bool {
	for _, t := range w {
		if !ratingLeadIns[t] && !isNumber(t) {
			return false
		}
	}
	return true
}

// ratingAt reads a rating starting at w[i], its value on a 0 to 1 scale
// and its length in words.
func ratingAt(w []string, cut []bool, i int) (float64, int, bool) {
	t := w[i]
	joined := func(k int) bool { return i+k < len(w) && !cut[i+k] }
	if t == "single" && joined(1) && (w[i+1] == "digits" || w[i+1] == "digit") && i > 0 && !cut[i] && singleDigits[w[i-1]] {
		return 0.05, 2, true // "low single digits": a few in a hundred
	}
	a, err := strconv.ParseFloat(t, 64)
	if err != nil || a < 0 {
		return 0, 0, false
	}
	// "8 out of 10", "8/10", "1 in 4 chance".
	j, odds := i+1, false
	switch {
	case joined(2) && w[i+1] == "out" && w[i+2] == "of":
		j = i + 3
	case joined(2) && w[i+1] == "in" && joined(3) && (w[i+3] == "chance" || w[i+3] == "odds" || w[i+3] == "shot"):
		j, odds = i+2, true
	}
	if j < len(w) && !cut[j] {
		if b, err := strconv.Atoi(w[j]); err == nil && a <= float64(b) && (odds && b > 1 || b == 5 || b == 10 || b == 100) {
			n := j - i + 1
			if odds {
				n++
			}
			return a / float64(b), n, true
		}
	}
	// "a 9", "a solid 2": a mark out of ten, where the words after it
	// are no thing counted.
	if i > 0 && !cut[i] && a <= 10 && !strings.Contains(t, "%") {
		k := i - 1
		if k > 0 && !cut[k] && (w[k] == "solid" || w[k] == "strong" || w[k] == "firm" || w[k] == "clear" || w[k] == "generous" || w[k] == "low" || w[k] == "high") {
			k--
		}
		if w[k] == "a" || w[k] == "an" {
			return a / 10, 1, true
		}
	}
	return 0, 0, false
}

// ratedReading is what a rating says of q alone: an option, or two.
func (q *question) ratedReading(r rating, troubleDir int) (string, []string) {
	f := r.f
	if q.trouble && troubleDir < 0 {
		f = 1 - f
	}
	switch {
	case f >= 0.8:
		return q.yes, nil
	case f <= 0.3:
		return q.no, nil
	case f >= 0.4 && f <= 0.6:
		return q.hedge, nil
	case f < 0.4:
		return "", pair(q.no, q.hedge)
	}
	return "", pair(q.hedge, q.yes)
}

// leadingRating reads an answer that opens with a rating (see rating):
// the rating, with the rest's words as its reason. ok is false when
// there is none, or the rating's direction is not told and the rest
// does not tell it.
func leadingRating(q *question, w []string, cut []bool) (answerMatch, bool) {
	if !q.graded || q.yes == "" || q.hedge == "" {
		return answerMatch{}, false
	}
	r, ok := ratingIn(w, cut)
	if !ok || !r.lead {
		return answerMatch{}, false
	}
	switch {
	case !q.trouble && r.dir == -2:
		r.dir = 1 // "I'd give it a 9" on the worry question rates the worry
	case !q.trouble && r.dir < 0:
		return answerMatch{}, false // "9 out of 10 happy" of the worry: not told
	}
	r.mildRest = hasAny(w[r.end:], mildWords)
	return ratedWithRest(q, r, restReading(q, w[r.end:], cut[r.end:]))
}

// ratedWithRest is rating r read with the reading of the words after it.
// The rating tells the degree: a reason that reads the middle leaves an
// end rating standing; one that reads the other end asks.
func ratedWithRest(q *question, r rating, rest answerMatch) (answerMatch, bool) {
	dir := r.dir
	if q.trouble && dir == 0 && (r.f < 0.4 || r.f > 0.6) {
		// A rating of the systems that the rest tells trouble of, or
		// none of: their quality.
		low := r.f <= 0.3 && (rest.value == q.yes || rest.value == q.hedge && !r.mildRest)
		high := r.f >= 0.8 && rest.value == q.no
		if !low && !high {
			return answerMatch{}, false
		}
		dir = -1
	}
	v, cands := q.ratedReading(r, dir)
	switch {
	case v == "":
		if slices.Contains(cands, rest.value) {
			return answerMatch{value: rest.value, signal: true}, true
		}
		if rest.value == "" && len(rest.candidates) == 0 {
			return answerMatch{candidates: cands, signal: true}, true
		}
		return answerMatch{}, false
	case rest.value == v, rest.value == "" && (len(rest.candidates) == 0 || slices.Contains(rest.candidates, v)):
		return answerMatch{value: v, signal: true}, true
	case v != q.hedge && rest.value == q.hedge:
		// "8 out of 10 and rising. Two of our competitors got hit":
		// the reason reads the middle; the rating told the degree.
		return answerMatch{value: v, signal: true}, true
	case rest.value != "":
		return answerMatch{candidates: pair(v, rest.value), signal: true}, true
	}
	return answerMatch{candidates: pair(v, q.hedge), signal: true}, true
}

// ratedTold reads a rating on the systems or data question whose
// direction the answer tells ("I'd give them a 9", "an 8 on the mess
// scale") where the words said nothing, or could not choose between two
// options the rating picks; a mid rating against an end the words read
// asks.
func ratedTold(q *question, w []string, cut []bool, m answerMatch) (answerMatch, bool) {
	if !q.trouble {
		return m, false
	}
	r, ok := ratingIn(w, cut)
	if !ok || r.dir == 0 {
		return m, false
	}
	v, cands := q.ratedReading(r, r.dir)
	switch {
	case m.value == "" && len(m.candidates) == 0:
		return answerMatch{value: v, candidates: cands, signal: true}, true
	case m.value == "" && v != "" && slices.Contains(m.candidates, v):
		return answerMatch{value: v, signal: true}, true
	case m.value != "" && v == q.hedge && m.value != q.hedge:
		return answerMatch{candidates: pair(m.value, v), signal: true}, true
	}
	return m, false
}

// mildWords make trouble small: "a few small niggles" beside a 2 may
// rate the need for work, not the systems.
var mildWords = wordSet("few", "small", "minor", "little", "bit", "niggle", "niggles", "tiny", "odd")

// restReading reads the words after a leading rating.
func restReading(q *question, w []string, cut []bool) answerMatch {
	if len(w) == 0 {
		return answerMatch{}
	}
	if v, ok := toldWhole(q, w, cut); ok {
		return answerMatch{value: v, signal: true}
	}
	return readWords(q, w, cut)
}

// hypotheticalBesideRating reports a hypothetical word ("I'd", "would")
// in w that does not give a rating: the "I'd" of "I'd give it a 2" tells
// how the owner rates, not a trouble that might come.
func hypotheticalBesideRating(w []string) bool {
	for i, t := range w {
		if !hypothetical[t] {
			continue
		}
		next := w[i+1 : min(len(w), i+3)]
		if !hasAny(next, rateVerbs) {
			return true
		}
	}
	return false
}
