package conversation

// New things bought only once they are cheap, or when the old one is
// worn out ("we buy a new oven when the old one dies", "we get it once
// it's cheap"), tell no lead: the condition is the end of the old or the
// fall of the price, not a use for the new. Not a priority.

// lateConditionWords end the old or lower the price.
var lateConditionWords = wordSet("cheap", "cheaper", "break", "breaks", "broke", "broken", "finished", "dies",
	"dead", "worn", "wears", "apart")

// lateCondition reports such a word in the condition opened at w[cond],
// told of a taking up in its clause: in "new dishes all the time, new
// kit only when the old one dies" the dishes are new anyway.
func lateCondition(w []string, cut []bool, adopt, cond int) bool {
	s, e := clauseBounds(cut, cond)
	if (adopt < s || adopt >= e) && !hasAny(w[s:e], adoptionWords) {
		return false
	}
	return hasAny(w[cond+1:min(len(w), cond+8)], lateConditionWords)
}
