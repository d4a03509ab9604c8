package conversation

import (
	"slices"
	"strings"
)

// A budget told as the means rather than a yes or no: a question back
// about where the money would come from ("where would the cash come
// from?", "with what money?") or what it would come out of ("on café
// takings?"): no money for it.

// moneyWords are the money a question back asks after.
var moneyWords = wordSet("money", "cash", "funds", "budget", "dosh", "salary", "wage", "wages")

// askedWords make a "where" about money a question: "where the money
// come from", "where the money dey".
var askedWords = wordSet("from", "dey", "coming", "come", "comes")

// askedAfterWords stress a question back: "with what, exactly?" asks as
// "with what?" does, and its "exactly" agrees with nothing.
var askedAfterWords = wordSet("exactly", "precisely", "then")

// incomeWords are what a small business lives on.
var incomeWords = wordSet("takings", "turnover", "margins", "margin", "revenue", "income", "profits",
	"profit", "sales", "earnings", "pension", "tips", "wages")

// budgetFromMeans reads a question back about the means: no.
func budgetFromMeans(w []string, cut []bool) string {
	if tradeOff(w) {
		return "maybe"
	}
	if setAsideSplit(w) {
		return "yes" // "the co-op voted to put 60k aside for it"
	}
	if nothingAside(w) {
		return "no" // "we can't put anything aside"
	}
	if v := budgetIdiom(w); v != "" {
		return v
	}
	if v := budgetFigure(w); v != "" {
		return v
	}
	if idleHire(w) {
		return "no" // "what would he do all day, watch me sew?"
	}
	if costAboveIncome(w) {
		return "no" // "I'm sure it's more than we make"
	}
	if len(w) == 0 || len(w) > 12 {
		return ""
	}
	for i, t := range w {
		if t != "where" && t != "wheres" && !(t == "with" && i+1 < len(w) && w[i+1] == "what") {
			continue
		}
		// "where would the money come from", "where's the cash",
		// "where the money dey", "with what money": in the same
		// clause, asked; not "where the budget allows".
		_, end := clauseBounds(cut, i)
		rest := w[i+1 : min(i+10, end)]
		asked := t != "where" || len(rest) > 0 && auxVerbs[rest[0]] || hasAny(rest, askedWords)
		if asked && hasAny(rest, moneyWords) || t == "with" && (i+2 == len(w) || i+3 == len(w) && askedAfterWords[w[i+2]]) {
			return "no"
		}
	}
	// "on café takings?", "on a corner shop's turnover?": the opening
	// "on", the income soon after.
	if w[0] == "on" && !hasAny(w, subjectWords) && (hasAny(w[1:min(6, len(w))], incomeWords) ||
		hasAny(w[1:min(6, len(w))], moneyWords) || len(w) > 2 && w[1] == "what" && hasAny(w[2:], earnWords)) {
		return "no"
	}
	// "on what we make from dog shampoo?": what the owner makes, with
	// no "we" after to make it a statement ("on what we make we could").
	if len(w) > 3 && w[0] == "on" && w[1] == "what" && subjectWords[w[2]] && earnWords[w[3]] &&
		!hasAny(w[4:], subjectWords) {
		return "no"
	}
	return ""
}

// earnWords are what a business brings in: "on what a yoga studio
// makes?".
var earnWords = wordSet("makes", "make", "earns", "earn", "clears", "clear", "brings", "bring", "turns", "turn",
	"takes", "take", "nets")

// subjectWords say who does something: "on our turnover we can afford
// it" is no question back.
var subjectWords = wordSet("we", "i", "were", "im", "weve", "ive", "wed", "id")

// payVerbs are what money is found for: "to pay for it", "to fund it".
var payVerbs = wordSet("pay", "fund", "afford", "finance", "cover", "free")

// giveWayWords say something else would give way: "drop", "cut back",
// "give up", "something else would have to go".
var giveWayWords = wordSet("drop", "dropping", "cut", "cutting", "sacrifice", "sacrificing", "shelve",
	"shelving", "give", "giving", "scrap", "scrapping", "postpone", "postponing", "delay", "delaying",
	"lose", "losing", "else", "cancel", "cancelling", "canceling", "freeze", "freezing", "pause", "pausing")

// tradeOff reports a budget told as what would have to give way to pay
// for the hire ("we'd have to drop something else to pay for it", "only
// if we cut back on marketing to fund it", "it would mean shelving the
// new van"): it can be found, but it would be tight.
func tradeOff(w []string) bool {
	for i := 1; i+1 < len(w); i++ {
		cost := (w[i] == "would" || w[i] == "wed") && costVerbs[w[i+1]]
		if !(w[i] == "to" && payVerbs[w[i+1]]) && !cost {
			continue
		}
		if cost && (hasAny(w[i+2:], giveWayWords) || lossTold(w[i+2:min(len(w), i+5)])) ||
			hasAny(w[:i], giveWayWords) {
			return true
		}
	}
	return false
}

