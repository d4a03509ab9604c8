package conversation

import (
	"strconv"
	"strings"
	"unicode"
)

// normalize lowercases s, drops apostrophes (so "can't" is "cant") and
// thousands separators, turns other punctuation into spaces and returns
// the words.
func normalize(s string) []string {
	var b strings.Builder
	rs := []rune(strings.ToLower(s))
	for i, r := range rs {
		switch {
		case r == '\'' || r == '’':
		case r == ',' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			// "1,200" is one number.
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// isQuestionLike reports whether text reads as a question rather than an
// answer: it ends with "?" or starts with a question word.
func isQuestionLike(text string) bool {
	if strings.HasSuffix(strings.TrimSpace(text), "?") {
		return true
	}
	w := normalize(text)
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case "what", "whats", "why", "how", "who", "whos", "where", "explain", "tell", "define", "difference":
		return true
	}
	return false
}

// numberWords are option numbers typed as words.
var numberWords = map[string]int{
	"one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
}

// peopleWords mark a typed number as a headcount.
var peopleWords = map[string]bool{
	"people": true, "persons": true, "employees": true, "staff": true, "person": true,
	"of": true, "us": true, "fte": true, "ftes": true, "heads": true, "headcount": true,
}

// matchOption maps free text to an option of q. It returns false when the
// text maps to no option or to more than one equally well: the caller
// re-asks rather than guess.
func matchOption(q *question, text string) (option, bool) {
	w := normalize(text)
	if len(w) == 0 {
		return option{}, false
	}
	// Option numbers: "2", "option 2", "#2", "two".
	if n, ok := optionNumber(w); ok && n >= 1 && n <= len(q.Options) {
		return q.Options[n-1], true
	}
	// Headcounts: "35", "about 300 people", "we are 12".
	if q.headcount != nil {
		if n, ok := headcount(w, len(q.Options)); ok {
			o, found := q.optionByValue(q.headcount(n))
			return o, found
		}
	}
	best, bestLen, tie := -1, 0, false
	for i, o := range q.Options {
		l := longestKey(w, o)
		switch {
		case l == 0:
		case l > bestLen:
			best, bestLen, tie = i, l, false
		case l == bestLen:
			tie = true
		}
	}
	if best < 0 || tie {
		return option{}, false
	}
	return q.Options[best], true
}

// optionNumber recognises an answer that is only an option number.
func optionNumber(w []string) (int, bool) {
	if len(w) == 2 && (w[0] == "option" || w[0] == "number" || w[0] == "answer") {
		w = w[1:]
	}
	if len(w) != 1 {
		return 0, false
	}
	if n, ok := numberWords[w[0]]; ok {
		return n, true
	}
	n, err := strconv.Atoi(w[0])
	return n, err == nil
}

// headcount finds a number of people in w. A bare number that could be an
// option number (1..options) was taken as one by the caller; here it must
// be larger, or come with a word like "people".
func headcount(w []string, options int) (int, bool) {
	found, n := false, 0
	people := false
	for _, t := range w {
		t = strings.TrimSuffix(t, "+")
		if v, err := strconv.Atoi(strings.ReplaceAll(t, ",", "")); err == nil {
			if found {
				// Two numbers ("10 or 20"): take the larger; ranges count up.
				n = max(n, v)
				continue
			}
			found, n = true, v
			continue
		}
		if peopleWords[t] {
			people = true
		}
	}
	if !found || n < 1 {
		return 0, false
	}
	if n <= options && !people {
		return 0, false
	}
	return n, true
}

// longestKey returns the length in words of the longest key of o found in
// w (0: none). A key right after a negation ("not good", "no app") does
// not count, unless the key itself starts with one.
func longestKey(w []string, o option) int {
	best := 0
	try := func(key string) {
		k := normalize(key)
		if len(k) <= best || len(k) > len(w) {
			return
		}
		for i := 0; i+len(k) <= len(w); i++ {
			if !wordsMatch(w[i:i+len(k)], k) {
				continue
			}
			if i > 0 && negation[w[i-1]] && !negation[k[0]] {
				continue
			}
			best = len(k)
			return
		}
	}
	try(o.Label)
	for _, k := range o.Keys {
		try(k)
	}
	return best
}

var negation = map[string]bool{
	"not": true, "no": true, "never": true, "isnt": true, "arent": true, "dont": true, "doesnt": true, "without": true, "nor": true,
}

func wordsMatch(text, key []string) bool {
	for i := range key {
		if !wordMatch(text[i], key[i]) {
			return false
		}
	}
	return true
}

// wordMatch compares a typed word with a key word, forgiving typos: one
// edit for key words of 5 to 7 letters, two from 8 letters; shorter words
// ("cant" and "can") and numbers must be exact.
func wordMatch(typed, key string) bool {
	if typed == key {
		return true
	}
	n := len([]rune(key))
	allowed := 0
	switch {
	case n >= 8:
		allowed = 2
	case n >= 5:
		allowed = 1
	}
	if allowed == 0 || strings.ContainsAny(key, "0123456789") {
		return false
	}
	return editDistance(typed, key, allowed) <= allowed
}

// editDistance is the optimal string alignment distance (insertions,
// deletions, substitutions, adjacent transpositions) of a and b, or more
// than limit when it exceeds limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
