package conversation

import "slices"

// The last classes of the cross-validation's re-asks: "more than X, less
// than Y", "the way grandad did", a first contract, "no trouble", "on the
// list, not at the top".

var (
	ancestorWays = wordSet("always", "grandad", "granddad", "grandfather", "dad", "father", "mum", "mother", "used", "done", "traditional")
	firstThings  = wordSet("contract", "contracts", "licence", "licences", "license", "licenses", "grant", "order",
		"orders", "customer", "client", "hire", "employee", "investor", "investment", "funding", "revenue", "sale",
		"sales", "booking", "bookings", "project", "job")
	longAgo     = wordSet("since", "ago", "back", "years", "decade", "decades", "generations")
	botherWords = wordSet("trouble", "bother", "hassle", "problem", "problems", "issues", "grief")
)

// toldInPlainWays is the answer these give q, or "".
func toldInPlainWays(q *question, w []string) string {
	if q.graded && q.hedge != "" && len(q.Options) == 3 && containsSeq(w, "more", "than") && containsSeq(w, "less", "than") {
		return q.hedge // "more than last year, less than I'd like"
	}
	if (q.ID == qSecurity || q.ID == qInnovation) && bottomRanked(w) {
		return q.no // "bottom of my list", as the top of it is the most
	}
	switch q.ID {
	case qInnovation:
		if i := slices.Index(w, "way"); i > 0 && w[i-1] == "the" && hasAny(w[i+1:], ancestorWays) && !hasAny(w, negation) {
			return "no" // "the way grandad did"
		}
		if basicsFirst(w) {
			return "no"
		}
	case qBudget:
		if dearerThanBudget(w) {
			return "no"
		}
	case qStage:
		// "our first contract", but not "our first contract was in 2003":
		// a date or a span of years says how long ago.
		if i := slices.Index(w, "first"); i >= 0 && i+1 < len(w) && firstThings[w[i+1]] &&
			!slices.ContainsFunc(w, isNumber) && !hasAny(w, longAgo) {
			return "startup"
		}
	case qSecurity:
		if containsSeq(w, "not", "at") && slices.Contains(w, "top") || containsSeq(w, "not", "top") ||
			containsSeq(w, "no", "alarm") {
			return "medium"
		}
	}
	if q.trouble && noBother(w) {
		return q.no
	}
	return ""
}

// noBother reads "no trouble so far", "never any bother with them": no
// trouble at all.
func noBother(w []string) bool {
	for i, t := range w {
		if !botherWords[t] || i == 0 {
			continue
		}
		j := i - 1
		if w[j] == "any" || w[j] == "much" && j > 0 {
			j--
		}
		if j >= 0 && (w[j] == "no" || w[j] == "never" || negation[w[j]]) {
			return !slices.Contains(w[i:], "but")
		}
	}
	return false
}

var (
	// breakdownVerbs are a system failing: "if a till dies".
	breakdownVerbs = wordSet("dies", "die", "down", "fails", "fail", "crashes", "crash", "breaks", "offline", "off", "out")
	// noteVerbs are work carried on by writing: "we write it down".
	noteVerbs = wordSet("write", "writes", "note", "notes", "jot", "log", "record")
)

// failedThenByHand reads a system's failure told as a condition and the
// work carried on by hand after it: "if a till dies we write it down",
// "when the laptop goes down we note the orders on paper". The failure
// word alone reads the top option; the business names a system it uses
// and a way to go on without it: the middle. A fallback called chaos
// is read elsewhere.
func failedThenByHand(w []string) bool {
	if hasAny(w, fallbackDanger) {
		return false
	}
	for i, t := range w {
		if !ifWords[t] || t == "unless" || t == "whether" {
			continue
		}
		for j := i + 1; j < min(len(w), i+7); j++ {
			if !breakdownVerbs[w[j]] {
				continue
			}
			for _, u := range w[j+1 : min(len(w), j+8)] {
				if negation[u] {
					return false
				}
				if noteVerbs[u] || fallbackWords[u] {
					return true
				}
			}
			return false
		}
	}
	return false
}

var (
	basicsWords = wordSet("basic", "basics", "fundamentals", "foundations")
	dutyWords   = wordSet("must", "need", "needs", "should")
	dutyToWords = wordSet("have", "has", "got")
	costWords   = wordSet("cost", "costs", "salary", "wage", "pay", "would", "be")
)

// basicsFirst reads "first we must fix the basic things", "we have to
// get the fundamentals right before anything fancy": the basics still to
// sort, so no new things yet. "must" alone is a key of the yes; said of
// the basics it is not.
func basicsFirst(w []string) bool {
	i := slices.IndexFunc(w, func(t string) bool { return basicsWords[t] })
	if i <= 0 || hasAny(w, conditionalYes) {
		return false
	}
	for k, t := range w[:i] {
		// "have to", not "we have the basics covered".
		if dutyWords[t] || dutyToWords[t] && k+1 < i && w[k+1] == "to" {
			return true
		}
	}
	return false
}

// dearerThanBudget reads "a CTO would cost more than our whole marketing
// budget": the salary set against a budget of ours that it exceeds, so
// "budget" is no key of having one.
func dearerThanBudget(w []string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] != "more" || w[i+1] != "than" || !hasAny(w[max(0, i-4):i], costWords) && w[i-1] != "is" {
			continue
		}
		for j := i + 2; j < len(w) && j <= i+6; j++ {
			if w[j] == "budget" || w[j] == "budgets" {
				return true
			}
		}
	}
	return false
}

// rankedThings are what a worry or priority is ranked in: "bottom of my
// list", "bottom of our priorities", "bottom of the pile".
var rankedThings = wordSet("list", "lists", "priorities", "priority", "worries", "concerns", "pile", "agenda")

// bottomRanked reports "bottom of" a ranking: "bottom of my list", "at
// the bottom of our priorities". The bottom of anything else ("got to
// the bottom of a scam") ranks nothing.
func bottomRanked(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "bottom" || w[i+1] != "of" {
			continue
		}
		if hasAny(w[i+2:min(i+4, len(w))], rankedThings) && !hasAny(w[:i], negation) {
			return true
		}
	}
	return false
}
