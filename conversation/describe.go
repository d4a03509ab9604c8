package conversation

import (
	"regexp"
	"slices"
	"strings"
)

// Reading a description of the company ("we're 40 people, growing fast,
// building a SaaS platform, our data is a mess"): the description is cut
// into clauses, and a clause answers a question only when it is about the
// question (it holds one of the question's topics) and a key of an option,
// a headcount or the question's reader settles it. Generic words ("yes",
// "a bit") never fill a question from a description: they answer
// whatever was asked, not what the description is about. A question the
// clauses answer differently is left to ask.

// description is what a text says about the company.
type description struct {
	clauses [][]string
	// values are the option values found, by question position ("": none).
	values []string
	// from are the clauses each value came from.
	from [][]int
}

// value is the answer the description gives question i, "" if none.
func (d *description) value(i int) string { return d.values[i] }

// clauseSubjects are words after "and", "so" or "because" that start a new
// clause ("growing fast and our data is a mess").
var clauseSubjects = wordSet("we", "were", "our", "i", "im", "it", "its", "they", "theyre", "there",
	"theres", "everything", "nothing", "nobody", "security", "data", "money", "budget", "cash", "the")

// capitalIT is "IT" written in capitals: information technology, not the
// pronoun.
var capitalIT = regexp.MustCompile(`\bIT\b`)

// readDescription reads text as a description of the company.
func readDescription(text string) *description {
	// "&" joins clauses as "and" does ("systems are patchy & we hold
	// patient records"); the tokenizer drops it, which would run the two
	// into one clause and lend one's words to the other's subject.
	text = strings.ReplaceAll(withoutTakenBack(withoutQuestions(topicLabels(text))), "&", " and ")
	text = moneyAfter(capitalIT.ReplaceAllString(text, "tech"))
	w, cut := spokenMarks(tokenize(text))
	d := &description{values: make([]string, len(questions)), from: make([][]int, len(questions))}
	start := 0
	for i := 1; i <= len(w); i++ {
		split := i == len(w) || cut[i] || w[i] == "but" || w[i] == "although" || w[i] == "though" || w[i] == "whereas"
		if !split && (w[i] == "and" || w[i] == "so" || w[i] == "because" || w[i] == "while") && i+1 < len(w) && clauseSubjects[w[i+1]] {
			split = true
		}
		if split {
			if i > start {
				d.clauses = append(d.clauses, w[start:i])
			}
			start = i
		}
	}
	for qi := range questions {
		q := &questions[qi]
		for ci, c := range d.clauses {
			v := describes(q, c)
			if v == "" {
				continue
			}
			if doubtfulFill(q, d, ci, v) {
				d.values[qi], d.from[qi] = "", nil
				break
			}
			if d.values[qi] != "" && d.values[qi] != v {
				d.values[qi], d.from[qi] = "", nil
				break // the clauses disagree: ask
			}
			d.values[qi] = v
			d.from[qi] = append(d.from[qi], ci)
		}
	}
	return d
}

// leadConjunctions open a clause without changing what it says.
var leadConjunctions = wordSet("but", "and", "so", "because", "while", "although", "though", "whereas")

// clauseToday is clause c without its leading conjunction, and false
// when it tells of another time or employer: such a clause fills nothing.
func clauseToday(q *question, c []string) ([]string, bool) {
	if len(c) > 0 && leadConjunctions[c[0]] {
		c = c[1:]
	}
	switch {
	case len(c) == 0:
		return nil, false
	case pastEmployer(c) || q.ID != qStage && pastEra(c):
		return nil, false // "in my last job the systems were a nightmare", "back in the nineties"
	case (q.ID == qOps || q.ID == qSystems || q.ID == qData) && agoOnly(c):
		return nil, false // "ten years ago a job could run off a paper ticket"
	}
	return c, true
}

