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
	if hasAny(c, wholeReliance) {
		return false
	}
	i := slices.Index(c, "on")
	if i < 1 || !hasAny(c[:i], wordSet("are", "is", "go", "goes", "done", "kept")) {
		return false
	}
	for _, t := range c[i+1 : min(len(c), i+4)] {
		if officeMachines[t] {
			return true
		}
	}
	return false
}
