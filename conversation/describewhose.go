package conversation

import (
	"slices"
	"strings"
)

// Whose state a description's clause tells: a service business names
// its clients' systems and worries, an owner new to the firm names a
// former employer's, and a clause may suppose a state to come. None of
// them is this company's today, and a typed answer to the question
// would not tell them.

// topicAt is where clause c names a topic of q, or none.
func topicAt(q *question, c []string) []int {
	var at []int
	for _, tw := range topicWords[questionIndex(q.ID)] {
		for i := 0; i+len(tw) <= len(c); i++ {
			if slices.Equal(c[i:i+len(tw)], tw) {
				at = append(at, i)
			}
		}
	}
	return at
}

// theirsWords own a topic before it as others ("our customers' systems",
// "other people's data", "firms that rely on IT"): plural, as "customer
// data" is our data about customers.
var theirsWords = wordSet("customers", "clients", "peoples", "others", "other", "users", "members", "firms",
	"companies", "businesses", "charities", "organisations", "organizations", "their", "theirs")

// forThem are others a service is for: "for small charities", "for
// them".
var forThem = wordSet("customers", "clients", "others", "other", "users", "members", "firms", "companies",
	"businesses", "charities", "organisations", "organizations", "them", "people")

// othersTopic reports a topic of q in c that is others': owned by them
// just before it, or done for them after it ("messy data for small
// charities").
func othersTopic(q *question, c []string) bool {
	for _, p := range topicAt(q, c) {
		if hasAny(c[max(0, p-3):p], theirsWords) {
			return true
		}
		after := c[p:]
		if k := slices.Index(after, "for"); k >= 0 && hasAny(after[k+1:min(k+4, len(after))], forThem) {
			return true
		}
	}
	return false
}

var (
	// pastPlaces are a former employer: "my last job", "my old firm".
	pastPlaces = wordSet("job", "firm", "company", "employer", "place", "workplace", "work", "role", "business")
	// formerWords make a place a former one.
	formerWords = wordSet("previous", "former", "old", "last", "ex")
)

// pastEmployer reports a clause about a former employer: "in my last
// job the systems were a nightmare".
func pastEmployer(c []string) bool {
	for i := 0; i+1 < len(c); i++ {
		if formerWords[c[i]] && pastPlaces[c[i+1]] {
			return true
		}
	}
	return false
}

// mayWords make a state one that may come: "the systems would be a
// problem".
var mayWords = wordSet("would", "could", "might", "wouldve", "couldve")

// supposedState reports a state of q's topic that is only supposed: "if
// we grew, the systems would be a problem".
func supposedState(q *question, c []string) bool {
	if slices.Contains(c, "if") || slices.Contains(c, "unless") {
		return true
	}
	for _, p := range topicAt(q, c) {
		if hasAny(c[p+1:min(p+4, len(c))], mayWords) {
			return true
		}
	}
	return false
}

// internalTopic are the questions about the company's own technology:
// a service business names its clients' too.
var internalTopic = map[string]bool{qOps: true, qSystems: true, qData: true, qSecurity: true}

// pluralLeads open a subject of many others: "the German makers", "most
// exporters", "many growers".
var pluralLeads = wordSet("the", "most", "many", "some", "all", "these", "those")

// agentsSubject reports a clause whose subject is other makers or
// traders, a plural agent noun ("the German makers sell ovens with an
// app", "most exporters now ..."), with no "we", "our" or "us" anywhere:
// what they sell is theirs, not ours. Only the first words are read: an
// agent noun later in the clause is an object ("we sell to brewers").
func agentsSubject(c []string) bool {
	for len(c) > 0 && clauseJoins[c[0]] {
		c = c[1:]
	}
	if hasAny(c, selfWords) {
		return false
	}
	i := 0
	if i < len(c) && pluralLeads[c[i]] {
		i++
	}
	for end := min(len(c), i+3); i < end; i++ {
		if t := c[i]; len(t) > 5 && (strings.HasSuffix(t, "ers") || strings.HasSuffix(t, "ors")) {
			return i+1 < len(c) // the noun has a verb after it
		}
	}
	return false
}
