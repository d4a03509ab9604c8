package conversation

// A group counted and then called freelancers or contractors ("the 60
// pharmacists in our relief pool are freelancers") is no staff: the
// copula names what the group is, whatever its place words ("in our
// pool", "on our list") tie it to.

// calledOutsiderNouns name people working for the firm but not on it.
var calledOutsiderNouns = wordSet("freelancers", "freelancer", "freelance", "contractors", "subcontractors",
	"freelances", "selfemployed", "independents")

// calledOutsiderFillers stand between the copula and the noun: "are all
// freelancers", "are actually independent contractors".
var calledOutsiderFillers = wordSet("all", "actually", "really", "independent", "external", "outside", "just", "mostly")

// calledOutsiders reports a number whose group its words, up to the next
// number, call freelancers or contractors after "are" or "were".
func calledOutsiders(w []string, i int) bool {
	for j := i + 1; j < min(len(w), i+12); j++ {
		if _, n := count(w[j]); n {
			return false
		}
		if w[j] != "are" && w[j] != "were" {
			continue
		}
		k := j + 1
		for k < len(w) && calledOutsiderFillers[w[k]] {
			k++
		}
		if k < len(w) && (calledOutsiderNouns[w[k]] || w[k] == "self" && k+1 < len(w) && w[k+1] == "employed") {
			return true
		}
	}
	return false
}
