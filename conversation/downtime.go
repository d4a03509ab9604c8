package conversation

// Downtime told as not to be borne ("zero tolerance for downtime", "any
// outage is a P1", "downtime is not an option"): complete reliance.

// downtimeWords name the systems being down.
var downtimeWords = wordSet("downtime", "outage", "outages", "offline")

// intolerance tell something that must never happen.
var intolerance = [][]string{{"zero", "tolerance"}, {"no", "tolerance"}, {"not", "an", "option"},
	{"cant", "tolerate"}, {"cannot", "tolerate"}, {"dont", "tolerate"}, {"p1"}, {"sev", "1"}, {"sev1"},
	{"severity", "1"}, {"priority", "1"}, {"not", "acceptable"}, {"unacceptable"}}

// downtimeIntolerable reports downtime told as not to be borne.
func downtimeIntolerable(w []string) bool {
	return hasAny(w, downtimeWords) && hasAnyPhrase(w, intolerance)
}
