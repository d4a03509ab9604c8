package conversation

import "slices"

// Readings of how owners tell an answer in turns: parts to add up, a
// story over time, a comparison, a condition, a key said of another
// subject. Each returns "" (or false) when the text is not of its kind.

var (
	timeWords = wordSet("year", "years", "month", "months", "quarter", "quarters", "now", "then", "ago",
		"was", "were", "used", "last", "next", "today", "spring", "summer", "autumn", "winter", "season")
	countConditions = wordSet("if", "counting", "count", "unless", "once")
	// notParts say the numbers are no parts to add: a range, or a total
	// already given.
	notParts  = wordSet("or", "to", "between", "total", "altogether", "overall", "always", "each")
	selfCount = [][]string{{"plus", "me"}, {"and", "me"}, {"plus", "myself"}, {"and", "myself"}}
)

// summedHeadcount reads a headcount told in parts, one number a clause:
// "front of house 8, kitchen 7, plus me" is 16. A clause on a condition
// ("400 if you count the franchisees, 30 at head office") does not
// count when another clause gives a plain number; parts told over time
// ("5 last year, 12 now") are no sum.
func summedHeadcount(w []string, cut []bool) (int, bool) {
	if hasAny(w, timeWords) || hasAny(w, notParts) || compoundNumber(w) || spelledMultiple(w) {
		return 0, false
	}
	cut = andSplitsCounts(w, cut)
	sum, parts, conditional := 0, 0, 0
	seen := map[int]bool{}
	// "Office 8, warehouse 19": places and their people, not names.
	listed := labelList(w, cut)
	off := 0 // clauses are contiguous: the index in w of c[0]
	for _, c := range clauses(w, cut) {
		var nums []int
		// A listed "drivers 5" is labelled by its group; "staff 30" is
		// no part.
		listedPart := listed && labelShaped(c)
		label := listedPart && !hasAny(c, staffTieNouns)
		off += len(c)
		for k, t := range c {
			if v, ok := count(t); ok && (!isYear(t) || yearShapedCount(w, off-len(c)+k)) && !tiedElsewhere(w, off-len(c)+k) && !thingBesideBare(w, off-len(c)+k) &&
				!officeOnly(w, off-len(c)+k) && (!productNumber(w, off-len(c)+k) || listedPart) && !includedPart(w, off-len(c)+k) &&
				!ceilingToCome(w, off-len(c)+k) && !figurativeCount(w, off-len(c)+k) {
				nums = append(nums, v)
			} else if !peopleWords[t] {
				label = true
			}
		}
		switch {
		case len(nums) > 1 || len(nums) == 1 && (!label || seen[nums[0]]):
			// A range ("11–50"), a number said again ("7. it's 7").
			return 0, false
		case len(nums) == 0:
			continue
		case memoryHedged(c):
			return 0, false // "about fifty. 53 if I remember right": told again
		case hasAny(c, countConditions):
			conditional++
			continue
		}
		seen[nums[0]] = true
		sum += nums[0]
		parts++
	}
	me := false
	for _, p := range selfCount {
		for i := 0; i+1 < len(w); i++ {
			me = me || w[i] == p[0] && w[i+1] == p[1]
		}
	}
	switch {
	case parts >= 2 || parts == 1 && (me || conditional > 0):
		if me {
			sum++
		}
		return sum, sum > 0
	}
	return 0, false
}

// andSplitsCounts is cut with a clause break before each "and" that
// joins two counts ("3 dentists and 9 nurses"): each count is then a
// part of its own, as "dentists 3, nurses 9" would be.
func andSplitsCounts(w []string, cut []bool) []bool {
	var out []bool
	counted := false // a count in the clause so far
	for i, t := range w {
		if cut[i] {
			counted = false
		}
		if t == "and" && counted && i+1 < len(w) && !cut[i+1] {
			if _, ok := count(w[i+1]); ok && !isYear(w[i+1]) {
				if out == nil {
					out = slices.Clone(cut)
				}
				out[i] = true
			}
		}
		if _, ok := count(t); ok && !isYear(t) {
			counted = true
		}
	}
	if out == nil {
		return cut
	}
	return out
}

// includedPart reports a number after a total that includes it ("9 incl
// both founders, 3 part time clinicians"): a part, no count to add. A
// total on a condition ("400 if you count the franchisees' staff, 30 at
// head office") leaves the later count its own.
func includedPart(w []string, i int) bool {
	return partOfTotal(w, i) && !slices.Contains(w[:i], "if") || largestPartOfTotal(w, i)
}

