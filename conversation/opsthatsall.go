package conversation

// An ops answer that lists its tools and closes on "that's all" or
// "that's it", maybe hedged ("card reader and the email, probably that's
// all"), names the only tools: little reliance. The "all" closes the
// list; it is not the "all" of everything on the computer.

// closingFillers may stand around a closing "that's all": "probably",
// "I think", "really", "pretty much".
var closingFillers = wordSet("probably", "i", "think", "reckon", "guess", "pretty", "much", "and", "so", "really",
	"yeah", "basically", "about", "honestly", "just", "is")

// listThenThatsAll reports a last clause that is only a hedged "that's
// all" or "that's it" after a list that names no whole ("everything",
// "all of it").
func listThenThatsAll(w []string, cut []bool) bool {
	start := 0
	for i := len(w) - 1; i > 0; i-- {
		if cut[i] {
			start = i
			break
		}
	}
	if start == 0 || hasAny(w[:start], wholly) {
		return false
	}
	closer, that := false, false
	for i, t := range w[start:] {
		switch {
		case t == "all" || t == "it":
			closer = closer || i > 0 && (w[start+i-1] == "thats" || w[start+i-1] == "is" || w[start+i-1] == "much")
		case t == "thats" || t == "that":
			that = true
		case !closingFillers[t]:
			return false
		}
	}
	return that && closer
}
