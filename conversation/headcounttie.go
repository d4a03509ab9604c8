package conversation

import (
	"slices"
	"strings"
)

// Which number of a size answer counts the staff. A number is the
// staff's when its words tie it to them ("35 of us", "we are 9", "the
// team is 14", "60 on the payroll"); a number whose group its clause
// ties to another firm or to us as outsiders ("the 40 riders work for a
// delivery partner, they are not ours", "the 250 growers supply us",
// "240 drivers use the app") is not, and neither is a number of members,
// customers or things. Word rules fitted to one set's sentences missed
// these; one reading of the ties covers them.

// staffTieNouns after a number make it the staff's, whatever its clause
// says next: "45 staff in our two shops" is staff, "our" or not.
var staffTieNouns = wordSet("people", "persons", "person", "employees", "employee", "staff", "fte", "ftes",
	"heads", "headcount", "payroll", "colleagues", "ppl", "workers", "team", "crew", "folks", "hands", "lads", "guys")

// outsiderWords after a group's number say it is not the firm's own:
// the firm as the group's object ("supply us", "rent our cars"), owned by
// another ("not ours", "agency drivers") or using what the firm sells.
var outsiderWords = wordSet("us", "our", "ours", "agency", "agencies", "freelance", "self", "use", "uses",
	"using", "rent", "rents", "renting", "supply", "supplies", "subscribe", "subscribes", "marketplace")

// vehicles after a number count no people: "150 tracked trucks".
var vehicles = wordSet("vehicles", "cars", "boats", "bikes", "buses", "lorries", "planes", "aircraft",
	"ambulances", "taxis", "scooters", "machines")

// tieLinks stand between a team word and its number: "the team is 14".
var tieLinks = wordSet("is", "of", "are", "was", "about", "around", "roughly", "approximately", "just",
	"only", "at", "now")

// totalIncludes right after a number make it a total of the staff.
var totalIncludes = wordSet("counting", "including", "incl")

// staffTied reports whether the number at w[i] is tied to the staff by a
// word before it ("we are 9", "employ 11", "the team is 14") or a staff
// noun just after ("35 people", "12 of us", "60 on the payroll").
func staffTied(w []string, i int) bool {
	if i > 0 && employVerbs[w[i-1]] && w[i-1] != "payroll" {
		return true // "we employ 11"
	}
	for j := i - 2; j >= max(0, i-4); j-- {
		// "the team is only 9", "a crew of 8"; not "on the payroll, 400
		// sellers", where the clause ended between.
		if !tieLinks[w[j+1]] {
			break
		}
		if teamWords[w[j]] && j > 0 && (w[j-1] == "not" || w[j-1] == "no") {
			break // "riders are not employees, around 400 riders": denied
		}
		if teamWords[w[j]] && slices.ContainsFunc(w[max(0, j-2):j], isNumberWord) && ownGroupAfter(w, i) {
			// "12 paid staff, about 300 volunteers": the staff word is the
			// 12's, the 300 names its own group ("four staff, now about
			// 60" tells the same staff later).
			break
		}
		if teamWords[w[j]] {
			return true
		}
	}
	if k := verbBeforeCount(w, i); k >= 0 && (w[k] == "are" || w[k] == "were") && (k == 0 || w[k-1] == "we" || weReAfter(w, k)) {
		return true // "we are 9", "we are about 300"; "we're 60" reads "were 60"
	}
	if i+1 >= len(w) {
		return false
	}
	if staffTieNouns[w[i+1]] || w[i+1] == "of" && i+2 < len(w) && w[i+2] == "us" {
		return true
	}
	if totalIncludes[w[i+1]] {
		return true // "24, counting the 2 drivers": the staff's total, its part named after
	}
	// "60 on the payroll", "70 on staff"; "1,100 guards on the roster":
	// whatever their role is called, those on the roster are staff.
	// Not volunteers or members, nor when a denial follows ("300 artists
	// on the roster but they're not staff"): the roster is then no payroll.
	if w[i+1] != "on" && i+2 < len(w) && strings.HasSuffix(w[i+1], "s") && w[i+2] == "on" {
		if notStaff[w[i+1]] || hasAny(w[i+3:], wordSet("not", "arent", "never", "isnt")) {
			return false
		}
		i++
	}
	return w[i+1] == "on" && hasAny(w[i+2:min(len(w), i+4)], rosterWords)
}

