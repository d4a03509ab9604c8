package conversation

// An ops answer can put the office or the orders on the web shop or the
// computer and tell the craft itself by its hand tools: "the website
// takes the bookings, the haircuts are done with scissors", "the
// building work is hammers and saws". The web shop is the part on IT,
// though its words are no computer's; the tools are the part off it.
// Together, quite a lot; not when the answer denies the computer ("chisels
// and varnish, a computer wouldn't help one bit").

// craftTools are the hand tools a craft is told by, beside the handTools
// of other answers.
var craftTools = wordSet("scissors", "combs", "shears", "awl", "awls", "needle", "trowel", "trowels", "pliers",
	"hammer", "hammers", "chisels", "saw", "saws", "spanners", "brushes", "knives", "needles", "lathe")

// webShopTakes reports a clause in which the web shop takes the work,
// not denied: "customers order through the website".
func webShopTakes(c []string) bool {
	return hasAny(c, webShopWords) && !hasAny(c, negation) && !hasAny(c, doubtWords)
}

// craftByTools reports a clause that tells a part of the work by its
// hand tools, not denied: "the haircuts are done with scissors".
func craftByTools(c []string) bool {
	return hasAny(c, craftTools) && !hasAny(c, negation) && !hasAny(c, itPlaces) && !hasAny(c, itNouns)
}

// craftBesideIT reports a clause on the computer or the web shop and
// another that tells the craft by its tools: the middle opsFact weighed,
// which the model, reading the tools' words alone, must not reopen.
func craftBesideIT(w []string, cut []bool) bool {
	it, craft := false, false
	for _, c := range clauses(w, cut) {
		switch {
		case craftByTools(c):
			craft = true
		case hasAny(c, itPlaces) && !hasAny(c, negation) || webShopTakes(c):
			it = true
		}
	}
	return it && craft
}
