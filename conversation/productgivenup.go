package conversation

import "slices"

// onlyTradeNow reports a present told as only the trade ("now it's just
// engineering services", "today it's only the gym", "pure consulting
// now"): "just", "only" or "pure" near the present word and no
// technology from there on. A product given up before such a present is
// given up, not kept.
func onlyTradeNow(w []string) bool {
	i := slices.IndexFunc(w, func(t string) bool { return presentWords[t] && t != "anymore" })
	if i < 0 {
		return false
	}
	j := slices.IndexFunc(w[max(0, i-4):min(len(w), i+5)], func(t string) bool { return onlyTradeWords[t] })
	if j < 0 {
		return false
	}
	rest := w[min(i, max(0, i-4)+j):]
	return !hasAny(rest, techNouns) && !hasAny(rest, devVerbs)
}

// onlyTradeWords tell the trade as all there is: "just services now".
var onlyTradeWords = wordSet("just", "only", "pure", "purely", "solely")
