package conversation

import "strings"

// A "when", "after" or "once" clause told in the past dates what the
// answer says, it sets no condition on it: "I budgeted a salary for it
// when I took over" is done. An "if" with a past verb only supposes ("if
// we won the tender"), and so does a past beside "would" ("I'd budget it
// when we got the grant").

// datingWords open a clause that may date rather than condition.
var datingWords = wordSet("when", "after", "once")

// conditionSubjectWords may stand between the dating word and its verb:
// "when I took over", "once the bank agreed".
var conditionSubjectWords = wordSet("i", "we", "he", "she", "they", "it", "the", "my", "our", "his", "her",
	"bank", "board", "owner", "partner", "partners", "investors", "dad", "mum", "mom", "father", "mother",
	// advisers and bodies who decide: "after the auditor recommended it"
	"auditor", "auditors", "accountant", "bookkeeper", "adviser", "advisor", "trustees", "committee", "council",
	"family", "shareholders")

// irregularPastVerbs are past forms without "-ed" that owners use when
// they date a decision.
var irregularPastVerbs = wordSet("took", "got", "became", "came", "went", "bought", "sold", "won", "made",
	"began", "was", "were", "left", "grew", "heard", "saw", "found", "told", "said", "paid", "spent", "sent", "met",
	"brought", "gave", "knew", "thought")

// datedInPast reports a dating word at w[i] whose clause is told in the
// past: its verb, after at most two subject words, is a past form.
func datedInPast(w []string, i int) bool {
	if !datingWords[w[i]] || hasAny(w, hypothetical) || hasAny(w, wordSet("could", "will", "ill")) {
		return false
	}
	for j := i + 1; j < len(w) && j <= i+3; j++ {
		switch t := w[j]; {
		case irregularPastVerbs[t] || len(t) > 4 && strings.HasSuffix(t, "ed") && !conditionSubjectWords[t]:
			return j > i+1
		case !conditionSubjectWords[t]:
			return false
		}
	}
	return false
}
