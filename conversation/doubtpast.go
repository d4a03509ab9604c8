package conversation

import (
	"slices"
	"strings"
)

// The doubt's reading of answers told partly in the past: a past clause
// set against the rest.

// pastWere reports a "were" at w[i] told of a subject before it in its
// clause ("they were a mess"): a "we're" loses its apostrophe to the
// same word, and stands where a clause or a conjunction opens ("are
// vets building apps now? we're not").
func pastWere(w []string, cut []bool, i int) bool {
	return w[i] == "were" && i > 0 && !cut[i] && !joinWords[w[i-1]]
}

// joinWords open a clause: a "were" after one may be a "we're".
var joinWords = wordSet("and", "but", "so", "because", "cause", "if", "when", "though", "although", "as",
	"since", "where", "yet", "or", "then", "now", "that")

// pastAgainstRest is the option a later clause reads when the reading v
// came from a clause told in the past and the answer has no word for
// now ("we used to have 400 staff but after the sale we have 180": the
// later clause is likely the present), or "".
func pastAgainstRest(q *question, w []string, cut []bool, v string) string {
	past := -1
	for i, t := range w {
		if pastWords[t] && !usedAsDone(w, i) {
			past = i
			break
		}
	}
	if past < 0 {
		return ""
	}
	ps, pe := clauseBounds(cut, past)
	if c := slices.IndexFunc(w[past:pe], func(t string) bool { return contrastWords[t] }); c >= 0 {
		pe = past + c // "but" turns to another time without a comma
	}
	if matchPart(q, strings.Join(w[ps:pe], " "), nil).value != v {
		return ""
	}
	if pe < len(w) {
		if u := matchPart(q, strings.Join(w[pe:], " "), nil).value; u != v {
			return u
		}
	}
	if ps > 0 && !(w[past] == "had" && perfectHave[w[past-1]]) {
		// The past told after the present: "160 across the three
		// airports, it was nearer 260 before covid"; not a present
		// perfect ("we've had two scares this year").
		if u := matchPart(q, strings.Join(w[:ps], " "), nil).value; u != "" && u != v {
			return u
		}
	}
	return ""
}

// usedAsDone reports a "used" at w[i] that is no "used to" but the use
// itself: "it's used a lot", "we've used it for years" tell no past.
func usedAsDone(w []string, i int) bool {
	return w[i] == "used" && (i+1 >= len(w) || w[i+1] != "to") && i > 0 && (w[i-1] == "its" || w[i-1] == "is" ||
		w[i-1] == "are" || w[i-1] == "theyre" || w[i-1] == "weve" || w[i-1] == "ive" || w[i-1] == "been")
}

// perfectHave before "had" make it a present perfect.
var perfectHave = wordSet("have", "has", "weve", "ive", "theyve", "youve", "hes", "shes", "its")

// ifWords open a clause that sets a condition.
var ifWords = wordSet("if", "unless", "when", "whether")

// verbNegation are the negations of a verb: not a subject ("nobody
// backs it up") nor a preposition ("without").
var verbNegation = wordSet("not", "dont", "doesnt", "isnt", "arent", "wasnt", "werent", "cant", "cannot", "wont",
	"wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "didnt", "aint", "never")

// contrastWords join clauses that may say different things.
var contrastWords = wordSet("but", "although", "though", "however", "whereas", "except")
