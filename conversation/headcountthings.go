package conversation

import (
	"slices"
	"strings"
)

// Numbers of a size answer that count the firm's output or its things,
// not its people: "we fill about 9000 bottles a day", "4,000 of our
// labels on shelves", "and 64 dogs". Told beside a count of people they
// are never the headcount, nor a part to add, nor a season's count.

// rateUnits after "a", "an" or "per" make a number a rate of work.
var rateUnits = wordSet("day", "week", "month", "night", "hour", "year", "morning", "evening", "weekend")

// rateAdverbs after a number make it a rate of work: "400 covers daily".
var rateAdverbs = wordSet("daily", "weekly", "monthly", "nightly", "hourly", "yearly", "annually")

// personPlurals are plurals of people the doer endings ("-ers", "-ists")
// miss: a number before them may count staff.
var personPlurals = wordSet("guides", "chefs", "cooks", "nurses", "maids", "guards", "pilots", "vets", "temps",
	"interns", "marshals", "hostesses", "waitresses", "stewards", "medics", "aides", "nannies", "clerks", "mates",
	"hands", "staffs", "men", "women", "girls", "boys", "ladies", "lads", "chaps", "apprentices", "trainees",
	"seasonals", "casuals", "monks", "nuns", "coaches", "grooms", "jockeys", "sailors", "deckhands", "crews",
	"techs", "reps", "admins", "physios", "barbers", "builders", "joiners", "juniors", "seniors", "associates",
	"paralegals", "midwives", "cleaners", "tutors", "pickers", "packers", "hires", "recruits", "dancers",
	"mechanics")

// rateOfWork reports whether the number at w[i] is a rate of work per
// unit of time ("9,000 bottles a day", "600 meals a night", "400 covers
// daily"): output or visitors, never the people on the staff. A number
// of people per day ("20 staff a day on the floor") stays a count.
func rateOfWork(w []string, i int) bool {
	if i+1 < len(w) && (peopleWords[w[i+1]] || staffTieNouns[w[i+1]] || staffNouns[w[i+1]]) {
		return false
	}
	for j := i + 1; j < min(len(w), i+5); j++ {
		if isNumberWord(w[j]) {
			return false
		}
		if rateAdverbs[w[j]] {
			return true
		}
		if (w[j] == "a" || w[j] == "an" || w[j] == "per" || w[j] == "every" || w[j] == "each") &&
			j+1 < len(w) && rateUnits[w[j+1]] {
			return true
		}
	}
	return false
}

// countedNoun is the noun the number at w[i] counts: the word after it,
// or after "of our", "of the" ("4,000 of our labels").
func countedNoun(w []string, i int) (int, bool) {
	j := i + 1
	if j+1 < len(w) && w[j] == "of" && possessives[w[j+1]] {
		j += 2
	}
	return j, j < len(w)
}

// possessives stand between "N of" and the noun it counts.
var possessives = wordSet("our", "the", "their", "its", "his", "her", "my")

// placedCount reports whether the number at w[i] counts the people at a
// place: "24 in the factory", "18 at the brewery", "about 45 on site".
func placedCount(w []string, i int) bool {
	return i+1 < len(w) && (w[i+1] == "in" || w[i+1] == "at" || w[i+1] == "on") &&
		!placeAfterModifier(w, i)
}

// peopleCountBeside reports whether a number of w other than w[i]
// counts people: bare, tied to the staff, or at a place.
func peopleCountBeside(w []string, i int) bool {
	for j := range w {
		if _, ok := count(w[j]); !ok || j == i || isYear(w[j]) || countsPluralThing(w, j) || rateOfWork(w, j) {
			continue
		}
		if bareCount(w, j) || staffTied(w, j) || placedCount(w, j) {
			return true
		}
	}
	return false
}

// countHoldVerbs before a number leave its noun to say whether it counts
// people ("we have 85 couriers", "we employ 420 operatives"); other verbs
// after "we" make it the object of the firm's work ("we fill 900 jars").
var countHoldVerbs = wordSet("have", "has", "had", "got", "employ", "employs", "employed", "are", "were", "is", "was",
	"be", "with", "hire", "hired", "hiring", "need", "count", "counting", "includes", "including", "plus", "and", "add", "adds", "adding")

