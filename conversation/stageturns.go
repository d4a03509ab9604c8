package conversation

var (
	turnVerbs = wordSet("turn", "turns", "turned", "turning")
	// Words after "turns 18" that keep it a birthday: "this year", "next
	// month", "in may", "soon", or the answer's end.
	birthdayAfter = wordSet("this", "next", "last", "in", "soon", "on", "years", "year", "today")
)

// birthdayAge reads an age told as a birthday: "the label turns 18 this
// year", "we turned 30 in may". The number must follow the verb and end
// the clause or lead to a time, so "turn over 2 million" and "turned 5
// enquiries into orders" are no age.
func birthdayAge(w []string) (int, bool) {
	for i := 0; i+1 < len(w); i++ {
		if !turnVerbs[w[i]] {
			continue
		}
		n, ok := count(w[i+1])
		if !ok || n > 300 || isYear(w[i+1]) {
			continue
		}
		if i+2 == len(w) || birthdayAfter[w[i+2]] {
			return n, true
		}
	}
	return 0, false
}
