package conversation

// Stages told as growth gone by: fast growth in the past tense, then a
// calm present ("we grew fast until 2021, these days it's about keeping
// the clients we have", "this year is calmer"). A firm past its growth
// is established, not scaling.

// grewWords tell growth in the past tense.
var grewWords = wordSet("grew", "doubled", "tripled", "boomed", "exploded", "expanded")

// calmWords tell a present without growth.
var calmWords = wordSet("steady", "stable", "steadier", "flat", "settled", "calm", "calmer", "quieter", "quiet",
	"levelled", "leveled", "plateaued", "stabilised", "stabilized", "rolling", "ticking", "cruising", "keeping",
	"looking")

// calmUndone are words after the calm that tell growth again or still.
var calmUndone = wordSet("again", "still", "up", "growing", "booming", "expanding", "hiring", "scaling", "but")

// grewThenCalm reports growth in the past tense and a calm after it.
func grewThenCalm(w []string) bool {
	g := -1
	for i, t := range w {
		if g < 0 && grewWords[t] {
			g = i
		}
		if g < 0 || i <= g || !calmWords[t] {
			continue
		}
		// "keeping up with the orders", "looking to grow": not calm.
		if (t == "keeping" || t == "looking") && (i+1 >= len(w) || w[i+1] != "the" && w[i+1] != "after") {
			continue
		}
		return !hasAny(w[i:], calmUndone)
	}
	return false
}
