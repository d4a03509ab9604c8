package conversation

import "slices"

// More of blind11's neighbours found by cross-validation: a business that
// runs on things that are no IT, "mostly right, but", what we sell being
// digital.

var (
	noITThings = wordSet("whiteboard", "clipboard", "notebook", "notepad", "diary", "paper", "pen", "pencil",
		"cash", "box", "kettle", "calculator", "ledger", "book", "chalkboard", "blackboard", "fax")
	mostlyFine   = wordSet("right", "correct", "accurate", "fine", "ok", "okay", "good", "clean", "sound", "there")
	digitalWords = wordSet("digital", "online", "software", "downloadable", "virtual")
)

// runsOnNoIT reads "we run on a whiteboard and a cash box": the things
// the business runs on are no IT.
func runsOnNoIT(w []string, cut []bool) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "run" && w[i] != "runs" || w[i+1] != "on" {
			continue
		}
		_, end := clauseBounds(cut, i)
		objs := w[i+2 : end]
		return hasAny(objs, noITThings) && !hasAny(objs, itPlaces) && !hasAny(objs, itNouns)
	}
	return false
}

// mostlyBut reads "mostly right, but the codes drift": the middle
// option.
func mostlyBut(w []string) bool {
	i := slices.Index(w, "mostly")
	return i >= 0 && i+1 < len(w) && mostlyFine[w[i+1]] && slices.Contains(w[i+1:], "but")
}

// soldDigital reads "everything we sell is digital": technology is the
// product.
func soldDigital(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "sell" && w[i] != "sells" {
			continue
		}
		rest := w[i+1 : min(i+5, len(w))]
		if (rest[0] == "is" || rest[0] == "are") && hasAny(rest, digitalWords) && !hasAny(w, negation) {
			return true
		}
	}
	return false
}
