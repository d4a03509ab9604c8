package conversation

// An ops answer that tells how long the work goes on without IT: a
// short spell coped with ("we could manage a day without the system,
// but not a week", "we'd struggle without it for a day but wouldn't
// have to close") is the middle; a spell carried on as usual ("down for
// one day we can still work normally", "we'd carry on quite happily
// with pen and paper for a week or two") is little reliance.

var (
	// spellUnits are the units of a spell without IT.
	spellUnits = wordSet("hour", "hours", "day", "days", "week", "weeks")
	// shortSpellCounts keep a spell short: "a day", "a few hours", "a
	// couple of days".
	shortSpellCounts = wordSet("a", "an", "one", "few", "couple", "two", "1", "2", "half")
	// spellCopeVerbs tell the work going on through the spell.
	spellCopeVerbs = wordSet("manage", "cope", "survive", "struggle", "limp", "work", "carry", "run")
	// spellEase tell the work going on as usual: little reliance.
	spellEase = wordSet("normally", "normal", "happily", "easily", "fine")
	// spellOutage tell IT gone for the spell.
	spellOutage = wordSet("without", "down", "failed", "fails", "died", "dies", "offline")
)

// spellWithout reads a spell without IT the work goes on through: "low"
// when it goes on as usual, or for a week or more with ease; "medium"
// when a short spell is coped with; "" when it tells neither, or
// denies coping ("we couldn't manage a day without it").
func spellWithout(w []string) string {
	if !hasAny(w, spellOutage) || !copedThrough(w) {
		return ""
	}
	short, long := false, false
	for i, t := range w {
		if !spellUnits[t] || i == 0 {
			continue
		}
		n := w[i-1]
		if n == "of" && i > 1 {
			n = w[i-2] // "a couple of days"
		}
		switch {
		case (t == "week" || t == "weeks") && !(i > 1 && w[i-2] == "not"):
			long = true
		case shortSpellCounts[n] && t != "week" && t != "weeks":
			short = true
		}
	}
	switch {
	case hasAny(w, spellEase) && (short || long):
		return "low"
	case short:
		return "medium"
	}
	return ""
}

// copedThrough reports a verb of going on through the spell ("we'd
// manage", "we'd limp through", "we'd get by") with no negation just
// before it: "could not get an interpreter", "couldn't manage a day"
// tell the work stopped.
func copedThrough(w []string) bool {
	for i, t := range w {
		if !spellCopeVerbs[t] && !(t == "get" && i+1 < len(w) && w[i+1] == "by") {
			continue
		}
		if !negatedBefore(w, i, 3) {
			return true
		}
	}
	return false
}
