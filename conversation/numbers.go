package conversation

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// numberWords are option numbers typed as words.
var numberWords = map[string]int{
	"one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
}

// countWords are numbers of people typed as words ("the two of us", "a
// hundred"); multipliers scale the number before them ("two hundred",
// "2k"), or one ("a hundred").
var (
	countWords = map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	multipliers = map[string]int{"dozen": 12, "hundred": 100, "thousand": 1000, "k": 1000}
)

// peopleWords mark a typed number as a headcount.
var peopleWords = map[string]bool{
	"people": true, "persons": true, "employees": true, "staff": true, "person": true, "peoples": true,
	"of": true, "us": true, "fte": true, "ftes": true, "heads": true, "headcount": true,
	"lads": true, "guys": true, "blokes": true, "workers": true, "colleagues": true, "stylists": true,
	"engineers": true, "lawyers": true, "employee": true, "members": true, "apprentices": true,
	"drivers": true, "partners": true, "consultants": true, "developers": true, "devs": true,
	"including": true, "incl": true, "full": true, "payroll": true, "team": true, "strong": true,
	"founders": true, "cofounders": true, "ppl": true, "owners": true, "shareholders": true, "we": true, "were": true,
	"are": true, "folks": true, "souls": true, "hands": true, "others": true, "crew": true, "bodies": true,
}

