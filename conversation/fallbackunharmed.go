package conversation

// notepadWords are paper to fall back on; fallbackHarmed tell the fallback
// hurts: "everything stops", "it's slow".
var (
	notepadWords   = wordSet("notepad", "notepads")
	stopVerbs      = wordSet("stop", "stops", "stopped")
	fallbackHarmed = wordSet("everything", "slow", "slower", "painful", "struggle")
)

// Systems down, the work goes to paper and carries on unharmed ("if the
// internet is down we just write on paper like before and nothing
// stops", "if the laptop dies we do nothing different, it's on paper"):
// little reliance. The "down" and the "stops" are the breakdown
// told and denied, not the whole stopping.

// carryOnPhrases tell work going on as before.
var carryOnPhrases = [][]string{{"nothing", "stops"}, {"carry", "on"}, {"carries", "on"}, {"keep", "going"},
	{"keeps", "going"}, {"no", "problem"}, {"as", "normal"}, {"as", "usual"}, {"no", "big", "deal"},
	{"doesnt", "matter"}, {"nothing", "changes"}, {"no", "drama"}, {"just", "keep"}, {"but", "thats", "it"},
	{"keep", "working"}, {"keep", "on", "working"}, {"continue", "to", "work"}, {"continue", "working"},
	{"carry", "on", "working"}, {"nothing", "different"}}

// nothingHappens, told of a breakdown beside the work carried on, is no
// harm done: "if it goes down nothing happens, we carry on".
var nothingHappens = []string{"nothing", "happens"}

// fallbackUnharmed reports a breakdown, a way of working without IT (or
// "nothing happens") and the work carried on, with no harm told.
func fallbackUnharmed(w []string) bool {
	return (hasAny(w, breakdownVerbs) || hasAny(w, stopVerbs)) &&
		(hasAny(w, fallbackWords) || hasAny(w, notepadWords) || hasPhrase(w, nothingHappens)) &&
		hasAnyPhrase(w, carryOnPhrases) && !hasAny(w, fallbackDanger) &&
		!hasAny(w, fallbackHarmed)
}