// plainlyThings reports whether the words around the number at w[i] make
// what it counts things, not people of a trade the reader does not know:
// "of our" before the noun ("4,000 of our labels"), or the number the
// object of the firm's work ("we fill about 9000 bottles").
func plainlyThings(w []string, i int) bool {
	if j, _ := countedNoun(w, i); j > i+1 {
		return true
	}
	k := i - 1
	for k >= 0 && approximators[w[k]] {
		k--
	}
	return k >= 1 && (w[k-1] == "we" || w[k-1] == "i" || w[k-1] == "they") && !countHoldVerbs[w[k]]
}

// plainThingCount reports whether the number at w[i] plainly counts
// things: a rate of work, or a plural of things the words make plain
// told beside a count of people.
func plainThingCount(w []string, i int) bool {
	if employedCount(w, i) || staffTied(w, i) {
		return false
	}
	return rateOfWork(w, i) || countsPluralThing(w, i) && plainlyThings(w, i) && peopleCountBeside(w, i)
}

// employedCount reports whether an employ verb governs the number at
// w[i], approximators aside: "we employ some 420 cleaning operatives".
func employedCount(w []string, i int) bool {
	k := i - 1
	for k >= 0 && approximators[w[k]] {
		k--
	}
	return k >= 0 && employVerbs[w[k]]
}

// placeName reports whether the number at w[i] names one of the firm's
// places after a singular place noun: "opening park eight", "store seven
// opens in June". A place said with "the" or after "in" or "at" before it
// ("in the shop 4, the office 2") may count its people and is left alone.
func placeName(w []string, i int) bool {
	if i == 0 || !placeUnits[w[i-1]+"s"] && !placeUnits[strings.TrimSuffix(w[i-1], "y")+"ies"] {
		return false
	}
	if countsDoers(w, i) || i+1 < len(w) && personPlurals[w[i+1]] || staffTied(w, i) {
		return false // "not a big shop, 14 techs", "not a small shop. 140 on the payroll"
	}
	return i < 2 || !possessives[w[i-2]] && !tiePrepositions[w[i-2]] && w[i-2] != "a"
}

// supplierCount reports whether the number at w[i] counts those the firm
// buys from: "we buy from about 300 farming families", "sourced from
// roughly 200 growers". Not a change told "from 5 to 12".
func supplierCount(w []string, i int) bool {
	k := i - 1
	for k >= 0 && approximators[w[k]] {
		k--
	}
	if k < 0 || w[k] != "from" {
		return false
	}
	return !slices.Contains(w[i+1:min(len(w), i+5)], "to")
}

// itemModifiers may stand between a number and the machine it counts.
var itemModifiers = wordSet("old", "new", "single", "shared", "spare", "little", "ancient", "decent")

// itemCount reports whether the number at w[i] counts machines ("one
// laptop", "two old computers") or, when it is one, a place ("one shop"):
// never people. "8 office" counts the office's people, and "one app
// developer" a person named by the machine.
func itemCount(w []string, i int) bool {
	j := i + 1
	if j < len(w) && itemModifiers[w[j]] {
		j++
	}
	if j >= len(w) || w[j] == "it" {
		return false
	}
	if j+1 < len(w) && (peopleWords[w[j+1]] || staffTieNouns[w[j+1]] || staffNouns[w[j+1]] || personNoun(w[j+1])) {
		return false
	}
	t := w[j]
	if itNouns[t] || placeUnits[t] || vehicles[t] {
		return t != "office" && t != "offices" || w[i] == "one" || w[i] == "1"
	}
	one := w[i] == "one" || w[i] == "1"
	return one && (placeUnits[t+"s"] || vehicles[t+"s"])
}

// personNoun reports a singular or plural noun of a doer: "developer",
// "technicians", "guide".
func personNoun(t string) bool {
	for _, s := range []string{"er", "or", "ist", "ian", "ers", "ors", "ists", "ians"} {
		if strings.HasSuffix(t, s) && len(t) > len(s)+2 {
			return true
		}
	}
	return personPlurals[t] || personPlurals[t+"s"]
}

