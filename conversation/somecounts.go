package conversation

import "strings"

// "Some" that counts things a clause goes on about ("the rostering
// crashes every month and some PCs are still on windows 7", "laptops
// are 10 years old, some still on Windows 7") tells which of the systems
// are at fault, not the middle option's degree: on the systems question
// it is no hedge.

// countedThen follow the things "some" counts: "some branches still
// bring", "some PCs are".
var countedThen = wordSet("are", "still", "have", "run", "runs", "bring", "send", "use", "share", "were", "need")

// troubleNouns after "some" are a degree of trouble: "some issues".
var troubleNouns = wordSet("issues", "problems", "things", "bits", "niggles", "pains", "parts", "areas", "days",
	"times", "glitches", "hiccups", "aspects", "places", "bugs", "headaches", "improvements", "updates", "upgrades")

// someCounts reports a hedge hit that is "some" counting things, past the
// answer's first word.
func someCounts(q *question, w []string, h hit) bool {
	if q.ID != qSystems || h.class != hedge || h.n != 1 || w[h.start] != "some" || h.start == 0 || h.start+1 >= len(w) {
		return false
	}
	noun := w[h.start+1]
	if noun == "still" {
		return true // "some still on Windows 7"
	}
	return h.start+2 < len(w) && len(noun) > 2 && strings.HasSuffix(noun, "s") && !troubleNouns[noun] &&
		countedThen[w[h.start+2]]
}

// partlySplit reports a hedge hit that is "partly" (or "partially") said
// again in the same answer, on the data question: "partly on paper,
// partly on the system" splits the records between places, which is
// their scatter, not a lower degree of trouble.
func partlySplit(q *question, w []string, h hit) bool {
	if q.ID != qData || h.class != hedge || h.n != 1 || w[h.start] != "partly" && w[h.start] != "partially" {
		return false
	}
	return countWord(w, "partly")+countWord(w, "partially") >= 2
}
