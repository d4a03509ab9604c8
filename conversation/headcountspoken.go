package conversation

import "slices"

// A number spoken in words spans several tokens ("seventy two", "two
// hundred and ten"); the checks that add a headcount's groups must read
// it as one number, or "Seventy-two on the payroll" adds up to 2 and
// "Twenty-eight, plus two" to 30 with the 20 and the 8 apart.

// spokenCountAt reads the number opening at w[i] and how many words it
// takes: "twenty eight" is 28 over two words, "two hundred and ten" 210
// over four. A number in digits takes one word.
func spokenCountAt(w []string, i int) (v, width int, ok bool) {
	v, ok = count(w[i])
	if !ok {
		return 0, 1, false
	}
	width = 1
	if u := unitAfterTens(w, i, v); u > 0 {
		v, width = v+u, 2
	}
	end := i + width - 1
	if end+1 < len(w) && w[end+1] != "k" {
		if m, isMul := multipliers[w[end+1]]; isMul && countWords[w[i]] > 0 {
			u, skip := tailAfterMultiplier(w, end+1, m)
			v, width = v*m+u, width+1+skip
		}
	}
	return v, width, true
}

// ceilingBefore reports whether an upper bound opens just before w[i]
// ("under thirty", "less than 40", "at most 12"): a ceiling on the
// count told, no group of its own to add.
func ceilingBefore(w []string, i int) bool {
	for _, b := range upperBounds {
		j := i - len(b)
		if j >= 0 && slices.Equal(w[j:i], b) {
			return true
		}
	}
	return false
}

// tradeCount reports whether the number at w[i] counts people by their
// trade ("14 music teachers", "22 driving instructors", "18
// carpenters"), not as the object of the firm's work ("we train 200
// drivers"). Larger than a group with a word for people ("and 2 of us
// in the office"), it is the headcount: the small group does not win
// for its people word alone.
func tradeCount(w []string, i int) bool {
	j := i + 1
	if j+1 < len(w) && thingModifier(w[j]) && !tradePlural(w[j]) {
		j++ // "music teachers", "care workers"; not "craftsmen in"
	}
	if j >= len(w) || !tradePlural(w[j]) && !personPlurals[w[j]] {
		return false
	}
	k := verbBeforeCount(w, i)
	return k < 1 || !(w[k-1] == "we" || w[k-1] == "i" || w[k-1] == "they") || countHoldVerbs[w[k]]
}

// largerTradeCount reports a count of people by their trade in c larger
// than n: beside it, the count n with its word for people ("two of us on
// the desk") is a part, and the description leaves the size to ask.
func largerTradeCount(c []string, n int) bool {
	for i, t := range c {
		if v, ok := count(t); ok && v > n && !isYear(t) && tradeCount(c, i) {
			return true
		}
	}
	return false
}