// subjectAdverbs may stand between "we" and its verb: "we now run seven".
var subjectAdverbs = wordSet("now", "still", "currently", "also", "only", "already", "just", "really", "probably",
	"basically", "mostly", "usually", "then", "all", "both")

// countVerbs after "we" or "I" leave a number after them a count of
// people or a guess at one: "we number 40", "we hit 50", "I think 30".
var countVerbs = wordSet("number", "total", "totals", "reach", "reached", "hit", "passed", "crossed", "topped",
	"became", "become", "think", "guess", "reckon", "say", "believe", "suppose", "estimate", "figure", "imagine",
	"mean", "make", "ve", "d", "ll", "m", "re", "s", "am")

// workObject reports whether the number at w[i], with no word for people
// after it, is the object of the firm's work: "we now run seven [parks]",
// "we fill about 9000 [bottles]". The firm is its subject, so the number
// counts what it works on, never its people.
func workObject(w []string, i int) bool {
	if i+1 < len(w) && (peopleWords[w[i+1]] || staffTieNouns[w[i+1]] || staffNouns[w[i+1]] || personNoun(w[i+1])) {
		return false
	}
	k := i - 1
	for k >= 0 && approximators[w[k]] {
		k--
	}
	if k < 1 || countHoldVerbs[w[k]] || countVerbs[w[k]] || employVerbs[w[k]] || spendWords[w[k]] || foundingWords[w[k]] {
		return false
	}
	s := k - 1
	for s > 0 && subjectAdverbs[w[s]] {
		s--
	}
	return (w[s] == "we" || w[s] == "they") && k-s <= 2
}

// measureWords and animalWords after a number count land, weight, room
// or livestock: "3,000 sqm of greenhouses", "30 cows", "40 hives".
// Never people, whatever else the answer counts.
var (
	measureWords = wordSet("acres", "acre", "hectares", "ha", "tonnes", "tons", "tonne", "kg", "kilos", "litres",
		"liters", "gallons", "sqm", "m2", "sq", "square", "metres", "meters", "miles", "km", "beds", "rooms",
		"seats", "pitches", "kennels", "stables", "hives", "covers", "pallets", "containers", "bottles", "barrels")
	animalWords = wordSet("cows", "cattle", "sheep", "ewes", "lambs", "goats", "pigs", "horses", "ponies", "dogs",
		"cats", "hens", "chickens", "birds", "bees", "alpacas", "llamas", "donkeys", "fish", "salmon", "animals",
		"calves", "camels", "ducks", "turkeys", "cattle", "heifers", "bulls", "sows")
)

// measureOrAnimal reports a number whose next word, or the one after a
// modifier, is a measure or an animal.
func measureOrAnimal(w []string, i int) bool {
	for j := i + 1; j < min(len(w), i+3); j++ {
		if measureWords[w[j]] || animalWords[w[j]] {
			return j+1 == len(w) || w[j+1] != "worth" // "three hives' worth of humans" counts the humans
		}
		if !thingModifier(w[j]) {
			return false
		}
	}
	return false
}

// todayWords mark the count of today beside one of the start.
var todayWords = wordSet("now", "today", "nowadays", "currently")

// startCount reports a number told of the firm's start ("started with 3
// of us", "3 of us when we started") while another number is told of
// now ("now 45", "45 today"): the start's count is no headcount today,
// whatever staff word it carries.
func startCount(w []string, i int) bool {
	near := w[max(0, i-4):min(len(w), i+7)]
	if todayCount(w, i) || !hasAny(near, startedWords) {
		return false
	}
	for j := range w {
		if _, ok := count(w[j]); ok && j != i && !isYear(w[j]) && todayCount(w, j) {
			return true
		}
	}
	return false
}

// todayCount reports a number told of today: "now 45", "today 30
// people", "45 today" (not "2, today 30", where "today" is the next
// number's).
func todayCount(w []string, j int) bool {
	if _, ok := count(w[j]); !ok {
		return false
	}
	if j > 0 && todayWords[w[j-1]] {
		return true
	}
	return j+1 < len(w) && todayWords[w[j+1]] && (j+2 >= len(w) || !isNumberWord(w[j+2]))
}
