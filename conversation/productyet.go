package conversation

import "slices"

// A build denied only for now ("no code yet", "nothing's built yet")
// tells a product still to come: it takes no plan back, and a sentence
// of it is no verdict of "no" over a plan told beside it ("He wants a
// member app next year. Nothing's built yet.").

var (
	yetDenials = wordSet("nothing", "nothings", "not", "no", "none", "havent", "hasnt", "isnt", "arent")
	yetBuilds  = wordSet("built", "build", "coded", "code", "developed", "made", "written", "launched", "shipped")
)

// buildStillToCome reports "yet" closing a denied build: a denial and a
// build word in the four words before it.
func buildStillToCome(w []string) bool {
	for i, t := range w {
		if t != "yet" {
			continue
		}
		before := w[max(0, i-4):i]
		if hasAny(before, yetDenials) && hasAny(before, yetBuilds) {
			return true
		}
	}
	return false
}

// planBeforeBuildYet reports a sentence that only denies a build for now,
// read as a verdict: it says no plan is given up.
func planBeforeBuildYet(q *question, w []string) bool {
	return q.ID == qProducts && buildStillToCome(w) && !slices.Contains(w, "plans")
}

// planHeldYet reports a plan read beside a build denied for now: the
// "yet" already tells the present, so a "now" elsewhere ("the platform
// we use now isn't ours") does not turn it into a past.
func planHeldYet(q *question, w []string, v string) bool {
	return q.ID == qProducts && v == "planned" && buildStillToCome(w)
}

// planStagePhrases tell a product no further than a quote, an idea or a
// funding bid: "a developer is quoting for it", "only an idea now".
var planStagePhrases = [][]string{{"talk", "so", "far"}, {"quoting", "for"}, {"quoting", "us"}, {"being", "quoted"},
	{"only", "an", "idea"}, {"just", "an", "idea"},
	// Money asked for and not yet given: "a grant bid in to build", "we've
	// applied for funding", "we put in for a grant".
	{"grant", "bid"}, {"grant", "application"}, {"grant", "applications"}, {"funding", "bid"},
	{"funding", "application"}, {"applied", "for", "funding"}, {"applied", "for", "a", "grant"},
	{"applying", "for", "funding"}, {"applying", "for", "a", "grant"}, {"put", "in", "for", "a", "grant"},
	{"bid", "for", "funding"}}

// talkForNow follow "just talk" said of a plan's stage: "just talk at the
// moment", "only talk for now"; "we only talk about it" is no plan.
var talkForNow = wordSet("so", "at", "for", "now", "yet", "still")

// planStageTold reports a product told at the talk, quote, idea or
// funding-bid stage.
func planStageTold(w []string) bool {
	for i, t := range w {
		if t == "talk" && i > 0 && (w[i-1] == "just" || w[i-1] == "only") && (i+1 == len(w) || talkForNow[w[i+1]]) {
			return true
		}
	}
	return hasAnyPhrase(w, planStagePhrases)
}
