package conversation

// Being first told as no care of the owner's ("not fussed about being
// first", "not bothered about leading"): no wish to lead with
// innovation, whatever "first" or "leading" says alone.

var (
	fussWords      = wordSet("fussed", "bothered", "worried", "concerned", "precious", "obsessed", "hung")
	fussFirstWords = wordSet("first", "leading", "lead", "ahead", "front", "pioneers", "pioneer")
)

// firstNotCaredFor reports a negated care word ("not too fussed")
// followed by "about" and a word of being first, with no "but" after
// it that turns to what the owner does try.
func firstNotCaredFor(w []string) bool {
	for i, t := range w {
		if !fussWords[t] || !hasAny(w[max(0, i-2):i], negation) || hasAny(w[i:], limitWords) {
			continue
		}
		if i+1 < len(w) && (w[i+1] == "about" || w[i+1] == "with" || w[i+1] == "up") &&
			hasAny(w[i+1:min(len(w), i+6)], fussFirstWords) {
			return true
		}
	}
	return false
}
