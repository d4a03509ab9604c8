package conversation

import (
	"slices"
	"strconv"
	"strings"
)

// Limits on the plain statements a description is read for: each must
// carry, within its clause, the evidence a typed answer to the question
// would. A typed answer has the question for context ("since 2017" typed
// at the stage question means the owner calls the firm steady); a
// description has none, so a statement that is right only most of the
// time is left to ask.

// youngFirm is the age under which a description's age of the company
// says it is no start-up, not whether it is steady or growing fast: the
// owners of such firms answer either (as stageFromAge already lets
// growth outweigh an age under twelve).
const youngFirm = 12

// steadyWords say the firm is steady beside its age: "trading since 2019
// and steady".
var steadyWords = wordSet("steady", "steadily", "stable", "flat", "mature", "ticking", "unchanged")

// youngAgeOnly reports a clause read as established on a company's age
// under youngFirm and nothing that says steady.
func youngAgeOnly(c []string) bool {
	age, ok := companyAge(c)
	return ok && age > 2 && age < youngFirm && !hasAny(c, steadyWords)
}

var (
	// victimOrgs are organisations an attack can hit besides us: "the
	// council next door was hit", "a supplier of ours got hit".
	victimOrgs = wordSet("council", "councils", "supplier", "suppliers", "bank", "banks", "hospital",
		"hospitals", "school", "schools", "company", "companies", "firm", "firms", "business", "businesses",
		"charity", "charities", "practice", "practices", "agency", "agencies", "shop", "shops", "partner",
		"partners", "chain", "chains", "group", "retailer", "retailers", "airline", "airport", "nhs")
	// ownedBy make an organisation ours: "our company was hit".
	ownedBy = wordSet("our", "my", "this")
	// virusHosts make a virus a computer's.
	virusHosts = wordSet("computer", "computers", "pc", "pcs", "laptop", "laptops", "server", "servers",
		"email", "emails", "network", "files", "system", "systems", "website", "site")
	// breachKinds make a breach one of data or security, not of
	// contract.
	breachKinds = wordSet("data", "security", "cyber", "privacy")
)

// attackOnUs reports an attack on computers that hit us: not a stomach
// virus, a breach of contract, a form "we hacked together", or an attack
// on another organisation.
func attackOnUs(c []string) bool {
	attack := false
	for i, t := range c {
		switch {
		case !attackNouns[t]:
		case t == "virus" && !hasAny(c, virusHosts) && !hasAny(c, techNouns):
		case t == "breach" && !hasAny(c[max(0, i-2):i], breachKinds):
		case t == "hacked" && i > 0 && subjectSelf[c[i-1]]:
		default:
			attack = true
		}
	}
	if !attack {
		return false
	}
	for i, t := range c {
		if victimOrgs[t] && !hasAny(c[max(0, i-2):i], ownedBy) {
			return false
		}
	}
	return victimIsUs(c)
}

var (
	// physicalSecurity follow "security" when it is guards and locks,
	// not cyber security.
	physicalSecurity = wordSet("guard", "guards", "camera", "cameras", "cctv", "tag", "tags", "gate", "gates",
		"fence", "fences", "alarm", "alarms", "patrol", "patrols", "dog", "dogs", "door", "doors", "lock", "locks",
		"officer", "officers", "staff", "personnel", "team", "van", "vans", "lighting", "checks", "check")
	// otherSecurity go before "security" that is not a company's
	// systems': "job security", "food security".
	otherSecurity = wordSet("social", "job", "food", "national", "airport", "border", "event", "physical",
		"site", "building", "income", "energy", "water")
)

// cyberSecurity reports a security word in c that means the security of
// systems and data, not guards and cameras or job security.
func cyberSecurity(c []string) bool {
	for i, t := range c {
		if !securityWords[t] || securityOfGuarded(c, i) {
			continue
		}
		if t != "security" || (i+1 >= len(c) || !physicalSecurity[c[i+1]]) && (i == 0 || !otherSecurity[c[i-1]]) {
			return true
		}
	}
	return false
}

