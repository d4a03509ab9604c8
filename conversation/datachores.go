package conversation

import "slices"

// Data answers told as a chore that works: records kept apart and put
// together by hand on a schedule ("at the end of the season I put them
// together by hand"), or kept in one place with a burden beside it ("the
// gdpr side is loads of work"). Some challenges, not a mess: no wrong
// records, no chaos.

// mergeVerbs join records kept apart.
var mergeVerbs = wordSet("merge", "merges", "merged", "merging", "combine", "combines", "combined", "combining",
	"copy", "copies", "copied", "copying", "reconcile", "reconciles", "reconciled", "collate", "collates",
	"consolidate", "consolidates", "transfer", "transfers", "retype", "retypes", "rekey", "rekeys")

// dataErrorWords tell records that are wrong or out of hand: a problem,
// not a chore.
var dataErrorWords = wordSet("wrong", "errors", "error", "mistakes", "mistake", "mess", "messy", "chaos",
	"chaotic", "duplicates", "duplicate", "nightmare", "disaster", "trust", "trusts", "lost", "lose", "missing",
	"outdated", "inconsistent", "headache", "garbage", "rubbish", "terrible", "awful")

// mergedByHand reports records put together by hand, with no error told:
// "I put them together by hand", "I copy them into one sheet every
// Monday", "every Friday I merge them by hand".
func mergedByHand(w []string) bool {
	if hasAny(w, dataErrorWords) || hasAny(w, negation) && !slices.Contains(w, "just") {
		return false
	}
	for i, t := range w {
		// "I put the pass sales and the hotel numbers together"
		merge := mergeVerbs[t] || t == "together" && hasAny(w[max(0, i-10):i], joinVerbs)
		if merge && (hasPhrase(w, []string{"by", "hand"}) || hasAny(w, wordSet("manually", "sheet", "spreadsheet"))) {
			return true
		}
	}
	return false
}

// joinVerbs before "together" join records: "put them together".
var joinVerbs = wordSet("put", "puts", "bring", "brings", "pull", "pulls", "stitch", "stitches", "piece")

// burdenPhrases tell a part of the data work that is heavy: "loads of
// work", "a lot of admin", "takes ages".
var burdenPhrases = [][]string{{"loads", "of", "work"}, {"lot", "of", "work"}, {"lots", "of", "work"},
	{"lot", "of", "admin"}, {"lots", "of", "admin"}, {"loads", "of", "admin"}, {"takes", "ages"},
	{"takes", "forever"}, {"takes", "days"}, {"takes", "hours"}, {"a", "chore"}, {"a", "faff"},
	{"a", "hassle"}, {"hard", "work"}}

// burdenAfterTurn reports a turn ("but", "though") after which a part of
// the data work is told as heavy, no error told: "it's all in one place
// but the gdpr side of the patient recordings is loads of work".
func burdenAfterTurn(w []string) bool {
	k := slices.IndexFunc(w, func(t string) bool { return contrastWords[t] })
	if k < 1 || hasAny(w, dataErrorWords) {
		return false
	}
	for _, p := range burdenPhrases {
		if hasPhrase(w[k+1:], p) {
			return true
		}
	}
	return false
}

// worstDeniedThenPart reports an opening that denies the worst ("not a
// disaster", "not a mess") and a turn to a part after it: "not a
// disaster, but the mill certificates are scanned into folders nobody
// can search". The middle, the part its trouble.
func worstDeniedThenPart(w []string) bool {
	k := slices.Index(w, "but")
	if k < 2 || k > 5 || len(w)-k < 3 {
		return false
	}
	head := w[:k]
	return hasAny(head, negation) && (hasAny(head, worstWords) || hasAny(head, painWords) || hasAny(head, dataErrorWords))
}

// tidyVerbs put records in order.
var tidyVerbs = wordSet("tidy", "tidying", "clean", "cleaning", "sort", "sorting", "organise", "organize", "fix",
	"fixing", "consolidate", "cleanup", "sorted", "tidied", "cleaned")

// undoneWords tell a task not done: "we haven't yet", "never found the
// time", "haven't got round to it".
var undoneWords = wordSet("havent", "hasnt", "yet", "never", "round", "around", "time")

// tidyingUndone reports records told as needing order that nobody has
// given them yet: "the accountant said we should tidy it up, we haven't
// yet", "our auditor says the records need sorting, we haven't got round
// to it". A need told, so not none; how much, some.
func tidyingUndone(w []string) bool {
	k := slices.IndexFunc(w, func(t string) bool { return tidyVerbs[t] })
	if k < 1 || !hasAny(w[max(0, k-4):k], wordSet("should", "need", "needs", "must", "telling", "ought")) {
		return false
	}
	rest := w[k+1:]
	return hasAny(rest, wordSet("havent", "hasnt", "never", "not")) && hasAny(rest, undoneWords)
}
