package conversation

import (
	"slices"
	"strings"
)

// A data or systems answer that tells a trouble and then closes on the
// worst denied ("the till and the books are off most months. Not a
// disaster, mind."): the denial concedes the trouble and caps it, which
// is the middle. Read alone, "not a disaster" is the best option's
// litotes; after a told trouble it is not.

// worstDeniedFillers may stand beside the denied worst in the closing
// clause: "but it's not a disaster though", "not a crisis, mind".
var worstDeniedFillers = wordSet("but", "its", "it", "is", "thats", "that", "though", "mind", "really", "honestly",
	"just", "still", "not", "a", "an", "the", "end", "of", "world", "exactly", "so", "yet")

// troubleThenWorstDenied reports a last clause that only denies the
// worst, after clauses that read a trouble (not the no, and something).
func troubleThenWorstDenied(q *question, cs [][]string) bool {
	if q.ID != qSystems && q.ID != qData || len(cs) < 2 {
		return false
	}
	// The closing clauses: the denial and any tag cut off after it ("not
	// a disaster, mind").
	k, denied := len(cs)-1, false
	var last []string
	for ; k > 0 && !denied; k-- {
		c, ok := closingDenial(cs[k])
		if !ok {
			return false
		}
		denied, last = c, slices.Concat(cs[k], last)
	}
	if !denied {
		return false
	}
	cs = cs[:k+1]
	v := matchPart(q, strings.Join(slices.Concat(cs...), " "), nil)
	if v.value == "" && len(v.candidates) == 0 {
		// A story the rules do not read ("the bookings and the accounts
		// disagree more often than they should"), then a concession
		// ("not a disaster though"): the concession says it was a trouble.
		return hasAny(last, concedingWords)
	}
	return v.value == q.yes || v.value == q.hedge || v.value == "" && !slices.Contains(v.candidates, q.no)
}

// concedingWords make the closing denial a concession to what came
// before: "not a disaster though", "not a crisis, mind", "but it's not
// the end of the world".
var concedingWords = wordSet("though", "mind", "but", "still", "yet")

// closingDenial reports whether clause c is made of fillers only (ok)
// and denies the worst among them (denied).
func closingDenial(c []string) (denied, ok bool) {
	for i, t := range c {
		switch {
		case topDeniedWords[t] && negatedBefore(c, i, 3):
			denied = true
		case t == "world" && i >= 3 && c[i-3] == "not":
			denied = true // "not the end of the world"
		case !worstDeniedFillers[t]:
			return false, false
		}
	}
	return denied, true
}
