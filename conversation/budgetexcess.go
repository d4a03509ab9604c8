package conversation

import (
	"slices"
	"strings"
)

// A budget told as beyond the firm's means without a no: the cost called
// too much ("for us this is too much money"), the money left counted in
// months ("we have about seven months of money left"), or the hire's
// price set beside a smaller sum of ours ("a CIO costs £120k+, our
// entire IT budget is £35k"). The money words in them ("money",
// "budget") had read them as a yes.

var (
	// excessWords after "too" put a cost beyond reach: "too much", "too
	// steep".
	excessWords = wordSet("much", "high", "big", "steep", "dear", "expensive", "costly", "pricey", "rich",
		"heavy", "large")
	// haveWords before "too much" make it plenty: "we have too much work".
	haveWords = wordSet("have", "got", "making", "earn", "earning", "weve", "with")
	// shortPeriods count a runway: "seven months of money left".
	shortPeriods = wordSet("months", "weeks", "month", "week")
	runwayWords  = wordSet("money", "cash", "runway", "funding", "funds", "savings", "reserves")
	// roleCostWords tie a sum to the hire: "a CIO costs 120k".
	roleCostWords = wordSet("costs", "cost", "salary", "salaries", "paid", "earns", "charge", "charges", "rate")
	// firmSumWords tie a sum to what the firm has: "our budget is 35k".
	firmSumWords = wordSet("budget", "profit", "profits", "margin", "spend", "cash", "reserves", "savings", "pot")
)

// beyondMeans reports a budget told as beyond the firm's means in one of
// the ways above.
func beyondMeans(w []string, cut []bool) bool {
	return costTooGreat(w) || shortRunway(w) || costAboveMeans(w, cut) || moneyLost(w) || budgetNotForPeople(w) ||
		moneyIsObstacle(w) || sumElsewhere(w) || littleMoney(w)
}

// littleMoney reports money told scarce by "little" without its article:
// "we have little money for this", "there's little cash". "A little
// money put aside" is some.
func littleMoney(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "little" && (i == 0 || w[i-1] != "a") && runwayWords[w[i+1]] && !negatedBefore(w, i, 3) {
			return true
		}
	}
	return false
}

var (
	// lossVerbs take money away: "we've been losing money", "we owe the
	// bank money".
	lossVerbs = wordSet("losing", "lost", "lose", "loses", "owe", "owes", "owed", "bleeding", "bleed", "burning")
	// lossNouns are money gone: "we made a loss", "we are in debt".
	lossNouns = wordSet("loss", "losses", "debt", "debts", "deficit", "overdraft")
	// turnWords open a turn after the loss: "but this year it's budgeted".
	turnWords = wordSet("but", "however", "now", "though", "although", "yet")
)

// moneyLost reports money told lost, owed or in the red, not denied and
// with no turn after it: "we've been losing money for two years", "we
// made a loss last year", "we're in the red". "We are not losing money
// anymore" is no loss.
func moneyLost(w []string) bool {
	for i, t := range w {
		lost := lossVerbs[t] && hasAny(w[i+1:min(i+8, len(w))], runwayWords) ||
			lossNouns[t] || t == "red" && i > 1 && w[i-1] == "the" && w[i-2] == "in"
		if lost && !negatedBefore(w, i, 3) && !hasAny(w[i:], turnWords) && !hasAny(w[i:], wordSet("anymore", "longer")) {
			return true
		}
	}
	return false
}

// costTooGreat reports "too much", "too expensive" not denied nor had:
// "it's not too much" and "we have too much work" are no such thing.
func costTooGreat(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "too" || !excessWords[w[i+1]] {
			continue
		}
		before := w[max(0, i-3):i]
		echoed := i+2 < len(w) && (w[i+2] == "no" || w[i+2] == "nope" || w[i+2] == "not") // "too much? no"
		if !hasAny(before, negation) && !hasAny(before, haveWords) && !echoed {
			return true
		}
	}
	return false
}

// shortRunway reports money counted in months or weeks: "seven months of
// money left", "cash for six months".
func shortRunway(w []string) bool {
	for i := 1; i < len(w); i++ {
		if !shortPeriods[w[i]] {
			continue
		}
		if _, ok := count(w[i-1]); !ok && w[i-1] != "few" && w[i-1] != "couple" {
			continue
		}
		after := w[i+1 : min(i+3, len(w))]
		before := w[max(0, i-4) : i-1]
		if len(after) > 0 && after[0] == "of" && hasAny(after, runwayWords) ||
			hasAny(before, runwayWords) && containsSeq(w[max(0, i-4):i], "for", w[i-1]) {
			return true
		}
	}
	return false
}

