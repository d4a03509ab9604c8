package conversation

import (
	"slices"
	"strings"
)

// presentAt is the index of the first word that places a clause in the
// present ("now", "these days", "any more", "no longer"), or -1.
func presentAt(w []string) int {
	for i, t := range w {
		if presentWords[t] {
			return i
		}
		if i+1 < len(w) && (t == "these" && w[i+1] == "days" || t == "any" && w[i+1] == "more" ||
			t == "no" && w[i+1] == "longer") {
			return i
		}
	}
	return -1
}

// denialWords are all a clause may hold to do no more than deny, in the
// present, what was told of the past: "not anymore", "so not any more",
// "no longer".
var denialWords = wordSet("not", "no", "longer", "anymore", "any", "more", "now", "nowadays", "today",
	"these", "days", "really", "though", "so", "but", "and", "its", "thats", "that", "is", "isnt")

// deniedPast reads a present clause that only denies the past one, read
// pv ("it used to worry me a lot, not anymore"): what the past told is
// no more, so an end that is not the question's no becomes the no. A
// past already told as the no ("we merged the systems, so not anymore")
// is the no when the denial follows from it ("so"), as is a past the
// rules cannot read ("we put the records on one platform a while ago, so
// not anymore"): the trouble asked about is gone; otherwise ("they used to be fine, not any more") the
// denial turns it and the answer is asked. ok is false when the clause
// is no bare denial.
func deniedPast(q *question, clause []string, pv string) (string, bool) {
	if q.no == "" || len(clause) == 0 {
		return "", false
	}
	if !slices.ContainsFunc(clause, func(t string) bool { return t == "not" || t == "no" || t == "isnt" }) ||
		slices.ContainsFunc(clause, func(t string) bool { return !denialWords[t] }) {
		return "", false
	}
	switch {
	case (pv == q.no || pv == "") && clause[0] == "so":
		return q.no, true
	case pv == q.no || pv == q.hedge || pv == "":
		return "", true
	}
	return q.no, true
}

// joinClauses is w as text again, its clause breaks kept as commas.
func joinClauses(w []string, cut []bool) string {
	var b strings.Builder
	for i, t := range w {
		switch {
		case i > 0 && cut[i]:
			b.WriteString(", ")
		case i > 0:
			b.WriteString(" ")
		}
		b.WriteString(t)
	}
	return b.String()
}
