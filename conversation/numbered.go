package conversation

import "slices"

// numberedAnswer reads an answer given as a number: an option number
// ("2", "option 2", "the second one"), or for the size question a
// headcount ("35", "about 300 people", "we are 12"). It reports false
// when the number, if any, is neither, and the words are read instead.
func numberedAnswer(q *question, text string, w []string, cut []bool, narrow []string) (answerMatch, bool) {
	// Option numbers: "2", "option 2", "#2", "two", "the second one".
	if n, ok := optionNumber(w); ok {
		switch {
		case len(narrow) == 0 && q.headcount != nil && n >= 1 && n <= len(q.Options) &&
			(hasSymbols(text) || len(w) == 1 && countWords[w[0]] == n):
			// "3 🌸", or "Four." spelled out as a count: the option of
			// that number, or that many people?
			if c := pair(q.Options[n-1].Value, q.headcount(n)); c != nil {
				return answerMatch{candidates: c, signal: true}, true
			}
			return answerMatch{value: q.headcount(n), signal: true}, true
		case len(narrow) > 0 && n >= 1 && n <= len(narrow):
			return answerMatch{value: narrow[n-1], signal: true}, true
		case len(narrow) > 0:
			return answerMatch{}, true // only the options shown count
		case n >= 1 && n <= len(q.Options):
			return answerMatch{value: q.Options[n-1].Value, signal: true}, true
		}
	}
	// Headcounts: "35", "about 300 people", "we are 12"; a headcount
	// that changes with the seasons across two options is one of them.
	if q.headcount != nil {
		w, cut = withoutParts(w, cut)
		if lo, hi, ok := seasonalCounts(w); ok && q.headcount(lo) != q.headcount(hi) {
			return answerMatch{candidates: pair(q.headcount(lo), q.headcount(hi)), signal: true}, true
		} else if ok {
			// "12 of us on staff, we bring in 40 casuals on exam days":
			// temps or casuals beside the staff are no sum to take
			// unasked; the larger count or the sum.
			if n, summed := summedHeadcount(w, cut); summed && q.headcount(n) != q.headcount(hi) {
				return answerMatch{candidates: pair(q.headcount(hi), q.headcount(n)), signal: true}, true
			}
			// "Ninety in summer, seventy-five in winter": one option
			// all year.
			return answerMatch{value: q.headcount(hi), signal: true}, true
		}
		if n, ok := totalOfParts(w); ok {
			return answerMatch{value: q.headcount(n), signal: true}, true // "~160 (115 faculty, 45 staff)"
		}
		if n, ok := markedTotal(w); ok {
			return answerMatch{value: q.headcount(n), signal: true}, true // "seventy all in, forty full time"
		}
		if m, ok := rangeHeadcount(q, w); ok {
			return m, true
		}
		if n, ok := summedHeadcount(w, cut); ok {
			return answerMatch{value: q.headcount(n), signal: true}, true
		}
		if n, ok := headcount(w, len(q.Options)); ok {
			return answerMatch{value: q.headcount(n), signal: true}, true
		}
	}
	return answerMatch{}, false
}

// wholeOfWords after "N of" make N a part of a group counted before it:
// "62 on payroll, 41 of them in the warehouses". Not "us": "120 bikes a
// month and 7 of us" counts the whole team. "that" is the total just
// told: "about 90, the office is maybe 15 of that".
var wholeOfWords = wordSet("them", "whom", "those", "these", "that")

// countedPart is how many words from w[i] tell a part of a group told
// before ("40 of them", "two of the partners", "four of the staff"), 0
// when w[i] starts none.
func countedPart(w []string, i int) int {
	switch {
	case i+2 < len(w) && w[i+1] == "of" && wholeOfWords[w[i+2]]:
		return 3
	case i+3 < len(w) && w[i+1] == "of" && w[i+2] == "the" && (peopleWords[w[i+3]] || ownerWords[w[i+3]]) && w[i+3] != "of":
		return 4
	}
	return 0
}

// splitRests name the rest of a total split: "28 are weavers, the rest
// dye".
var splitRests = wordSet("rest", "remainder", "others")

// restSplit reports a count told as what part of a total is ("28 are
// weavers") with the rest of it named after.
func restSplit(w []string, i int) bool {
	return i+1 < len(w) && (w[i+1] == "are" || w[i+1] == "is") && hasAny(w[i+2:], splitRests)
}

// withoutParts drops each "N of them" that follows a larger number: a
// part of the headcount already told, neither a second group to add nor
// a count of its own.
func withoutParts(w []string, cut []bool) ([]string, []bool) {
	largest := 0
	for i := 0; i < len(w); i++ {
		n, ok := count(w[i])
		if !ok || isYear(w[i]) || i+1 < len(w) && unitWords[w[i+1]] {
			continue // "35 years but only 3 of us": no group of people
		}
		width := countedPart(w, i)
		if width == 0 && restSplit(w, i) {
			width = 1 // "40 workers, 28 are weavers, the rest dye and wash"
		}
		if n < largest && width > 0 {
			cw := append(slices.Clone(cut[:i]), cut[i+width:]...)
			if i < len(cut) && cut[i] && i < len(cw) {
				cw[i] = true // the part opened a clause: the rest still does
			}
			w = append(slices.Clone(w[:i]), w[i+width:]...)
			cut = cw
			i--
			continue
		}
		largest = max(largest, n)
	}
	return w, cut
}