// rosterWords name the list the staff are on: "on the payroll", "on the rota".
var rosterWords = wordSet("payroll", "staff", "books", "roster", "rota", "rotas")

// tiedElsewhere reports whether the number at w[i] counts no staff: a
// unit, money, members or customers, a plural of things, or a group its
// words up to the next number tie to outsiders.
func tiedElsewhere(w []string, i int) bool {
	if pastEraAfter(w, i) || countGone(w, i) {
		return true // "85 now, over 600 in the seventies", "earlier we were 18": a count gone
	}
	if measureOrAnimal(w, i) {
		return true // "30 cows", "3,000 sqm of greenhouses"
	}
	if parentBesideOwn(w, i) {
		return true // "60 of us here, the parent company has 4,000"
	}
	if perPeriod(w, i) {
		return true // "9,000 tourists a year": served in a time, not staff
	}
	if servedCount(w, i) && (selfCountBeside(w, i) || countsPluralThing(w, i)) {
		// "we are 140, we run the payroll for 22,000 people"; "we write
		// handbooks for about forty small firms": clients, not staff.
		return true
	}
	if staffTied(w, i) {
		return false
	}
	if calledOutsiders(w, i) {
		return true // "the 60 pharmacists in our pool are freelancers"
	}
	if i > 0 && spendWords[w[i-1]] || moneyCount(w, i) || countsOthers(w, i) || unpaidGroup(w, i) || makersCount(w, i) || supplierCount(w, i) || itemCount(w, i) || workObject(w, i) {
		return true
	}
	if placeAfterModifier(w, i) {
		return true // "two sandwich shops", "three ice cream vans"
	}
	for j := i + 1; j < min(len(w), i+3); j++ {
		// "60 vans", "150 tracked trucks": the noun after an adjective.
		if (unitWords[w[j]] || vehicles[w[j]]) && !yearRound(w[j:min(len(w), j+2)]) {
			return true // not "300 year round"
		}
		if !strings.HasSuffix(w[j], "ed") && !strings.HasSuffix(w[j], "ing") {
			break
		}
	}
	for j := i + 1; j < min(len(w), i+12); j++ {
		if _, n := count(w[j]); n && j > i+1 {
			return false // not "200 1099 drivers": a number naming the same group
		}
		if includeWords[w[j]] {
			return false // "120, if you count the therapists we rent": its parts, told after
		}
		if w[j] == "plus" && (j > i+1 || hasCount(w[j+1:])) {
			// "about 120, plus some agency staff": the agency is the group
			// added; "260, plus agency workers, around 100" too, its own
			// number told after it.
			return false
		}
		if outsiderWords[w[j]] && outsider(w, j) {
			return true
		}
		if w[j] == "us" && w[j-1] == "for" && !hasAny(w[i+1:j], workVerbs) && selfCountBeside(w, i) {
			return true // "we are 8, but 300 families collect the herbs for us"
		}
		if paidPerPiece(w, i, j) && selfCountBeside(w, i) {
			return true // "28 people, plus 40 doctors who work with us per consultation"
		}
	}
	return false
}

// pastEraAfter reports a number its own words, up to the next number,
// set in a time gone: "over 600 in the seventies", "900 back in its
// heyday". A time since ("since the eighties") runs to today.
func pastEraAfter(w []string, i int) bool {
	end, next := min(len(w), i+7), -1
	for j := i + 1; j < len(w); j++ {
		if _, n := count(w[j]); n {
			end, next = min(end, j), j
			break
		}
	}
	if next >= 0 && isYear(w[next]) {
		// "About 40. Back in 2012 we were six": the year is the next
		// count's time, the count after it the one to weigh.
		next = nextCountAfter(w, next)
	}
	if next >= 0 && hasAny(w[i+1:next], pastCountVerbs) && countGone(w, next) {
		// "About 140 now. Back in the eighties this place employed over
		// 600": the era opens the next count's clause, its verb between.
		return false
	}
	return pastEra(w[i+1 : end])
}

// tiePrepositions before "us" or "our" make the firm a place or the
// whole, not the group's object: "across our clinics", "work for us",
// "12 of us".
var tiePrepositions = wordSet("across", "in", "at", "of", "on", "for", "with", "from", "to", "between",
	"over", "throughout", "among", "within", "by", "around")