// describes is the option value one clause gives q, or "".
func describes(q *question, c []string) string {
	turned := len(c) > 0 && contrastWords[c[0]]
	c, ok := clauseToday(q, c)
	if !ok {
		return ""
	}
	cut := make([]bool, len(c))
	if q.headcount != nil {
		return describesSize(q, c, cut)
	}
	// "we've just launched an app for pub orders": the app's start, not
	// the firm's.
	if c, cut = withoutOtherFoundings(q, c, cut); len(c) == 0 {
		return ""
	}
	c, cut = withoutPlanModifiers(q, c, cut)
	c, cut = withoutQuantityGreat(q, c, cut)
	if c = beforeRivals(q, c); len(c) == 0 {
		return ""
	}
	if othersClause(q, c) {
		return ""
	}
	if q.ID == qStage {
		if v := grownMultiple(c); v != "" {
			return v
		}
		c = beforePersonalSince(c) // "since I came back from Lyon": a person's time, not the firm's
	}
	if q.ID == qCompetitors {
		if v := othersTookOurs(c); v != "" {
			return v
		}
		if v, ok := describedRivalsAhead(c); ok {
			return v
		}
	}
	if v, ok := describedStatement(q, c); ok {
		return v
	}
	if !aboutTopic(q, c) {
		return ""
	}
	if internalTopic[q.ID] && othersTopic(q, c) {
		return "" // "our customers' systems are a mess": theirs
	}
	if (q.ID == qSystems || q.ID == qData) && supposedState(q, c) {
		return "" // "the systems would be a problem": not today
	}
	switch {
	case q.ID == qBudget && (affordsOther(c) || moneyAsTrade(c)), q.ID == qCompetitors && rivalsCatchingUp(c),
		q.ID == qSecurity && physicalOnly(c), q.ID == qOps && !relianceOnTech(c):
		return "" // "we can afford the new van", "we rely on the weather"
	}
	if q.ID == qProducts {
		return describesProducts(q, c, cut)
	}
	v := keyOnly(q, c, cut, 1)
	if q.ID == qStage && thingAged(c) {
		return "" // "the server is 15 years old": a machine's age
	}
	if q.ID == qStage && recentSpan(c) {
		return v // "acquired three homes in the last two years": no age
	}
	if q.reader != nil {
		if rv := q.reader(c, cut); rv != "" {
			if v != "" && v != rv {
				return ""
			}
			v = rv
		}
	}
	if vetoedFill(q, c, cut, v) || q.ID == qOps && v == "low" && (partByHand(c, turned) || keptBeside(c)) {
		return ""
	}
	return v
}

// vetoedFill reports a reading v of clause c that a description must not
// fill: right for a typed answer, it is too often unlike what the owner
// answers when told in passing.
func vetoedFill(q *question, c []string, cut []bool, v string) bool {
	switch {
	case q.ID == qBudget && v == "maybe" && tightInGeneral(c):
		return true
	case q.ID == qSystems && v == "pain" && peripheralOnly(c):
		return true // "the wifi drops out": pain or some, by the owner
	case q.ID == qStage && v == "established" && youngAgeOnly(c):
		return true // "going nine years": no start-up, but steady or growing?
	case q.ID == qStage && v == "established" && keyOnly(q, c, cut, 1) != v && strayYear(c):
		return true // "the ERP is from 2004": not the company's year
	case q.ID == qSystems && rareEvent(c):
		return true // "crashed once last year": how much work is asked
	case pastOnly(c):
		return true // "security was a worry until we moved": not today's
	case q.ID == qOps && v == "high" && tasksOnComputers(c):
		return true // "timesheets and drawings are on computers": how much, asked
	case q.ID == qOps && incomingChannel(c):
		return true // "orders come by phone and e-mail": how they arrive, not the work
	case q.ID == qBudget && budgetForOther(c):
		return true // "we have the budget for a new roof"
	case q.ID == qStage && v == "scaling" && growthByOthers(q, c, cut):
		return true // "our clients are growing fast"
	case q.ID == qStage && v == "established" && namesScaling(q, c, cut):
		return true // "20 years old and growing fast"
	case q.ID == qData && v == "yes" && keyOnly(q, c, cut, 1) != "yes" && twoPlacesOnly(c):
		return true // data in two places: owners say some as often
	case (q.ID == qSystems && v == "pain" || q.ID == qData && v == "yes") && onlyMildTrouble(q, c, cut, v):
		return true // "the tills don't talk to the website": how much is asked
	case q.ID == qData && v == "yes" && onlyFormats(q, c, cut):
		return true // "data comes in 30 different formats": how much of a problem, asked
	case q.ID == qData && (v == "some" || v == "yes") && onlyMismatch(q, c, cut, v):
		return true // "the numbers don't match": how often, how badly?
	}
	return false
}

// othersClause reports a clause about other businesses, on a question
// about our own IT, products or innovation: "a garage in town keeps its
// records in three spreadsheets", "the German makers sell ovens with an
// app".
func othersClause(q *question, c []string) bool {
	if (internalTopic[q.ID] || q.ID == qProducts || q.ID == qInnovation) && (othersSubject(c) || othersOfTrade(c)) {
		return true
	}
	return (q.ID == qProducts || q.ID == qInnovation) && agentsSubject(c)
}

