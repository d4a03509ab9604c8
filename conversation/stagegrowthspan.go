package conversation

// Growth from one count to a much larger one told with the span it took
// ("we went from twelve trucks to forty in about eighteen months") is a
// firm scaling: the span is how fast it grew, not how old the firm is,
// though "eighteen months" alone reads as a start-up's age.

var (
	// spanOpeners stand before a span of time: "in", "within", "over".
	spanOpeners = wordSet("in", "within", "over")
	// spanHedges stand between the opener and the span's number: "in
	// about", "in just over", "within roughly".
	spanHedges = wordSet("about", "around", "roughly", "just", "over", "under", "nearly", "almost", "little",
		"less", "more", "than", "a", "approximately", "only")
	// growthSpanUnits are the units of a span.
	growthSpanUnits = wordSet("month", "months", "year", "years", "week", "weeks")
	// spanAges tell the firm's own age beside the growth: "started 18
	// months ago", "two years old".
	spanAges = wordSet("ago", "old", "since")
)

// grewWithinSpan reports growth from a count to half as many again or
// more (grewFrom) whose every time told is the span it took, with no
// founding or age of the firm beside it.
func grewWithinSpan(w []string) bool {
	if !grewFrom(w) || hasAny(w, foundingWords) || hasAny(w, spanAges) {
		return false
	}
	spans := 0
	for i, t := range w {
		if !growthSpanUnits[t] || i == 0 {
			continue
		}
		if _, ok := count(w[i-1]); !ok && w[i-1] != "a" {
			continue
		}
		j := i - 2
		for j >= 0 && spanHedges[w[j]] && !spanOpeners[w[j]] {
			j--
		}
		if j < 0 || !spanOpeners[w[j]] {
			return false // a time told otherwise: maybe the firm's age
		}
		spans++
	}
	return spans > 0
}
