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

// unsaidVerbs after "in a position to" ask about telling, not paying:
// "not in a position to say yet".
var unsaidVerbs = wordSet("say", "answer", "comment", "judge", "know", "tell", "decide", "speak", "confirm")

// inPositionTo reads "(not) in a position to hire such a senior person",
// "in no position to pay that": the means to do it, or not. It is not
// the means to say ("not in a position to say yet").
func inPositionTo(w []string) string {
	for i := 1; i+1 < len(w); i++ {
		if w[i] != "position" || w[i+1] != "to" && w[i+1] != "for" {
			continue
		}
		if w[i+1] == "to" && (i+2 >= len(w) || unsaidVerbs[w[i+2]]) {
			return ""
		}
		if w[i-1] == "no" || hasAny(w[max(0, i-4):i], negation) {
			return "no"
		}
		if w[i-1] == "a" && i >= 2 && w[i-2] == "in" && !hasAny(w, negation) {
			return "yes"
		}
	}
	return ""
}
