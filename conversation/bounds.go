package conversation

import "slices"

// A headcount given by two bounds ("less than fifty but more than
// forty", "between 60 and 90") is a range, not two parts to add up: the
// option of both ends, or a choice between the two options it spans.

var (
	// lowerBounds open "more than 40", "over 40", "at least 40".
	lowerBounds = [][]string{{"more", "than"}, {"over"}, {"above"}, {"at", "least"}, {"upwards", "of"}, {"north", "of"}}
	// upperBounds open "less than 50", "under 50", "at most 50".
	upperBounds = [][]string{{"less", "than"}, {"fewer", "than"}, {"under"}, {"below"}, {"at", "most"}, {"up", "to"}}
)

// boundAt reads a bound opening at w[i]: its number (made strict for
// "more than" and "less than": 41, 49) and where it ends.
func boundAt(w []string, i int, bounds [][]string, step int) (n, end int, ok bool) {
	for _, b := range bounds {
		if i+len(b) >= len(w) || !slices.Equal(w[i:i+len(b)], b) {
			continue
		}
		j := i + len(b)
		if w[j] == "a" && j+1 < len(w) {
			j++ // "less than a dozen"
		}
		v, isNum := count(w[j])
		if m, isMul := multipliers[w[j]]; isMul && w[j] != "k" {
			v, isNum = m, true
		}
		if !isNum || isYear(w[j]) {
			return 0, 0, false
		}
		if len(b) == 2 && b[1] == "than" || len(b) == 1 {
			v += step
		}
		return v, j + 1, true
	}
	return 0, 0, false
}

// vagueTails after a number make it the least of a vague count:
// "forty-something", "thirty-odd", "two hundred and something".
var vagueTails = wordSet("something", "odd")

// somethingAt reads a vague count opening at w[i] ("forty something",
// "two hundred and something"): its number, a lower bound, and where it
// ends.
func somethingAt(w []string, i int) (n, end int, ok bool) {
	v, width, isNum := spokenCountAt(w, i)
	j := i + width
	if !isNum || isYear(w[i]) {
		return 0, 0, false
	}
	if j+1 < len(w) && w[j] == "and" {
		j++
	}
	if j >= len(w) || !vagueTails[w[j]] {
		return 0, 0, false
	}
	return v, j + 1, true
}

// boundedHeadcount finds a lower and an upper bound of a headcount in w.
func boundedHeadcount(w []string) (lo, hi int, ok bool) {
	haveLo, haveHi := false, false
	for i := 0; i < len(w); i++ {
		if w[i] == "between" && i+3 < len(w) && w[i+2] == "and" {
			a, okA := count(w[i+1])
			b, okB := count(w[i+3])
			if okA && okB && a < b {
				return a, b, true
			}
		}
		if v, end, found := somethingAt(w, i); found && !haveLo {
			lo, haveLo, i = v, true, end-1 // "forty-something, below 50": at least forty
			continue
		}
		if v, end, found := boundAt(w, i, lowerBounds, 1); found && !haveLo {
			lo, haveLo, i = v, true, end-1
			continue
		}
		if v, end, found := boundAt(w, i, upperBounds, -1); found && !haveHi {
			hi, haveHi, i = v, true, end-1
		}
	}
	return lo, hi, haveLo && haveHi && lo <= hi
}

// rangeHeadcount is the answer a bounded headcount gives q.
func rangeHeadcount(q *question, w []string) (answerMatch, bool) {
	lo, hi, ok := boundedHeadcount(w)
	if !ok {
		return edgeBound(q, w)
	}
	a, b := q.headcount(lo), q.headcount(hi)
	if a == b {
		return answerMatch{value: a, signal: true}, true
	}
	return answerMatch{candidates: pair(a, b), signal: true}, true
}

// edgeBound reads a lone lower or upper bound, the answer's only number,
// that sits at an option's edge ("just over 250", "more than 50"): past
// the edge as said, or the edge itself as loosely meant, so asked
// between the two. Elsewhere the bound's number reads as a headcount.
func edgeBound(q *question, w []string) (answerMatch, bool) {
	nums := 0
	for _, t := range w {
		if _, ok := count(t); ok {
			nums++
		}
	}
	if nums != 1 {
		return answerMatch{}, false
	}
	for i := range w {
		for _, b := range []struct {
			bounds [][]string
			step   int
		}{{lowerBounds, 1}, {upperBounds, -1}} {
			v, end, found := boundAt(w, i, b.bounds, b.step)
			if !found {
				continue
			}
			raw, _ := count(w[end-1])
			if c := pair(q.headcount(raw), q.headcount(v)); c != nil && raw > 0 && v > 0 {
				return answerMatch{candidates: c, signal: true}, true
			}
			return answerMatch{}, false
		}
	}
	return answerMatch{}, false
}
