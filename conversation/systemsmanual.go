package conversation

import "slices"

// Systems answers that call the systems fine and then name work still
// done by hand that goes wrong ("the playout is fine, but the billing is
// manual and we make mistakes"): some pain points, not the fine the
// opening reads alone.

// manualSlipWords tell work by hand going wrong.
var manualSlipWords = wordSet("mistakes", "mistake", "errors", "error", "wrong", "slips")

// fineOpeners call the systems fine.
var fineOpeners = wordSet("fine", "great", "ok", "okay", "good", "well")

// fineThenManualSlips reports a fine opening, then later work by hand or
// on paper, then its mistakes, all told in the present.
func fineThenManualSlips(w []string) bool {
	f := slices.IndexFunc(w, func(t string) bool { return fineOpeners[t] })
	if f < 0 || hasAny(w[:f], negation) {
		return false
	}
	m := -1
	for i := f + 1; i < len(w); i++ {
		if manualWays[w[i]] && !hasAny(w[max(f+1, i-3):i], manualDeniers) {
			m = i
			break
		}
	}
	if m < 0 || !hasAny(w[m+1:], manualSlipWords) {
		return false
	}
	return !hasAny(w[f:], wordSet("used", "was", "were", "before", "ago"))
}
