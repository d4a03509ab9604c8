package conversation

// "Our priority is capacity", "our focus is the harvest": a priority
// named, and it is not what the question asks about. The word
// "priority" alone would read as a strong yes; the owner is saying the
// firm's attention is elsewhere.

// priorityNouns name where a firm's attention goes.
var priorityNouns = wordSet("priority", "priorities", "focus")

// priorityLeads may stand between "our" and the priority noun.
var priorityLeads = wordSet("main", "top", "only", "real", "big", "biggest", "first", "whole")

// priorityElsewhere reports "our priority is X" with X naming neither the
// question's own longer words nor any technology.
func priorityElsewhere(q *question, w []string) bool {
	own := questionWords()[q.ID]
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "our" && w[i] != "my" {
			continue
		}
		j := i + 1
		for j < len(w) && priorityLeads[w[j]] {
			j++
		}
		if j+2 >= len(w) || !priorityNouns[w[j]] || w[j+1] != "is" && w[j+1] != "are" {
			continue
		}
		rest := w[j+2:]
		if hasAny(rest, negation) || hasAny(rest, techNouns) || hasAny(rest, techKinds) {
			return false
		}
		for _, t := range rest {
			if own[t] && len(t) > 3 { // "with", "new" and the like say nothing
				return false
			}
		}
		return true
	}
	return false
}
