package conversation

import "strings"

var (
	pointBackSubjects = wordSet("that", "thats", "this", "thiss", "which")
	pointBackNouns    = wordSet("point", "idea", "aim")
)

// withoutPointBack is text without its sentences that only point back
// at another ("The rum is good because we change nothing. That is the
// whole point."): what is the point is the sentence before, so the
// key "whole point" tells nothing of innovation itself. ok is false when
// no such sentence is there, or nothing else is.
func withoutPointBack(text string) (rest string, ok bool) {
	var kept []string
	for _, s := range sentences(text) {
		w := normalize(s)
		if len(w) > 0 && len(w) <= 8 && pointBackSubjects[w[0]] && hasAny(w, pointBackNouns) {
			ok = true
			continue
		}
		kept = append(kept, s)
	}
	if !ok || len(kept) == 0 {
		return "", false
	}
	return strings.Join(kept, ". "), true
}
