package conversation

// A growth from one count to another told with the time it took ("from
// three vans to eleven in about eighteen months", "from 6 people to 25
// within about a year") measures the growth by the span: the span is no
// age of the firm, so no age is read from it.

var (
	// spanOpeners put a span after a growth: "in", "within", "over".
	spanOpeners = wordSet("in", "within", "over")
	// spanHedges may stand between the opener and the span's number:
	// "in about", "in just under", "within roughly a".
	spanHedges = wordSet("about", "around", "roughly", "just", "under", "over", "less", "than", "some",
		"a", "an", "the", "last", "past", "only", "barely")
	// spanUnitWords end the span.
	spanUnitWords = wordSet("months", "month", "years", "year", "weeks")
	// spanAges tell the firm's own age beside the growth: "started 18
	// months ago", "two years old".
	spanAges = wordSet("ago", "old", "since")
)

// spanIsGrowth reports, of a growth told with its span (growthSpan), no
// founding or age of the firm beside it: the growth is the answer,
// scaling.
func spanIsGrowth(w []string) bool {
	return !hasAny(w, foundingWords) && !hasAny(w, spanAges)
}

// growthSpan reports a growth from one count to another (grewFrom)
// followed by a span of time that opens with "in", "within" or "over".
func growthSpan(w []string) bool {
	for i := 1; i < len(w); i++ {
		if !spanOpeners[w[i]] || !grewFrom(w[:i]) {
			continue
		}
		j := i + 1
		for j < len(w) && spanHedges[w[j]] {
			j++
		}
		if j < len(w) && spanUnitWords[w[j]] && (w[j-1] == "a" || w[j-1] == "an") {
			return true // "within about a year"
		}
		if j+1 < len(w) {
			if _, ok := count(w[j]); ok && spanUnitWords[w[j+1]] {
				return true
			}
		}
	}
	return false
}
