package conversation

// Owners type a verdict without its subject: "is a disaster honestly,
// data everywhere", "are a total shambles". It opens as "is a CIO ...?"
// does, but what follows "is a" is the verdict, not a thing asked about,
// so it is an answer, not a question (with no question mark: "is a mess?"
// may still ask).

// verdictIntensifiers may stand between "a" and the verdict.
var verdictIntensifiers = wordSet("total", "complete", "real", "bit", "absolute", "proper", "right", "huge",
	"massive", "bloody", "constant", "daily", "big", "utter")

// droppedSubjectVerdict reports w opening with "is" or "are", maybe "a"
// and an intensifier, then a verdict of trouble: "is a disaster".
func droppedSubjectVerdict(w []string) bool {
	if len(w) < 2 || w[0] != "is" && w[0] != "are" {
		return false
	}
	i := 1
	if w[i] == "a" || w[i] == "an" {
		i++
	}
	for i < len(w) && i < 4 && verdictIntensifiers[w[i]] {
		i++
	}
	return i < len(w) && (painWords[w[i]] || bigTrouble[w[i]])
}
