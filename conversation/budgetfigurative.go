package conversation

// Budget told in figures of money: a store of money said to have run
// out ("the money tree's bare", "the kitty is bone dry", "that well ran
// dry") is no money, though its words name money; "we can't afford not
// to" denies the denial: going without is what cannot be paid for, so
// the spend is a yes.

var (
	// moneyStores hold a business's money in a figure: the coffers,
	// the kitty, the piggy bank, the war chest, the pot, the well; the
	// tokenizer leaves "tree's" as "trees".
	moneyStores = wordSet("tree", "trees", "kitty", "kittys", "coffers", "pot", "pots", "chest", "chests",
		"well", "wells", "bank", "banks", "purse", "purses", "jar", "jars", "tin", "tins")
	// storeNamers stand before a store that is one: "the kitty", "our
	// war chest", "the money tree", "the piggy bank" (not "well, ...").
	storeNamers = wordSet("the", "our", "my", "that", "this", "money", "piggy", "war", "cash", "biscuit")
	// emptyWords say a store has run out: "bare", "bone dry", "picked
	// clean", "cleaned out", "drained".
	emptyWords = wordSet("bare", "empty", "dry", "dried", "drained", "clean", "cleaned", "leafless",
		"depleted", "exhausted")
	// leftWords end a "nothing left", "no leaves left".
	leftWords = wordSet("left", "remaining")
	// noWords open a "nothing left".
	noWords = wordSet("no", "nothing", "none")
)

// moneyStoreEmpty reports a store of money named and said, in the next
// few words, to have run out, with no negation between them: "the
// piggy bank's empty", "the money tree has no leaves left". "The war
// chest isn't empty" is not.
func moneyStoreEmpty(w []string) bool {
	for i := 1; i < len(w); i++ {
		if !moneyStores[w[i]] || !storeNamers[w[i-1]] {
			continue
		}
		// "bank" and "tree" need their figure: "the piggy bank", "the
		// money tree"; "the bank" is a lender.
		if (w[i] == "bank" || w[i] == "banks") && w[i-1] != "piggy" ||
			(w[i] == "tree" || w[i] == "trees") && w[i-1] != "money" {
			continue
		}
		rest := w[i+1 : min(i+6, len(w))]
		for j, t := range rest {
			if noWords[t] && hasAny(rest[j+1:], leftWords) {
				return !hasAny(rest[:j], negation)
			}
			if emptyWords[t] {
				return !hasAny(rest[:j], negation)
			}
		}
	}
	return false
}

// cantAffordNot reports "can't afford not to", "cannot afford NOT to
// have one": an afford denied, then denied again.
func cantAffordNot(w []string) bool {
	for i := 1; i+2 < len(w); i++ {
		if w[i] == "afford" && (w[i-1] == "cant" || w[i-1] == "cannot" || w[i-1] == "couldnt") &&
			w[i+1] == "not" && w[i+2] == "to" {
			return true
		}
	}
	return false
}

// budgetFigure reads the two figures: no for a store run out, yes for
// "can't afford not to".
func budgetFigure(w []string) string {
	if cantAffordNot(w) {
		return "yes"
	}
	if moneyStoreEmpty(w) {
		return "no"
	}
	return ""
}

// budgetFigureReading reads a budget answer whole by its figure, before
// the keys: "after the audit we can't afford not to" is no later and no
// "can't afford".
func budgetFigureReading(q *question, text string) (answerMatch, bool) {
	if q.ID != qBudget {
		return answerMatch{}, false
	}
	w, _ := tokenize(text)
	if v := budgetFigure(w); v != "" {
		return answerMatch{value: v, signal: true}, true
	}
	return answerMatch{}, false
}

// budgetFigureStands reports a reading the figure made: the doubt and
// the model read the words it outweighed (the "can't afford", the
// money, the "sure, but").
func budgetFigureStands(q *question, text string, m answerMatch) bool {
	f, ok := budgetFigureReading(q, text)
	return ok && m.value == f.value
}
