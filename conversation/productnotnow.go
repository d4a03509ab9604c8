package conversation

// A product denied only for the present ("not now", "not at the moment",
// "no, not right now") and then planned after a contrast is a plan: the
// denial tells nothing is built today, which a plan says too.

var (
	// denialOpeners open an answer that denies: "no, not now", "nah".
	denialOpeners = wordSet("no", "not", "nope", "nah")
	notNowTimes   = wordSet("now", "currently", "today", "moment", "present", "yet")
	notNowFillers = wordSet("at", "the", "right", "just", "for", "this", "point", "in", "time")
)

// deniedForNowThenTurned reports an opening of only a denial and a
// present time, up to a contrast word within its first seven words.
func deniedForNowThenTurned(w []string) bool {
	denied, timed := false, false
	for i, t := range w[:min(len(w), 7)] {
		switch {
		case contrastWords[t]:
			return denied && timed && i+1 < len(w)
		case denialOpeners[t]:
			denied = true
		case notNowTimes[t]:
			timed = true
		case !notNowFillers[t]:
			return false
		}
	}
	return false
}
