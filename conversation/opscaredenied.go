package conversation

import "slices"

// Ops answers where a part would not mind the IT going down ("the
// diggers don't care if the laptop dies"): reliance denied for that
// part, not the IT told critical that "if it's down" reads alone.

// careDenials deny that a part would mind the IT going down: "don't
// care", "wouldn't notice", "nobody cares".
var careDenials = wordSet("dont", "doesnt", "wouldnt", "nobody", "noone", "didnt")

// careVerbs are the minding denied: "care", "notice", "mind".
var careVerbs = wordSet("care", "cares", "notice", "mind", "miss")

// downWords tell IT going down: "if the laptop dies".
var downWords = wordSet("dies", "died", "down", "crashes", "crashed", "off", "stops", "stopped", "broke", "breaks", "fails")

// relianceAfterCare tell another part relied on: "the tills matter".
var relianceAfterCare = wordSet("stop", "stops", "matter", "matters", "rely", "relies", "need", "needs", "without",
	"critical", "halt", "dead")

// careDeniedIfDown is the ops reading of a part that would not mind the
// IT going down ("the diggers don't care if the laptop dies"): little,
// or quite a lot when a turn names parts that would ("but the invoices
// and the drawings do"); "" for other answers.
func careDeniedIfDown(w []string) string {
	for i := 0; i+2 < len(w); i++ {
		if !careDenials[w[i]] {
			continue
		}
		j := i + 1
		if j < len(w) && (w[j] == "would" || w[j] == "really") {
			j++
		}
		if j+1 >= len(w) || !careVerbs[w[j]] || w[j+1] != "if" {
			continue
		}
		cond := w[j+2 : min(len(w), j+8)]
		if !(hasAny(cond, itPlaces) || hasAny(cond, itNouns) || hasAny(cond, wordSet("wifi", "internet", "network"))) ||
			!hasAny(cond, downWords) {
			return ""
		}
		if k := slices.Index(w[j:], "but"); k >= 0 {
			if hasAny(w[j+k:], relianceAfterCare) {
				return "" // "but dispatch would stop dead": maybe all of it
			}
			return "medium" // "but the invoices and the drawings do"
		}
		if hasAny(w[j+2:], relianceAfterCare) {
			return "" // "the tills are what matter and we'd stop without them"
		}
		return "low"
	}
	return ""
}