// placedUnits name a stretch of time a number may place or measure.
var placedUnits = wordSet("year", "month", "week", "day", "quarter")

// timeDeterminers set a time word as when a count held: "last year 3".
var timeDeterminers = wordSet("last", "this", "next", "that", "a", "per", "every", "each")

// timePosition reports a number at w[k] that places the answer in time
// or measures a plan ("year 1", "month 8", "a five-year plan"): a place
// or a length, not a count told at a time ("last year 3, this year 7").
func timePosition(w []string, k int) bool {
	if k > 0 && placedUnits[w[k-1]] && (k < 2 || !timeDeterminers[w[k-2]]) {
		return true
	}
	return k+1 < len(w) && placedUnits[w[k+1]]
}

// growthSequence reads growth told as a sequence over time: "last year
// one restaurant, this year three, next year five" is scaling.
func growthSequence(w []string) bool {
	var nums []int
	times := 0
	for k, t := range w {
		if timeWords[t] {
			times++
		}
		if v, ok := count(t); ok && !isYear(t) && !timePosition(w, k) {
			nums = append(nums, v)
		}
	}
	if times < 2 || len(nums) < 2 {
		return false
	}
	for i := 1; i < len(nums); i++ {
		if nums[i] <= nums[i-1] {
			return false
		}
	}
	return nums[len(nums)-1] >= 2*nums[0]
}

var itNouns = wordSet("computer", "computers", "it", "tech", "technology", "software", "laptop", "laptops",
	"screen", "screens", "systems", "system", "app", "apps", "internet", "wifi", "tablet", "tablets", "pc")

// itSecond reads a comparison that puts IT second: "the oven matters
// more than any computer" is little reliance on IT.
func itSecond(w []string) bool {
	for i, t := range w {
		if t != "than" || i == 0 || !slices.Contains(w[max(0, i-3):i], "more") {
			continue
		}
		for j := i + 1; j < len(w) && j <= i+3; j++ {
			if itNouns[w[j]] {
				return !hasAny(w[:i], itNouns)
			}
		}
	}
	return false
}

// devKeeps are objects of "we develop …" that may well be technology.
var devKeeps = wordSet("systems", "system", "solutions", "solution", "products", "product", "code",
	"integrations", "prototypes", "bespoke", "custom", "programs", "programmes", "one", "it", "them",
	"something", "stuff", "things", "that", "this", "own", "anything", "nothing", "for", "with", "in")

// devSkips are words between a verb and its object.
var devSkips = wordSet("is", "are", "was", "new", "the", "a", "an", "our", "some", "fresh", "more", "all",
	// Manner, not an object: "it sells well".
	"well", "badly", "fast", "quickly", "slowly", "nicely", "poorly", "ok", "okay")

// devTimeAt reports a time at w[j], after a development verb, not its
// object: "building from January", "we sell from next season", "start
// building soon". Not a place: "fishermen sell from the boat".
func devTimeAt(w []string, cut []bool, j int) bool {
	switch w[j] {
	case "soon", "later", "once", "when", "next":
		return true
	case "from", "after", "before", "by", "until", "till":
	default:
		return false
	}
	for k := j + 1; k < len(w) && !cut[k]; k++ {
		switch t := w[k]; {
		case devTimeLeads[t]:
		case devTimeNouns[t] || monthWords[t] || isYear(t):
			return true
		default:
			return false
		}
	}
	return false
}

var (
	// devTimeLeads may stand between the preposition and its time.
	devTimeLeads = wordSet("the", "next", "new", "this", "early", "late", "mid", "end", "of", "coming")
	// devTimeNouns are times a plan is dated by.
	devTimeNouns = wordSet("year", "season", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter",
		"harvest", "vintage", "holidays", "month", "quarter", "week", "q1", "q2", "q3", "q4", "ramadan", "eid")
)

// nonTechObject reports whether the development verb at w[i] has an
// object that is plainly no technology: "the only thing we develop is
// new recipes".
func nonTechObject(w []string, cut []bool, i int) bool {
	for j := i + 1; j < len(w) && !cut[j]; j++ {
		switch {
		case devSkips[w[j]]:
		case techNouns[w[j]] || devKeeps[w[j]] || isNumber(w[j]):
			return false
		case devTimeAt(w, cut, j):
			// "we start building after the harvest": when, not what.
			return false
		default:
			return true
		}
	}
	return false
}

