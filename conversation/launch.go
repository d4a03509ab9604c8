package conversation

// A product being built with its launch still to come ("due in Q3",
// "should be live by spring", "hopefully out in the autumn", "about to
// start building") is planned; built with no launch named ("we're
// building an app") it is the business's own product now.

var (
	// buildStarts tell a build just begun: "we have started building".
	buildStarts  = wordSet("started", "start", "begun", "began", "starting")
	launchStates = wordSet("live", "out", "ready", "launched", "released")
	launchLeads  = wordSet("be", "go", "goes", "going", "hopefully", "should", "will")
)

// launchToCome reports a launch still to come at w[i].
func launchToCome(w []string, i int) bool {
	switch t := w[i]; {
	case t == "due":
		return true
	case launchStates[t]:
		return i > 0 && launchLeads[w[i-1]]
	case t == "about":
		return i+2 < len(w) && w[i+1] == "to" && (devVerbs[w[i+2]] || w[i+2] == "start" || w[i+2] == "begin")
	}
	return false
}

// buildingNow reports an answer that tells a product being built now and
// nothing of a launch or plan to come: "we're building an app". The model
// has learned "building" mostly from products with a launch date, so it
// doubts such an answer only for the date it does not see.
func buildingNow(w []string) bool {
	building := false
	for i, t := range w {
		if futureWords[t] || launchToCome(w, i) || negation[t] || startingWork(w, i) || buildStarts[t] {
			return false
		}
		if (t == "building" || t == "developing") && hasAny(w[i:], techNouns) {
			building = true
		}
	}
	return building
}
