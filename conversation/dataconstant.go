package conversation

// constantErrorWords tell data that is wrong or at odds with itself:
// "mistakes", "errors", "the counts differ".
var constantErrorWords = wordSet("mistakes", "errors", "wrong", "mistake", "error", "differ", "differs",
	"discrepancies", "discrepancy", "mismatch", "mismatches", "mismatched")

// alwaysWords tell something that keeps happening. Not constantWords:
// its bare "every" would read "we check every invoice for errors" as
// errors that never stop.
var alwaysWords = wordSet("always", "constantly", "continually", "daily", "weekly")

// pastErrorWords tell errors of the past: "we used to have mistakes".
var pastErrorWords = wordSet("used", "before", "was", "were", "until")

// constantDataErrors reports data errors told as never stopping ("there
// are always mistakes", "errors every week"): a real problem, where "the
// odd mistake" is some. Denied or past errors are not read here.
func constantDataErrors(w []string) bool {
	if !hasAny(w, constantErrorWords) || hasAny(w, negation) || hasAny(w, pastErrorWords) {
		return false
	}
	return hasAny(w, alwaysWords) || hasPhrase(w, []string{"all", "the", "time"}) ||
		containsSeq(w, "every", "day") || containsSeq(w, "every", "week") || containsSeq(w, "every", "single")
}
