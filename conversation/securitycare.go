package conversation

import "slices"

// Care owned and fear denied ("we are careful now but not scared", "we're
// vigilant, not paranoid") is the middle: the owner minds the risk but is
// not alarmed by it. The denied fear alone would read it as the lowest
// option, and an incident told before it ("a card was charged twice
// once") as the top one.

var (
	careWords = wordSet("careful", "cautious", "vigilant", "wary", "watchful", "alert", "mindful", "attentive")
	// careSeqs are care told in two words: "we take care", "we double
	// check", "we watch out", "we think about it".
	careSeqs = [][2]string{{"take", "care"}, {"double", "check"}, {"watch", "out"}, {"on", "guard"}, {"take", "seriously"},
		{"think", "about"}}
	fearWords = wordSet("scared", "scare", "scares", "afraid", "frightened", "paranoid", "panic", "panicking", "panicked", "terrified",
		"alarmed", "fearful", "obsessed", "obsessing", "nervous", "anxious", "hysterical")
)

// careWithoutFear reports care owned and a fear word denied, with no fear
// owned anywhere.
func careWithoutFear(w []string) bool {
	if len(w) > 0 && w[0] == "no" {
		return false // "no. I mean we're careful, but ..." answers first
	}
	cared, denied := false, false
	for i, t := range w {
		switch {
		case careWords[t] || careAt(w, i):
			if negatedBefore(w, i, 2) {
				return false // "we're not careful"
			}
			cared = true
		case fearWords[t] || t == "sleep" && i > 0 && lossWords[w[i-1]] || sleeplessAt(w, i):
			if !negatedBefore(w, i, 3) && !reportDeniedBefore(w, i) {
				return false // "careful, and honestly scared"
			}
			denied = true
		}
	}
	return cared && denied
}

var lossWords = wordSet("lose", "losing", "lost")

// careAt reports a two-word care phrase starting at w[i].
func careAt(w []string, i int) bool {
	return i+1 < len(w) && slices.Contains(careSeqs, [2]string{w[i], w[i+1]}) ||
		i+2 < len(w) && w[i] == "take" && w[i+2] == "seriously" // "take it seriously"
}

// sleeplessAt reports "keeps me up", "keep us awake" at w[i]: a fear
// told by the sleep it costs.
func sleeplessAt(w []string, i int) bool {
	return wordSet("keeps", "keep", "keeping")[w[i]] && i+2 < len(w) && (w[i+1] == "me" || w[i+1] == "us") &&
		(w[i+2] == "up" || w[i+2] == "awake")
}

// reportDeniedBefore reports a negation on a verb of saying or thinking
// a few words before w[i], which carries into what it reports: "I
// wouldn't say it keeps me up".
func reportDeniedBefore(w []string, i int) bool {
	for k := max(0, i-4); k+1 < i; k++ {
		if negation[w[k]] && reportVerbs[w[k+1]] {
			return true
		}
	}
	return false
}

// negatedBefore reports a negation within the n words before w[i].
func negatedBefore(w []string, i, n int) bool {
	return hasAny(w[max(0, i-n):i], negation)
}

// Thought about without pause ("since then I think about it all the
// time", "it's on my mind every single day") is the top of the worry;
// "now and then" stays the middle.
var (
	thoughtWords  = wordSet("think", "thinking", "worry", "worrying", "mind", "minds")
	unpausedWords = wordSet("constantly", "nonstop", "always", "continually", "continuously")
)

// constantThought reports a thought or worry not denied, told constant
// within the few words around it.
func constantThought(w []string) bool {
	for i, t := range w {
		if !thoughtWords[t] || negatedBefore(w, i, 2) {
			continue
		}
		after := w[i+1 : min(i+7, len(w))]
		if hasAny(after, unpausedWords) || hasAny(w[max(0, i-3):i], unpausedWords) || containsSeq(after, "the", "time") && slices.Contains(after, "all") ||
			slices.Contains(after, "every") && (slices.Contains(after, "day") || slices.Contains(after, "night")) ||
			containsSeq(after, "day", "and") && slices.Contains(after, "night") {
			return true
		}
	}
	return false
}

// sleeplessWords keep a worry at the top however often it comes:
// "sometimes I lie awake".
var sleeplessWords = wordSet("awake", "sleep", "sleepless", "nightmare", "nightmares")

// occasionWords tell a thought that comes and goes: "now and then".
var occasionWords = wordSet("sometimes", "occasionally", "periodically")

// occasionalThought reports a thought or worry told occasional and not
// denied ("I think about it now and then", "not all the time, but now
// and then"): the middle, whatever the denied "all the time" would say.
func occasionalThought(w []string) bool {
	if !hasAny(w, thoughtWords) || slices.Contains(w, "never") || hasAny(w, fearWords) || hasAny(w, sleeplessWords) {
		return false
	}
	for i, t := range w {
		occasional := occasionWords[t] || t == "now" && containsSeq(w[i:], "and", "then") ||
			t == "time" && i > 1 && w[i-1] == "to" && w[i-2] == "time"
		if occasional && !negatedBefore(w, i, 2) && !slices.Contains(w[max(0, i-2):i], "even") {
			return true
		}
	}
	return false
}

// pastRefs point a comparison back in time: "less than two years ago",
// "less than before".
var pastRefs = wordSet("ago", "before", "used", "last", "was", "were", "previously", "earlier", "then")

// lessThanBefore reports a worry compared down with the past without a
// worry word ("a lot less than two years ago, we fixed most things"):
// "a lot" alone does not make it the top.
func lessThanBefore(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "less" && w[i+1] == "than" && hasAny(w[i+2:min(i+7, len(w))], pastRefs) && !negatedBefore(w, i, 2) {
			return true
		}
	}
	return false
}

// concernNouns are what "little" may qualify: "little worry".
var concernNouns = wordSet("worry", "concern", "risk", "fear", "thought", "attention", "interest")

// littleBare reports "little" told without "a" before a worry word or
// after "very" ("very little worry", "there is little concern"): next to
// none. "a little worry" is some.
func littleBare(w []string) bool {
	for i, t := range w {
		if t != "little" || i > 0 && (w[i-1] == "a" || negation[w[i-1]]) {
			continue
		}
		if i > 0 && (w[i-1] == "very" || w[i-1] == "so" || w[i-1] == "too") ||
			i+1 < len(w) && concernNouns[w[i+1]] {
			return true
		}
	}
	return false
}

// leastOfWorries reports "the least of my worries": no concern to speak
// of, whatever "worries" alone would say.
func leastOfWorries(w []string) bool {
	for i := 0; i+3 < len(w); i++ {
		if w[i] == "least" && w[i+1] == "of" && (w[i+2] == "my" || w[i+2] == "our") &&
			(ownedWorry[w[i+3]] || w[i+3] == "problems" || w[i+3] == "troubles") {
			return true
		}
	}
	return false
}

// pointlessWorry reports worry told pointless ("they'll get in, so why
// worry", "no point worrying about it"): the owner does not worry.
func pointlessWorry(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		bother := ownedWorry[w[i+1]] || w[i+1] == "worrying" || w[i+1] == "bother" || w[i+1] == "stress"
		if bother && w[i] == "why" ||
			i+2 < len(w) && bother && (w[i] == "point" || w[i] == "use") && i > 0 && w[i-1] == "no" {
			return true
		}
		if i+2 < len(w) && w[i] == "no" && (w[i+1] == "point" || w[i+1] == "use") && (ownedWorry[w[i+2]] || w[i+2] == "worrying") {
			return true
		}
	}
	return false
}
