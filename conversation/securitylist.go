package conversation

import "slices"

// Cyber risk told as off the owner's list of worries ("it's not on my
// list of worries, hurricane season is"): the lowest option, the worry
// word naming the list. And a worry owned then kept short of the
// sleepless extreme ("a concern, but it doesn't keep me up at night"):
// the middle, as "a worry, but not a huge one".

var (
	listFillers  = wordSet("on", "my", "our", "the", "make", "makes", "even", "really", "actually", "worry")
	sleepWords   = wordSet("awake", "sleep", "sleeping", "night", "nights")
	sleepLimited = wordSet("but", "though", "although")
)

// offWorryList reports a negation before "list" with nothing between
// but "on my", "make our" and the like: not "not top of my list".
func offWorryList(w []string) bool {
	for i, t := range w {
		if t != "list" {
			continue
		}
		for j := i - 1; j >= max(0, i-5); j-- {
			if negation[w[j]] {
				return true
			}
			if !listFillers[w[j]] {
				break
			}
		}
	}
	return false
}

// mindWords own a worry as kept in mind: "it is there in mind, but not
// keeping me awake".
var mindWords = wordSet("mind", "minds", "head", "think", "thinking")

// worryShortOfSleepless reports a worry owned (or kept in mind) before
// "but" or "though" and a sleepless extreme denied after it.
func worryShortOfSleepless(w []string) bool {
	b := slices.IndexFunc(w, func(t string) bool { return sleepLimited[t] })
	if b < 1 || !hasAny(w[:b], ownedWorry) && !hasAny(w[:b], mindWords) || hasAny(w[:b], negation) {
		return false
	}
	return hasAny(w[b+1:], negation) && hasAny(w[b+1:], sleepWords)
}
