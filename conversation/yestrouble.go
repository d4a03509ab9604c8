package conversation

import "strings"

// The systems and data questions are asked yes or no, and their worst
// option's label opens on the yes ("Yes: slow, patchy or insecure",
// "Yes, it's a real problem"). An owner who opens on a bare "Yes." and
// then tells the troubles ("Yes. Supplier codes are duplicated and the
// stock reports don't match") has chosen that option: the troubles'
// words alone read the middle (a duplicate, a mismatch), and the model,
// which met them mostly as some, doubts it. A degree below the top in
// the details ("yes, a few duplicates, nothing serious"), a contrast
// ("yes, but nothing urgent"), a small share of the data told wrong
// ("yes, 10% of the addresses") or a yes that is not bare ("yeah a bit")
// leaves the reading to the details.

// lesserDegrees in the details tell less than the worst.
var lesserDegrees = wordSet("bit", "bits", "little", "few", "minor", "small", "slightly", "somewhat", "kinda",
	"mostly", "odd", "occasional", "occasionally", "couple", "manageable", "mild", "partly", "some", "fine", "ok",
	"okay", "alright", "niggles", "smaller")

// lesserPhrases in the details deny the worst: "nothing serious", "not
// urgent".
var lesserPhrases = [][]string{{"not", "urgent"}, {"not", "serious"}, {"not", "critical"}, {"not", "major"},
	{"not", "a", "big"}, {"not", "too"}, {"not", "that"}, {"not", "much"}, {"nothing", "major"},
	{"nothing", "serious"}, {"nothing", "urgent"}, {"nothing", "big"}, {"nothing", "critical"},
	{"nothing", "grave"}, {"kind", "of"}, {"sort", "of"}}

// yesThenTroubles reads an answer to the systems or data question that
// opens on a bare yes as its own clause and then tells troubles read as
// the middle or the worst, with no lesser degree: the yes option.
func yesThenTroubles(q *question, w []string, cut []bool) (answerMatch, bool) {
	if !yesNoQuestions[q.ID] || !q.trouble || q.yes == "" {
		return answerMatch{}, false
	}
	_, end := clauseBounds(cut, 0)
	if end >= len(w) || !hasAny(w[:end], yesWords) || !bareYes(w[:end]) {
		return answerMatch{}, false
	}
	rest := w[end:]
	if contrastWords[rest[0]] || rest[0] == "yet" || hasAny(rest, lesserDegrees) || hasAnyPhrase(rest, lesserPhrases) ||
		shareWrong(rest) && !bigShareAffirmed(w) { // "yes, maybe 10% of the addresses are out of date"
		return answerMatch{}, false
	}
	if m := matchPart(q, strings.Join(rest, " "), nil); m.value == q.hedge || m.value == q.yes {
		return answerMatch{value: q.yes, signal: true}, true
	}
	return answerMatch{}, false
}