// costVerbs tell what paying would do: "it would mean", "it would eat
// into", "we'd have to".
var costVerbs = wordSet("mean", "eat", "have")

// lossTold reports what such a verb says would be lost, in the words
// after it: "no new van", "half our runway", or a count less ("4 months
// less runway"); not "less hassle", a gain.
func lossTold(after []string) bool {
	for k, t := range after {
		if t == "no" || t == "half" || k > 0 && (t == "less" || t == "fewer" || t == "shorter") {
			return true
		}
	}
	return false
}

var (
	// nowWords place a denial in the present: "not now", "not this year".
	nowWords = wordSet("now", "moment", "year", "present", "currently", "yet", "today")
	// laterWords put a maybe after it: "maybe in two years".
	laterWords = wordSet("maybe", "perhaps", "possibly", "later", "next", "after", "eventually")
)

// notNowLater reads a budget denied for now with a maybe later: "not
// now, maybe in two years", "can't right now, possibly after the
// expansion". The answer for now is no; a later that hangs on a
// condition ("maybe if it pays for itself") is not read.
func notNowLater(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	if len(cs) < 2 {
		if k := slices.Index(w, "but"); k > 0 {
			cs = [][]string{w[:k], w[k+1:]}
		} else if k := slices.IndexFunc(w, func(t string) bool { return laterWords[t] }); k > 1 {
			cs = [][]string{w[:k], w[k:]}
		} else {
			return false
		}
	}
	first, rest := cs[0], slices.Concat(cs[1:]...)
	if len(first) <= 5 && hasAny(first, negation) && hasAny(first, nowWords) {
		return hasAny(rest, laterWords) && !hasAny(rest, ifWords) && !hasAny(rest, negation)
	}
	// The same told later first: "maybe after the next round, today we
	// can't". The present's denial decides, whichever clause says it.
	last, before := cs[len(cs)-1], slices.Concat(cs[:len(cs)-1]...)
	return len(last) <= 5 && hasAny(last, negation) && hasAny(last, nowWords) &&
		hasAny(before, laterWords) && !hasAny(before, ifWords) && !hasAny(before, negation)
}

// namesSum reports a sum of money in text: "60k", "£40,000", "90
// grand", "3 thousand a month".
func namesSum(text string) bool {
	if strings.ContainsAny(text, "£$€") {
		return true
	}
	w, _ := tokenize(text)
	for i, t := range w {
		if _, ok := count(strings.TrimSuffix(t, "k")); ok && strings.HasSuffix(t, "k") {
			return true
		}
		if _, ok := count(t); ok && i+1 < len(w) && sumWords[w[i+1]] {
			return true
		}
	}
	return false
}

// sumWords after a number make it money.
var sumWords = wordSet("thousand", "grand", "pounds", "euros", "dollars", "quid", "k")

// leaningOpeners open an answer leaning yes without saying it: "probably",
// "I think so".
var leaningOpeners = [][]string{{"probably"}, {"likely"}, {"most", "likely"}, {"i", "think", "so"},
	{"i", "believe", "so"}}

// dependsWords hang an answer on something yet to be known.
var dependsWords = wordSet("depends", "depending")

// leaningYesOnCost reports a budget answer that opens leaning yes and then
// hangs it on the cost: "probably, depends what salary they ask". The
// owner means a yes as often as a maybe, so it is asked; a lean turned
// down ("probably not, depends") is no lean to yes.
func leaningYesOnCost(w []string) bool {
	if !hasAny(w, dependsWords) {
		return false
	}
	for _, o := range leaningOpeners {
		if len(w) > len(o) && slices.Equal(w[:len(o)], o) {
			return !negation[w[len(o)]]
		}
	}
	return false
}

// cantWords deny an ability with the verb left out.
var cantWords = wordSet("cant", "cannot", "couldnt")

// cantOpening reports an answer that opens with a bare "we can't" or "I
// couldn't", the verb asked left out, as a clause of its own: asked
// whether the money is there, it denies it ("we can't, every franc goes
// into the mini-grids"). "We can't afford a full-timer" says what cannot
// be had, and is read by its words.
func cantOpening(w []string, cut []bool) bool {
	if len(w) > 0 && w[0] == "no" {
		w, cut = w[1:], cut[1:]
	}
	if len(w) > 0 && cantWords[w[0]] && (len(w) == 1 || cut[1]) {
		return true // "can't, the bank line is maxed": the subject left out too
	}
	if len(w) < 2 || w[0] != "we" && w[0] != "i" || !cantWords[w[1]] {
		return false
	}
	return len(w) == 2 || cut[2]
}
