package conversation

import "slices"

// What a business "runs on" when none of it is IT: things named as
// compounds ("a chalk board", "a biscuit tin", "an honesty box"), whose
// last word is the thing and the words before it only say which kind.

var (
	// noITHeads are things no IT that end a compound: "a biscuit tin",
	// "a jam jar", beside the plain noITThings.
	noITHeads = wordSet("tin", "tins", "jar", "jars", "drawer", "drawers", "tray", "pad", "pads", "spike",
		"envelope", "envelopes", "notebooks", "diaries", "ledgers", "clipboards")
	// writingBoards make a board one written on by hand ("a chalk board",
	// "the notice board"), not a board of directors or a job board site.
	writingBoards = wordSet("chalk", "notice", "cork", "white", "black", "pin", "peg", "wall", "planning", "wipe")
	// thingSeparators end one thing of a list and start the next.
	thingSeparators = wordSet("and", "plus", "with", "or")
)

// runsOnNoITThings reads "the farm shop runs on a chalk board and a tin":
// every thing named after "runs on" (or "off") is no IT, each a plain
// one or a compound whose last word is one and whose other words name
// no IT.
func runsOnNoITThings(w []string, cut []bool) bool {
	if hasAny(w, itPlaces) || hasAny(w, itNouns) || hasAny(w, moreIT) || hasAny(w, computerWords) {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "run" && w[i] != "runs" || w[i+1] != "on" && w[i+1] != "off" {
			continue
		}
		_, end := clauseBounds(cut, i)
		things := splitThings(w[i+2 : end])
		return len(things) > 0 && !slices.ContainsFunc(things, func(t []string) bool { return !noITThing(t) })
	}
	return false
}

// splitThings splits a list of things at its separators, each thing
// without its glue words ("a", "the", "old").
func splitThings(list []string) [][]string {
	var out [][]string
	var cur []string
	for _, t := range append(slices.Clone(list), "and") {
		switch {
		case thingSeparators[t]:
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
		case !thingGlue[t]:
			cur = append(cur, t)
		}
	}
	return out
}

// noITThing reports a thing, plain or compound, that is no IT: its last
// word is a thing kept by hand ("tin", "notebook"), or "board" after a
// word making it one to write on.
func noITThing(t []string) bool {
	head := t[len(t)-1]
	switch {
	case noITThings[head] || noITHeads[head]:
		return true
	case head == "board" || head == "boards":
		return len(t) > 1 && writingBoards[t[len(t)-2]]
	}
	return false
}
