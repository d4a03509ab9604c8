package conversation

import "slices"

// Office tasks told in passing as kept on computers: "estimating,
// ordering and timesheets are on computers". In a description that says
// which work uses IT, not how much the firm stops without it; owners who
// say so answer the middle as often as "completely", so it is asked.

var (
	// officeMachines are where a task is said to be kept.
	officeMachines = wordSet("computer", "computers", "pc", "pcs", "laptop", "laptops", "software", "system",
		"systems")
	// wholeReliance are words that do tell the whole business relies on
	// them: "everything is on the system", "we can't work without".
	wholeReliance = wordSet("everything", "all", "whole", "entire", "every", "critical", "cant", "cannot",
		"without", "stop", "stops", "depend", "depends", "dependent", "rely", "relies", "completely",
		"entirely", "fully", "runs", "run", "nothing")
)

// tasksOnComputers reports a clause that names tasks kept "on" computers
// or software with no word of the whole business relying on them.
func tasksOnComputers(c []string) bool {
	if len(c) == 0 || hasAny(c, wholeReliance) {
		return false
	}
	i := slices.Index(c, "on")
	// A short clause of only a thing before "on" lists more tasks with
	// the verb left out: "the office runs payroll and the weighbridge on
	// computers".
	elided := (c[0] == "and" || c[0] == "the") && i <= 4
	if i < 1 || !hasAny(c[:i], wordSet("are", "is", "go", "goes", "done", "kept")) && !elided {
		return false
	}
	for _, t := range c[i+1 : min(len(c), i+4)] {
		if officeMachines[t] {
			return true
		}
	}
	return false
}

// arriveVerbs tell how work reaches the firm: "orders come by phone".
var arriveVerbs = wordSet("come", "comes", "coming", "arrive", "arrives", "arriving")

// incomingChannel reports a clause telling only how orders or bookings
// reach the firm ("orders come by phone and e-mail", "jobs come in via
// WhatsApp"): the customers' way in, which says little of how much the
// work inside runs on computers. Owners of such firms answer from basic
// to heavy use.
func incomingChannel(c []string) bool {
	for i, t := range c {
		if !arriveVerbs[t] {
			continue
		}
		j := i + 1
		if j < len(c) && c[j] == "in" {
			j++
		}
		return j < len(c) && (c[j] == "by" || c[j] == "via" || c[j] == "through" || c[j] == "over")
	}
	return false
}
