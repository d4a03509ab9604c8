package conversation

import (
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"
)

// Readings a description needs that a typed answer gets from the question
// asked: in a description nothing says which question a clause answers.

var (
	// multiplied are verbs of a quantity doubled or more.
	multiplied = wordSet("doubled", "tripled", "trebled", "quadrupled", "doubling", "tripling", "trebling")
	// businessMeasures are what grows when the business does.
	businessMeasures = wordSet("customers", "customer", "clients", "client", "students", "student", "orders",
		"sales", "revenue", "revenues", "turnover", "bookings", "members", "users", "subscribers",
		"subscriber", "subscriptions", "team", "staff", "headcount", "downloads", "signups", "business")
	// burdens grow without the business growing: "our energy bills
	// tripled".
	burdens = wordSet("costs", "cost", "bills", "bill", "prices", "price", "rent", "rents", "complaints",
		"losses", "debt", "debts", "fees", "rates", "premiums", "churn", "returns", "energy", "insurance")
)

// grownMultiple reads a business measure doubled or more ("our orders
// have trebled", "subscriber numbers quadrupled"): growing fast. What
// multiplied must be the business, not a cost, and not denied.
func grownMultiple(c []string) string {
	k := slices.IndexFunc(c, func(t string) bool { return multiplied[t] })
	if k < 0 || hasAny(c, burdens) || hasAny(c[:k], negation) || pastGrowth(c) {
		return ""
	}
	if hasAny(c[max(0, k-4):k], businessMeasures) {
		return "scaling"
	}
	return ""
}

// companyWords are the company a technology can be.
var companyWords = wordSet("company", "business")

// techIsTheBusiness reports "the app is the company", "the platform is
// the business": the technology is what the company sells.
func techIsTheBusiness(c []string) bool {
	for i := 0; i+2 < len(c); i++ {
		if techNouns[c[i]] && c[i+1] == "is" && hasAny(c[i+2:min(i+5, len(c))], companyWords) {
			return !hasAny(c, negation)
		}
	}
	return false
}

var (
	// tookVerbs take business from someone.
	tookVerbs = wordSet("taken", "took", "taking", "take", "takes", "stolen", "stole", "stealing", "steal",
		"poached", "poaching", "pinched", "grabbed", "grabbing", "captured", "lured", "luring", "eaten",
		"eating", "won", "winning")
	// rivalSubjects are other businesses as the subject of a clause.
	rivalSubjects = wordSet("competitors", "competitor", "rivals", "rival", "chains", "players", "brands",
		"agencies", "firms", "companies", "businesses", "retailers", "stores", "outlets", "platforms",
		"apps", "supermarkets", "sites", "websites", "marketplaces", "giants", "aggregators", "startups")
	// takenThings are the business others can take from us.
	takenThings = wordSet("customers", "clients", "advertising", "advertisers", "market", "students",
		"members", "bookings", "sales", "orders", "readers", "subscribers", "trade", "footfall", "guests",
		"patients", "users", "contracts", "buyers", "shoppers", "diners", "audience", "listings")
)

// othersTookOurs reads other businesses taking ours ("online outlets
// have taken much of our advertising"): competitors ahead. The subject
// is another business, never us; what is taken is our trade, and the
// clause does not deny it.
func othersTookOurs(c []string) string {
	k := slices.IndexFunc(c, func(t string) bool { return tookVerbs[t] })
	if k < 1 || !hasAny(c[:k], rivalSubjects) || hasAny(c[:k], selfWords) || hasAny(c, negation) {
		return ""
	}
	after := c[k+1 : min(k+6, len(c))]
	o := slices.Index(after, "our")
	if o >= 0 && hasAny(after[o+1:min(o+4, len(after))], takenThings) && takenOnline(c) {
		return "yes"
	}
	return ""
}

