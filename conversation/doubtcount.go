package conversation

import "strings"

// Numbers in a headcount answer that the reading may not have used.

// notStaff are what a number may count instead of staff.
var notStaff = wordSet("members", "volunteers", "customers", "subscribers", "users", "clients", "students",
	"patients", "followers", "visitors", "pupils", "guests", "farmers", "contractors", "freelancers",
	"cooperative", "collective", "independent", "independents", "subcontractors", "membership",
	"players", "kids", "children", "residents", "tenants", "passengers", "learners", "athletes",
	"franchisees", "franchisee", "suppliers", "growers", "vendors", "resellers", "dealers", "affiliates")

// ownFirm are words between a counted group and what makes it no staff:
// "the 60 knitters are their own cooperative".
var ownFirm = wordSet("their", "own", "an", "a")

// employVerbs before a number make it staff, whatever the next clause
// names.
var employVerbs = wordSet("employ", "employs", "employing", "employed", "payroll")

// unitWords after a number say it counts no people at all.
var unitWords = wordSet("years", "year", "months", "weeks", "days", "hours", "percent", "shops", "sites",
	"branches", "offices", "depots", "locations", "stores", "vans", "trucks", "countries", "cities",
	"systems", "each", "per", "times", "k", "pounds", "euros", "dollars", "million", "grand", "routes")

// spendWords before a number say it is money: "we spend 2000".
var spendWords = wordSet("spend", "spent", "pay", "paid", "cost", "costs", "budget", "£", "$", "€", "turnover", "revenue")

// addedWords beside a second number may add it to the first.
var addedWords = wordSet("another", "more", "extra", "additional")

// linkVerbs link a counted word to what it is ("90 families are all
// members") and do not count among the three words looked at.
var linkVerbs = wordSet("are", "were", "all", "also")

// inDoubt stands for an answer in doubt with no other option to offer:
// it is asked again.
const inDoubt = "?"

// otherHeadcount is the other size an answer read as v could mean: the
// staff alone when a number counts members, customers or volunteers
// ("60 staff, the 300 farmers are members"), or the sum when a
// quantity word the headcount reader does not know stands beside a
// number ("a dozen in the office and forty on site") or "plus" joins
// two ("190 on the payroll plus 80 drivers").
func otherHeadcount(q *question, w []string, v string) string {
	if o, _ := countedHeadcount(q, w, v); o != "" {
		return o
	}
	if o := largerRoleBeside(q, w, v); o != "" {
		return o
	}
	if o := fewAcrossAll(q, w, v); o != "" {
		return o
	}
	if o := leftOutGroup(q, w, v); o != "" {
		return o // "48 staff, the drivers ... so I don't count them"
	}
	return thingsBeside(q, w, v)
}

// largerRoleBeside is the size of the sum when the largest number counts
// people by a trade the reader does not know for staff ("16 fitters",
// "45 carers") and another number stands beside it ("2 of us in the
// office"): the trade may be staff too, so the sum is asked beside the
// reading.
func largerRoleBeside(q *question, w []string, v string) string {
	if _, ok := eachProduct(w); ok {
		return "" // "5 stylists in each" of twenty salons: read as the product
	}
	sum, largest, nums := 0, 0, 0
	role := false
	for i := 0; i < len(w); i++ {
		t, first := w[i], i
		n, width, ok := spokenCountAt(w, i)
		i += width - 1
		if !ok || n == 0 || isYear(t) || strings.HasSuffix(t, "k") || first > 0 && spendWords[w[first-1]] ||
			ceilingBefore(w, first) || i+1 < len(w) && unitWords[w[i+1]] || tiedElsewhere(w, i) || restSplit(w, i) {
			continue // "28 are weavers, the rest dye": a part told, no group
		}
		sum += n
		nums++
		if n > largest {
			largest = n
			role = i+1 < len(w) && tradePlural(w[i+1])
		}
	}
	if !role || nums < 2 {
		return ""
	}
	if o := q.headcount(sum); o != v {
		return o
	}
	return ""
}

// tradePlural reports whether t names people by their trade: "fitters",
// "carers", "translators", "florists", "technicians", "craftsmen", "seamen".
func tradePlural(t string) bool {
	for _, s := range []string{"ers", "ors", "ists", "ians", "men"} {
		if strings.HasSuffix(t, s) && len(t) > len(s)+2 {
			return !notStaff[t]
		}
	}
	return false
}