// describesSize reads the headcount a clause tells: a count of the
// company's own people, or "just me", "one man band", "several
// thousand"; not "a small business", which says little about it.
func describesSize(q *question, c []string, cut []bool) string {
	if n, at, ok := peopleCount(c); ok {
		if !ownCount(c, at) {
			return "" // "we feed 200 people a day": not who works here
		}
		if startedWith(c, at) {
			return "" // "we started the bakery in 2021 with two of us": the start's count
		}
		if departmentCount(c, at) {
			return "" // "IT is two people": a part of the firm
		}
		if largerTradeCount(c, n) {
			return "" // "12 mechanics and two of us on the desk": 2, 12 or 14?
		}
		return q.headcount(n + staffBesideOwners(c, at))
	}
	switch v := keyOnly(q, c, cut, 2); {
	case v == "xs" && crowdCounted(c):
		return "" // "run by me and about 30 volunteers"
	case v == "xs" || v == "l":
		return v
	}
	return ""
}

// describesProducts reads what the company builds: technology it says it
// builds or plans (core, planned), or only buys (no). What others build is
// not what we build, and a trade ("we're a bakery") is left to ask: a
// description names many businesses the words do not tell apart from
// technology ones.
func describesProducts(q *question, c []string, cut []bool) string {
	if techIsTheBusiness(c) && !hasAny(c, otherWords) {
		return "core"
	}
	if notTechBusiness(c) && !hasAny(c, otherWords) {
		return "no" // "not a tech business at all"
	}
	if othersMake(c) || hasAny(c, makerWords) || hasAny(c, outsourcers) || !hasAny(c, selfWords) && !hasAny(c, devVerbs) {
		return ""
	}
	v := q.reader(c, cut)
	switch {
	case (v == "core" || v == "planned") && !madeTechProduct(c):
		return "" // "we build our own furniture"
	case v == "no" && businessStatement(c) == "no" && keyOnly(q, c, cut, 2) != "no" && !deniesMakingTech(c):
		return "" // a trade, not a statement about technology
	case v == "core" && pushedFor(c):
		return "" // "the young members push to sell online with our own platform": a wish
	case v == "core" && !hasAny(c, devVerbs) && !hasAny(c, ownership) && !ownsTech(c):
		return "" // "bookings are on an app on my phone": used, not built
	case v == "no" && hasAny(c, devVerbs) && !hasAny(c, negation) && keyOnly(q, c, cut, 1) != "no":
		return "" // "building a route planner": a trade, or a product the words do not know
	case v == "planned" && keyOnly(q, c, cut, 1) != "planned" && hasAny(c, conditionWords):
		return "" // "if the app goes down we stop": a condition, no plan
	}
	return v
}

// ownership are words that make technology the company's own product.
var ownership = wordSet("own", "product", "products", "business")

// ownsTech reports whether c says "our <technology>" ("our app").
func ownsTech(c []string) bool {
	for i := 0; i+1 < len(c); i++ {
		if c[i] == "our" && techNouns[c[i+1]] {
			return true
		}
	}
	return false
}

// keyOnly is the option of q a clause names by a key of at least minWords
// words (negated keys count, as in "security isn't a worry"), or "".
func keyOnly(q *question, c []string, cut []bool, minWords int) string {
	r := read(q, c, cut)
	if r.content < 0 && len(r.negated) == 0 {
		return ""
	}
	if r.content >= 0 {
		longest := 0
		for _, h := range findHits(q, c, cut) {
			// A key matched with a typo is no key here unless it is the
			// key's own word inflected ("crashed"): a description's words
			// are real words ("quote" is not "quite").
			if h.class == content && h.opt == r.content && !h.weak && (!h.fuzzy || inflectedKey(q, c, h)) {
				longest = max(longest, h.n)
			}
		}
		if longest < minWords {
			return ""
		}
	}
	// Generic words in a description qualify its keys ("a bit messy") but
	// a bare yes or no answers nothing.
	delete(r.class, affirm)
	delete(r.class, deny)
	v, _ := resolve(q, r)
	return v
}

// describedTopics tie a description's clause to a question beside its
// topics, kept apart from them because a typed answer reads a key that is
// also a topic as naming the topic ("budget"), and knows topic words as no
// typos: these are phrases only a description needs.
var describedTopics = map[string][]string{
	// The company's own year; sales not made yet.
	qStage: {"company is from", "business is from", "firm is from", "no sales yet", "no revenue yet",
		"no customers yet", "no clients yet"},
	// Making no technology, said plainly.
	qProducts: {"develop technology", "develop any technology", "develop tech", "make anything",
		"tech business", "technology business", "tech company", "technology company"},
	// The executive a budget would pay for.
	qBudget: {"head of tech", "head of technology", "cto", "cio", "tech manager", "technology executive",
		"full time executive", "tech director", "technology director"},
}

