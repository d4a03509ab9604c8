package conversation

// "None of them are ahead of us", "neither of the bakeries is further
// along than us": the others, all of them, denied a lead over us. Read
// word by word, "ahead of us" after them read as behind.

var (
	noneWords = wordSet("none", "neither")
	// aheadWords put the others before us: "ahead of us", "further
	// along than us", "better than us".
	aheadWords = wordSet("ahead", "further", "farther", "better", "faster", "beyond", "past")
)

// noneAhead reports "none of them are ahead of us" in w: within one
// clause, "none"/"neither" then "of", then a lead word before "us".
func noneAhead(w []string, cut []bool) bool {
	for i := 0; i+3 < len(w); i++ {
		if !noneWords[w[i]] || w[i+1] != "of" {
			continue
		}
		for j := i + 2; j < min(i+12, len(w)-1); j++ {
			if cut[j] {
				break
			}
			if !aheadWords[w[j]] {
				continue
			}
			for k := j + 1; k < min(j+4, len(w)); k++ {
				if cut[k] {
					break
				}
				if w[k] == "us" || w[k] == "ours" || w[k] == "me" {
					return true
				}
			}
		}
	}
	return false
}
