package conversation

// A breach told as what it would not do: "a breach wouldn't sink us, but
// it would be embarrassing". The worst is denied, so the answer is not
// the highest worry, though it names a breach.

// ruinVerbs are what a breach could do to a business at worst.
var ruinVerbs = wordSet("kill", "sink", "ruin", "finish", "end", "bankrupt", "destroy", "break", "close")

// ruinedObjects are the business a ruin verb is done to: "sink us", "end
// the firm".
var ruinedObjects = wordSet("us", "the", "our", "business", "firm", "company")

// deniedRuin is where a negation stands before a ruin verb and its object
// ("wouldn't kill us", "would not sink the firm", "won't ruin us"), or -1.
// It returns the index of the object, so the caller can see what follows.
func deniedRuin(w []string) int {
	for i := 0; i+2 < len(w); i++ {
		if !negation[w[i]] {
			continue
		}
		j := i + 1
		if w[j] == "really" || w[j] == "necessarily" {
			j++
		}
		if j+1 < len(w) && ruinVerbs[w[j]] && ruinedObjects[w[j+1]] {
			if (w[j+1] == "the" || w[j+1] == "our") && j+2 < len(w) {
				return j + 2 // "the firm"
			}
			return j + 1
		}
	}
	return -1
}

// lesserHarm reports a breach's worst denied and a lesser harm told after
// it in another clause: "… wouldn't kill us, but it would be a headache".
func lesserHarm(w []string, cut []bool) bool {
	at := deniedRuin(w)
	if at < 0 {
		return false
	}
	next := at + 1
	return next+1 < len(w) && (cut[next] || contrastWords[w[next]])
}

// smallWords and smallWorryNouns make a small worry: denied ("not a small
// worry", "no small concern") it is a big one.
var (
	smallWords      = wordSet("small", "minor", "little", "tiny", "trivial")
	smallWorryNouns = wordSet("worry", "concern", "thing", "matter", "issue", "risk", "deal")
)

// smallWorryDenied reports a small worry denied: litotes for a big one.
// The noun must be a worry: "not a small firm" says nothing of it.
func smallWorryDenied(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "not" && w[i] != "no" {
			continue
		}
		j := i + 1
		if w[j] == "a" || w[j] == "an" {
			j++
		}
		if j+1 < len(w) && smallWords[w[j]] && smallWorryNouns[w[j+1]] {
			return true
		}
	}
	return false
}