// topicWords are the questions' topics, normalised once.
var topicWords = func() [][][]string {
	out := make([][][]string, len(questions))
	for i, q := range questions {
		for _, t := range slices.Concat(q.topics, describedTopics[q.ID]) {
			out[i] = append(out[i], normalize(t))
		}
	}
	return out
}()

// aboutTopic reports whether clause c is about q: it holds one of q's
// topics.
func aboutTopic(q *question, c []string) bool {
	for _, tw := range topicWords[questionIndex(q.ID)] {
		for i := 0; i+len(tw) <= len(c); i++ {
			if slices.Equal(c[i:i+len(tw)], tw) {
				return true
			}
		}
	}
	return false
}

// staffKinds stand between a number and its people: "forty paid staff".
var staffKinds = wordSet("paid", "permanent", "salaried", "regular", "core", "fulltime", "salary")

// peopleCount is a headcount in a description: a number right before a
// word for people ("40 people", "five lads", "120 staff"), or "team of
// 12"; at is where the number is.
func peopleCount(c []string) (int, int, bool) {
	for i, t := range c {
		n, ok := count(strings.TrimSuffix(t, "+"))
		at := i
		if !ok || isYear(t) || i > 0 && yearBefore[c[i-1]] {
			continue
		}
		if u := unitAfterTens(c, i, n); u > 0 {
			n += u
			i++
		}
		if i+1 < len(c) {
			if m, isMul := multipliers[c[i+1]]; isMul && c[i+1] != "dozen" {
				n *= m
				i++
			}
		}
		next := ""
		if i+1 < len(c) {
			next = c[i+1]
		}
		if staffKinds[next] && i+2 < len(c) {
			next = c[i+2] // "forty paid staff"
		}
		prev := ""
		if i > 0 {
			prev = c[i-1]
		}
		if n > 0 && (peopleWords[next] && next != "of" && next != "full" && next != "including" || prev == "of" && i >= 2 && (c[i-2] == "team" || c[i-2] == "staff")) {
			return n, at, true
		}
		if n > 0 && next == "of" && i+2 < len(c) && c[i+2] == "us" {
			return n, at, true
		}
	}
	return 0, 0, false
}

// ownerWords count the people who own a firm, told beside its staff.
var ownerWords = wordSet("founders", "cofounders", "owners", "partners", "directors")

// staffBesideOwners is the staff count joined to a count of owners at
// c[at] ("two founders and 12 staff"): the owners work there too, so
// both count. 0 when no such count follows.
func staffBesideOwners(c []string, at int) int {
	if at+4 >= len(c) || !ownerWords[c[at+1]] || c[at+2] != "and" && c[at+2] != "plus" {
		return 0
	}
	m, ok := count(c[at+3])
	if !ok || isYear(c[at+3]) || !peopleWords[c[at+4]] || notStaff[c[at+4]] {
		return 0
	}
	return m
}

// fills are the answers d gives the questions s has not answered, except
// question skip, by position.
func (d *description) fills(s *state, skip int) []int {
	var out []int
	for i, v := range d.values {
		if v != "" && i != skip && s.answer(i) == "" {
			out = append(out, i)
		}
	}
	return out
}

// rest is the text of the clauses none of the questions qs used, for
// reading the answer to the pending question q as a typed answer.
func (d *description) rest(q *question, qs []int) string {
	if q.headcount != nil && (slices.ContainsFunc(d.clauses, unknownCrew) || slices.ContainsFunc(d.clauses, twoWordCrew)) {
		return "" // "23 groomers + 3 on reception": 3 is not all of them
	}
	if q.headcount != nil && countsByPlace(d) {
		return "" // "9 of us in the workshop, 2 in the office and me": parts to add, asked
	}
	used := map[int]bool{}
	for _, i := range qs {
		for _, c := range d.from[i] {
			used[c] = true
		}
	}
	var parts []string
	for ci, c := range d.clauses {
		if !used[ci] {
			if q.ID != qStage && pastEra(c) {
				continue // "back in the nineties": not today's answer
			}
			if q.headcount != nil && crowdCounted(c) && keyOnly(q, c, make([]bool, len(c)), 1) == "xs" {
				continue // "run by me and about 30 volunteers": me among many
			}
			if _, at, ok := peopleCount(c); ok && q.headcount != nil && (!ownCount(c, at) || departmentCount(c, at)) {
				continue // "we feed 200 people a day", "IT is 5 staff": not all who work here
			}
			if q.headcount != nil {
				c = withoutObjectMe(withoutThingCounts(withoutOthersSize(c)))
			}
			parts = append(parts, strings.Join(c, " "))
		}
	}
	return strings.Join(parts, ". ")
}
