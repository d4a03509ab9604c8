package conversation

// Technology named and then refused in a short clause of its own: "The
// IT contractor floated some smart vending idea. Not for us, we make
// crisps", "A consultant suggested a sensor thing. Not for us." The
// technology is the idea put to the owner, the refusal the answer: no.
// A refusal that leaves a time open ("not for us yet", "maybe later")
// is not read here.

var (
	refusalOpeners = wordSet("not", "no")
	refusalWords   = wordSet("for", "us", "me", "thanks", "thank", "you", "interested", "really", "our", "thing",
		"cup", "of", "tea", "ours")
	refusalOpen = wordSet("yet", "later", "maybe", "someday", "eventually", "now", "soon")
)

// techRefused reports a clause that only refuses ("not for us", "no
// thanks", "not interested") after a clause that names technology.
func techRefused(w []string, cut []bool) bool {
	if hasAny(w, refusalOpen) {
		return false
	}
	cs := clauses(w, cut)
	for k := 1; k < len(cs); k++ {
		c := cs[k]
		if len(c) < 2 || len(c) > 5 || !refusalOpeners[c[0]] {
			continue
		}
		if !hasOnly(c[1:], refusalWords) {
			continue
		}
		named := false
		for _, prev := range cs[:k] {
			if hasAny(prev, devVerbs) && hasAny(prev, selfWords) {
				return false // "we build apps for clients. not for us, for them": ours
			}
			named = named || hasAny(prev, techNouns)
		}
		return named
	}
	return false
}
