package conversation

import (
	"slices"
	"strings"
)

// Owners report what another thinks and then deny it: "Dad thinks we're
// fine. We're not, the Spanish factories print tiles we can't make". The
// words of the report would read as the answer; the owner means the
// other side of it.

// reportDenialSubjects may open a bare denial of what was just reported.
var reportDenialSubjects = wordSet("we", "were", "they", "theyre", "it", "its", "he", "hes", "she", "shes", "that",
	"thats", "is", "are", "well", "but", "honestly", "actually", "sadly")

// reportDenialWords deny the report itself: "not true", "he's wrong".
var reportDenialWords = wordSet("not", "isnt", "arent", "dont", "doesnt", "wrong", "untrue", "no", "nope")

// deniesReport reports an opening clause that only denies what was said
// before it: "we're not", "they aren't", "not true", "she's wrong".
func deniesReport(c []string) bool {
	if disbelieved(c) {
		return true
	}
	if len(c) == 0 || len(c) > 4 {
		return false
	}
	denied := false
	for _, t := range c {
		switch {
		case reportDenialWords[t]:
			denied = true
		case reportDenialSubjects[t] || t == "true" || t == "really":
		default:
			return false
		}
	}
	return denied
}

// opensOnAnothersView reports a sentence opening on another person and
// a verb of saying or thinking: "Dad thinks", "the old man says", "my
// accountant told me".
func opensOnAnothersView(w []string) bool {
	for i := 1; i <= 3 && i < len(w); i++ {
		if othersSayVerbs[w[i]] {
			return !slices.ContainsFunc(w[:i], func(t string) bool { return ownVoice[t] })
		}
	}
	return false
}

// reportDenied reads an answer (text, tokenized as words) that reports
// another's view, read as one end of q, and then denies it in the
// owner's next sentence: the owner's own words after the denial when
// they read the other side, else the other end, or the two options
// beyond a middle that is a degree.
func reportDenied(q *question, text string, words []string) (answerMatch, bool) {
	if !hasAny(words, othersSayVerbs) {
		return answerMatch{}, false // no one else's view told: spare the sentence split
	}
	ss := sentences(text)
	for i := 0; i+1 < len(ss); i++ {
		if !opensOnAnothersView(normalize(ss[i])) || ss[i+1] == "?" {
			continue
		}
		w, cut := tokenize(ss[i+1])
		cs := clauses(w, cut)
		if len(cs) == 0 || !deniesReport(cs[0]) {
			continue
		}
		said := matchPart(q, ss[i], nil).value
		if said == "" || said != q.yes && said != q.no {
			return answerMatch{}, false
		}
		return otherSideOf(q, said, slices.Concat(cs[1:]...)), true
	}
	return answerMatch{}, false
}

// otherSideOf is the reading of an answer that denies end said, with
// rest the owner's words after the denial.
func otherSideOf(q *question, said string, rest []string) answerMatch {
	other := q.yes
	if said == q.yes {
		other = q.no
	}
	if !q.graded || q.hedge == "" || q.hedge == q.unsure {
		return answerMatch{value: other, signal: true}
	}
	sides := []string{q.hedge, other}
	if len(rest) > 0 {
		if m := matchPart(q, strings.Join(rest, " "), nil); slices.Contains(sides, m.value) {
			return answerMatch{value: m.value, signal: true}
		}
	}
	return answerMatch{candidates: sides, signal: true}
}

// disbeliefs are the owner's disbelief of what was just reported: "I
// don't buy it", "I'm not having it", "I disagree", "rubbish".
var disbeliefs = [][]string{{"i", "dont", "buy", "it"}, {"i", "dont", "buy", "that"}, {"im", "not", "having", "it"},
	{"i", "disagree"}, {"i", "dont", "agree"}, {"i", "dont", "believe", "it"}, {"i", "dont", "believe", "that"},
	{"i", "doubt", "it"}, {"rubbish"}, {"nonsense"}, {"bollocks"}, {"baloney"}}

// disbelieved reports a clause that is only a disbelief, after an
// opener such as "but" or "honestly".
func disbelieved(c []string) bool {
	for len(c) > 0 && (c[0] == "but" || c[0] == "honestly" || c[0] == "well" || c[0] == "frankly") {
		c = c[1:]
	}
	for _, d := range disbeliefs {
		if slices.Equal(c, d) {
			return true
		}
	}
	return false
}