// withoutThingCounts is clause c without the numbers that count no one
// ("900 ewes", "a 30 barrel kit", "8,000 members", "400 freelance
// translators"): typed at the size question a bare number is a
// headcount, but a description counts its sheep and customers too.
func withoutThingCounts(c []string) []string {
	out := make([]string, 0, len(c))
	for i := 0; i < len(c); i++ {
		n, ok := count(strings.TrimSuffix(c[i], "+"))
		if !ok && bigNumbers[c[i]] {
			n, ok = 100, true // "a few hundred members", "thousands of users"
		}
		if !ok || n == 0 || isYear(c[i]) {
			out = append(out, c[i])
			continue
		}
		if productNumber(c, i) {
			continue // "Microsoft 365": a name, not a count
		}
		j := i + 1
		for j < len(c) && numberTails[c[j]] {
			j++ // "a few hundred", "twenty two"
		}
		if countsStaff(c[j:]) {
			out = append(out, c[i:j]...)
		} else {
			for len(out) > 0 && quantifiers[out[len(out)-1]] {
				out = out[:len(out)-1] // "a few" of "a few hundred members"
			}
		}
		i = j - 1
	}
	return out
}

var (
	// staffNouns count people who work in the company, beside peopleWords.
	staffNouns = wordSet("teachers", "teacher", "instructors", "instructor", "lawyer", "lawyers", "nurses",
		"carers", "chefs", "cooks", "mechanics", "cast", "timers", "timer", "fitters", "technicians",
		"staffers", "accountants", "solicitors", "designers", "agents", "therapists", "trainers", "coaches",
		"translators", "doctors", "vets", "cleaners", "waiters", "sales", "office")
	// staffModifiers stand between a number and its people: "two part
	// time teachers".
	staffModifiers = wordSet("part", "time", "full", "paid", "permanent", "salaried", "regular", "core",
		"fulltime", "parttime", "salary", "more", "other", "odd", "ish")
	// countEnds follow a headcount that names no noun: "we are 14",
	// "19 in the office", "eighteen and two in the office".
	countEnds = wordSet("in", "at", "on", "across", "with", "and", "plus", "or", "to", "now", "here",
		"altogether", "total", "overall", "all", "together", "of")
	// notCrew are people counted who do not work for the company, beside
	// notStaff.
	notCrew = wordSet("freelance", "residents", "ewes")
	// bigNumbers are round numbers written as words: "a few hundred".
	bigNumbers = wordSet("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens")
	// quantifiers go before a round number: "a few hundred", "several
	// thousand".
	quantifiers = wordSet("a", "few", "several", "couple", "many", "some", "of", "over", "about", "around")
	// numberTails continue a number: "a few hundred", "twenty two".
	numberTails = wordSet("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "dozen",
		"hundred", "thousand", "k", "million")
)

// countsStaff reports whether the words after a number say it counts
// the company's people.
func countsStaff(after []string) bool {
	for _, w := range after {
		switch {
		case notStaff[w] || notCrew[w]:
			return false
		case staffModifiers[w]:
			continue
		case peopleWords[w] || staffNouns[w] || countEnds[w]:
			return true
		default:
			return false
		}
	}
	return true // the clause ends on the number: "we are 14"
}

// hireWords name the executive a budget would pay for.
var hireWords = wordSet("cto", "cio", "executive", "exec", "hire", "hiring", "appointment", "salary",
	"head", "director", "manager", "leader", "lead", "officer", "role", "someone", "person", "fulltime", "full")

// tightInGeneral reports money said to be tight with no executive in the
// clause ("money is tight", "cash has been tight since the move"): how the
// business is doing, not whether it could pay one, which owners then
// answer no as often as maybe.
func tightInGeneral(c []string) bool {
	return slices.Contains(c, "tight") && !hasAny(c, hireWords)
}

// makerWords are who makes the technology a company buys: what they
// develop is their product, not ours.
var makerWords = wordSet("vendor", "vendors", "supplier", "suppliers", "provider", "providers",
	"manufacturer", "manufacturers", "licensor")

