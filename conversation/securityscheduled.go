package conversation

// Cyber risk told as work scheduled but not urgent ("It's on the
// roadmap, not urgent."): on the owner's list, so more than no concern,
// and the urgency denied, so not the top. The middle.

var (
	scheduleNouns = wordSet("roadmap", "list", "plan", "plans", "planned", "scheduled", "agenda", "todo", "do", "pipeline", "radar")
	urgencyWords  = wordSet("urgent", "pressing", "rush", "hurry", "emergency")
)

// scheduledNotUrgent reports a plan noun not itself denied ("on the
// roadmap", not "not on the roadmap") and an urgency denied ("not
// urgent", "nothing pressing", "no rush").
func scheduledNotUrgent(w []string) bool {
	planned, calm := false, false
	for i, t := range w {
		switch {
		case scheduleNouns[t] && !negatedBefore(w, i, 3):
			planned = true
		case urgencyWords[t] && (negatedBefore(w, i, 3) || i > 0 && w[i-1] == "nothing"):
			calm = true
		}
	}
	return planned && calm
}
