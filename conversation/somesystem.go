package conversation

import "slices"

// An ops answer may tell the whole and name the system with "some":
// "every process goes through some system", "everything runs on some
// software". That "some" is "a", no degree: read as the hedge, it would
// take the whole down to quite a lot.

// someNouns after "some" make it a determiner: "some system", "some
// kind of app".
var someNouns = wordSet("system", "software", "app", "application", "program", "programme", "platform",
	"tool", "kind", "sort", "computer", "database", "package")

// wholeWords tell all of the work: "every process", "everything".
var wholeWords = wordSet("every", "each", "everything", "all")

// withoutSomeSystem reads, on the ops question, each "some" before a
// system's noun as "the" when the answer tells the whole.
func withoutSomeSystem(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qOps || !hasAny(w, wholeWords) {
		return w, cut
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "some" || !someNouns[w[i+1]] {
			continue
		}
		w = slices.Clone(w)
		w[i] = "the"
		if (w[i+1] == "kind" || w[i+1] == "sort") && i+2 < len(w) && w[i+2] == "of" {
			// "some kind of system": no "kind of" hedge either.
			w = append(w[:i+1:i+1], w[i+3:]...)
			cut = append(cut[:i+1:i+1], cut[min(len(cut), i+3):]...)
		}
	}
	return w, cut
}
