package conversation

// "ya" after a verb of telling or a preposition ("couldn't tell ya",
// "honest with ya") is "you", not the yes it is at an answer's opening.

var yaObjectOf = wordSet("tell", "told", "telling", "show", "thank", "give", "bet", "with", "to", "for", "let",
	"see", "ask", "warn", "promise")

// yaAsYou reports a "ya" after such a word.
func yaAsYou(t string, prev []string) bool {
	return t == "ya" && len(prev) > 0 && yaObjectOf[prev[len(prev)-1]]
}
