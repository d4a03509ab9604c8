package conversation

import "slices"

// onlyTradeNow reports a present told as only the trade ("now it's just
// engineering services", "today it's only the gym"): "just" or "only"
// soon after the present word and no technology after it. A product
// given up before such a present is given up, not kept.
func onlyTradeNow(w []string) bool {
	i := slices.IndexFunc(w, func(t string) bool { return presentWords[t] && t != "anymore" })
	if i < 0 {
		return false
	}
	rest := w[i+1:]
	return hasAny(rest[:min(4, len(rest))], wordSet("just", "only")) && !hasAny(rest, techNouns) &&
		!hasAny(rest, devVerbs)
}
