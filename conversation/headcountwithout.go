package conversation

// A headcount told again with a group left out ("33 if I count the two
// volunteers, without them 31"; "48 with the interns, 45 without") is
// the same team once more, not a part to add to the first count.

// withoutGroupWords after "without" point back to a group just named.
var withoutGroupWords = wordSet("them", "those", "these", "him", "her", "it")

// restatedWithout reports a number at w[i] told just after "without
// them" or just before "without": the team again, less a group.
func restatedWithout(w []string, i int) bool {
	if i+1 < len(w) && w[i+1] == "without" {
		return i+2 >= len(w) || withoutGroupWords[w[i+2]]
	}
	return i >= 2 && w[i-2] == "without" && withoutGroupWords[w[i-1]]
}