// costAboveMeans reports the hire's price and a smaller sum of the
// firm's, each in a clause of its own.
func costAboveMeans(w []string, cut []bool) bool {
	cost, means := -1, -1
	for _, c := range clauseRanges(cut) {
		words := w[c[0]:c[1]]
		sum, ok := clauseSum(words)
		switch {
		case !ok:
		case hasAny(words, roleCostWords) && cost < 0:
			cost = sum
		case hasAny(words, firmSumWords) && means < 0:
			means = sum
		}
	}
	return cost > 0 && means > 0 && cost > means
}

// clauseRanges are the [start, end) of each clause.
func clauseRanges(cut []bool) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i <= len(cut); i++ {
		if i == len(cut) || cut[i] {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return out
}

// clauseSum is the one sum of money in a clause: "120k+", "35k", "90
// grand", "1.2m".
func clauseSum(words []string) (int, bool) {
	found, sum := 0, 0
	for i, t := range words {
		t = strings.TrimSuffix(t, "+")
		mul := 1
		if s, ok := strings.CutSuffix(t, "m"); ok && s != "" {
			t, mul = s, 1000000
		}
		n, ok := count(t)
		switch {
		case !ok:
			continue
		case strings.HasSuffix(t, "k") || mul > 1:
		case i+1 < len(words) && sumWords[words[i+1]] && words[i+1] != "pounds" && words[i+1] != "euros" &&
			words[i+1] != "dollars":
			n *= 1000 // "90 grand", "60 thousand"
		case n >= 1000:
		default:
			continue
		}
		found++
		sum = n * mul
	}
	return sum, found == 1
}

// hirePeopleWords are the hire a budget may be denied for: "not for people".
var hirePeopleWords = wordSet("people", "staff", "salaries", "salary", "hires", "hiring", "headcount", "person",
	"wages", "employees", "personnel", "humans")

// budgetNotForPeople reports a budget said to be for things and not for
// people ("we have budget for tools, not for people"): no money for a
// hire.
func budgetNotForPeople(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if negation[w[i]] && w[i+1] == "for" && hasAny(w[i+2:min(i+7, len(w))], hirePeopleWords) {
			return true
		}
	}
	return false
}

var (
	// obstacleWords make money what stops the hire: "money is the
	// problem".
	obstacleWords = wordSet("problem", "issue", "obstacle", "constraint", "limit", "bottleneck", "hurdle", "barrier",
		"challenge")
	// altUseVerbs spend the same sum on something else: "with that money
	// I could hire three cooks".
	altUseVerbs = wordSet("hire", "buy", "pay", "employ", "get", "keep", "fund")
)

// moneyIsObstacle reports money named as the problem, not denied: "money
// is always the problem". "Money isn't the problem" is a yes.
func moneyIsObstacle(w []string) bool {
	for i, t := range w {
		if obstacleWords[t] && i+2 < len(w) && w[i+1] == "is" && (runwayWords[w[i+2]] || w[i+2] == "budget") &&
			!hasAny(w[max(0, i-3):i], negation) {
			return true // "the problem is money"
		}
		if !runwayWords[t] && t != "budget" && t != "moneys" {
			continue
		}
		for j := i + 1; j < len(w) && j <= i+5; j++ {
			if negation[w[j]] {
				break
			}
			if obstacleWords[w[j]] {
				return t == "moneys" || slices.Contains(w[i+1:j], "is") || w[i+1] == "always"
			}
		}
	}
	return false
}

// sumElsewhere reports the hire's cost weighed against another use of
// it: "with that money I could hire three cooks", "for that salary we
// could buy a new van".
func sumElsewhere(w []string) bool {
	for i := 0; i+4 < len(w); i++ {
		if (w[i] == "with" || w[i] == "for") && w[i+1] == "that" {
			rest := w[i+2 : min(i+8, len(w))]
			c := slices.Index(rest, "could")
			if c > 0 && c+1 < len(rest) && altUseVerbs[rest[c+1]] && !hasAny(rest[:c], negation) {
				return true
			}
		}
	}
	return false
}

// obstacleNotMoney reports "the problem is not money": the money is
// there, something else stands in the way.
func obstacleNotMoney(w []string) bool {
	for i := 0; i+3 < len(w); i++ {
		if obstacleWords[w[i]] && w[i+1] == "is" && negation[w[i+2]] && (runwayWords[w[i+3]] || w[i+3] == "budget") {
			return true
		}
	}
	return false
}
