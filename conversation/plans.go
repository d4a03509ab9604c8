package conversation

// Plans for a product told in other shapes than "we plan": a build with a
// target date ("building our portal for Q3"), an intention ("we think to
// make an app", "we aim to build"), a strategy approved; and a plan
// denied ("we're not planning apps", "no plans for an app"), which is no
// plan at all.

var (
	// dateWords name a time to come when a build is "for" or "by" them.
	dateWords = wordSet("q1", "q2", "q3", "q4", "january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december", "spring", "summer", "autumn",
		"winter", "christmas", "easter", "xmas")
	// dateSkips stand between "for" and the date: "by the end of march".
	dateSkips = wordSet("the", "end", "of", "early", "late", "mid", "start", "this", "next")
	// intentVerbs say a plan with "to" or "about" and a build after:
	// "we think to make", "we aim to build", "we're going to launch".
	intentVerbs = wordSet("think", "aim", "aims", "aiming", "mean", "means", "going", "gonna")
	// approvals turn a strategy or project into a plan: "the board
	// approved a strategy for smart cables".
	approvals = wordSet("approved", "agreed", "signed")
	planNouns = wordSet("strategy", "project", "plan", "roadmap", "programme", "program")
	// fundNouns approved fund a thing not made yet: "approved money to
	// scope a member app".
	fundNouns = wordSet("money", "budget", "funds", "funding", "spend")
	// deniablePlans are the plan words a negation takes back: "not
	// planning", "no plans", "don't want". "yet" is not one: "not yet"
	// is a plan.
	deniablePlans = wordSet("plan", "planning", "planned", "plans", "want", "wants", "thinking",
		"considering", "intend", "hoping", "hope", "exploring")
)

// plannedAt reports a plan told at w[i] in one of the shapes above.
func plannedAt(w []string, cut []bool, i int) bool {
	return dateToCome(w, cut, i) || intendsToMake(w, i) || planApproved(w, i) || makerConsulted(w, i) ||
		productNotYetAt(w, i)
}

// dateToCome reports "for Q3", "by the end of March" at w[i], the date
// ending the clause or followed by its year: "an app for summer camps"
// names no date.
func dateToCome(w []string, cut []bool, i int) bool {
	if w[i] != "for" && w[i] != "by" {
		return false
	}
	j := i + 1
	for j < len(w) && !cut[j] && dateSkips[w[j]] {
		j++
	}
	if j >= len(w) || cut[j] || !dateWords[w[j]] {
		return false
	}
	j++
	if j < len(w) && !cut[j] && isNumber(w[j]) {
		j++
	}
	return j >= len(w) || cut[j]
}

// intendsToMake reports an intention to build at w[i]: "think to make",
// "think about making", "aim to build", "going to launch".
func intendsToMake(w []string, i int) bool {
	if !intentVerbs[w[i]] {
		return false
	}
	for _, t := range w[i+1 : min(i+4, len(w))] {
		switch {
		case devVerbs[t] && !sellVerbs[t] || t == "launch" || t == "launching":
			return true
		case t != "to" && t != "about" && t != "of" && t != "on":
			return false
		}
	}
	return false
}

// planApproved reports a strategy or project approved at w[i].
func planApproved(w []string, i int) bool {
	return approvals[w[i]] && (hasAny(w[i+1:min(i+5, len(w))], planNouns) || hasAny(w[i+1:min(i+3, len(w))], fundNouns))
}

// planDenied reports a plan word taken back by the negation before it,
// with no "yet" after that would make it a plan still to come.
func planDenied(w []string, i int) bool {
	if !deniablePlans[w[i]] || hasAny(w[i:], wordSet("yet")) {
		return false
	}
	return i > 0 && (negation[w[i-1]] || w[i-1] == "nothing") || i > 1 && negation[w[i-2]] && negationModifiers[w[i-1]]
}

// builtInFeature reports "built-in sensors", "with built in software":
// what a thing has, not a build.
func builtInFeature(w []string, i int) bool {
	if w[i] != "built" || i+2 >= len(w) || w[i+1] != "in" {
		return false
	}
	return techNouns[w[i+2]] || i > 0 && w[i-1] == "with"
}
