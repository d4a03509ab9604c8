package conversation

import "strings"

// "It is a concern", told plain with no word of its size, is the middle
// of the security worry: owners who mean the top size it ("a serious
// concern", "a massive concern", "100% a concern"). The bare word is a
// key of the top option, so a plain concern is read apart from the rest
// of the answer: an incident told beside it ("we were hacked last year")
// still reads the top, an attempt that failed the middle. It is read on
// the whole answer, before a past told after the present is dropped.

// plainConcernWords are all a plain concern clause holds: "it's a
// concern for us", "yes, that is a concern".
var plainConcernWords = wordSet("it", "is", "its", "s", "thats", "that", "this", "a", "concern", "yes", "yeah",
	"for", "us", "me", "to", "i", "id", "would", "say", "well", "ok", "sure")

// harmDone are harms that happened: beside them a plain concern is
// sized by the harm.
var harmDone = wordSet("hacked", "breached", "ransomware", "scammed", "phished", "stolen", "leaked", "lost",
	"locked", "encrypted", "defrauded", "compromised")

// plainConcern reports a clause that is a plain concern ("a" just before
// "concern"), with the rest of the answer, read alone, short of the top.
func plainConcern(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	for k, c := range cs {
		if !isPlainConcern(c) {
			continue
		}
		var rest []string
		harm := false
		for j, o := range cs {
			if j != k {
				rest = append(rest, strings.Join(o, " "))
				harm = harm || hasAny(o, harmDone)
			}
		}
		if len(rest) == 0 {
			return true
		}
		if harm {
			return false // "It's a concern. We were hacked last year."
		}
		// The other clauses stay apart, so that no negation reaches
		// across what were clause breaks.
		q := &questions[questionIndex(qSecurity)]
		return matchPart(q, strings.Join(rest, ". "), nil).value != "high"
	}
	return false
}

// isPlainConcern reports a clause of plainConcernWords with "a concern".
func isPlainConcern(c []string) bool {
	found := false
	for i, t := range c {
		if !plainConcernWords[t] {
			return false
		}
		if t == "concern" && i > 0 && c[i-1] == "a" {
			found = true
		}
	}
	return found
}
