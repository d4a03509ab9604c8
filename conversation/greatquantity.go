package conversation

// "a great many spreadsheets", "a great deal of paper": "great" here
// counts, it praises nothing. Where "great" is a key for systems that
// run well, the quantity would read as praise.

// quantityAfterGreat are the words that make "great" a quantity.
var quantityAfterGreat = wordSet("many", "deal", "number", "amount", "lot")

// withoutQuantityGreat drops each "great" that only counts ("a great
// many"), so that it reads no option of the systems question.
func withoutQuantityGreat(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qSystems {
		return w, cut
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "great" && quantityAfterGreat[w[i+1]] {
			w = append(w[:i:i], w[i+1:]...)
			if i < len(cut) {
				cut = append(cut[:i:i], cut[i+1:]...)
			}
			i--
		}
	}
	return w, cut
}