// thingsBeside is the size of the one bare number in an answer that
// also counts things ("we export 40 containers a year but the team is
// only 9", "300 pallets a week with a crew of 8") when it differs from
// v and a team word stands before it: either number may be the staff,
// so the two are asked between.
func thingsBeside(q *question, w []string, v string) string {
	things, rest := 0, []int{}
	for i, t := range w {
		n, ok := count(t)
		if !ok || n == 0 || isYear(t) {
			continue
		}
		if i+1 < len(w) && countsThings(w[i+1]) {
			things++
			continue
		}
		if !teamBefore(w, i) {
			return "" // "eighteen instructors and two in the office"
		}
		rest = append(rest, n)
	}
	if things == 0 || len(rest) != 1 {
		return ""
	}
	if o := q.headcount(rest[0]); o != v {
		return o
	}
	return ""
}

// teamWords name the whole staff a bare number after them counts.
var teamWords = wordSet("team", "staff", "crew", "workforce", "headcount", "payroll", "employees")

// teamBefore reports whether a team word is among the three words
// before w[i]: "the team is only 9", "a crew of 8".
func teamBefore(w []string, i int) bool {
	return hasAny(w[max(0, i-3):i], teamWords)
}

// countsThings reports whether t, after a number, is a plural of
// things: not people, members or a number.
func countsThings(t string) bool {
	return len(t) > 3 && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") &&
		!peopleWords[t] && !notStaff[t] && !isNumber(t)
}

// countedHeadcount is otherHeadcount, and whether the other size is sure:
// numbers added with "plus" or "a dozen" that the reader read one at a
// time, or staff beside members told apart, are read, not asked.
func countedHeadcount(q *question, w []string, v string) (string, bool) {
	if _, _, ok := boundedHeadcount(w); ok {
		// "fewer than 50 but more than 40": a range, read as such, its
		// "more" no number added.
		return "", false
	}
	if totalToldTwice(w) {
		return "", false // "we are seven: ... we are still seven"
	}
	if _, ok := eachProduct(w); ok {
		// "14 shops, each one around 20 staff, plus 15", "five centres,
		// seventeen in each, plus three": groups times their size,
		// already read with what "plus" adds.
		return "", false
	}
	// "plus" or a "+" between groups adds numbers the reader may have
	// read one at a time.
	staff, sum, others, vague := 0, 0, 0, hasAny(w, wordSet("plus", "+"))
	for i := 0; i < len(w); i++ {
		t, first := w[i], i
		n, width, ok := spokenCountAt(w, i)
		i += width - 1 // "twenty eight": one number, its words after read from its last
		if t == "dozen" && !(i > 0 && isNumber(w[i-1])) {
			n, ok, vague = 12, true, true
		}
		if !ok || n == 0 || i+1 < len(w) && unitWords[w[i+1]] && !yearRound(w[i+1:min(len(w), i+3)]) || strings.HasSuffix(t, "k") || first > 0 && spendWords[w[first-1]] ||
			productNumber(w, first) || ceilingBefore(w, first) || thingBesideBare(w, i) || measureOrAnimal(w, i) ||
			startCount(w, i) || countGone(w, i) || perPeriod(w, i) || countsPluralThing(w, i) && othersCounted(w) {
			continue // "Microsoft 365" is a name, "4,000 of our labels" things, "earlier we were 18" gone
		}
		if tiedElsewhere(w, i) {
			others++
			continue
		}
		if staff > 0 && (restatedTotal(w, i) || restatedWithout(w, i)) {
			continue // "me plus 8 staff, 10 if you count my mum": the same team again
		}
		if staff >= 2 && n == sum && (i+1 == len(w) || first > 0 && totalLeads[w[first-1]]) {
			continue // "6 in the office plus 20 riders, so 26": the parts' total
		}
		if isYear(t) && !yearShapedCount(w, first) {
			continue
		}
		staff++
		sum += n
	}
	if staff == 0 && others > 0 {
		return inDoubt, false // only members, customers or volunteers counted
	}
	if staff >= 2 && !vague && others == 0 && addedBesideNumber(w) {
		// "we were 45 at christmas and hired another 20 since": maybe
		// the sum, maybe not ("lost another 20"), so asked.
		if o := q.headcount(sum); o != v {
			return o, false
		}
	}
	if staff == 0 || !vague && others == 0 || vague && staff < 2 {
		return "", false
	}
	if staff >= 2 && hasAny(w, seasonWords) {
		// "8 of us plus 45 casual pickers at harvest": a peak, not a
		// sum to be sure of (see numberedAnswer).
		return "", false
	}
	if o := q.headcount(sum); o != v {
		return o, true
	}
	return "", false
}

