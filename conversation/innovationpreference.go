package conversation

import "slices"

// An answer that weighs leading against following ("we want to catch up
// more than to lead", "keep pace rather than lead", "we'd rather lead
// than follow") says which it prefers: the side before "than". The
// lead key alone would read every such answer as leading.

var (
	// preferWords set one side above the other before "than".
	preferWords = wordSet("rather", "sooner", "more")
	leadSide    = wordSet("lead", "leading", "leader", "leaders", "first", "pioneer", "pioneers", "pioneering")
	followSide  = wordSet("follow", "following", "follower", "followers", "catch", "catching", "keep", "keeping",
		"pace", "behind")
)

// leadWeighedAgainstFollow reads which of leading and following an
// answer prefers: "yes" for leading, "some" for catching up or keeping
// pace (wanted, not leading), "" when it weighs neither.
func leadWeighedAgainstFollow(w []string) string {
	than := slices.Index(w, "than")
	if than < 1 || !hasAny(w[:than], preferWords) {
		return ""
	}
	before, after := w[:than], w[than+1:]
	switch {
	case hasAny(before, followSide) && hasAny(after, leadSide):
		return "some"
	case hasAny(before, leadSide) && hasAny(after, followSide):
		return "yes"
	}
	return ""
}
