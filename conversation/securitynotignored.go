package conversation

import "slices"

// A worry the owner says cannot be ignored ("not something we can shrug
// off anymore", "we can't afford to ignore it") is the top: the risk is
// denied the least place. Read word by word, the "not" and the dismissal
// cancel out into nothing, or the low option.

// dismissVerbs put a risk aside.
var dismissVerbs = wordSet("ignore", "shrug", "dismiss", "overlook", "brush", "disregard")

// dismissAbleWords make the denial one of ability: "can't ignore", "can't
// afford to ignore", "not something we could shrug off".
var dismissAbleWords = wordSet("can", "cant", "cannot", "could", "couldnt", "afford")

// dismissalDenied reports a dismissal denied as possible, with no "but"
// after it to limit the worry ("can't ignore it, but it's not top").
func dismissalDenied(w []string) bool {
	for i, t := range w {
		if !dismissVerbs[t] {
			continue
		}
		before := w[max(0, i-5):i]
		if hasAny(before, dismissAbleWords) && hasAny(before, negation) && !slices.Contains(w[i:], "but") {
			return true
		}
	}
	return false
}
