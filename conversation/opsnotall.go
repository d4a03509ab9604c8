package conversation

import "slices"

// Ops answers that tell much use but deny all of it ("we use it a lot,
// but not for everything", "a good chunk of it"): quite a lot, the
// middle, not the whole the "a lot" reads alone.

// muchUseWords tell a large use: "a lot", "heavily".
var muchUseWords = wordSet("lot", "lots", "heavily", "much", "loads")

// muchAdverbs tell a large use alone: "heavily, but not completely",
// "significantly, but not totally".
var muchAdverbs = wordSet("heavily", "largely", "significantly", "substantially", "considerably", "greatly")

// wholeDenied are the whole a denial takes back: "not for everything".
var wholeDenied = wordSet("everything", "completely", "entirely", "totally", "fully", "all")

// middleChunks are the middle shares: "a good chunk of it".
var middleChunks = wordSet("good", "fair", "decent", "sizeable", "sizable")

// muchButNotAll reports much use told and the whole denied after it, or
// a middle chunk named.
func muchButNotAll(w []string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] == "chunk" && middleChunks[w[i-1]] {
			// "a good chunk ... Not everything though": the whole
			// denied bounds the chunk; another negation may deny it.
			return !hasAny(w, negation) || wholeDeniedFrom(w, i+1) && countNegations(w) == 1
		}
	}
	m := -1
	for i, t := range w {
		if muchUseWords[t] && i > 0 && (w[i-1] == "a" || w[i-1] == "it" || w[i-1] == "very") || muchAdverbs[t] {
			if i > 1 && (w[i-2] == "not" || w[i-2] == "quite") {
				return false // "not a lot", "quite a lot" read as they are
			}
			m = i
			break
		}
	}
	if m < 0 {
		return false
	}
	return wholeDeniedFrom(w, m+1)
}

// wholeDeniedFrom reports the first "not" from w[from] on denying the
// whole: "not everything", "not for all of it".
func wholeDeniedFrom(w []string, from int) bool {
	for j := from; j+1 < len(w); j++ {
		if w[j] != "not" {
			continue
		}
		k := j + 1
		if w[k] == "for" && k+1 < len(w) {
			k++
		}
		return wholeDenied[w[k]]
	}
	return false
}

// countNegations counts the negation words in w.
func countNegations(w []string) int {
	n := 0
	for _, t := range w {
		if negation[t] {
			n++
		}
	}
	return n
}

// littleWords tell little use: "hardly", "very little".
var littleWords = wordSet("hardly", "barely", "little", "nothing", "minimal", "scarcely")

// littleBefore reports words before a fallback that tell little use:
// "hardly anything", "not a lot", "not much".
func littleBefore(w []string) bool {
	return hasAny(w, littleWords) || hasAny(w, negation) && hasAny(w, wordSet("much", "lot", "really"))
}

// bareWhole reports a clause that is only "everything" or "all", maybe
// after a time ("since last year everything"): the head of a list of
// the work ("Everything, billing, stock, is on the computer only"), no
// "all manual" of its own.
func bareWhole(c []string) bool {
	return !slices.ContainsFunc(c, func(t string) bool {
		return !wholly[t] && !isNumberWord(t) && !timeWords[t] && t != "since" && t != "and" && t != "but"
	})
}

// fallbackTaken reports a turn that tells work the business can carry
// on by hand or on paper: "but the floor can run on paper for a day".
// Not a fallback that is no way to work ("it's chaos").
func fallbackTaken(turn []string) bool {
	return hasAny(turn, wordSet("can", "could")) && hasAny(turn, fallbackWords) && !hasAny(turn, negation) &&
		!hasAny(turn, fallbackDanger)
}

// oneUseWords tell much use of one thing, with "for" or "on" naming it
// after them: "heavily for bookings", "totally for the tills", "pretty
// reliant on the booking system".
var oneUseWords = wordSet("heavily", "lot", "lots", "deal", "totally", "completely", "entirely", "fully", "reliant",
	"dependent", "loads")

// restDenied are the rest told as little: "not much else", "that's about
// it", "otherwise hardly".
var restDenied = [][]string{{"not", "much", "else"}, {"little", "else"}, {"nothing", "else"}, {"hardly", "anything", "else"},
	{"thats", "about", "it"}, {"otherwise", "hardly"}, {"otherwise", "not", "much"}, {"the", "rest", "is", "manual"},
	{"rest", "by", "hand"}, {"the", "rest", "on", "paper"}}

// muchForOnePart reports much use of one named thing and little of the
// rest ("heavily for bookings, not much else", "a great deal for
// scheduling, little else"): the middle, neither the whole the "heavily"
// reads alone nor the little of "not much".
func muchForOnePart(w []string) bool {
	m := slices.IndexFunc(w, func(t string) bool { return oneUseWords[t] })
	if m < 0 || m > 0 && negation[w[m-1]] || !hasAny(w[m+1:min(len(w), m+3)], wordSet("for", "on")) {
		return false
	}
	for _, p := range restDenied {
		if hasPhrase(w[m+2:], p) {
			return true
		}
	}
	return false
}