var (
	// othersSensitive are kinds of data that are always others' and
	// hurt in a breach: patients' records, children's details.
	othersSensitive = wordSet("sensitive", "patient", "patients", "health", "medical", "clinical",
		"confidential", "children", "childrens", "kids")
	// dataOwners are the people whose personal or financial data a
	// company can hold: "our customers' card details".
	dataOwners = wordSet("customer", "customers", "client", "clients", "member", "members", "patient",
		"patients", "resident", "residents", "pupil", "pupils", "student", "students", "donor", "donors",
		"tenant", "tenants", "employee", "employees", "staff", "user", "users", "guest", "guests", "families",
		"parents", "policyholders", "people", "subscribers", "buyers", "shoppers", "applicants", "candidates")
)

// othersData reports that the sensitive data held in c is others': a
// kind that always is (patient records, children's details), or financial
// data of people named ("financial details for 3,000 customers"), not
// "our own financial records".
func othersData(c []string) bool {
	if slices.Contains(c, "own") {
		return false
	}
	return hasAny(c, othersSensitive) || hasAny(c, dataOwners)
}

// systemThings are what fails when systems fail: not a van, a card
// machine or the wifi, whose failing owners rate some as often as a
// real need of work.
var systemThings = wordSet("system", "systems", "server", "servers", "erp", "mrp", "crm", "database", "pc",
	"pcs", "computer", "computers", "laptop", "laptops", "till", "tills", "network", "website", "site",
	"software", "app", "apps", "platform", "portal", "email", "tech")

// peripherals are the connections and devices around a company's
// systems: the wifi, the card machine. Their failing, said in passing,
// owners rate a real need of work or some trouble alike.
var peripherals = wordSet("wifi", "broadband", "internet", "card", "printer", "printers", "phone", "phones", "drive",
	"reader", "readers", "signal", "connection")

// peripheralOnly reports a clause about a peripheral and no system.
func peripheralOnly(c []string) bool {
	return hasAny(c, peripherals) && !hasAny(c, systemThings)
}

// hireRoles name the hire itself: the executive, the appointment or its
// salary.
var hireRoles = wordSet("cto", "cio", "executive", "exec", "appointment", "hire", "hiring", "salary")

// leadRoles are roles that are a technology hire with a technology word
// beside them ("head of technology", "IT manager"), and not otherwise
// ("the shop manager", "the finance director").
var leadRoles = wordSet("director", "head", "manager", "leader", "lead", "officer")

// techRoleWords make a role a technology one.
var techRoleWords = wordSet("tech", "technology", "digital", "data", "systems", "cto", "cio", "technical")

// namesHire reports whether c names a technology hire: the executive,
// its appointment or salary, or a lead role beside a technology word.
func namesHire(c []string) bool {
	for i, t := range c {
		if hireRoles[t] {
			return true
		}
		if leadRoles[t] && hasAny(c[max(0, i-3):min(len(c), i+4)], techRoleWords) {
			return true
		}
	}
	return false
}

// hireEnds may follow the word for a hire that a budget is for: "no
// money for staff", "no budget for a CTO this year"; another noun makes
// it a modifier ("no budget for staff training").
var hireEnds = wordSet("in", "at", "this", "next", "right", "now", "yet", "until", "or", "and", "because",
	"so", "to", "on", "for", "with", "the", "a", "an", "of", "any", "at", "as", "like", "either", "anyway",
	"salary", "salaries", "role", "roles", "position", "post", "level")

// hirePeople are the hire named plainly: "a full-time tech person".
var hirePeople = wordSet("person", "someone", "somebody", "candidate", "candidates", "applicant", "individual")

// moneyForHire reports "no money for <a hire>" in c: the word for the
// hire ends the phrase or a function word follows it.
func moneyForHire(c []string) bool {
	for i, t := range c {
		if !execWords[t] && !hirePeople[t] || t == "full" {
			continue
		}
		if i+1 == len(c) || hireEnds[c[i+1]] || execWords[c[i+1]] {
			return true
		}
	}
	return false
}

