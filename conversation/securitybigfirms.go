package conversation

import "slices"

var (
	bigWorriers = wordSet("big", "bigger", "large", "larger", "corporates", "corporations", "giants", "banks",
		"multinationals")
	smallSelf = wordSet("small", "only", "just", "tiny", "persons", "people", "guys", "staff")
	alsoWords = wordSet("so", "too", "also", "aswell")
)

// worryLeftToBigFirms reports the worry handed to bigger firms and the
// owner's own smallness told after: "The big companies must worry. We
// are 6 persons with a fax" is little concern for us. Not "the big
// companies must worry, and so must we".
func worryLeftToBigFirms(w []string, cut []bool) bool {
	i := slices.IndexFunc(w, func(t string) bool { return ownedWorry[t] })
	if i < 1 || hasAny(w[i:], alsoWords) || hasAny(w, negation) {
		return false
	}
	s, e := clauseBounds(cut, i)
	if !hasAny(w[max(0, s-6):i], bigWorriers) || hasAny(w[s:i], selfWords) {
		return false
	}
	for _, c := range clauses(w[e:], cut[e:]) {
		if len(c) > 1 && (c[0] == "we" || c[0] == "were" || c[0] == "im") &&
			(hasAny(c, smallSelf) || slices.ContainsFunc(c, isNumber) || slices.ContainsFunc(c, isNumberWord)) {
			return true
		}
	}
	return false
}
