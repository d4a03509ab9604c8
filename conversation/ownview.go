package conversation

import (
	"slices"
	"strings"
)

// Another's view set against the speaker's own ("my partner worries, I
// don't", "the boss says it's fine, I'm not so sure"): the reading of the
// whole mixes the two, so the answer is asked again between the other's
// view and the speaker's, or asked again outright when the speaker only
// doubts. An own view that agrees ("and I agree") leaves the reading.

var (
	// reporterWords name someone else whose view is told: "my partner
	// says", "the boss thinks".
	reporterWords = wordSet("partner", "wife", "husband", "boss", "owner", "owners", "father", "dad", "mother",
		"mum", "mom", "board", "son", "daughter", "brother", "sister", "accountant", "manager", "director",
		"founder", "cofounder", "chef", "he", "she", "everyone", "colleagues", "staff", "team")
	viewVerbs = wordSet("says", "said", "thinks", "thought", "worries", "worried", "wants", "believes",
		"reckons", "feels", "claims", "insists", "would")
	// ownOpeners open the speaker's own view: "I don't", "I'm not so
	// sure", "personally".
	ownOpeners = wordSet("i", "im", "id", "ive", "personally", "me")
	agreeWords = wordSet("agree", "agreed", "too", "also", "same")
)

// ownViewQuestions are the questions the own view is weighed for.
var ownViewQuestions = wordSet(qSecurity, qProducts, qInnovation, qCompetitors, qBudget)

// ownViewAgainst is the option the speaker's own view reads when another's
// view is told before it and the whole was read as v: the own view's
// option if it differs, inDoubt if the own view only doubts, else "".
func ownViewAgainst(q *question, w []string, cut []bool, v string) string {
	if !ownViewQuestions[q.ID] {
		return ""
	}
	rep := reportedView(w)
	if rep < 0 || q.ID == qSecurity && adviceToWorryDenied(w, cut) {
		return "" // advice to worry, denied: the owner's answer, no doubt
	}
	own := ownClause(w, cut, rep)
	if own < 0 || hasAny(w[own:], agreeWords) || slices.Contains(cut[own+1:], true) {
		// No own view, one that agrees, or one a later clause sums up:
		// "I don't so much. somewhere in the middle".
		return ""
	}
	if ownDoubt(w[own:]) && q.ID == qCompetitors {
		return q.unsure // "my partner thinks so, I'm not convinced"
	}
	if ownDoubt(w[own:]) {
		return inDoubt // "I'm not so sure"
	}
	m := matchPart(q, strings.Join(w[own:], " "), nil)
	switch {
	case m.value != "" && m.value != v:
		return m.value
	case m.value == "" && hasAny(w[own:], negation):
		return inDoubt // "I'm not so sure", "I'm not convinced"
	}
	return ""
}

// reportedView is where another's view is told ("my partner says"),
// the index of its verb, or -1.
func reportedView(w []string) int {
	for i := 1; i < len(w); i++ {
		if viewVerbs[w[i]] && reporterWords[w[i-1]] && !(w[i] == "would" && !slices.Contains(w[i:min(i+3, len(w))], "say")) {
			return i
		}
		// "our IT guy is paranoid": another's attitude told of them.
		if (w[i] == "is" || w[i] == "was") && i+1 < len(w) && (reporterWords[w[i-1]] || personByRole[w[i-1]]) &&
			attitudeWords[w[i+1]] {
			return i + 1
		}
	}
	return -1
}

var (
	// personByRole name someone by role: "our IT guy".
	personByRole = wordSet("guy", "lady", "man", "woman", "person", "bloke", "chap", "girl")
	// attitudeWords are a view held of the risk or the new: "paranoid".
	attitudeWords = wordSet("paranoid", "worried", "scared", "nervous", "relaxed", "calm", "keen", "obsessed",
		"anxious", "convinced", "sure", "sceptical", "skeptical")
)

// ownClause is where the speaker's own view opens after the reported one
// (a clause break or "but" before it), or -1.
func ownClause(w []string, cut []bool, after int) int {
	for i := after + 1; i < len(w); i++ {
		if !ownOpeners[w[i]] {
			continue
		}
		if cut[i] || w[i-1] == "but" || w[i-1] == "whereas" || w[i-1] == "while" {
			return i
		}
	}
	return -1
}

// certainWords denied say the speaker doubts: "not so sure", "not
// convinced".
var certainWords = wordSet("sure", "convinced", "certain", "persuaded")

// ownDoubt reports an own view that only doubts the other's.
func ownDoubt(w []string) bool {
	for i, t := range w {
		if certainWords[t] && negatedBefore(w, i, 3) || t == "doubt" || t == "wonder" {
			return true
		}
	}
	return false
}