// possibleStaff are word endings of a trade counted as people the
// readers do not know ("23 groomers", "30 movers"): they may be staff.
var possibleStaff = []string{"ers", "ors", "ists", "ians"}

// unknownCrew reports a count in c of a trade that may be the company's
// people but is not known to be ("23 groomers"): beside it, a smaller
// count ("3 on reception") is part of the headcount, not all of it.
func unknownCrew(c []string) bool {
	for i := 0; i+1 < len(c); i++ {
		n, ok := count(strings.TrimSuffix(c[i], "+"))
		if !ok || n == 0 || isYear(c[i]) {
			continue
		}
		j := i + 1
		for j < len(c) && (numberTails[c[j]] || staffModifiers[c[j]]) {
			j++
		}
		if j == len(c) {
			continue
		}
		w := c[j]
		if peopleWords[w] || staffNouns[w] || notStaff[w] || notCrew[w] || makerWords[w] || w == "years" {
			continue
		}
		for _, end := range possibleStaff {
			if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
				return true
			}
		}
	}
	return false
}

// outsourcers build technology for a company: what they build may be a
// product or a tool the company uses.
var outsourcers = wordSet("agency", "freelancer", "freelancers", "contractor", "contractors", "studio",
	"consultancy", "outsourced", "outsource", "outsourcing", "developer")

var (
	// respectWords say in what others are ahead: "ahead of us on price".
	respectWords = wordSet("on", "in", "at", "for")
	// techRespects are technology as what others are ahead in.
	techRespects = wordSet("online", "digitally", "digital", "tech", "technology", "website", "websites",
		"systems", "automation", "ecommerce", "internet", "data", "computers", "ai", "innovation", "it")
)

// aheadInOther reports a lead in something other than technology in the
// words after "ahead": "ahead of us on price", "years ahead in scale".
func aheadInOther(after []string) bool {
	k := slices.IndexFunc(after[:min(4, len(after))], func(t string) bool { return respectWords[t] })
	if k < 0 {
		return false
	}
	return !hasAny(after[k+1:], techRespects) && !hasAny(after[k+1:], techNouns)
}

// onceWords make a failure or a demand a single or a rare event: "the
// till crashed once", "a client once asked about security".
var onceWords = wordSet("once", "occasionally", "rarely", "sometimes", "seldom")

// repeatAfterOnce make "once" a rate: "once a week", "once or twice a
// month".
var repeatAfterOnce = wordSet("a", "an", "every", "per", "or", "each")

// onceRate reports "once a week", "once every month": a habit.
func onceRate(c []string) bool {
	k := slices.Index(c, "once")
	return k >= 0 && k+1 < len(c) && repeatAfterOnce[c[k+1]] && c[k+1] != "or"
}

// rareEvent reports a clause that tells of a single or rare event.
func rareEvent(c []string) bool {
	for i, t := range c {
		if !onceWords[t] {
			continue
		}
		if t == "once" && i+1 < len(c) && repeatAfterOnce[c[i+1]] {
			continue
		}
		return true
	}
	return false
}

// onlineRivals are other businesses that are technology: "comparison
// sites", "the marketplaces".
var onlineRivals = wordSet("sites", "marketplaces", "aggregators", "ecommerce", "amazon")

// takenOnline reports technology in a clause of others taking our
// trade ("delivery apps took a third of our orders"): the supermarkets
// taking customers on price are not ahead on technology.
func takenOnline(c []string) bool {
	return hasAny(c, techNouns) || hasAny(c, techRespects) || hasAny(c, onlineRivals)
}

// fellBack are words of growth that did not last: "doubled in 2020 and
// went flat".
var fellBack = wordSet("fell", "dropped", "declined", "shrank", "slumped", "flat", "back", "used")

