package conversation

// Rivals' technology told as unknown for want of information ("We have
// no information", "no data on them"): not sure. The "no" denies the
// information, not the rivals' lead.

var infoWords = wordSet("information", "info", "data", "intel", "insight", "visibility")

// noInformation reports "no" or "not much" right before a word of
// information, with no rival told to have it ("they have data and we
// don't" is another matter).
func noInformation(w []string) bool {
	for i, t := range w {
		if !infoWords[t] || i == 0 {
			continue
		}
		if w[i-1] == "no" || i > 1 && w[i-1] == "any" && negation[w[i-2]] {
			return !hasAny(w[:i], otherWords)
		}
	}
	return false
}

var (
	// knowSoftened may stand between a negation and "know": "don't
	// really know".
	knowSoftened = wordSet("really", "exactly", "actually", "truly", "even")
	// knowObjects open what is not known: "what the others have".
	knowObjects = wordSet("what", "how", "if", "whether", "which")
	// infoDeterminers may stand before the information: "the", "that".
	infoDeterminers = wordSet("the", "any", "that", "this", "much", "enough")
)

// rivalsUnknown reports the owner not knowing what rivals do or have
// ("I don't really know what the other schools have", "who knows what
// the others do") or not having the information ("I don't have the
// information"): the "don't" denies the knowing, not the rivals' lead.
func rivalsUnknown(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "who" && w[i+1] == "knows" {
			return true
		}
		if !negation[w[i]] {
			continue
		}
		j := i + 1
		for j < len(w) && knowSoftened[w[j]] {
			j++
		}
		if j+1 < len(w) && w[j] == "know" && knowObjects[w[j+1]] {
			return true
		}
		if j+1 < len(w) && w[j] == "have" {
			k := j + 1
			for k < len(w) && infoDeterminers[w[k]] {
				k++
			}
			if k < len(w) && infoWords[w[k]] {
				return true
			}
		}
	}
	return false
}
