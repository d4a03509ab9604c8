package conversation

// Numbers of a size answer that count nobody: a figure of speech ("on a
// Friday night it feels like thirty"), a wish ("I wish it were twenty",
// "if only we were thirty"), the few left out of the rest ("thirty-five,
// and all but six are engineers") or the count before the owner is added
// ("ten guys, eleven with me"). Each sits beside the real count and, read
// as one, took the wrong option; with no other count beside it, the
// number is still read ("feels like 40 of us now" is an estimate).

var (
	// feelVerbs before "like" make the number after it a figure: "it
	// feels like thirty", "seems more like fifty".
	feelVerbs = wordSet("feel", "feels", "felt", "seem", "seems", "seemed")
	// wishWords before a number make it a count wished for.
	wishWords = wordSet("wish", "wished", "wishing")
	// exceptWords after "all" leave the number after them out of the
	// rest: "all but six", "all bar two", "all except four".
	exceptWords = wordSet("but", "bar", "except", "save")
	// allWords stand before an except word for the whole: "all but six".
	allWords = wordSet("all", "everyone", "everybody")
	// ownerAdded after a later count say it adds the owner to the count
	// before: "ten guys, eleven with me".
	ownerAdded = wordSet("with", "including", "counting", "incl")
	// meWords are the owner in "with me".
	meWords = wordSet("me", "myself")
)

// figurativeCount reports whether the number at w[i] counts nobody (a
// figure, a wish, an exception, a count before the owner is added) while
// another count, not a year and not itself such a number, stands in w.
func figurativeCount(w []string, i int) bool {
	if !notACount(w, i) {
		return false
	}
	for j, t := range w {
		if j != i && isNumberWord(t) && !isYear(t) && !notACount(w, j) {
			return true
		}
	}
	return false
}

// notACount reports a number told as a figure, a wish or an exception,
// or a count told again with the owner added just after it.
func notACount(w []string, i int) bool {
	for j := i - 1; j >= max(0, i-4); j-- {
		if isNumberWord(w[j]) {
			break
		}
		if wishWords[w[j]] || w[j] == "only" && j > 0 && w[j-1] == "if" {
			return true // "I wish it were twenty", "if only we were thirty"
		}
		if w[j] == "like" && feltBefore(w, j) {
			return true // "it feels like thirty"
		}
	}
	if i >= 2 && exceptWords[w[i-1]] && allWords[w[i-2]] {
		return true // "all but six"
	}
	if i >= 3 && w[i-1] == "for" && w[i-2] == "except" && allWords[w[i-3]] {
		return true // "all except for four"
	}
	return ownerAddedAfter(w, i)
}

// feltBefore reports a feel verb just before "like" at w[j], allowing
// "more" or "just" between: "feels more like fifty".
func feltBefore(w []string, j int) bool {
	k := j - 1
	if k >= 0 && (w[k] == "more" || w[k] == "just") {
		k--
	}
	return k >= 0 && feelVerbs[w[k]]
}

// ownerAddedAfter reports the number at w[i] followed within four words
// by a larger one told "with me": "ten guys, eleven with me", where the
// second is the count with the owner.
func ownerAddedAfter(w []string, i int) bool {
	a, ok := count(w[i])
	if !ok || isYear(w[i]) {
		return false
	}
	from := i + 1
	if u := unitAfterTens(w, i, a); u > 0 {
		a, from = a+u, i+2 // "fifty-one": one number
	}
	for j := from; j < min(len(w), from+4); j++ {
		b, ok := count(w[j])
		if !ok || isYear(w[j]) {
			continue
		}
		end := j
		if u := unitAfterTens(w, j, b); u > 0 {
			b, end = b+u, j+1
		}
		return b > a && end+2 < len(w) && ownerAdded[w[end+1]] && meWords[w[end+2]]
	}
	return false
}