// pastGrowth reports growth that is over: a year before last, or a fall
// after it.
func pastGrowth(c []string) bool {
	if hasAny(c, fellBack) || hasAny(c, steadyWords) {
		return true
	}
	for _, t := range c {
		if y, err := strconv.Atoi(t); err == nil && isYear(t) && thisYear()-y >= 2 {
			return true
		}
	}
	return false
}

// companyYearWords put a year as the company's: "since 2009", "est.
// 1990".
var companyYearWords = wordSet("since", "est", "established", "founded", "opened", "started", "incorporated")

// strayYear reports a clause whose years are none of them the company's:
// an event's ("hit by ransomware in 2012"), a thing's ("the ERP is from
// 2004"), or a sum read as a year ("raised 2,000 pounds"). Typed at the
// stage question a year is the company's; in a description it is
// whatever the clause dates.
func strayYear(c []string) bool {
	stray := false
	for i, t := range c {
		if !isYear(t) {
			continue
		}
		prev := ""
		if i > 0 {
			prev = c[i-1]
		}
		switch {
		case prev == "from" && !hasAny(c[:i], agedThings) && !hasAny(c[:i], techNouns):
			return false // "the company is from 1991"
		case companyYearWords[prev], prev != "from" && hasAny(c[:i], foundingWords):
			return false // "since 2009", "the first opened in 2004"
		}
		stray = true
	}
	return stray
}

// internalUse makes what we build a tool for ourselves: "software tools
// for internal use".
var internalUse = wordSet("internal", "internally", "inhouse")

// madeTechProduct reports a clause that names technology as what is
// made, and not for our own use: "we build our own furniture" makes no
// technology product.
func madeTechProduct(c []string) bool {
	return (hasAny(c, techNouns) || hasAny(c, techKinds)) && !hasAny(c, internalUse)
}

// budgetForOther reports a budget for a thing, not the hire: "the budget
// for a new roof"; "the budget for next year" is when, not what; "for
// the right candidate" is the hire.
func budgetForOther(c []string) bool {
	k := slices.Index(c, "for")
	if firmFramed(c, k) {
		return budgetForOther(c[k+3:]) // "For the clinic this is no question, ...": who, not what for
	}
	if k < 0 || k+1 >= len(c) || c[k+1] != "a" && c[k+1] != "an" && c[k+1] != "the" && c[k+1] != "new" {
		return false
	}
	rest := c[k+1:]
	if forPeriod(rest) {
		return false // "in the budget for the new fiscal year": when, not what for
	}
	if n := slices.IndexFunc(rest, func(t string) bool { return negation[t] }); n >= 0 {
		rest = rest[:n] // "for a new warehouse, not for a candidate"
	}
	if hasAny(rest, ownFirmNouns) && hasAny(rest, wordSet("size", "ours")) {
		return false // "doable for a company our size": who pays, not what for
	}
	return !hasAny(rest, execWords) && !hasAny(rest, hireRoles) && !hasAny(rest, techRoleWords) &&
		!hasAny(rest, hirePeople) && !forDeciders(rest)
}

// budgetPeriodWords name a span of time a budget runs for: "the new fiscal
// year", "the coming quarter".
var (
	budgetPeriodWords   = wordSet("year", "years", "fiscal", "financial", "quarter", "season", "month", "months", "fy")
	budgetPeriodOpeners = wordSet("a", "an", "the", "new", "next", "coming", "following", "current", "this", "our")
)

// forPeriod reports words after "for" that name a period, not a thing:
// "the new fiscal year", "next year", "2026".
func forPeriod(rest []string) bool {
	for _, t := range rest {
		switch {
		case budgetPeriodOpeners[t]:
			continue
		case budgetPeriodWords[t]:
			return true
		case len(t) == 4 && strings.Trim(t, "0123456789") == "":
			return true
		}
		return false
	}
	return false
}

// otherPartWords open a clause about the other part of what the clause
// before judged: "the systems at the depot are fine, the ones at head
// office aren't".
var otherPartWords = wordSet("ones", "others", "rest", "other")

