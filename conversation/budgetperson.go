package conversation

import (
	"slices"
	"strings"
)

// A budget answer whose only condition is the person ("yes, if the
// person is right, the money is there", "200k is doable if we find
// someone good") says the money is there: the doubt is about whom to
// hire, not how to pay. A condition on the money ("if the money was
// there") or a cost elsewhere ("only if we postpone the machine") is
// no such answer.

var (
	// hireeWords name who would be hired, or the owner's conviction.
	hireeWords = wordSet("person", "candidate", "someone", "somebody", "fit", "convinced", "convince",
		"applicant", "profile")
	// meansAffirmedWords are the words that say the money can be found.
	meansAffirmedWords = wordSet("yes", "yeah", "yep", "could", "can", "doable", "manageable", "afford", "there")
	// priceWords tell a price in the condition.
	priceWords = wordSet("cost", "costs", "costing", "under", "below", "less", "cheap", "cheaper", "price",
		"priced", "asks", "asking", "charges", "charge", "rate")
	// obstacleNouns are what a negation may deny without denying the
	// money: "money's not the obstacle".
	obstacleNouns = wordSet("obstacle", "problem", "issue", "question", "concern")
)

// personCondition reports an answer that affirms the means and makes
// them hang on the person alone.
func personCondition(w []string, cut []bool) bool {
	onPerson := false
	for i, t := range w {
		if !ifWords[t] {
			continue
		}
		if t != "if" || i > 0 && w[i-1] == "only" {
			return false // "unless", "only if": a cost named
		}
		_, end := clauseBounds(cut, i)
		clause := w[i+1 : end]
		if !hasAny(clause, hireeWords) || hasAny(clause, moneyWords) || hasAny(clause, priceWords) ||
			slices.ContainsFunc(clause, func(t string) bool { return strings.ContainsAny(t, "0123456789") }) {
			return false // "if the right person costs under 80k": a cost named
		}
		onPerson = true
	}
	if !onPerson || !hasAny(w, meansAffirmedWords) {
		return false
	}
	for i, t := range w {
		if negation[t] && !hasAny(w[i+1:min(len(w), i+3)], obstacleNouns) {
			return false // "the money isn't there, even for the right person"
		}
	}
	return true
}
