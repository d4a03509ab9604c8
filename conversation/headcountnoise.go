package conversation

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Numbers in a size answer that count something other than the staff:
// a year written short, a count per period, a measure of land or goods,
// people the firm serves, and a group denied through an adverb ("not
// really ours"). Read as a headcount, any of them makes a small firm
// look large.

// shortYear is a year written with an apostrophe for its century: "back
// in '98", "since ’05". Not "'90s", a decade the stage keys read.
var shortYear = regexp.MustCompile(`(^|[\s(])['’‘](\d\d)\b([^'’\w]|$)`)

// expandShortYears writes each short year out in full ("'98" as
// "1998"), so that it reads as a year everywhere a four-digit year does
// and never as a count of people. Two digits past this year's are of
// the last century.
func expandShortYears(s string) string {
	if !quoteBeforeDigits(s) {
		return s // most answers: the regexp is a fifth of reading one
	}
	return shortYear.ReplaceAllStringFunc(s, func(m string) string {
		sub := shortYear.FindStringSubmatch(m)
		yy, _ := strconv.Atoi(sub[2])
		return sub[1] + strconv.Itoa(fullYear(yy)) + sub[3]
	})
}

// foundedBefore are the words after which two digits are a founding
// year even without an apostrophe ("founded 98", "est. 85"). Narrower
// than yearBefore: "since 12", "started 12" and "in 12" may count
// people or years.
var foundedBefore = wordSet("founded", "established", "est", "estd", "incorporated")

// expandFoundingYears writes out in full a two-digit year right after a
// founding word, so that it is read as a year and never added to the
// staff ("founded 98, about 40 staff"). Not "established 12 years".
func expandFoundingYears(w []string) {
	for i := 1; i < len(w); i++ {
		t := w[i]
		if !foundedBefore[w[i-1]] || !isTwoDigits(t) || i+1 < len(w) && strings.HasPrefix(w[i+1], "y") {
			continue
		}
		yy, _ := strconv.Atoi(t)
		w[i] = strconv.Itoa(fullYear(yy))
	}
}

func isTwoDigits(t string) bool {
	return len(t) == 2 && t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9'
}

// fullYear is the year of two digits: this century's unless that is
// still to come ("'98" is 1998, "'05" 2005).
func fullYear(yy int) int {
	if yy > thisYear()%100 {
		return 1900 + yy
	}
	return 2000 + yy
}

// quoteBeforeDigits reports an apostrophe right before two digits, the
// only place a short year can be.
func quoteBeforeDigits(s string) bool {
	for i, r := range s {
		if r != '\'' && r != '’' && r != '‘' {
			continue
		}
		rest := s[i+utf8.RuneLen(r):]
		if len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' && rest[1] >= '0' && rest[1] <= '9' {
			return true
		}
	}
	return false
}

// ratePeriods end a rate: "a year", "per month", "every night".
var ratePeriods = wordSet("year", "month", "week", "day", "night", "season", "summer", "weekend", "shift")

// rateWords open the period of a rate.
var rateWords = wordSet("a", "per", "every", "each", "an")

// perPeriod reports whether the number at w[i] is a rate, its noun (up
// to three words on) followed by a period ("12,000 visitors a year",
// "300 covers a night", "40 orders per day"), or its period just before
// it ("every month 2,000 shoppers"): how many the firm serves or makes in
// a time, never how many work there. Not a rate of staff ("4 staff per
// shift") nor one with no plural noun ("8 a day", "one afternoon a
// week").
func perPeriod(w []string, i int) bool {
	if i >= 2 && rateWords[w[i-2]] && w[i-2] != "a" && ratePeriods[w[i-1]] && w[i-1] != "shift" {
		return !staffTied(w, i) // "every month 2,000 shoppers", not "each day 4 of us"
	}
	for j := i + 1; j < min(len(w), i+4); j++ {
		if isNumberWord(w[j]) {
			return false
		}
		if rateWords[w[j]] && j+1 < len(w) && ratePeriods[w[j+1]] {
			// A plural between: "one afternoon a week" counts a time.
			return j > i+1 && w[j+1] != "shift" && slices.ContainsFunc(w[i+1:j], countsThings)
		}
	}
	return false
}

// servedPeople are people a firm serves, counted beside its staff: they
// make a number no headcount as the members and customers of notStaff
// do.
var servedPeople = wordSet("tourists", "travellers", "travelers", "trekkers", "diners", "shoppers",
	"holidaymakers", "vacationers", "campers", "hikers", "pilgrims", "member", "covers")

// roleNouns name people at work without a doer's ending ("baristas",
// "guides", "girls"): people who may be staff, never things counted.
var roleNouns = wordSet("baristas", "guides", "pilots", "clerks", "techs", "reps", "temps", "interns", "maids",
	"girls", "boys", "men", "women", "ladies", "medics", "nannies", "chefs", "cooks", "grooms", "staffs")

// endsInSNoPlural are words ending in "s" that are no plural noun: "15,
// plus 200 drivers" counts no "plus".
var endsInSNoPlural = wordSet("plus", "this", "thus", "always", "perhaps", "sometimes", "besides", "towards",
	"afterwards", "nowadays", "was", "has", "does", "goes", "is", "its", "unless", "whereas", "across", "upstairs",
	"downstairs", "outdoors", "indoors", "overseas", "abroad", "yes", "lots", "less", "us")

