package conversation

// A size answer may call the firm one whole ("48 over the five shops,
// but it's one payroll", "one team, really"): "one" before a word for
// the whole tells there is a single one of it, not a staff of one.

// wholeNouns name the firm or its staff as a single whole.
var wholeNouns = wordSet("payroll", "team", "crew", "company", "business", "firm", "outfit", "family", "group",
	"unit", "operation", "employer", "entity", "workforce", "staff", "shop")

// oneWhole reports whether the number at w[i] is "one" before a word for
// the whole, itself no part of a compound naming people ("one team
// member", "one staff nurse"), while another number stands elsewhere
// to count the staff.
func oneWhole(w []string, i int) bool {
	if w[i] != "one" || i+1 >= len(w) || !wholeNouns[w[i+1]] {
		return false
	}
	if i+2 < len(w) && (personNoun(w[i+2]) || peopleWords[w[i+2]] || w[i+2] == "member") {
		return false
	}
	for j, t := range w {
		if j != i && isNumberWord(t) && t != "one" && !isYear(t) {
			return true
		}
	}
	return false
}
