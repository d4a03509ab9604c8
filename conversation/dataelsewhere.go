package conversation

import "slices"

// Data answers that place the trouble elsewhere: a data problem denied
// and another kind owned ("we don't have a data problem, we have a cash
// problem"), the data said fine and "the problem is" something else, or
// a crisis denied before a smaller trouble ("not a big problem, but").

var (
	// dataTopics name the records a data answer is about.
	dataTopics = wordSet("data", "records", "notes", "details", "information", "files", "figures", "numbers",
		"spreadsheets", "spreadsheet", "database", "lists", "list", "admin", "paperwork")
	problemNouns = wordSet("problem", "problems", "issue", "issues")
	// bigTrouble is a crisis whose denial leaves a smaller trouble.
	bigTrouble = wordSet("crisis", "disaster", "catastrophe", "nightmare")
	// bigDegrees make a problem a big one: "not a big problem".
	bigDegrees = wordSet("big", "real", "huge", "major", "serious", "massive")
	// dataTrouble tells records that do not agree or cannot be found.
	dataTrouble = wordSet("match", "matches", "mess", "messy", "wrong", "lost", "missing", "duplicate",
		"duplicates", "errors", "agree", "chaos", "scattered")
)

// dataElsewhere is the data answer such words give, or "".
func dataElsewhere(w []string, cut []bool) string {
	cs := clauses(w, cut)
	switch {
	case problemSwapped(cs) || fineThenElsewhere(cs):
		return "no"
	case crisisDeniedBut(cs):
		return "some"
	}
	return ""
}

// problemSwapped reports a data problem denied in one clause and a
// problem of another kind owned in another: "it's not a data problem,
// it's a staffing problem".
func problemSwapped(cs [][]string) bool {
	denied, other := false, false
	for _, c := range cs {
		if !hasAny(c, problemNouns) {
			continue
		}
		switch {
		case hasAny(c, negation) && hasAny(c, dataTopics):
			denied = true
		case !hasAny(c, negation) && !hasAny(c, dataTopics) && !hasAny(c, dataTrouble):
			other = true
		default:
			return false // "we don't have a cash problem, we have a data problem"
		}
	}
	return denied && other
}

// fineThenElsewhere reports the data said fine and then "the problem
// is" something that names no records nor their trouble: "the records
// are fine, the problem is finding enough cleaners".
func fineThenElsewhere(cs [][]string) bool {
	fine := false
	for _, c := range cs {
		k := slices.IndexFunc(c, func(t string) bool { return problemNouns[t] })
		switch {
		case k < 0 && hasAny(c, dataTopics) && hasAny(c, fineWords) && !hasAny(c, negation):
			fine = true
		case k >= 0 && fine && k+1 < len(c) && (c[k+1] == "is" || c[k+1] == "s"):
			rest := c[k+2:]
			return !hasAny(rest, dataTopics) && !hasAny(rest, dataTrouble) && !hasAny(rest, negation)
		}
	}
	return false
}

// crisisDeniedBut reports an opening that denies a crisis or a big
// problem, then a trouble told after "but": "not a big problem, but we
// spend an afternoon a week fixing the numbers". Some, not none.
func crisisDeniedBut(cs [][]string) bool {
	if len(cs) < 2 || !hasAny(cs[0], negation) || hasAny(cs[0], dataTopics) {
		return false
	}
	big := hasAny(cs[0], bigTrouble) || hasAny(cs[0], bigDegrees) && hasAny(cs[0], problemNouns)
	return big && cs[1][0] == "but" && !hasAny(cs[1], negation)
}