// measureUnits after a number measure land, goods or distance: "600
// hectares", "2,000 tonnes". They count no people.
var measureUnits = wordSet("hectares", "hectare", "acres", "acre", "tonnes", "tons", "tonne", "kilos", "kg",
	"litres", "liters", "gallons", "km", "miles", "metres", "meters", "sq", "square", "m2", "feet", "ft")

// The sets above join those of what a number may count instead of
// staff, so every reader of a headcount (the largest number, the sums,
// the seasons, the doubt) leaves them out alike.
func init() {
	for t := range roleNouns {
		staffNouns[t] = true
	}
	for t := range servedPeople {
		notStaff[t] = true
	}
	for t := range measureUnits {
		unitWords[t] = true
	}
}

// hedgeAdverbs stand between a denial and what it denies: "aren't really
// ours", "not strictly our employees".
var hedgeAdverbs = wordSet("really", "actually", "technically", "strictly", "officially", "exactly", "truly",
	"formally", "legally", "quite")

// deniedThroughAdverb reports whether w[j] is denied by a negation with
// hedging adverbs between: "who aren't really ours".
func deniedThroughAdverb(w []string, j int) bool {
	k := j - 1
	for k >= 0 && hedgeAdverbs[w[k]] {
		k--
	}
	return k < j-1 && k >= 0 && verbNegation[w[k]]
}

// numberBeforeEach reports whether a number stands in the three words
// before "each" at w[k]: "eight each", "6 people each", "14 shops, each
// one". An "each" further on names one of a group ("the member families
// and each family works its own raft"), no size per group.
func numberBeforeEach(w []string, k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if isNumberWord(w[j]) && !isYear(w[j]) {
			return true
		}
	}
	return false
}

// addedBesideNumber reports an added word next to a number: "another
// 20", "20 more", "an extra 5". A "more" elsewhere ("everybody just
// works more") adds no count.
func addedBesideNumber(w []string) bool {
	for i, t := range w {
		if !isNumberWord(t) || isYear(t) {
			continue
		}
		if i > 0 && addedWords[w[i-1]] || i+1 < len(w) && addedWords[w[i+1]] {
			return true
		}
	}
	return false
}

// totalToldTwice reports a staff count said twice ("we are seven: me,
// Daniela, three instructors... we are still seven"): the team's total,
// and the numbers between are its parts, no groups to add to it.
func totalToldTwice(w []string) bool {
	seen := map[int]bool{}
	for i, t := range w {
		n, ok := count(t)
		if !ok || n == 0 || isYear(t) || i+1 < len(w) && unitWords[w[i+1]] {
			continue
		}
		if seen[n] && staffTiedOrAgain(w, i) {
			return true
		}
		seen[n] = true
	}
	return false
}

// staffTiedOrAgain reports a count tied to the staff, or said again
// after "still": "we're still seven".
func staffTiedOrAgain(w []string, i int) bool {
	return staffTied(w, i) || i > 0 && (w[i-1] == "still" || w[i-1] == "again")
}

// pastCounted reports whether the past clause at w[past] counts anyone:
// only then does a present clause's count replace it ("we were 10, now
// 40"). "my dad started it in 1986 and the 3 of us kids run it now",
// "new and used trailers": no headcount then, so none to replace, and
// the count the present clause tells may be the owners, not the staff.
func pastCounted(w []string, cut []bool, past int) bool {
	s, e := clauseBounds(cut, past)
	for i := s; i < e; i++ {
		if n, ok := count(w[i]); ok && n > 0 && !isYear(w[i]) {
			return true
		}
	}
	return hasAny(w[s:e], wordSet("dozen", "hundred", "hundreds", "handful", "few"))
}

// weReOpeners stand before a "were" that is "we're": "now we're 40"
// tokenizes as "now were 40", the staff told now.
var weReOpeners = wordSet("now", "today", "and", "but", "so", "still", "nowadays")

// weReAfter reports whether the "were" at w[j] is "we're" after an
// opener: "now we're 40". Not "they were 40": a subject stands there.
func weReAfter(w []string, j int) bool {
	return j > 0 && w[j] == "were" && weReOpeners[w[j-1]]
}

// countsDoers reports whether the number at w[j] counts people by a word
// for them or their trade ("three instructors", "45 cleaners", "12
// staff"): beside it, a count of things ("40 beds") is no headcount.
func countsDoers(w []string, j int) bool {
	if j+1 >= len(w) {
		return false
	}
	n := w[j+1]
	return (peopleWords[n] || staffTieNouns[n] || staffNouns[n] || tradePlural(n)) && !notStaff[n] && n != "of" && n != "are" &&
		n != "were" && n != "we" && n != "including"
}

// doerCounted reports a small number told with the people it counts
// ("two cleaners", "three baristas"): a headcount, no option number.
func doerCounted(w []string) bool {
	for j, t := range w {
		if n, ok := count(t); ok && n > 0 && countsDoers(w, j) {
			return true
		}
	}
	return false
}

// othersCounted reports a number of w that counts members, customers or
// others no staff: beside them, a count of things ("22 pharmacies and
// 600,000 clients") is told of the business, not added to its staff.
func othersCounted(w []string) bool {
	for i, t := range w {
		if n, ok := count(t); ok && n > 0 && !isYear(t) && countsOthers(w, i) {
			return true
		}
	}
	return false
}
