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
	if rejectsReport(c) {
		return true // "I'm not having it", "rubbish"
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
		if othersSayVerbs[w[i]] || verdictVerbs[w[i]] {
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
	if !hasAny(words, othersSayVerbs) && !hasAny(words, verdictVerbs) {
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

// ownAfterReportDenied is the owner's own words after a report of
// another's view and the denial that opens the next sentence ("The bank
// says we're fine. I'm not having it, the big mills run on tablets"),
// and whether there were any: the model reads them, not the verdict the
// owner threw out.
func ownAfterReportDenied(text string) (string, bool) {
	ss := sentences(text)
	for i := 0; i+1 < len(ss); i++ {
		if !opensOnAnothersView(normalize(ss[i])) {
			continue
		}
		w, cut := tokenize(ss[i+1])
		cs := clauses(w, cut)
		if len(cs) < 2 || !deniesReport(cs[0]) {
			continue
		}
		own := append([]string{strings.Join(slices.Concat(cs[1:]...), " ")}, ss[i+2:]...)
		return strings.Join(own, ". "), true
	}
	return "", false
}

// otherSideOf is the reading of an answer that denies end said, with
// rest the owner's words after the denial.
func otherSideOf(q *question, said string, rest []string) answerMatch {
	other := q.yes
	if said == q.yes {
		other = q.no
	}
	if denialSettlesEnd(q) {
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

// denialSettlesEnd reports a question whose report, denied, reads its
// other end outright: one with no degree between the ends. A graded
// answer ("the computers are great. Nonsense, the printer plays up")
// may land in the middle, which the denial alone does not tell.
func denialSettlesEnd(q *question) bool {
	return !q.graded || q.hedge == "" || q.hedge == q.unsure
}
