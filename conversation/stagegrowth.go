package conversation

import (
	"strconv"
	"strings"
)

// Growth told by its rate or its end: "sales are up 40% on last year" is
// scaling whatever the firm's age beside it ("six years old"); "up 3%
// this year" and "we've stopped growing" are steady trading.

// percentGrowthWords beside a percentage make it a rate of growth.
var percentGrowthWords = wordSet("up", "grew", "grow", "grown", "growing", "growth", "increase", "increased",
	"rise", "rose", "risen", "more", "higher", "doubled")

// fastGrowthPercent and steadyGrowthPercent bound the rates read as
// scaling and as steady; between them the words decide.
const (
	fastGrowthPercent   = 30
	steadyGrowthPercent = 10
)

// growthPercent is the stage a rate of growth told in w reads: scaling
// from 30% a year, established up to 10%, "" otherwise or when the
// percentage is a share ("40% of our sales") or no growth word stands
// within two words of it.
func growthPercent(w []string) string {
	for i, t := range w {
		p, ok := strings.CutSuffix(t, "%")
		v, err := strconv.ParseFloat(p, 64)
		f, isFraction := growthFraction(w, i)
		if isFraction {
			v, ok, err = f, true, nil // "headcount's up by a third"
		}
		if !ok || err != nil || i+1 < len(w) && w[i+1] == "of" {
			continue
		}
		if !isFraction && !hasAny(w[max(0, i-2):min(len(w), i+3)], percentGrowthWords) && !rateAfterPercent(w, i) {
			continue
		}
		v *= periodsAYear(w, i) // "up 8% a month" is near 100% a year
		switch {
		case v >= fastGrowthPercent:
			return "scaling"
		case v <= steadyGrowthPercent:
			return "established"
		}
		return ""
	}
	return ""
}

// rateAfterPercent reports a percentage told per year: "2-3% a year",
// "5% per annum", "4% annually".
func rateAfterPercent(w []string, i int) bool {
	if i+1 < len(w) && (w[i+1] == "annually" || w[i+1] == "yoy") {
		return true
	}
	return i+2 < len(w) && (w[i+1] == "a" || w[i+1] == "per" || w[i+1] == "each" || w[i+1] == "every") &&
		(w[i+2] == "year" || w[i+2] == "annum")
}

// youngNow are words of a firm still starting: beside them a low growth
// rate is a start-up's as much as an established firm's.
var youngNow = wordSet("startup", "launched", "launch", "seed", "months", "weeks", "new", "young", "recently")

// steadyByPercent reports a low growth rate told with nothing fast or
// young beside it: "Founded 2006. Revenue has moved 2-3% a year".
func steadyByPercent(w []string) bool {
	return growthPercent(w) == "established" && !hasAny(w, fastGrowthWords) && !hasAny(w, youngNow)
}

// haltVerbs stop a growth told beside them: "we've stopped growing",
// "growth has stalled".
var haltVerbs = wordSet("stopped", "stalled", "plateaued", "flatlined", "halted", "ended")

// growthHalted reports growth told as stopped ("we've stopped growing",
// "we're done growing"): steady trading now, not scaling. Not when a new
// growth follows ("stopped, then grew again"), nor when the stop is
// denied ("we haven't stopped growing", "never stopped"): that growth
// goes on.
func growthHalted(w []string) bool {
	for i, t := range w {
		if !haltVerbs[t] && !(doneVerbs[t] && i > 0 && doneLinks[w[i-1]] && i+1 < len(w) && growthNouns[w[i+1]]) {
			continue
		}
		if i > 0 && haltDenials[w[i-1]] || i > 1 && haltDenials[w[i-2]] && w[i-1] == "really" {
			continue
		}
		near := w[max(0, i-3):min(len(w), i+3)]
		if hasAny(near, growthNouns) && !hasAny(w, growthAgain) {
			return true
		}
	}
	return false
}

var (
	// growthNouns name the growth a halt verb stops.
	growthNouns = wordSet("growing", "growth", "grow", "expanding", "expansion")
	// growthAgain tell the growth restarted after the halt.
	growthAgain = wordSet("again", "restarted")
	// doneVerbs halt a growth named just after them, told of the firm
	// with a link before: "we're done growing" ("series B done,
	// expanding" is a round closed and growth to come).
	doneVerbs = wordSet("done", "finished")
	doneLinks = wordSet("were", "are", "am", "is", "be", "been", "pretty", "basically", "mostly", "largely")
	// haltDenials before a halt verb deny it: "haven't stopped growing".
	haltDenials = wordSet("not", "never", "havent", "hasnt", "hadnt", "didnt")
)

// fractionPercents are shares told as words, in percent.
var fractionPercents = map[string]float64{"half": 50, "third": 33, "quarter": 25, "fifth": 20}

// growthFraction is the percentage a fraction at w[i] tells after a
// growth word, "by" maybe between ("up by a third", "grew by half",
// "up a third"), or false: "a third of our sales" is a share.
func growthFraction(w []string, i int) (float64, bool) {
	f, ok := fractionPercents[w[i]]
	if !ok || i == 0 {
		return 0, false
	}
	j := i - 1
	if w[j] == "a" && j > 0 {
		j--
	}
	if w[j] == "by" && j > 0 {
		j--
	}
	return f, percentGrowthWords[w[j]] && w[j] != "more"
}

// periodsInYear are how many of a period a year holds.
var periodsInYear = map[string]float64{"month": 12, "monthly": 12, "week": 52, "weekly": 52, "quarter": 4,
	"quarterly": 4, "mom": 12, "wow": 52}

// periodsAYear is how many times a year the rate at w[i] is told for:
// 12 for "8% a month" or "monthly", 1 for a yearly rate or none told.
func periodsAYear(w []string, i int) float64 {
	j := i + 1
	if j+1 < len(w) && (w[j] == "a" || w[j] == "per" || w[j] == "each" || w[j] == "every") {
		j++
	}
	if j < len(w) && periodsInYear[w[j]] > 0 && (j > i+1 || strings.HasSuffix(w[j], "ly") || len(w[j]) == 3) {
		return periodsInYear[w[j]]
	}
	return 1
}
