package conversation

// A description that tells a firm handed down ("my father founded it in
// 1979, I became managing director two years ago") dates two beginnings:
// the founder's, which makes the firm old, and the successor's, which
// makes the owner new. Neither says how the firm fares since: successors
// tell of growth they brought as often as of a steady house, so the stage
// is asked, not filled from either date.

// predecessorWords name the generation before the owner.
var predecessorWords = wordSet("father", "dad", "mother", "mum", "mom", "parents", "grandfather", "grandpa",
	"grandmother", "grandma", "uncle", "aunt", "founder", "founders")

// successionVerbs after "I" tell the owner's arrival in a firm already
// there: "I took over", "I came back", "I became MD", "I joined", "I
// inherited".
var successionVerbs = wordSet("took", "taken", "take", "came", "come", "became", "become", "joined", "inherited",
	"succeeded", "stepped")

// handedOver reports a description that names the generation before and
// the owner's own arrival after it.
func handedOver(d *description) bool {
	before, arrived := false, false
	for _, c := range d.clauses {
		before = before || hasAny(c, predecessorWords)
		for i, t := range c {
			if t != "i" && t != "ive" {
				continue
			}
			for j := i + 1; j < min(len(c), i+3); j++ {
				arrived = arrived || successionVerbs[c[j]]
			}
		}
	}
	return before && arrived
}
