package conversation

// deniedEndWords name an end of the systems or data scale an opening
// may deny: the worst ("not bad", "not a disaster") or, beside it, the
// best ("not brilliant").
var deniedEndWords = wordSet("bad", "terrible", "awful", "horrible", "dreadful", "disaster", "crisis",
	"catastrophe", "great", "brilliant", "perfect", "huge", "big", "major", "serious", "real")

// worstDeniedOpening reports a systems or data answer whose opening
// clause of a few words only denies an end of the scale ("not bad",
// "not a disaster", "not a huge problem") and whose rest tells more: a
// trouble after it is how owners tell the middle, which the rules read
// and the model agrees with (so "not bad, no complaints" is not turned).
func worstDeniedOpening(q *question, w []string, cut []bool, v string, g guess) bool {
	if q.ID != qSystems && q.ID != qData || v != q.hedge || g.top != v || g.p < 0.5 {
		return false
	}
	_, end := clauseBounds(cut, 0)
	if end > 5 || end >= len(w) {
		return false
	}
	for i := 1; i < end; i++ {
		if deniedEndWords[w[i]] && negatedBefore(w, i, 3) {
			return true
		}
	}
	return false
}
