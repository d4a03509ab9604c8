package conversation

// A headcount listed place by place with the number after the place
// ("Office 8, warehouse 19, delivery boys 6") adds up as "8 in the
// office, 19 in the warehouse" does: in such a list "Office 8" is no
// product and "warehouse 19" no site's name.

// labelShaped reports a clause that is a short label and then its count:
// "office 8", "delivery boys 6", "front of house 9". Not a clause with a
// subject ("we use Office 365"), nor a product's name ("Sage 50").
func labelShaped(c []string) bool {
	if len(c) < 2 || len(c) > 4 || !isNumberWord(c[len(c)-1]) || isYear(c[len(c)-1]) {
		return false
	}
	for _, t := range c[:len(c)-1] {
		if isNumberWord(t) || clauseSubjects[t] && t != "the" || productNames[t] && t != "office" {
			return false
		}
	}
	return true
}

// labelList reports an answer with at least two label-shaped clauses.
func labelList(w []string, cut []bool) bool {
	n := 0
	for _, c := range clauses(w, cut) {
		if labelShaped(c) {
			n++
		}
	}
	return n >= 2
}
