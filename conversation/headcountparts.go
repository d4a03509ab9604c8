package conversation

import "strings"

// Which numbers of a size answer are parts of another, or counts of
// things beside a bare headcount.

// yearRound says a count holds all year ("25 all year", "30 year
// round", "20 most of the year", "40 most months"): told beside a bigger
// count, the bigger one is a season's.
func yearRound(w []string) bool {
	return hasPhrase(w, []string{"all", "year"}) || hasPhrase(w, []string{"year", "round"}) ||
		hasAny(w, yearRoundWords) || hasPhrase(w, []string{"most", "of", "the", "year"}) || hasPhrase(w, []string{"most", "months"})
}

// yearRoundWords are yearRound in one word.
var yearRoundWords = wordSet("yearround")

// includeWords after a total bring in a part of it: "35 if you count the
// two drivers", "18 including the apprentices".
var includeWords = wordSet("count", "counting", "include", "including", "incl", "inc")

// partOfTotal reports whether the number at w[i] follows an include word
// that itself follows an earlier number ("about 35 if you count the two
// drivers"): the earlier number is the total, this one a part of it.
func partOfTotal(w []string, i int) bool {
	for j := i - 1; j >= max(0, i-7); j-- {
		if w[j] == "plus" || w[j] == "+" || addedWords[w[j]] {
			return false // "18 including the apprentices, plus 4 more": added
		}
		if isNumberWord(w[j]) || w[j] == "we" || w[j] == "i" || w[j] == "they" {
			return false // another count or a clause of its own between
		}
		if !includeWords[w[j]] {
			continue
		}
		for k := j - 1; k >= max(0, j-4); k-- {
			if _, ok := count(w[k]); ok && !isYear(w[k]) {
				return true
			}
		}
		return false
	}
	return false
}

// officeOnly reports whether the number at w[i] is the few "only" in the
// office, said after a total ("sixty-five, though only about 20 of us
// are in the office"): a part of the earlier number, not the staff.
func officeOnly(w []string, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		if w[j] != "only" && w[j] != "just" {
			continue
		}
		if !hasAny(w[i+1:min(len(w), i+7)], wordSet("office", "offices")) {
			return false
		}
		for k := j - 1; k >= 0; k-- {
			if _, ok := count(w[k]); ok && !isYear(w[k]) {
				return true
			}
		}
		return false
	}
	return false
}

// bareCount reports whether the number at w[i] stands alone: the answer
// ends on it, or a new clause with its own subject follows ("about 35,
// and we deliver to 2,000 homes").
func bareCount(w []string, i int) bool {
	if i+2 < len(w) && w[i+1] == "or" && w[i+2] == "so" || i+1 < len(w) && (w[i+1] == "ish" || w[i+1] == "odd") {
		i += 1 + boolInt(w[i+1] == "or") // "12 or so": still said alone
	}
	if i+1 == len(w) || clauseSubjects[w[i+1]] || w[i+1] == "and" && i+2 < len(w) && clauseSubjects[w[i+2]] {
		return true
	}
	// "about 35 if you count the drivers": a total, its parts after it.
	return includeWords[w[i+1]] || w[i+1] == "if" && hasAny(w[i+1:min(len(w), i+5)], includeWords)
}

// thingBesideBare reports whether the number at w[i] counts things while
// another number of w counts people: a rate of work ("9000 bottles a
// day"), or a plural of things ("2,000 homes", "64 dogs") beside a bare
// count, or beside any count of people when the words make it plainly
// things ("4,000 of our labels", "we fill 900 jars"). The other is the
// headcount; this one is neither it nor a part to add. A plural the
// reader does not know for people ("420 cleaning operatives") beside a
// count that is no bare number stays a count.
func thingBesideBare(w []string, i int) bool {
	if plainThingCount(w, i) {
		return true
	}
	if !countsPluralThing(w, i) || employedCount(w, i) {
		return false
	}
	for j := range w {
		if _, ok := count(w[j]); ok && j != i && !isYear(w[j]) && (bareCount(w, j) || countsDoers(w, j)) && !countsPluralThing(w, j) {
			return true
		}
	}
	return false
}

// countsPluralThing reports whether the number at w[i] counts a plural
// of things ("2,000 homes", "900 flats"): a plural noun that is no word
// for people. Nouns of doers ("groomers", "drivers", "florists") may
// be staff and are left alone.
func countsPluralThing(w []string, i int) bool {
	j, ok := countedNoun(w, i)
	if !ok {
		return false
	}
	n := w[j]
	if j+1 < len(w) && thingModifier(n) {
		n = w[j+1] // "300 holiday lets", "90 static caravans"
	}
	if len(n) < 4 || !strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss") || peopleWords[n] ||
		staffNouns[n] || staffTieNouns[n] || staffModifiers[n] || personPlurals[n] || endsInSNoPlural[n] {
		return false
	}
	for _, doer := range []string{"ers", "ors", "ists", "ians", "ees", "ants", "ents"} {
		if strings.HasSuffix(n, doer) {
			return false
		}
	}
	return true
}

// productNames take a number as part of their name: "Microsoft 365",
// "Windows 11", "Sage 50". The number counts no one.
var productNames = wordSet("microsoft", "office", "dynamics", "windows", "sage", "ios", "android", "iphone", "adobe")

// productNumber reports whether the number at w[i] is part of a product's
// name: right after one, with no word for people after it ("the
// office 12 people" stays a count).
func productNumber(w []string, i int) bool {
	if i+1 < len(w) && (peopleWords[w[i+1]] || staffTieNouns[w[i+1]]) {
		return false
	}
	// "the office 2" is a place and its people, not "Office 2".
	named := i > 0 && productNames[w[i-1]] && (i < 2 || !possessives[w[i-2]])
	return named || placeName(w, i)
}

// demonstratives open a phrase of their own after a number.
var demonstratives = wordSet("these", "those", "this", "that")

// thingModifier reports a word that may stand between a number and the
// plural it counts ("holiday" of "300 holiday lets"): singular, and no
// word for people, their kind or a count's tail.
func thingModifier(t string) bool {
	// Not a clause's subject: "120, it depends" opens a clause, no noun;
	// nor a demonstrative: "90 these days" is today's count.
	return !strings.HasSuffix(t, "s") && !clauseSubjects[t] && !demonstratives[t] && t != "you" && t != "he" && t != "she" && !peopleWords[t] && !staffNouns[t] && !staffTieNouns[t] &&
		!staffModifiers[t] && !numberTails[t] && !countEnds[t] && multipliers[t] == 0 && !isNumberWord(t)
}

// isNumberWord reports a word that is itself a count ("two", "40").
func isNumberWord(t string) bool {
	_, ok := count(t)
	return ok
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// partSuperlatives name the largest part of a total: "the warehouse is
// the biggest at 90". Not "alone": "30 in the warehouse, the office
// alone is 25" may add a group.
var partSuperlatives = wordSet("biggest", "largest")

// largestPartOfTotal reports a number told as the largest part of a
// larger count before it ("212 across six cost centres. The warehouse
// is the biggest at 90"): a part, not a group to add.
func largestPartOfTotal(w []string, i int) bool {
	v, ok := count(w[i])
	if !ok || !hasAny(w[max(0, i-7):min(len(w), i+4)], partSuperlatives) {
		return false
	}
	for _, t := range w[:i] {
		if n, ok := count(t); ok && !isYear(t) && n > v {
			return true
		}
	}
	return false
}
