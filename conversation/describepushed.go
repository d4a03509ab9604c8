package conversation

// Technology that people in the firm push for ("the young members push
// to sell online with our own platform", "the staff keep pushing for our
// own app") is their wish, not a product the firm has at its core.

var (
	pushWords   = wordSet("push", "pushes", "pushing", "pushed", "press", "presses", "pressing", "lobby", "lobbying")
	pushTargets = wordSet("to", "for", "us", "me", "hard")
)

// pushedFor reports a push word followed by what is pushed for ("push to
// sell", "pushing for an app", "pushes us to launch"), not "push updates".
func pushedFor(c []string) bool {
	for i, t := range c {
		if pushWords[t] && i+1 < len(c) && pushTargets[c[i+1]] {
			return true
		}
	}
	return false
}
