package conversation

// What a business plans or sells, beside what it makes: premises are no
// product ("open a second bakery next year"), a planned launch online is
// ("an online service next year"), and selling is making only when we
// make it too ("we sell games, we don't make them").

// expandVerbs grow a business in bricks: "open a second bakery".
var expandVerbs = wordSet("open", "opening", "expand", "expanding", "add", "adding", "buy", "buying", "move",
	"moving", "hire", "hiring")

// plansPremises reads a plan that is premises or people, not technology:
// "we want to open a second bakery next year" is no product.
func plansPremises(w []string, cut []bool) bool {
	if !hasAny(w, futureWords) || hasAny(w, techNouns) || hasAny(w, onlineWords) || hasAny(w, devVerbs) {
		return false
	}
	for i, t := range w {
		if expandVerbs[t] && i+1 < len(w) && !cut[i+1] && !pronounObjects[w[i+1]] {
			return true
		}
	}
	return false
}

// onlineWords make a planned launch a digital one: "an online service",
// "our own web shop".
var onlineWords = wordSet("online", "web", "website", "site", "digital", "ecommerce", "subscription", "portal")

// builtWords are a thing made: "nothing built yet".
var builtWords = wordSet("built", "build", "coded", "developed", "made", "launched", "written", "shipped")

// nothingWords deny that anything is built yet: "nothing built yet".
var nothingWords = wordSet("nothing", "not", "no", "none", "nowt", "havent", "hasnt", "dont")

// sellVerbs sell what may be others' make: "we sell games, we don't make
// them" is no product of ours.
var sellVerbs = wordSet("sell", "selling", "sells")

// ownDenied reports "not our own", "none of our own", "nothing of our
// own": the technology named beside it is someone else's.
func ownDenied(w []string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] != "own" || w[i-1] != "our" {
			continue
		}
		if negation[w[i-2]] || i > 2 && w[i-2] == "of" && (w[i-3] == "none" || w[i-3] == "nothing") {
			return true
		}
	}
	return false
}
