package conversation

// Money told too scarce for now with a maybe later ("Money's too tight
// right now. Next year, perhaps."): "too" makes the scarcity a no for
// now, as "not now, maybe next year" is; a bare "tight" stays the
// middle option, and a later that hangs on a condition is not read.

var scarceWords = wordSet("tight", "thin", "stretched", "short", "lean", "low", "limited", "scarce")

// scarceNowLater reports the first clause telling money too scarce now
// and a later maybe after it, with no condition nor negation there.
func scarceNowLater(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	if len(cs) < 2 {
		return false
	}
	first, rest := cs[0], w[len(cs[0]):]
	scarce := false
	for i := 0; i+1 < len(first); i++ {
		scarce = scarce || first[i] == "too" && scarceWords[first[i+1]]
	}
	return scarce && hasAny(first, nowWords) && len(first) <= 8 &&
		hasAny(rest, laterWords) && !hasAny(rest, ifWords) && !hasAny(rest, negation)
}
