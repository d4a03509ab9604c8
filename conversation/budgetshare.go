package conversation

import "slices"

// A full-time executive refused with a share of one offered instead
// ("not full time, maybe a few days a month", "a full salary, no; part
// of one maybe"): the full-time post cannot be funded, whatever the
// "maybe" says of the share. Nor can it when not even a share can.

var (
	fullNouns   = wordSet("time", "timer", "timers", "salary", "wage", "one", "position", "post", "hire")
	shareUnits  = wordSet("day", "days", "hour", "hours", "afternoon", "afternoons")
	sharePeriod = wordSet("week", "weeks", "month", "months", "quarter", "fortnight")
)

// fullTimeForShare reports a full-time post refused beside a share of one
// offered.
func fullTimeForShare(w []string, cut []bool) bool {
	return fullTimeRefused(w, cut) && shareOffered(w)
}

// fullTimeRefused reports "not full time", "not a full salary", "full
// time no", "a full salary for a director, no".
func fullTimeRefused(w []string, cut []bool) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "full" && w[i] != "whole" || !fullNouns[w[i+1]] {
			continue
		}
		if i > 0 && negation[w[i-1]] || i > 1 && negation[w[i-2]] && (w[i-1] == "a" || w[i-1] == "an") {
			return true
		}
		for j := i + 2; j < min(i+7, len(w)); j++ {
			if w[j] == "no" && (j+1 == len(w) || cut[j+1] || w[j+1] == "but") {
				return true
			}
			if postRefused(w, j) {
				return true // "a full-time executive is not possible"
			}
		}
	}
	return false
}

// feasibleWords, denied, refuse a post: "not possible", "not an option".
var feasibleWords = wordSet("possible", "affordable", "feasible", "realistic", "option", "doable")

// postRefused reports a refusal of the post at w[j]: "impossible", "not
// possible", "not an option", "out of the question".
func postRefused(w []string, j int) bool {
	switch {
	case w[j] == "impossible" || w[j] == "unaffordable" || w[j] == "unrealistic":
		return true
	case negation[w[j]] && j+1 < len(w):
		return feasibleWords[w[j+1]] || w[j+1] == "an" && j+2 < len(w) && feasibleWords[w[j+2]]
	}
	return w[j] == "out" && hasPhrase(w[j:], []string{"out", "of", "the", "question"})
}

// shareOffered reports a share of a post counted in days or hours: "a
// few days a month", "a day a week", or named as a part of one beside the
// full-time refusal: "part time", "part of one", "half of one". "Part
// time" alone is not one: owners give it for a tight yes as often as for
// a no.
//
// A part named before the refusal ("part time, maybe; full time no")
// is the answer's lead, a tight yes to a share; only a part offered
// after the refusal ("full time, no; part of one maybe") is a fallback.
func shareOffered(w []string) bool {
	if hasAny(w, shareUnits) && hasAny(w, sharePeriod) {
		return true
	}
	full := slices.IndexFunc(w, func(t string) bool { return t == "full" || t == "whole" })
	return full >= 0 && partShareAt(w) > full
}

// hiredHelpWords name help bought by the day instead of the post.
var hiredHelpWords = wordSet("consultant", "consultants", "consulting", "consultancy", "freelancer", "freelancers",
	"freelance", "contractor", "fractional")

// partShareAt is where w names a part of a post ("part time", "a
// part-timer", "part of a salary", "half of one") or help bought instead
// ("a consultant", "some consulting days"), or -1.
func partShareAt(w []string) int {
	for i := 0; i+1 < len(w); i++ {
		if hiredHelpWords[w[i]] {
			return i // "some consulting days", "a freelancer"
		}
		if w[i] == "part" && (w[i+1] == "time" || w[i+1] == "timer" || w[i+1] == "of") ||
			w[i] == "half" && (w[i+1] == "of" || w[i+1] == "one" || w[i+1] == "a") {
			return i
		}
	}
	return -1
}

// notEvenShare reports a share of a post denied with "even": "not even
// part time", "we couldn't even stretch to a part-timer". If not the
// share, not the whole post.
func notEvenShare(w []string) bool {
	p := partShareAt(w)
	e := slices.Index(w, "even")
	if p < 0 || e < 1 || e > p || p-e > 4 {
		return false
	}
	return negation[w[e-1]] || e > 1 && negation[w[e-2]]
}
