package conversation

// Data told as a list of kinds, each kept somewhere else ("orders in
// Shopify, the stock on paper, the invoices in Xero"): each part alone
// may read as under control ("the invoices in Xero"), but three stores
// side by side are the scattered data the question asks about, unless
// the owner says they are joined. Such a "no" is asked about, not taken.

// joinedWords say the stores are kept together: "they sync", "all
// linked up".
var joinedWords = wordSet("sync", "syncs", "synced", "synchronised", "synchronized", "linked", "connected",
	"integrated", "talk", "talks", "together", "joined", "feeds", "feed", "pulls", "match", "matches", "fine",
	"tidy", "clean", "control", "ok", "okay", "organised", "organized")

// dataListedApart reports three or more parts of w, split at clause
// ends and "and", that each keep something in or on a place.
func dataListedApart(w []string, cut []bool) bool {
	if hasAny(w, joinedWords) || hasAny(w, negation) {
		return false
	}
	stores, start := 0, 0
	for i := 0; i <= len(w); i++ {
		if i < len(w) && (i == start || !cut[i]) && w[i] != "and" {
			continue
		}
		part := w[start:i]
		for k := 1; k+1 < len(part); k++ {
			if part[k] == "in" || part[k] == "on" {
				stores++
				break
			}
		}
		start = i
		if i < len(w) && w[i] == "and" {
			start = i + 1
		}
	}
	return stores >= 3
}
