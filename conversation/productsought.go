package conversation

// A product not made yet told by what is done about it instead of a plan
// word: a maker still sought ("we're looking for a developer to build
// it", "hiring an agency"), a product only talked over ("the board has
// discussed an app") or under study ("there's a study going on"). Hiring
// more of a team ("hiring developers for our app") grows a product that
// is; seeking a first one ("a developer", "someone") starts one.

var (
	seekVerbs    = wordSet("looking", "searching", "hiring", "recruiting", "seeking", "need", "needs", "find", "finding")
	seekSkips    = wordSet("for", "to", "a", "an", "someone", "somebody", "good", "local", "freelance", "external", "outside")
	discussVerbs = wordSet("discussed", "discussing", "debated", "debating", "discuss")
	talkVerbs    = wordSet("talked", "talking", "spoke", "spoken", "thought")
	studyNouns   = wordSet("study", "feasibility")
)

// productNotYetAt reports a product told not made yet at w[i].
func productNotYetAt(w []string, i int) bool {
	return (makerSought(w, i) || makersPriced(w, i) || productDiscussed(w, i) || studyUnderway(w, i) ||
		prototypeOnly(w, i)) && !techHeld(w)
}

// techHeld reports a technology the firm has or makes now: "our app"
// not after a making verb ("a developer for our app", "our app keeps
// crashing"; not "to build our app"), or "we build apps".
func techHeld(w []string) bool {
	for i, t := range w {
		if t == "our" && i+1 < len(w) && (techNouns[w[i+1]] || i+2 < len(w) && techNouns[w[i+2]]) &&
			!hasAny(w[max(0, i-2):i], devVerbs) {
			return true
		}
		if (t == "we" || t == "were") && i+2 < len(w) && presentMaking[w[i+1]] && hasAny(w[i+2:min(i+4, len(w))], techNouns) {
			return true
		}
	}
	return false
}

// presentMaking make or sell a thing now: "we build apps".
var presentMaking = wordSet("build", "make", "develop", "sell", "write", "code", "design", "run")

// prototypeOnly reports a single prototype or beta at w[i] ("we're
// testing a prototype with three farms", "only a beta"): made, not sold.
// Prototypes in the plural may be a trade ("we make prototypes for car
// firms").
func prototypeOnly(w []string, i int) bool {
	return (w[i] == "prototype" || w[i] == "mvp" || w[i] == "beta") && i > 0 &&
		(w[i-1] == "a" || w[i-1] == "the" || w[i-1] == "our" || w[i-1] == "first" || w[i-1] == "working")
}

// makerSought reports a first maker sought at w[i]: "looking for a
// developer", "need someone to build", "hiring an agency".
func makerSought(w []string, i int) bool {
	if !seekVerbs[w[i]] {
		return false
	}
	first := false
	for j := i + 1; j < len(w) && j <= i+4; j++ {
		switch {
		case w[j] == "a" || w[j] == "an" || w[j] == "someone" || w[j] == "somebody":
			first = true
			if w[j] == "someone" || w[j] == "somebody" {
				return j+2 < len(w) && w[j+1] == "to" && devVerbs[w[j+2]]
			}
		case makers[w[j]]:
			return first
		case !seekSkips[w[j]]:
			return false
		}
	}
	return false
}

// productDiscussed reports a thing talked over at w[i], not decided:
// "the board has discussed a mobile app", "we are discussing a portal".
func productDiscussed(w []string, i int) bool {
	j := i + 1
	switch {
	case talkVerbs[w[i]] && j < len(w) && w[j] == "about":
		j++ // "we talked about an online shop"
	case w[i] == "talk" && j < len(w) && w[j] == "of" && i > 0 && w[i-1] == "theres":
		j++ // "there's talk of an app"
	case !discussVerbs[w[i]]:
		return false
	}
	if j < len(w) && makingGerunds[w[j]] {
		j++ // "talking about building an app"
		if j+1 < len(w) && w[j] == "our" && w[j+1] == "own" {
			j += 2 // "building our own dispatch app"
		}
	}
	return j < len(w) && (w[j] == "a" || w[j] == "an" || w[j-1] == "own") && (i == 0 || !negation[w[i-1]])
}

// makingGerunds start a product talked over: "talking about building".
var makingGerunds = wordSet("building", "making", "developing", "creating", "launching", "doing", "starting")

// studyUnderway reports "a study", "the feasibility study" at w[i]: a
// study under way is no product yet. "study" as a verb ("our app helps
// pupils study") has no article before it.
func studyUnderway(w []string, i int) bool {
	return studyNouns[w[i]] && i > 0 && (w[i-1] == "a" || w[i-1] == "the")
}

// priceNouns are what makers are asked for before one is chosen.
var priceNouns = wordSet("quotes", "quote", "bids", "bid", "tenders", "proposals", "pitches", "offers", "estimates")

// makersPriced reports makers asked for prices at w[i]: "getting quotes
// from two agencies", "asked two studios for proposals to make": the
// maker is not chosen, the product not begun.
func makersPriced(w []string, i int) bool {
	if !priceNouns[w[i]] || i > 0 && w[i-1] == "instant" {
		return false
	}
	near := w[max(0, i-3):min(len(w), i+5)]
	return hasAny(near, makers) || hasAny(near, wordSet("studios", "freelancers", "firms", "companies")) &&
		hasAny(w[i+1:min(len(w), i+6)], devVerbs)
}