// outsider reports whether the outsider word at w[j] ties its group to
// outsiders: "ours" only when denied ("not ours"), "us" and "our" only
// as the object of the group's verb ("supply us", "rent our cars").
func outsider(w []string, j int) bool {
	switch w[j] {
	case "ours":
		return w[j-1] == "not" || deniedThroughAdverb(w, j)
	case "us", "our":
		if tiePrepositions[w[j-1]] {
			// "they work for the cooperative, not for us": denied.
			return j >= 2 && w[j-2] == "not"
		}
		return true
	}
	return true
}

// approximators stand between a word and the number it governs: "for
// about 22,000 people".
var approximators = wordSet("about", "around", "roughly", "approximately", "some", "over", "nearly",
	"almost", "maybe", "circa", "ca")

// serveWords before a number make its people those the firm pays or does
// work for: "we pay 14,000 people", "the payroll for 22,000 people",
// "we cater for 5,000 a day".
var serveWords = wordSet("for", "pay", "pays", "paying", "serve", "serves", "serving", "feed", "feeds",
	"insure", "insures", "treat", "treats")

// workVerbs make a group that does something "for us" the firm's own:
// "300 people work for us".
var workVerbs = wordSet("work", "works", "working", "worked", "employed")

// servedCount reports whether the number at w[i] counts people the firm
// pays or works for: a serve word just before it, approximators aside.
func servedCount(w []string, i int) bool {
	j := i - 1
	for j >= 0 && approximators[w[j]] {
		j--
	}
	return j >= 0 && serveWords[w[j]]
}

// selfCountBeside reports whether another number of w is the firm's own
// count of itself ("we are 140", "headcount is 22", "the team is 30"):
// then people it serves or who supply it are told beside the staff, not
// as the staff.
func selfCountBeside(w []string, i int) bool {
	for j := range w {
		if j == i {
			continue
		}
		if _, ok := count(w[j]); ok && !isYear(w[j]) && staffTied(w, j) && !servedCount(w, j) {
			return true
		}
	}
	return false
}

// perRates after "per" make a rate of staff ("8 per shop", "4 per
// shift"), not people hired by the piece.
var perRates = wordSet("shop", "shift", "site", "branch", "store", "location", "team", "van", "crew",
	"office", "day", "week", "month", "year", "season", "hour", "department", "clinic", "hotel")

// paidPerPiece reports whether w[j] is a "per" that, some words after the
// number at w[i], ties its group to the job ("who work with us per
// consultation", "we book per lesson"): outside people paid by the
// piece, not staff.
func paidPerPiece(w []string, i, j int) bool {
	return w[j] == "per" && j > i+1 && j+1 < len(w) && !perRates[w[j+1]] && !timeWords[w[j+1]]
}

// placeUnits are the sites and vehicles a firm counts, not its people.
var placeUnits = wordSet("shops", "sites", "branches", "offices", "depots", "locations", "stores", "vans",
	"trucks", "salons", "cafes", "restaurants", "hotels", "clinics", "pubs", "bakeries", "farms", "yards",
	"campsites", "parks", "gyms", "studios", "garages", "warehouses", "factories", "bars", "nurseries")

// placeAfterModifier reports a number whose noun, up to three words on,
// is a place or vehicle, maybe after nouns that modify it: "four
// hotels", "two sandwich shops", "three ice cream vans". Not after a
// word for people ("40 shop staff" names people first), nor past a
// determiner, which starts another phrase ("Near enough 600. The boats").
func placeAfterModifier(w []string, i int) bool {
	for j := i + 1; j < min(len(w), i+4); j++ {
		if placeUnits[w[j]] || vehicles[w[j]] {
			return !slices.ContainsFunc(w[i+1:j], func(t string) bool {
				_, n := count(t)
				return n || peopleWords[t] || tiePrepositions[t] || t == "and" || t == "or" || determiners[t]
			})
		}
	}
	return false
}

// verbBeforeCount is the index of the word before the number at w[i],
// approximators aside ("we are about 300"), or -1.
func verbBeforeCount(w []string, i int) int {
	k := i - 1
	for k > 0 && approximators[w[k]] {
		k--
	}
	return k
}

// ownGroupAfter reports a plural noun right after the number at w[i]
// that is no word for the staff: "300 volunteers", "120 freelancers".
func ownGroupAfter(w []string, i int) bool {
	if i+1 >= len(w) {
		return false
	}
	n := w[i+1]
	return len(n) > 3 && strings.HasSuffix(n, "s") && !staffTieNouns[n] && !teamWords[n] && !isNumberWord(n)
}
