package conversation

import (
	"slices"
	"strings"
)

// Qualifiers that turn a plain reading into the middle option or a
// choice between two: a part of the whole ("3 of our 11 systems"), a
// condition on a budget ("once the round closes"), "mostly" or "half" on
// an "all fine", a hypothetical trouble ("I'd struggle to find").

// partWords qualify an "all fine" on a question whose yes is trouble:
// "it mostly adds up", "sales is fine, lettings half on spreadsheets".
var partWords = wordSet("mostly", "largely", "generally", "usually", "half", "partly", "partially", "except",
	"apart", "bar", "besides")

// conditionWords open a condition: "once the seed round closes", "if the
// grant comes through".
var conditionWords = wordSet("once", "if", "when", "after", "provided", "providing", "assuming", "until",
	"pending", "subject")

// opensCondition reports a condition word in w that opens a condition:
// not "provided for", which says the money is set aside ("a head of IT
// post is provided for in this year's plan").
func opensCondition(w []string) bool {
	for i, t := range w {
		if conditionWords[t] && !((t == "provided" || t == "providing") && i+1 < len(w) && w[i+1] == "for") &&
			!onTheCandidate(w[i+1:min(len(w), i+6)]) && !datedInPast(w, i) && !afterPastEvent(w, i) {
			return true
		}
	}
	return false
}

// hypothetical words make a trouble a supposition: "I'd struggle to find
// a 2019 wedding" is trouble, but how much?
var hypothetical = wordSet("id", "wed", "would", "might")

// qualified applies the qualifiers to m, what the rest of the reading
// found in w.
func qualified(q *question, w []string, cut []bool, m answerMatch) answerMatch {
	switch {
	case !q.graded || q.hedge == "" || len(m.candidates) > 0:
		return m
	case m.value == q.yes && partOfWhole(w):
		// "3 of our 11 systems are end of life": some, not all.
		return answerMatch{value: q.hedge, signal: true}
	case m.value == q.yes && q.conditional && opensCondition(w):
		return answerMatch{value: q.hedge, signal: true}
	case m.value == q.no && q.trouble && hasAny(w, partWords):
		return answerMatch{value: q.hedge, signal: true}
	case m.value == q.hedge && q.trouble && grantedOnly(w):
		// "technically they work, but the sync is slow": the working
		// is granted only to be taken back.
		return answerMatch{value: q.yes, signal: true}
	case m.value == q.yes && q.trouble && softenedAfter(w):
		// "slow at times", "drops now and then": some trouble.
		return answerMatch{value: q.hedge, signal: true}
	case m.value == q.yes && q.trouble && hypotheticalBesideRating(w):
		return answerMatch{candidates: pair(q.hedge, q.yes), signal: true}
	}
	return m
}

// partOfWhole reports whether w counts a small part of a whole: "3 of
// our 11", "2 of 9 applications", "one in five": at most half.
func partOfWhole(w []string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] != "of" && w[i] != "in" && w[i] != "out" {
			continue
		}
		j := i + 1
		if w[i] == "out" {
			if w[j] != "of" {
				continue
			}
			j++
		}
		for j < len(w) && (w[j] == "our" || w[j] == "the" || w[j] == "my" || w[j] == "their") {
			j++
		}
		if j >= len(w) || isYear(w[j]) || isYear(w[i-1]) {
			continue
		}
		part, okP := count(w[i-1])
		whole, okW := count(w[j])
		if okP && okW && part > 0 && 2*part <= whole {
			return true
		}
	}
	return false
}

// concessionWords grant a point before a "but" that takes it back:
// "sure, but I'm not paying for it".
var concessionWords = wordSet("sure", "yes", "yeah", "yep", "ok", "okay", "of", "course", "fine", "true",
	"granted", "maybe", "nice")

// dropConcession drops an opening clause of concession words when a
// clause opening with "but" follows: what comes after "but" answers.
func dropConcession(w []string, cut []bool) ([]string, []bool) {
	for j := 1; j+1 < len(w); j++ {
		if !concessionWords[w[j-1]] {
			return w, cut
		}
		if w[j] == "but" && cut[j] {
			rest := slices.Clone(cut[j+1:])
			rest[0] = false
			return w[j+1:], rest
		}
	}
	return w, cut
}

// softeners say a trouble comes only now and then; hardeners that it
// does not.
var (
	softeners  = [][]string{{"at", "times"}, {"now", "and", "then"}, {"sometimes"}, {"occasionally"}, {"from", "time", "to", "time"}, {"every", "so", "often"}, {"on", "busy", "days"}}
	hardeners  = wordSet("constantly", "always", "never", "nightmare", "disaster", "every", "all", "daily", "completely", "totally")
	softenerOK = wordSet("busy")
)

// softenedAfter reports whether w tells a trouble as only now and then,
// with nothing that makes it constant.
func softenedAfter(w []string) bool {
	if slices.ContainsFunc(w, func(t string) bool { return hardeners[t] && !softenerOK[t] }) {
		return false
	}
	for i := range w {
		for _, p := range softeners {
			if i+len(p) <= len(w) && slices.Equal(w[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// grantedOnly reports whether w opens by granting a point only in name
// ("technically", "strictly speaking", "in theory") and takes it back
// with a "but".
func grantedOnly(w []string) bool {
	if !slices.Contains(w, "but") {
		return false
	}
	switch {
	case len(w) > 0 && (w[0] == "technically" || w[0] == "nominally"):
		return true
	case len(w) > 1 && (w[0] == "strictly" && w[1] == "speaking" || w[0] == "in" && w[1] == "theory"):
		return true
	}
	return false
}

// personWords name the one to be hired.
var personWords = wordSet("person", "candidate", "fit", "one", "hire", "guy", "man", "woman", "people")

// onTheCandidate reports a condition on who is hired, not on the money:
// "yes, if we find the right candidate", "if it is the right person we
// can pay". The yes still stands.
func onTheCandidate(c []string) bool {
	if hasAny(c, spendWords) || namesSum(strings.Join(c, " ")) {
		return false // "if the right person costs under 80k": money after all
	}
	for i := 0; i+1 < len(c); i++ {
		if (c[i] == "right" || c[i] == "good" || c[i] == "best") && personWords[c[i+1]] {
			return true
		}
	}
	return false
}
