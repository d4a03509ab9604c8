package conversation

import "slices"

// A security incident that came to nothing ("two fake-supplier invoices,
// both caught", "someone clicked a dodgy link, nothing happened"), or one
// that hit another firm ("a supplier of ours got hit with ransomware"),
// told with no strong degree: the owner has seen the risk close without
// suffering it, which owners rate the middle option. The incident's
// words alone ("phishing", "hacked", "scam") read as the worst.

// averted tell an incident came to nothing.
var averted = [][]string{{"caught"}, {"spotted"}, {"nothing", "happened"}, {"no", "harm"},
	{"were", "fine"}, {"nobody", "clicked"}, {"no", "one", "clicked"}, {"nobodys", "fallen"},
	{"nobody", "fell"}, {"almost", "got", "through"}, {"nearly", "got", "through"}, {"nearly", "worked"},
	{"almost", "worked"}, {"didnt", "work"}, {"in", "time"}}

// incidentWords name a security incident or an attempt at one.
var incidentWords = wordSet("phishing", "scam", "fake", "ransomware", "hacked", "hit", "link", "attempts",
	"attempt", "virus", "fraud", "spoofed", "invoices", "invoice", "emails", "email", "call")

// otherFirms are another business an incident may hit: "a mate in the
// trade" (its "mate" dropped as a filler), "a supplier of ours".
var otherFirms = wordSet("supplier", "suppliers", "trade", "friend", "friends", "competitor", "competitors",
	"concurrent", "firm", "firms", "shop", "neighbour", "neighbor", "accountant", "accountants", "customer",
	"client", "company", "business", "colleague")

// firmHitVerbs tell another firm suffered it: "got hit", "was hacked".
var firmHitVerbs = wordSet("hit", "hacked", "attacked", "breached", "scammed", "phished")

// strongDegrees beside an incident make it the worst option: "since then
// it's the thing I think about most", "an attack would stop the lines".
var strongDegrees = wordSet("most", "terrified", "sleep", "awake", "night", "lot", "very", "serious", "seriously",
	"disaster", "biggest", "top", "huge", "massive", "scared", "afraid", "priority", "would", "wed", "itd")

// nearMiss reports an incident averted or another firm's, told with no
// strong degree and no worry denied.
func nearMiss(w []string, cut []bool) bool {
	if !hasAny(w, incidentWords) || hasAny(w, strongDegrees) || hasPhrase(w, []string{"than", "id", "like"}) {
		return false
	}
	for i, t := range w {
		if nearMissWorries[t] && negatedBefore(w, i, 2) {
			return false // "not worried": the lowest, read elsewhere
		}
	}
	if hasAnyPhrase(w, averted) {
		return true
	}
	for i, t := range w {
		if !firmHitVerbs[t] {
			continue
		}
		s, _ := clauseBounds(cut, i)
		before := w[s:i]
		if hasAny(before, otherFirms) && !slices.ContainsFunc(before, func(x string) bool { return x == "we" || x == "i" || x == "us" }) {
			return true
		}
	}
	return false
}

// nearMissWorries tell a worry, to find one denied.
var nearMissWorries = wordSet("worried", "worry", "worries", "concerned", "concern", "bothered", "bother", "nervous")