// turnsToOtherPart reports a clause opening on the other part.
func turnsToOtherPart(c []string) bool {
	if len(c) > 0 && c[0] == "the" {
		c = c[1:]
	}
	return len(c) > 0 && otherPartWords[c[0]]
}

// pastOnly reports a clause about how things were: "used to be a mess",
// "was a worry until we moved".
func pastOnly(c []string) bool {
	if hasPhrase(c, []string{"used", "to"}) {
		return true
	}
	return slices.Contains(c, "until") && (slices.Contains(c, "was") || slices.Contains(c, "were"))
}

// othersGrowing are subjects that grow without us: "our clients are
// growing fast", "the town is booming".
var othersGrowing = wordSet("clients", "customers", "client", "customer", "town", "city", "market", "markets",
	"sector", "industry", "area", "region", "competitors", "rivals", "kids", "children", "population",
	"suppliers", "partners", "economy", "neighbourhood", "village", "country")

// growthByOthers reports growth in c whose subject is someone else.
func growthByOthers(q *question, c []string, cut []bool) bool {
	for _, h := range findHits(q, c, cut) {
		if h.class == content && q.Options[h.opt].Value == "scaling" && !h.negated &&
			hasAny(c[max(0, h.start-4):h.start], othersGrowing) {
			return true
		}
	}
	return false
}

// namesScaling reports a key of growth in c, not denied.
func namesScaling(q *question, c []string, cut []bool) bool {
	for _, h := range findHits(q, c, cut) {
		if h.class == content && q.Options[h.opt].Value == "scaling" && !h.negated {
			return true
		}
	}
	return false
}

var (
	// countApprox go between a word and a count: "with about 60 staff".
	countApprox = wordSet("about", "around", "approximately", "approx", "some", "over", "nearly", "roughly",
		"just", "under", "almost", "maybe", "perhaps", "circa", "c", "like", "only", "exactly", "ish", "currently")
	// ownCountBefore may go before a count of the company's own people:
	// "we are 14", "a bakery with 22 staff", "a team of 12", "me and
	// five lads". A verb of doing to people ("we feed 200 people", "the
	// hall seats 300") is not among them.
	ownCountBefore = wordSet("with", "and", "plus", "are", "were", "be", "is", "its", "a", "of", "have", "has",
		"had", "employ", "employs", "employing", "now", "total", "think", "we", "us", "incl", "including",
		"counting", "team", "staff", "me", "our", "the", "all", "there", "firm", "company", "business")
	// futureBe make "be" a count hoped for: "hoping to be 50 people".
	futureBe = wordSet("to", "will", "could", "should", "would", "might", "may")
	// pastCount mark a count that was: "we were 60 before covid".
	pastCount = wordSet("before", "ago", "previously", "formerly", "once", "used")
)

// ownCount reports whether the count at index at of clause c counts the
// company's own people now: after a word a headcount follows, not a
// verb of doing to people, not a count hoped for or needed ("20 more
// staff"), nor one that was ("60 people before covid").
func ownCount(c []string, at int) bool {
	j := at - 1
	for j >= 0 && countApprox[c[j]] {
		j--
	}
	if j >= 0 && !ownCountBefore[c[j]] {
		return false
	}
	if j >= 1 && c[j] == "be" && futureBe[c[j-1]] {
		return false
	}
	if at+1 < len(c) && c[at+1] == "more" {
		return false
	}
	return !hasAny(withoutOnceYou(c), pastCount) && !pastHeadcount(c)
}

// onceSubjects after "once" make it "when": "85 once you count the crews"
// is today's count, "60 staff once" one that was.
var onceSubjects = wordSet("you", "we", "i", "they", "u", "youve", "weve", "counting", "including")

// withoutOnceYou is c without each "once" that opens a "when" clause.
func withoutOnceYou(c []string) []string {
	out := make([]string, 0, len(c))
	for i, t := range c {
		if t == "once" && i+1 < len(c) && onceSubjects[c[i+1]] {
			continue
		}
		out = append(out, t)
	}
	return out
}