// totalLeads before a number make it the sum of the counts before it:
// "so 26", "that's 25 all in", "makes 40".
var totalLeads = wordSet("so", "thats", "makes", "total", "totals", "equals")

// countsOthers reports whether the number at w[i] counts members,
// customers or volunteers: such a word in the three after it, before
// any other number or word for staff ("300 farmers are members", not
// "40 employees, 3,000 customers"). "are" and "were" link the counted
// word to what it is ("140 households are members"), so they do not
// stop the search as the staff word they are in "we are 12" does.
func countsOthers(w []string, i int) bool {
	if ofThem(w, i) {
		return true
	}
	if i > 0 && employVerbs[w[i-1]] {
		return false // "we employ 8, the tutors are freelancers"
	}
	if namedBefore(w, i) || deniedStaff(w, i) || i > 0 && serveVerbs[w[i-1]] {
		return true
	}
	seen := 0
	for _, t := range w[i+1:] {
		if _, n := count(t); n || peopleWords[t] && !notStaff[t] && !linkVerbs[t] {
			return false
		}
		if notStaff[t] {
			return true
		}
		if !linkVerbs[t] && !ownFirm[t] {
			seen++
		}
		if seen == 3 {
			return false
		}
	}
	return false
}

// ofThem reports a number told as "N of them" after the group it counts
// was named no staff: "the translators are freelancers, around 400 of
// them", "the volunteers don't count I guess, there are about 300 of
// them". The group is looked for in the ten words before, back to the
// last number.
func ofThem(w []string, i int) bool {
	if i+2 >= len(w) || w[i+1] != "of" || w[i+2] != "them" {
		return false
	}
	from := max(0, i-10)
	for j := i - 1; j > from; j-- {
		if isNumberWord(w[j]) {
			from = j // "12 volunteers, 40 of them": the group after the last count
			break
		}
	}
	return hasAny(w[from:i], notStaff)
}

// roughWords stand between a group named and its number: "the
// membership is around 650".
var roughWords = wordSet("is", "are", "was", "of", "about", "around", "roughly", "approximately", "some",
	"over", "nearly", "almost", "just", "under")

// serveVerbs before a number make it the customers a firm served, not
// its staff: "last season we brought 900 trekkers", "we guided 1,200".
var serveVerbs = wordSet("brought", "served", "serve", "serves", "welcomed", "welcome", "welcomes", "hosted",
	"host", "hosts", "guided", "guide", "guides", "treated", "treat", "treats", "taught", "teach", "teaches",
	"fed", "feed", "feeds", "insured", "insure", "insures")

// namedBefore reports a number whose group a word before it names as no
// staff, with only rough words between: "the membership is around 650".
func namedBefore(w []string, i int) bool {
	for j := i - 1; j >= max(0, i-4); j-- {
		if notStaff[w[j]] {
			// "600 students, 45 teachers": the word is the count's before.
			return j == 0 || !isNumberWord(w[j-1])
		}
		if !roughWords[w[j]] {
			return false
		}
	}
	return false
}

// deniedStaff reports a number its own words deny are staff before the
// next number: "420 kids registered but they're players not staff".
func deniedStaff(w []string, i int) bool {
	for j := i + 1; j < min(len(w), i+9); j++ {
		if _, n := count(w[j]); n {
			return false
		}
		if !verbNegation[w[j]] {
			continue
		}
		for _, t := range w[j+1 : min(len(w), j+3)] {
			if teamWords[t] || employVerbs[t] {
				return true
			}
		}
	}
	return false
}

// restatedTotal reports whether the number at w[i], after a count of
// staff, opens a count on a condition ("10 if you count my mum", "35 including the pickers") not
// joined to the others by "plus" or "and": the same team told again
// with a few more, no group to add.
func restatedTotal(w []string, i int) bool {
	if i+1 >= len(w) || !countConditions[w[i+1]] && w[i+1] != "including" && w[i+1] != "incl" {
		return false
	}
	return i == 0 || !hasAny(w[i-1:i], wordSet("plus", "and", "+", "another"))
}
