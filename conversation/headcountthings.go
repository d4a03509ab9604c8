package conversation

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
	"paralegals", "midwives", "cleaners", "tutors", "pickers", "packers", "hires", "recruits", "dancers")

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
	"be", "with", "hire", "hired", "hiring", "need", "count", "counting", "includes", "including", "plus", "and")

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
