package conversation

// Rivals said to work as we do keep level with us: "the other two
// funeral homes work exactly like we do", "same software as everyone".
// Nobody is ahead, so the answer is no, unless a comparison elsewhere
// puts them ahead.

// parityOthers are who a "same as" measures us against.
var parityOthers = wordSet("everyone", "everybody", "others", "them", "us", "rest", "competitors", "competition",
	"rivals", "all")

// parityTold reports rivals told to work as we do, with no comparison
// that puts anyone ahead.
func parityTold(w []string, cut []bool) bool {
	found := false
	for k := 0; k+1 < len(w) && !found; k++ {
		switch w[k] {
		case "like", "as":
			// "like we do", "as we do", "like us"
			found = w[k+1] == "us" || k+2 < len(w) && w[k+1] == "we" && (w[k+2] == "do" || w[k+2] == "are")
		case "same":
			found = sameAsOthers(w[k+1 : min(len(w), k+7)])
		case "different":
			found = k > 0 && w[k-1] == "no" && k+2 < len(w) && w[k+1] == "from" && w[k+2] == "us"
		}
	}
	if !found {
		return false
	}
	for k := range w {
		if directionAt(w, cut, k) != "" {
			return false
		}
	}
	return true
}

// sameAsOthers reports "X as everyone", "as the others" opening after
// "same".
func sameAsOthers(after []string) bool {
	for i, t := range after {
		if t == "as" {
			return hasAny(after[i+1:], parityOthers)
		}
	}
	return false
}