// optionNumber recognises an answer that is only an option number:
// "2", "option 2", "#2", "two", "the second one".
func optionNumber(w []string) (int, bool) {
	for len(w) > 1 && (w[0] == "option" || w[0] == "number" || w[0] == "answer" || w[0] == "the") {
		w = w[1:]
	}
	if len(w) == 2 && w[1] == "one" {
		w = w[:1]
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

// headcount finds a number of people in w: digits ("120", "1500+",
// "2k", "1.5k") or words ("a hundred", "the two of us", "me and five
// lads"). A bare number that could be an option number (1..options) was
// taken as one by the caller; here it must be larger, or come with a word
// like "people". A number next to a people word wins over the others
// but a larger count of a trade ("14 teachers and 2 of us");
// otherwise the largest counts ("10 or 20"). Years ("since 2004") are not
// headcounts.
func headcount(w []string, options int) (int, bool) {
	type num struct {
		v      int
		people bool
		trade  bool // "14 music teachers": people by their trade
	}
	var nums []num
	people := false
	for i := 0; i < len(w); i++ {
		t := strings.TrimSuffix(w[i], "+")
		if peopleWords[t] {
			people = true
		}
		v, ok := count(t)
		if !ok {
			if m, isMul := multipliers[t]; isMul && t != "k" && (i == 0 || w[i-1] == "a") {
				u, skip := tailAfterMultiplier(w, i, m)
				m, i = m+u, i+skip // "a hundred and ten": one number
				nums = append(nums, num{v: m, people: i+1 < len(w) && peopleWords[w[i+1]] || staffTied(w, i)})
			}
			continue
		}
		if (isYear(t) || len(t) == 2) && i > 0 && yearBefore[w[i-1]] && !(len(t) == 2 && nowAfterCount(w, i)) {
			continue // "since 2004", "since '79"; not "when we started, 45 today"
		}
		if partOfTotal(w, i) || thingBesideBare(w, i) || productNumber(w, i) || officeOnly(w, i) || startCount(w, i) || asideCount(w, i) || oneWhole(w, i) || figurativeCount(w, i) {
			continue // "about 35 if you count the two drivers", "about 35, we deliver to 2,000 homes"
		}
		if h, n := shortHundreds(w, i, v); n > 0 {
			v, i = h, i+n // "three fifty people": 350
		}
		if u := unitAfterTens(w, i, v); u > 0 {
			v += u // "twenty-seven": one number, not twenty and seven
			i++
		}
		if i+1 < len(w) {
			if m, isMul := multipliers[strings.TrimSuffix(w[i+1], "+")]; isMul {
				v *= m
				i++
				u, skip := tailAfterMultiplier(w, i, m)
				v, i = v+u, i+skip // "two hundred and seventy": one number
			}
		}
		if tiedElsewhere(w, i) {
			continue // "the 40 riders work for a partner, not ours"
		}
		next := i+1 < len(w) && peopleWords[w[i+1]] || staffTied(w, i)
		nums = append(nums, num{v: v, people: next, trade: tradeCount(w, i)})
	}
	if p, ok := eachProduct(w); ok {
		return p, true
	}
	n, found, byPeople := 0, false, false
	for _, x := range nums {
		switch {
		case x.people && (!byPeople || x.v > n):
			n, found, byPeople = x.v, true, true
		case !byPeople && (!found || x.v > n):
			n, found = x.v, true
		}
	}
	for _, x := range nums {
		if byPeople && x.trade && x.v > n {
			// "14 music teachers and 2 of us in the office": the small
			// group's people word does not make it the headcount.
			n = x.v
		}
	}
	if !found || n < 1 {
		return 0, false
	}
	if n <= options && !people && !doerCounted(w) {
		return 0, false
	}
	return n, true
}

// count reads one word as a number: "120", "2k", "1.5k", "two".
func count(t string) (int, bool) {
	if v, ok := countWords[t]; ok {
		return v, true
	}
	t = strings.TrimSuffix(t, "ish") // "150ish"
	mul := 1.0
	if s, ok := strings.CutSuffix(t, "k"); ok && s != "" {
		t, mul = s, 1000
	}
	if strings.HasSuffix(t, "%") {
		return 0, false
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f < 0 {
		return 0, false
	}
	return int(f * mul), true
}

// thisYear is the current year, for the age of a company founded in a
// given year; tests pin it.
var thisYear = func() int { return time.Now().Year() }

// isYear reports whether t is a four-digit year a company could have
// been founded in.
func isYear(t string) bool {
	if len(t) != 4 {
		return false
	}
	n, err := strconv.Atoi(t)
	return err == nil && n >= 1800 && n <= thisYear()
}

// ageBefore and ageAfter are words around "<n> years" that make it the
// company's age ("been going 20 years", "eight years now", "40 years
// old"); "doubled two years running" is no age.
var (
	ageBefore = map[string]bool{"for": true, "been": true, "around": true, "going": true, "trading": true,
		"over": true, "nearly": true, "almost": true, "about": true, "only": true, "just": true, "than": true,
		"some": true, "past": true, "last": true, "established": true, "exist": true, "existed": true,
		"since": true}
	ageAfter = map[string]bool{"old": true, "ago": true, "now": true, "trading": true, "in": true,
		"of": true, "young": true, "plus": true, "already": true, "freelancing": true}
)

// foundingWords say that "<n> years ago" is when the company began.
var foundingWords = wordSet("founded", "started", "opened", "launched", "established", "set", "began", "registered",
	"incorporated", "formed", "created", "start", "founding", "opening")

// expansionWords say a founding verb is about a new site, not the
// company ("opened our third branch this year").
var expansionWords = wordSet("second", "third", "fourth", "fifth", "another", "branch", "branches", "site",
	"sites", "office", "offices", "store", "stores", "shop", "shops", "location", "locations")

// yearBefore are words before a founding year ("since 2004").
var yearBefore = map[string]bool{"since": true, "in": true, "founded": true, "established": true,
	"started": true, "from": true, "opened": true, "incorporated": true, "est": true}

// companyAge finds how old the company is: a founding year ("since
// 1987", "founded 1998", "2005") or an age ("twelve years trading", "a
// hundred years old", "only 1 year").
func companyAge(w []string) (int, bool) {
	if hasAny(w, foundingWords) && !hasAny(w, expansionWords) && !foundsOtherOnly(w) {
		// "founded last year", "we started this year", "opened in March".
		for i := 0; i+1 < len(w); i++ {
			if (w[i] == "last" || w[i] == "this") && (w[i+1] == "year" || w[i+1] == "month" || w[i+1] == "spring" ||
				w[i+1] == "summer" || w[i+1] == "autumn" || w[i+1] == "winter") {
				return 1, true
			}
			if w[i+1] == "ago" && (w[i] == "months" || w[i] == "weeks") {
				return 0, true
			}
		}
	}
	if y, ok := foundingYear(w); ok {
		return thisYear() - y, true
	}
	if n, ok := birthdayAge(w); ok {
		return n, true
	}
	for i, t := range w {
		if isYear(t) && !countNounAfter(w, i) {
			y, _ := strconv.Atoi(t)
			return thisYear() - y, true
		}
		if y, err := strconv.Atoi(t); err == nil && len(t) == 2 && i > 0 && w[i-1] == "since" &&
			(i+1 == len(w) || !strings.HasPrefix(w[i+1], "y")) {
			return thisYear() - fullYear(y), true // "since '79"
		}
		if t != "years" && t != "year" && t != "yrs" {
			continue
		}
		if i == 0 {
			continue
		}
		n, ok := count(w[i-1])
		j := i - 1
		if !ok {
			if m, isMul := multipliers[w[i-1]]; isMul && i >= 2 && w[i-2] == "a" {
				n, ok, j = m, true, i-2
			} else if w[i-1] == "a" || w[i-1] == "one" {
				n, ok = 1, true
			}
		}
		if !ok || n > 300 {
			continue
		}
		if tens, isTens := count(w[max(0, j-1)]); j > 0 && isTens && unitAfterTens(w, j-1, tens) == n {
			n, j = tens+n, j-1 // "thirty one years": one number, not one year
		}
		before := j > 0 && ageBefore[w[j-1]]
		// "fifteen years" alone, or ending the answer ("had the place 15
		// years"), is an age; "doubled in two years" is not.
		after := i+1 == len(w) && (j <= 1 || !hasAny(w[:j], growthWords)) || i+1 < len(w) && ageAfter[w[i+1]]
		if i+1 < len(w) && w[i+1] == "ago" {
			// "went digital two years ago" is not the company's age;
			// "started two years ago" is.
			after = hasAny(w[:j], foundingWords)
		}
		if before || after {
			return n, true
		}
	}
	return 0, false
}

// foundingYear is a year a founding verb a few words before makes the
// firm's own beside an earlier year of its place or thing ("the building
// is from 1936 but we only reopened it in 2022"); not a new site's year
// ("opened our second shop in 2024").
func foundingYear(w []string) (int, bool) {
	return ownYear(w, true)
}

// ownYear is a year a founding verb in the few words before makes the
// firm's own; with earlier, only one after another year.
func ownYear(w []string, earlier bool) (int, bool) {
	prev := -1
	for i, t := range w {
		if !isYear(t) {
			continue
		}
		// The words since the year before, at most seven.
		before := w[max(prev+1, i-7):i]
		if (prev >= 0 || !earlier) && (hasAny(before, foundingWords) || slices.Contains(before, "reopened")) && !hasAny(before, expansionWords) {
			y, _ := strconv.Atoi(t)
			return y, true
		}
		prev = i
	}
	return 0, false
}

// growthWords before "<n> years" say it is a time of growth, not the
// company's age: "doubled in two years".
var growthWords = wordSet("in", "within", "over", "doubled", "tripled", "grew", "grown", "growth",
	"expanded", "hired", "revenue", "turnover")

// grewFrom reads growth from one number to a larger one: "we went from
// 10 to 35 people in a year".
func grewFrom(w []string) bool {
	for i := 0; i+3 < len(w); i++ {
		if w[i] != "from" {
			continue
		}
		// "from 10 to 35", "from a 10 barrel to a 30 barrel kit".
		j := i + 1
		if w[j] == "a" || w[j] == "an" {
			j++
		}
		a, okA := count(w[j])
		if !okA || isYear(w[j]) && !countNounAfter(w, j) { // not "from 1,800 farmers to 4,000"
			continue
		}
		k := slices.Index(w[j+1:min(j+4, len(w))], "to")
		if k < 0 {
			continue
		}
		k += j + 2
		if k < len(w) && (w[k] == "a" || w[k] == "an") {
			k++
		}
		if k >= len(w) {
			continue
		}
		b, okB := count(w[k])
		if okB && a > 0 && 2*b >= 3*a {
			return true
		}
	}
	return false
}

// seasonWords mark a headcount that changes over the year: temps taken
// on for a peak count too ("38 all year, up to 70 with the temps").
var seasonWords = wordSet("harvest", "season", "seasonal", "seasons", "summer", "winter", "christmas",
	"peak", "rest", "temps", "temporary", "seasonals", "easter", "normally", "usually", "casual", "casuals")

// seasonalCounts are the smallest and largest numbers of a text that
// speaks of seasons ("sixty at harvest, twenty the rest of the year"). A
// number spoken in words is one ("seventy-five in winter"); a part the
// total includes is none; a smaller count added to the one before ("310
// on payroll, plus around 40 from agency") is the sum at the peak, the
// count before it the low.
func seasonalCounts(w []string) (lo, hi int, ok bool) {
	if !hasAny(w, seasonWords) && !yearRound(w) {
		return 0, 0, false
	}
	prev := 0
	for i := 0; i < len(w); i++ {
		// "95 in the four hotels", "and 64 dogs": no count of people.
		v, width, isNum := spokenCountAt(w, i)
		end := i + width - 1
		if !isNum || isYear(w[i]) || placeAfterModifier(w, end) || thingBesideBare(w, i) || partOfTotal(w, i) || figurativeCount(w, i) ||
			end+1 < len(w) && unitWords[w[end+1]] && !yearRound(w[end+1:min(len(w), end+3)]) {
			continue // "35 years"; not "180 year round"
		}
		if v < prev && addedCount(w, i, end) {
			v += prev // a few temps on top of the staff; more temps than staff stay apart
		}
		if !ok || v < lo {
			lo = v
		}
		hi, prev, ok, i = max(hi, v), v, true, end
	}
	return lo, hi, ok && lo != hi
}

// eachProduct multiplies a count of groups by the people in each: "three
// branches with about eight each" is 24, "4 shifts of 6 people each" 24;
// "14 shops, each one around 20 staff, plus 15 at head office" is 14
// times 20, and the 15 beside them.
func eachProduct(w []string) (int, bool) {
	k := slices.IndexFunc(w, func(t string) bool { return t == "each" || t == "apiece" })
	if k < 0 {
		return 0, false
	}
	if sites, per, ok := namedSites(w, k); ok {
		// "head office is 25, then the depots in Dodoma, Morogoro and
		// Iringa have about 30 each": the names are the groups, the 25
		// a count beside them.
		size, _ := count(w[per])
		beside := countsAfter(w[:per], 0, 0)
		return sites*size + beside + countsAfter(w, per+1, sites*size+beside), true
	}
	if p, ok := eachAfter(w); ok {
		return p, true
	}
	if p, ok := rangedEachProduct(w, k); ok {
		return p, true
	}
	ns := numbersBefore(w, k)
	if len(ns) < 2 || ns[0] < 1 || ns[1] < 1 || !numberBeforeEach(w, k) {
		return 0, false
	}
	return ns[0]*ns[1] + countsAfter(w, k+1, ns[0]*ns[1]), true
}

// eachAfter is eachProduct when the size of each group follows "each"
// ("each one around 20 staff", "each with about 9 mechanics"): groups
// times that size, plus the later numbers of people told beside them.
func eachAfter(w []string) (int, bool) {
	k := slices.IndexFunc(w, func(t string) bool { return t == "each" })
	if k < 0 {
		return 0, false
	}
	ns := numbersBefore(w, k)
	if n, ok := ordinalSites(w[:k]); ok && len(ns) == 0 {
		ns = []int{n} // "we opened our 30th store", then "each one has 12"
	}
	if len(ns) != 1 {
		return 0, false
	}
	groups, j := ns[0], k+1
	if j < len(w) && w[j] == "one" {
		j++ // "each one": no count
	}
	per := 0
	for ; j < min(len(w), k+5); j++ {
		if v, ok := count(w[j]); ok && !isYear(w[j]) {
			per = v
			break
		}
	}
	if groups < 1 || per < 1 {
		return 0, false
	}
	total := groups * per
	for i := j + 1; i < len(w); i++ {
		if v, ok := count(w[i]); ok && !isYear(w[i]) && !tiedElsewhere(w, i) {
			total += v
		}
	}
	return total, true
}

// numbersBefore are the last two numbers before w[k], nearest first.
func numbersBefore(w []string, k int) []int {
	var ns []int
	for i := k - 1; i >= 0 && len(ns) < 2; i-- {
		if v, ok := count(w[i]); ok && !isYear(w[i]) {
			ns = append(ns, v)
		}
	}
	return ns
}

// unitAfterTens is the unit word after a tens word ("twenty seven"), or 0.
func unitAfterTens(w []string, i, v int) int {
	if v < 20 || v > 90 || v%10 != 0 || i+1 >= len(w) || countWords[w[i]] != v {
		return 0
	}
	if u := countWords[w[i+1]]; u >= 1 && u <= 9 {
		return u
	}
	return 0
}

// tailAfterMultiplier is the smaller number said after the multiplier at
// w[i] ("two hundred and seventy", "four hundred fifty-five") and how many
// words it takes: spoken as words it is part of one number, not a second
// count. Digits after it ("200 and 30 drivers") stay their own count.
func tailAfterMultiplier(w []string, i, m int) (int, int) {
	j := i + 1
	if j < len(w) && w[j] == "and" {
		j++
	}
	if j >= len(w) {
		return 0, 0
	}
	u, ok := countWords[w[j]]
	if !ok || u >= m || j == i+1 && w[i] == "k" {
		return 0, 0
	}
	if unit := unitAfterTens(w, j, u); unit > 0 {
		return u + unit, j - i + 1
	}
	return u, j - i
}

// compoundNumber reports a number spoken in words across an "and" ("a
// hundred and thirty"): its clauses are no parts to add up.
func compoundNumber(w []string) bool {
	for i, t := range w {
		if m, ok := multipliers[t]; ok && t != "k" {
			if u, _ := tailAfterMultiplier(w, i, m); u > 0 {
				return true
			}
		}
	}
	return false
}