// onCondition reports a condition in the text ("once the second nursery
// settles", "if the funding comes"): a product that waits on it is
// planned.
func onCondition(w []string) bool {
	for i, t := range w {
		if (t == "once" || t == "if") && i+1 < len(w) && !(i > 0 && w[i-1] == "at") {
			return true
		}
	}
	return false
}

var (
	traditionWords = wordSet("tradition", "traditions", "heritage", "craft", "craftsmanship", "handmade",
		"history", "consistency", "reliability", "continuity")
	innovationSubjects = wordSet("innovation", "innovating", "tech", "technology", "it", "that", "this",
		"being", "new", "ai", "staying", "leading", "research")
	copulas = wordSet("is", "are", "matters", "remains")
)

// innovationSubject reads an innovation answer whose key is said of
// another subject: "tradition is the whole point of what we do" is not
// a priority; "service is key" says nothing of innovation. ok is false
// when the subject is innovation itself or the text is of another shape.
func innovationSubject(w []string, cut []bool) (v string, ok bool) {
	for _, c := range clauses(w, cut) {
		k := slices.IndexFunc(c, func(t string) bool { return copulas[t] })
		if k < 1 || k > 3 {
			continue
		}
		subj := c[:k]
		switch {
		case hasAny(subj, traditionWords):
			return "no", true
		case hasAny(subj, innovationSubjects) || hasAny(subj, selfWords):
			return "", false
		}
	}
	return "", false
}

// pastThenNow keeps the last clause told "now" after clauses told in the
// past: "last year I'd have said yes, now we've caught up" answers with
// "now we've caught up".
func pastThenNow(w []string, cut []bool) ([]string, []bool) {
	for i := len(w) - 1; i > 0; i-- {
		if !cut[i] {
			continue
		}
		j := i
		if w[j] == "but" && j+1 < len(w) {
			j++
		}
		if w[j] != "now" && !(w[j] == "these" && j+1 < len(w) && w[j+1] == "days") {
			continue
		}
		if !hasAny(w[:i], wordSet("last", "used", "ago", "was", "were", "then", "before", "id", "wed")) ||
			comparedWithPast(w[clauseStart(cut, i-1):i]) {
			return w, cut // "somewhat more than five years ago, now that we sell online"
		}
		rest := slices.Clone(cut[i:])
		rest[0] = false
		return w[i:], rest
	}
	return pastButNow(w, cut)
}

// pastButNow keeps what follows the last "but" after a past, when that
// tells the present by "now", "these days" or a change "since": "it used
// to keep me up at night but we've outsourced it and I don't worry now",
// "they were fine but since we doubled they're falling apart".
func pastButNow(w []string, cut []bool) ([]string, []bool) {
	i := slices.Index(w, "but")
	for j := i + 1; j > 0 && j < len(w); j++ {
		if w[j] == "but" {
			i = j
		}
	}
	if i < 0 {
		i = sinceClause(w, cut) // "used to crash weekly, since the new server it's been fine"
	}
	if i < 0 {
		i = pastOpeningEnd(w, cut) // "they used to be a nightmare. the new system has been solid since"
	}
	whenPast := false
	if i < 0 {
		// "it was fine when we were 20, with 140 it is chaos"
		i, whenPast = pastWhenOpeningEnd(w, cut), true
	}
	if i < 2 || i+2 >= len(w) || !toldPast(w[:i]) || comparedWithPast(w[:i]) {
		return w, cut
	}
	after := w[i+1:]
	if !hasAny(after, presentWords) && !hasAny(after, perfectWords) && !slices.Contains(after, "since") &&
		!containsSeq(after, "these", "days") && !(whenPast && hasAny(after, presentCopulas)) {
		return w, cut
	}
	rest := slices.Clone(cut[i+1:])
	rest[0] = false
	return after, rest
}

// pastOpeningEnd is the index of the last word of an opening clause
// told in the past ("they used to be a nightmare", "five years ago it
// was patchy") when more clauses follow, or -1: what follows may tell
// the present without a "but" at the turn.
func pastOpeningEnd(w []string, cut []bool) int {
	_, end := clauseBounds(cut, 0)
	// A time gone by its own words, not a bare "were" ("we're not
	// lagging" reads "were") nor a founding ("was founded in 1923").
	if end >= len(w) || !hasAny(w[:end], wordSet("used", "ago", "before")) || hasAny(w[:end], foundingWords) {
		return -1
	}
	return end - 1
}

// presentCopulas tell a clause in the present: "with 140 it is chaos".
var presentCopulas = wordSet("is", "are", "its", "theyre", "thats", "am", "im")

