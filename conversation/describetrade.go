package conversation

// Readings a description must not fill because they lack the evidence a
// typed answer to the question would carry: the firms of a trade told as
// a kind ("the old brokers"), and a young age that does not say whether
// the firm is starting out or growing fast.

// tradeKinds qualify the firms of a trade as a kind, not ours: "the old
// brokers", "the big agencies", "the established florists".
var tradeKinds = wordSet("old", "older", "oldschool", "school", "big", "bigger", "biggest", "large", "larger",
	"established", "traditional", "legacy", "incumbent", "national", "high", "street", "mainstream",
	"conventional", "other")

// tradeLeads start a clause about the firms of a trade.
var tradeLeads = wordSet("the", "most", "many", "some", "all", "of")

// othersOfTrade reports a clause whose subject is the firms of a trade
// told as a kind ("the old brokers still do quotes by phone") and that
// names nothing of ours: their ways, not ours. A kind is needed, as "the
// engineers" alone are as often our own people, and a machine ("the old
// printers") is ours.
func othersOfTrade(c []string) bool {
	for len(c) > 0 && clauseJoins[c[0]] {
		c = c[1:]
	}
	i := 0
	for i < len(c) && tradeLeads[c[i]] {
		i++
	}
	kinds := 0
	for i < len(c) && tradeKinds[c[i]] {
		i, kinds = i+1, kinds+1
	}
	if kinds == 0 || i >= len(c) || hasAny(c, selfWords) {
		return false
	}
	w := c[i]
	if i+1 < len(c) && !tradeNoun(w) && !otherWords[w] && !firmNouns[w] {
		w = c[i+1] // "the old removal firms"
	}
	if agedThings[w] || systemThings[w] || techNouns[w] || len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	return tradeNoun(w) || otherWords[w] || firmNouns[w]
}

// ageOnlyStartup reports a clause read as a start-up on the company's
// young age alone ("launched 14 months ago"), with no key that says
// start-up: beside growth told elsewhere, a young firm's owner answers
// start-up or growing fast, which the age does not tell.
func ageOnlyStartup(q *question, c []string, cut []bool, v string) bool {
	if q.ID != qStage || v != "startup" || keyOnly(q, c, cut, 1) == "startup" {
		return false
	}
	_, ok := companyAge(c)
	return ok
}

// startupWords name a start-up beside its age: "we're a startup, founded
// two years ago".
var startupWords = wordSet("startup", "startups", "prerevenue", "preseed", "seed")

// startupNamed reports a description that calls the company a start-up in
// one of its clauses.
func startupNamed(d *description) bool {
	for _, c := range d.clauses {
		if hasAny(c, startupWords) {
			return true
		}
	}
	return false
}

// growingWords tell a firm growing: hiring, raising money, expanding.
var growingWords = wordSet("hired", "hiring", "recruiting", "recruited", "raised", "raising", "growing", "grown",
	"doubled", "tripled", "trebled", "expanding", "expanded", "scaling", "scaled")

// growthTold reports a description that tells the company growing in any
// of its clauses.
func growthTold(d *description) bool {
	for _, c := range d.clauses {
		if hasAny(c, growingWords) {
			return true
		}
	}
	return false
}
