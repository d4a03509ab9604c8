package conversation

// Budget told in figures of speech: a line not yet crossed is the maybe,
// a cost that does not matter is the yes.

var (
	// borderlinePhrases put a spend on a line: "on the fence", "touch
	// and go", "could go either way".
	borderlinePhrases = [][]string{{"on", "the", "fence"}, {"touch", "and", "go"}, {"go", "either", "way"},
		{"fifty", "fifty"}, {"50", "50"}}
	// costNouns are what a "whatever" may disregard: "whatever it costs".
	costNouns = wordSet("costs", "cost", "takes", "price")
)

// budgetIdiom reads a budget in a figure of speech: "on the edge" (not
// "the edge of going under"), "on the fence", "touch and go" are maybe;
// "whatever it costs", "whatever it takes" are yes. A negation leaves
// it to the other readings.
func budgetIdiom(w []string) string {
	if hasAny(w, negation) {
		return ""
	}
	for i := 0; i+2 < len(w); i++ {
		if w[i] == "on" && w[i+1] == "the" && w[i+2] == "edge" && (i+3 == len(w) || w[i+3] != "of") {
			return "maybe"
		}
	}
	for _, p := range borderlinePhrases {
		if hasPhrase(w, p) {
			return "maybe"
		}
	}
	for i := 0; i+2 < len(w); i++ {
		if w[i] == "whatever" && (w[i+1] == "it" || w[i+1] == "the") && costNouns[w[i+2]] {
			return "yes"
		}
	}
	return ""
}
