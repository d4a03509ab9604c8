package conversation

// optionPlaceWords name an option by its place in the list shown: the
// owner answers about the form ("the last one", "I'd tick the first
// box") rather than in its words. 0 is the first, -1 the last.
var optionPlaceWords = map[string]int{"first": 0, "last": -1, "final": -1}

// optionPlaceNouns may follow the place word: "the last one/option/box".
var optionPlaceNouns = wordSet("one", "option", "box", "answer", "choice")

// optionPlaceLeads may come before "the": how owners say they choose
// ("I'd go with", "put us down as", "I'd tick"). Nothing else may, so a
// "last" or "first" inside a sentence ("we're always the last ones",
// "not the last one") is no choice of option.
var optionPlaceLeads = wordSet("i'd", "id", "i", "would", "go", "with", "tick", "pick", "choose",
	"put", "us", "me", "down", "as", "for", "it's", "its", "it", "is", "say", "i'll", "ill",
	"probably", "definitely", "then", "so", "well", "hmm", "um", "oh", "ok", "okay", "that'd", "be")

// optionPlaceHedges may follow the choice: a feeling or a softener
// ("sadly", "I suppose", "I'm afraid"), nothing that tells more.
var optionPlaceHedges = wordSet("sadly", "unfortunately", "thankfully", "honestly", "i", "suppose",
	"guess", "think", "afraid", "i'm", "im", "please", "really", "probably", "to", "be", "fair",
	"then", "i'd", "id", "say", "reckon", "luckily", "alas")

// optionByPlace reads an answer that names an option by its place in
// the list shown (the narrowed list, when the owner was re-asked
// between some options).
func optionByPlace(q *question, w []string, narrow []string) (answerMatch, bool) {
	values := narrow
	if len(values) == 0 {
		for _, o := range q.Options {
			values = append(values, o.Value)
		}
	}
	for i, word := range w {
		place, ok := optionPlaceWords[word]
		if !ok || len(values) < 2 {
			continue
		}
		lead, tail := w[:i], w[i+1:]
		if len(lead) > 0 && lead[len(lead)-1] == "the" {
			lead = lead[:len(lead)-1]
		}
		if len(tail) > 0 && optionPlaceNouns[tail[0]] {
			tail = tail[1:]
		}
		if !hasOnly(lead, optionPlaceLeads) || !hasOnly(tail, optionPlaceHedges) {
			return answerMatch{}, false
		}
		if place < 0 {
			place = len(values) - 1
		}
		return answerMatch{value: values[place], signal: true}, true
	}
	return answerMatch{}, false
}
