package conversation

import (
	"slices"
	"strings"
)

// Signals of doubt about degree: words that soften, compare or postpone
// what a key or a yes or no says, and that no phrase of the reader
// takes.

// degreeDoubt reports whether an answer read as v carries a degree
// signal the reading did not use (a negated universal is in doubted): a
// no that is only "yet" ("nothing built yet"), or an extreme option read from one short key in a longer
// answer the model reads otherwise.
func degreeDoubt(q *question, w []string, cut []bool, v string, g guess) bool {
	return v == q.no && q.no != "" && nothingYet(w) ||
		extreme(q, v) && loneShortKey(q, w, cut, v) && g.top != v && g.top != "" && g.top != notAnswer && g.p >= loneKeyModel &&
			!(q.ID == qCompetitors && plainComparison(w, cut)) // "others are more modern than us": the comparison is whole
}

// negatedUniversal reports "don't always", "not all", "not every", and
// a first place denied: "not our main priority" still ranks it. The two
// are one clause: in "we can't, every franc goes into stock" the "every"
// opens a reason, it is not denied.
func negatedUniversal(w []string, cut []bool) bool {
	for i := 0; i+1 < len(w); i++ {
		if !negation[w[i]] || w[i] == "no" || cut[i+1] {
			continue
		}
		if w[i+1] == "always" || w[i+1] == "all" || w[i+1] == "every" || firstPlace[w[i+1]] && !timeAfter(w, i+1) {
			return true
		}
		if i+2 < len(w) && determiners[w[i+1]] && firstPlace[w[i+2]] && !timeAfter(w, i+2) {
			return true
		}
	}
	return false
}

// lastDenied reports a last place denied: "don't want to be last",
// "won't be the last ones", "don't want to fall behind".
func lastDenied(w []string) bool { return placeDenied(w, lastPlace) }

// placeDenied reports a negation before one of the ranks, with only
// words leading to a rank between: "need not be first", "not an early
// adopter".
func placeDenied(w []string, ranks map[string]bool) bool {
	for i := range w {
		if !negation[w[i]] || w[i] == "no" {
			continue
		}
		for _, t := range w[i+1 : min(i+6, len(w))] {
			if ranks[t] {
				return true
			}
			if !towardPlace[t] {
				break
			}
		}
	}
	return false
}

// firstRanks are the front of a field: "first", "lead", "early adopter".
var firstRanks = wordSet("first", "lead", "leading", "leader", "leaders", "early", "pioneer", "pioneers",
	"pioneering", "front")

// lastPlace are ranks at the bottom; towardPlace the words between a
// negation and such a rank ("don't want to be the last").
var (
	lastPlace   = wordSet("last", "behind", "laggards", "laggard", "stragglers", "straggler", "bottom")
	towardPlace = wordSet("want", "wanna", "trying", "to", "be", "the", "our", "a", "going", "fall", "left",
		"get", "among", "one", "of", "falling", "being", "end", "up", "afford", "an", "either", "need",
		"needs", "have", "must")
)

// firstPlace are ranks a negation denies without denying the thing.
var (
	firstPlace  = wordSet("top", "main", "biggest", "highest", "first", "greatest", "number", "overriding")
	determiners = wordSet("the", "our", "my", "a")
)

// comparedWithShould is the option a degree set against a norm the
// answer does not name points to ("less than I should": the lowest;
// "more than we need to": the highest), or "".
func comparedWithShould(q *question, w []string) string {
	for i := 0; i+2 < len(w); i++ {
		if (w[i] == "less" || w[i] == "more") && w[i+1] == "than" && (w[i+2] == "i" || w[i+2] == "we") &&
			hasAny(w[i+3:min(i+5, len(w))], wordSet("should", "ought", "could", "need", "must")) {
			if w[i] == "less" {
				return q.Options[0].Value
			}
			return q.Options[len(q.Options)-1].Value
		}
	}
	return ""
}

// nothingYet reports "nothing built yet": a no only so far.
func nothingYet(w []string) bool {
	for i, t := range w {
		if (t == "nothing" || t == "none") && slices.Contains(w[i+1:min(i+4, len(w))], "yet") {
			return true
		}
	}
	return false
}

// loneKeyModel is the model's probability of another option above which
// an extreme option read from one short key is asked again (chosen by
// cross-validation).
var loneKeyModel = 0.7

// loneShortKey reports whether the only content key read is one of at
// most two words for v, in an answer of six words or more.
func loneShortKey(q *question, w []string, cut []bool, v string) bool {
	if len(w) < 6 {
		return false
	}
	kept, _ := keepHits(findHits(q, w, cut), len(w))
	n := 0
	for _, h := range kept {
		if h.class != content {
			continue
		}
		n++
		if h.n > 2 || h.opt < 0 || q.Options[h.opt].Value != v {
			return false
		}
	}
	return n == 1
}

// middleSofteners weaken the word after them to somewhere short of it:
// "quite heavily", "fairly critical".
var middleSofteners = wordSet("quite", "fairly", "pretty", "rather", "reasonably")

// softenedStrongest reports an answer read as the middle option from a
// softener that only weakens an adverb of the strongest option's own
// ("quite heavily I'd say"): this project reads "quite a lot" as the
// middle, but owners who write "quite heavily" mean either (the labelled
// sets hold both), so the two are offered.
func softenedStrongest(q *question, w []string, v string) bool {
	top := strongest(q)
	if top == "" || v != q.Options[len(q.Options)/2].Value {
		return false
	}
	var keys []string
	for _, o := range q.Options {
		if o.Value == top {
			keys = o.Keys
		}
	}
	for i := 0; i+1 < len(w); i++ {
		// Only an adverb of degree: before an adjective ("quite
		// dependent", "fairly important") the softener is the middle.
		if middleSofteners[w[i]] && strings.HasSuffix(w[i+1], "ly") && slices.Contains(keys, w[i+1]) {
			return true
		}
	}
	return false
}

// timeAfter reports "time" after a rank at w[i]: "not the first time" is
// a thing happening again, no place denied.
func timeAfter(w []string, i int) bool {
	return i+1 < len(w) && (w[i+1] == "time" || w[i+1] == "times")
}
