package conversation

import (
	"strconv"
	"strings"
)

// A product's plan told by the step still to come rather than a plan
// word: its pilot, launch or trial on a date ahead ("pilot in the
// autumn", "launch in Q3", "work starts in September"), or a maker
// already consulted ("we've talked to an agency about it"). Nothing is
// sold yet in either, so the answer is planned, not core.

var (
	// milestones are the steps of a product still to be taken.
	milestones = wordSet("launch", "launching", "pilot", "piloting", "trial", "trialling", "beta", "rollout",
		"release", "prototype", "prototypes", "prototyping", "mvp", "trials", "pilots")
	// arrivalWords date a product's coming: "the app is coming in
	// spring", "due in March", "goes live next year".
	arrivalWords = wordSet("coming", "due", "arriving", "ready", "live", "out", "ship", "ships", "shipping")
	// workNouns start with "starts": "work starts in September".
	workNouns  = wordSet("work", "build", "building", "development", "coding", "project", "programming")
	workStarts = wordSet("starts", "begins", "kicks", "start", "begin")
	// makers are those a product is commissioned from.
	makers = wordSet("agency", "agencies", "developer", "developers", "dev", "devs", "studio", "freelancer",
		"programmer", "programmers", "coder", "coders")
	perfectLeads = wordSet("weve", "ive", "have", "had", "been")
	// startTimes may follow "we start" to date it: "we start in autumn".
	startTimes = wordSet("in", "by", "from", "after", "when", "once", "next", "this")
	// startAfter put the start after an event still to come: "after the
	// summer", "when the money comes", "once the bank says yes".
	startAfter = wordSet("after", "when", "once")
)

// milestoneToCome reports a pilot, launch or start of work at w[i] with
// a date ahead in its clause: "pilot in the autumn", "launch in Q3".
// "launched in 2019" is past and no milestone word.
func milestoneToCome(w []string, cut []bool, i int) bool {
	j := i + 1
	switch {
	case milestones[w[i]], arrivalWords[w[i]]:
	case workNouns[w[i]] && j < len(w) && workStarts[w[j]]:
		j++
	case workStarts[w[i]] && j < len(w) && (workNouns[w[j]] || devVerbs[w[j]] && strings.HasSuffix(w[j], "ing")):
		// "we start building it after the summer"
		j++
		if j < len(w) && (w[j] == "it" || w[j] == "them") {
			j++
		}
	case workStarts[w[i]] && i > 0 && w[i-1] == "we" && j < len(w) && startTimes[w[j]]:
		// "we start in autumn", "we start when the grant comes"
	case w[i] == "starting" && j < len(w) && !cut[j] && startTimes[w[j]] && w[j] != "when" && w[j] != "once":
		// "building the portal, starting in March": dated below, not
		// "starting after the client signs", which is no date.
		if w[j] == "after" {
			j++
		}
	default:
		return false
	}
	if milestones[w[i]] && j < len(w) && w[j] == "with" {
		// "trials with customers in 2027": who with, then when.
		for k := j + 1; k < min(j+5, len(w)) && !cut[k]; k++ {
			if startTimes[w[k]] {
				j = k
				break
			}
		}
	}
	if j < len(w) && startAfter[w[j]] {
		return true // "we start building after the holidays", "once the bank says yes"
	}
	if j < len(w) && (w[j] == "in" || w[j] == "by" || w[j] == "from" || w[j] == "after") {
		j++
	}
	for j < len(w) && !cut[j] && (dateSkips[w[j]] || w[j] == "new") {
		j++
	}
	if j >= len(w) || cut[j] && j > i+1 {
		return false
	}
	if y, err := strconv.Atoi(w[j]); err == nil && len(w[j]) == 4 && y >= 1800 {
		// Not isYear, which stops at this year: "trials in 2027" is ahead.
		return y >= thisYear() && y <= thisYear()+15
	}
	return dateWords[w[j]] || w[j] == "year" && w[j-1] == "new"
}

// makerConsulted reports a maker already spoken to at w[i]: "we've
// talked to an agency", "been speaking with a developer".
func makerConsulted(w []string, i int) bool {
	talk := wordSet("talked", "spoken", "speaking", "talking", "spoke")
	if !talk[w[i]] || i == 0 || !perfectLeads[w[i-1]] && w[i] != "speaking" && w[i] != "talking" {
		return false
	}
	return hasAny(w[i+1:min(i+5, len(w))], makers)
}

// affirmed reports an answer that opens with a yes: "yes, our app is in
// development now, launch in June" claims the product, whatever its date.
func affirmed(w []string) bool {
	return len(w) > 0 && wordSet("yes", "yeah", "yep", "yup", "definitely", "absolutely")[w[0]]
}

// undatedFuture reports a future word at w[i] that dates nothing to
// come: "the future of the company" ranks a product, "from day one" is
// the firm's start.
func undatedFuture(w []string, i int) bool {
	if fillerFuture(w, i) {
		return true
	}
	switch w[i] {
	case "future":
		return i > 0 && w[i-1] == "the" && i+3 < len(w) && w[i+1] == "of" && ownFirmNouns[w[i+3]]
	case "day":
		return i > 0 && (w[i-1] == "from" || w[i-1] == "since") && i+1 < len(w) && (w[i+1] == "one" || w[i+1] == "1")
	}
	return false
}

// ownFirmNouns name the business itself: "the future of our company".
var ownFirmNouns = wordSet("company", "business", "firm", "group", "practice", "shop")