// spanWords open a span of recent time: "in the last two years".
var spanWords = wordSet("in", "over", "during", "within", "across")

// recentSpan reports "in the last two years", "over the past year":
// when something happened, not how old the company is.
func recentSpan(c []string) bool {
	for i := 0; i+2 < len(c); i++ {
		if spanWords[c[i]] && c[i+1] == "the" && (c[i+2] == "last" || c[i+2] == "past") {
			return true
		}
	}
	return false
}

// twoPlacesOnly reports data kept in two places and no more ("in two
// spreadsheets"): some trouble or a real problem, by the owner's words.
func twoPlacesOnly(c []string) bool {
	two := false
	for i := 1; i+1 < len(c); i++ {
		n, ok := count(c[i])
		if !ok || isYear(c[i]) || !containerWords[c[i+1]] {
			continue
		}
		if n > 2 {
			return false
		}
		two = two || n == 2
	}
	return two
}

// inflectedKey reports whether fuzzy hit h of clause c is a key of its
// option with a word inflected ("crashed" for "crashes"), not another
// word a letter away ("quote" for "quite").
func inflectedKey(q *question, c []string, h hit) bool {
	text := c[h.start:min(h.start+h.n, len(c))]
	for _, k := range q.Options[h.opt].Keys {
		kw := normalize(k)
		if len(kw) != len(text) || !wordsMatch(text, kw) {
			continue
		}
		same := true
		for i := range kw {
			same = same && (text[i] == kw[i] || english.Stem(text[i], false) == english.Stem(kw[i], false))
		}
		if same {
			return true
		}
	}
	return false
}

// dictatedMarks are punctuation dictated as words ("founded in 1972 comma
// with a case management system full stop"), by their first word and the
// word after it ("" for a one-word mark).
var dictatedMarks = map[string]string{"comma": "", "semicolon": "", "full": "stop", "new": "paragraph"}

// spokenMarks turns dictated punctuation into clause cuts: a dictated
// description is otherwise one clause, and a word of one sentence
// qualifies another's ("some 85 people ... confidentiality is
// paramount" read as some concern). cut[i] cuts before word i.
func spokenMarks(w []string, cut []bool) ([]string, []bool) {
	var ow []string
	var oc []bool
	pending := false
	for i := 0; i < len(w); i++ {
		next, ok := dictatedMarks[w[i]]
		if ok && next != "" && (i+1 >= len(w) || w[i+1] != next) {
			ok = false // "full time", "new staff"
		}
		if ok {
			if next != "" {
				i++
			}
			pending = true
			continue
		}
		ow = append(ow, w[i])
		oc = append(oc, cut[i] || pending)
		pending = false
	}
	return ow, oc
}

// techKinds name technology as what a company could be or make.
var techKinds = wordSet("tech", "technology", "software", "digital")

// notTechBusiness reports "not a tech business", "not a technology
// company": the owner says the company makes no technology.
func notTechBusiness(c []string) bool {
	for i, t := range c {
		if t != "not" {
			continue
		}
		for j := i + 1; j+1 < len(c) && j <= i+3; j++ {
			if techKinds[c[j]] && (companyWords[c[j+1]] || c[j+1] == "firm") {
				return true
			}
		}
	}
	return false
}

// deniesMakingTech reports "we do not develop technology": a denied
// making of technology, a statement about products, not a trade.
func deniesMakingTech(c []string) bool {
	return hasAny(c, negation) && hasAny(c, devVerbs) && (hasAny(c, techKinds) || hasAny(c, techNouns))
}

// forWords name whom something is made for: "a portal for small
// businesses", "an app to independent shops".
var forWords = wordSet("for", "to")

// othersMake reports other businesses in clause c other than as the
// customers of what is made ("for small businesses"): then what the
// clause says is made may be theirs.
func othersMake(c []string) bool {
	for i, t := range c {
		if otherWords[t] && !hasAny(c[max(0, i-3):i], forWords) {
			return true
		}
	}
	return false
}
