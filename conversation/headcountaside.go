package conversation

// Numbers of a size answer told beside today's total: a part named
// "alone" ("Near enough 600. The boats alone need 200 crew") or a count
// to come ("Actual 45. Next year eventually 55"). Either is no headcount
// of today when another count stands beside it.

var (
	// aloneWords name a part by itself: "the boats alone".
	aloneWords = wordSet("alone")
	// toComeWords before a number make it a count hoped for or planned:
	// "next year hopefully 60", "aiming for 25", "we'll be 20".
	toComeWords = wordSet("next", "eventually", "hopefully", "hope", "hoping", "aiming", "aim", "plan",
		"planning", "target", "will", "ll", "soon", "expect", "expecting")
)

// asideCount reports whether the number at w[i] is a part alone or a
// count to come while another count, not a year, stands elsewhere.
func asideCount(w []string, i int) bool {
	if !wordBefore(w, i, aloneWords) && !(i+1 < len(w) && aloneWords[w[i+1]]) && !wordBefore(w, i, toComeWords) && !ceilingToCome(w, i) {
		return false
	}
	for j, t := range w {
		if j != i && isNumberWord(t) && !isYear(t) && !wordBefore(w, j, toComeWords) {
			return true
		}
	}
	return false
}

// wordBefore reports a word of set within the four words before w[i],
// with no other number between.
func wordBefore(w []string, i int, set map[string]bool) bool {
	for j := i - 1; j >= max(0, i-4); j-- {
		if isNumberWord(w[j]) {
			return false
		}
		if set[w[j]] {
			return true
		}
	}
	return false
}

// fewAcrossAll is the doubt of a very small headcount told across all of
// many places ("across all the locations ... we're right around four"):
// so few over all the sites more likely lost a word ("four hundred")
// than counted the staff, so it is asked again.
func fewAcrossAll(q *question, w []string, v string) string {
	if v != q.headcount(1) {
		return ""
	}
	for i := 0; i+2 < len(w); i++ {
		if w[i] == "all" && (w[i+1] == "the" || w[i+1] == "our") && placeUnits[w[i+2]] {
			return inDoubt
		}
	}
	return ""
}