// pastWhenOpeningEnd is the index of the last word of an opening clause
// set in a time gone by "when" ("it was fine when we were 20") when more
// clauses follow, or -1.
func pastWhenOpeningEnd(w []string, cut []bool) int {
	_, end := clauseBounds(cut, 0)
	if end >= len(w) || hasAny(w[:end], presentCopulas) || hasAny(w[:end], foundingWords) {
		return -1
	}
	k := slices.Index(w[:end], "when")
	if k < 0 || !hasAny(w[k:end], wordSet("was", "were")) || !hasAny(w[:k], wordSet("was", "were")) {
		return -1
	}
	return end - 1
}

// sinceClause is the index before the last clause a change "since"
// opens ("…, since we got the new CRM it's tidy"), or -1; "since 2019"
// is a date, no change.
func sinceClause(w []string, cut []bool) int {
	for k := len(w) - 2; k > 0; k-- {
		if cut[k] && w[k] == "since" && !isNumber(w[k+1]) {
			return k - 1
		}
	}
	return -1
}

// perfectWords tell a present perfect, a change up to now: "we used to
// lead but the others have overtaken us".
var perfectWords = wordSet("have", "has", "weve", "theyve", "ive", "hes", "shes")

// toldPast reports whether w is told in the past: "used to", "was",
// "were", "for years", "ago".
func toldPast(w []string) bool {
	return hasAny(w, wordSet("used", "was", "were", "ago", "before")) || containsSeq(w, "for", "years")
}

// comparedWithPast tells "more than we used to", "more than five years
// ago": the present measured against the past, so the answer is in that
// part, not after it.
func comparedWithPast(w []string) bool {
	for k, x := range w {
		if x == "than" && hasAny(w[k+1:min(k+4, len(w))], wordSet("used", "before", "did", "ago")) {
			return true
		}
	}
	return false
}

// lessSoContrast reads "X is under control, Y less so": one part fine,
// another not: the hedge.
func lessSoContrast(w []string, cut []bool) bool {
	n := len(w)
	if n < 4 {
		return false
	}
	tail := w[n-2] == "less" && w[n-1] == "so" || w[n-2] == "not" && w[n-1] == "so" ||
		n >= 3 && w[n-3] == "not" && w[n-2] == "so" && w[n-1] == "much"
	return tail && slices.Contains(cut[1:], true)
}

// toldInTurns reads the answers of this file's kinds to q, or "".
func toldInTurns(q *question, w []string, cut []bool) string {
	switch {
	case q.ID == qStage && growthSequence(w):
		return "scaling"
	case q.ID == qOps && itSecond(w):
		return "low"
	case q.ID == qInnovation:
		if v, ok := innovationSubject(w, cut); ok {
			return v
		}
	}
	if (q.ID == qSecurity || q.ID == qOps) && lessSoContrast(w, cut) && itSideLast(w, cut) {
		// "locks are my business, the computer side not so much": the
		// part denied is the question's own.
		return q.no
	}
	if q.hedge != "" && (lessSoContrast(w, cut) || q.graded && len(q.Options) == 3 && neitherEnd(w)) {
		return q.hedge
	}
	return ""
}

// itSideLast reports whether the last clause names computers or the
// cyber side: what the security and reliance questions ask about.
func itSideLast(w []string, cut []bool) bool {
	s, _ := clauseBounds(cut, len(w)-1)
	return hasAny(w[s:], itNouns) || hasAny(w[s:], wordSet("cyber", "digital", "online", "computing"))
}

// neitherEnd reads an end denied on each side of a "but": "not a
// disaster, but not tidy either", "it isn't chaos, but I wouldn't say
// it's under control": the middle option. The second must say "either"
// or deny a judgement ("wouldn't call it"), and the first must say more
// than a bare "not really", which answers on its own.
func neitherEnd(w []string) bool {
	b := slices.Index(w, "but")
	if b < 1 || !hasAny(w[:b], negation) || !hasAny(w[b+1:], negation) {
		return false
	}
	if w[len(w)-1] != "either" && !hasAny(w[b+1:], wordSet("call", "say")) {
		return false
	}
	return slices.ContainsFunc(w[:b], func(t string) bool { return !negation[t] && !bareDeny[t] })
}

// bareDeny are the words of a bare no: "not really", "no, not much".
var bareDeny = wordSet("no", "not", "really", "much", "at", "all", "nope", "nah", "well", "i", "dont", "think", "so")
