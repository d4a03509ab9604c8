package conversation

// rangedEachProduct reads groups times a ranged size in each: "four
// shops with nine or ten staff in each" is four times ten, not nine
// times ten; the range's top stands for each group.
func rangedEachProduct(w []string, k int) (int, bool) {
	var at []int // indices of the numbers before w[k], nearest first
	for i := k - 1; i >= 0 && len(at) < 3; i-- {
		if _, ok := count(w[i]); ok && !isYear(w[i]) {
			at = append(at, i)
		}
	}
	if len(at) < 3 || at[0] != at[1]+2 || (w[at[1]+1] != "or" && w[at[1]+1] != "to") {
		return 0, false
	}
	groups, _ := count(w[at[2]])
	per, _ := count(w[at[0]])
	if groups < 1 || per < 1 {
		return 0, false
	}
	return groups * per, true
}
