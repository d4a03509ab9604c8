package conversation

import "slices"

// Who is who in a comparison with competitors.
var (
	selfWords  = wordSet("we", "were", "us", "our", "ours", "i", "im", "me", "my", "weve")
	otherWords = wordSet("they", "theyre", "them", "their", "theirs", "competitors", "competitor",
		"competition", "rivals", "rival", "others", "other", "everyone", "everybody", "chains", "players",
		"brands", "agencies", "firms", "companies", "boys", "most", "theyve", "operators", "incumbents",
		"businesses", "shops", "pubs", "hotels", "restaurants", "practices", "schools", "peers", "ones", "groups",
		"retailers", "stores", "outfits", "names")
	leadWords = wordSet("ahead", "faster", "quicker", "better", "further", "modern", "advanced", "smarter",
		"techier", "leading", "outpacing", "beating", "overtaking", "slicker", "sharper", "savvier",
		"fancier", "flashier", "nimbler", "swifter", "speedier", "shinier", "sleeker", "techsavvier", "keener",
		"bolder", "digitaler", "cleverer", "quicker")
	lagWords = wordSet("behind", "slower", "worse", "lagging", "outdated", "clunkier", "weaker",
		"lazier", "poorer", "dustier", "sleepier", "sloppier", "duller", "stuffier")
	// outVerbs beat someone at something: the subject leads.
	outVerbs = wordSet("outpace", "outpaces", "outpaced", "outship", "outships", "outsell", "outsells",
		"outperform", "outperforms", "outperforming", "outspend", "outspends", "outinnovate", "outinnovates",
		"outgun", "outguns", "outrun", "outruns", "outclass", "outclasses", "outsmart", "outsmarts",
		"outcompete", "outcompetes", "outbuild", "outbuilds", "outdo", "outdoes")
)

// passVerbs go past someone named after them: the subject leads.
var passVerbs = wordSet("passed", "overtook", "overtaken", "overtake", "overtakes", "overtaking")

// datedWords are slow or dated: "more" of them is behind.
var datedWords = wordSet("slow", "old", "traditional", "dated", "outdated", "conservative", "cautious",
	"manual", "analogue", "backward", "basic", "clunky", "hesitant", "careful")

// firmNouns name another business that has ("with") what is compared.
var firmNouns = wordSet("firm", "company", "business", "startup", "outfit", "agency", "competitor", "rival",
	"player", "chain", "firms", "companies", "competitors", "rivals", "players", "chains", "outfits")

// competitorsFromDirection reads who leads in a comparison: "they're way
// ahead of us" and "we're slower than others" are falling behind (yes);
// "we're ahead of them" and "they're slower" are keeping up (no). It
// needs a comparative and someone it is said of; a negation before the
// comparative ("we're not behind") turns it round.
func competitorsFromDirection(w []string, cut []bool) string {
	if v := catchingUp(w, cut); v != "" {
		return v
	}
	if v := parityOrBehind(w); v != "" {
		return v // "the others are the same as us or worse"
	}
	if noneLikeOurs(w, cut) || competitionDenied(w) || parityTold(w, cut) {
		return "no"
	}
	if keepUpStrained(w) {
		return "yes" // "it's hard to keep up with the startups"
	}
	if keepUpWished(w) {
		return "yes" // "if only we could keep pace"
	}
	// Every comparison is read: one that leads and one that lags ("ahead
	// of the local factories, but behind the Japanese") leave the
	// direction open.
	if mixedDirection(w, cut) {
		return ""
	}
	for k := range w {
		if v := directionAt(w, cut, k); v != "" {
			return v
		}
	}
	if v := selfNamedPlace(w); v != "" {
		return v // "now we are the old ones"
	}
	if v := rankedSelf(w); v != "" {
		return v // "now we're last"
	}
	return competitorsFromActivity(w, cut)
}

// directionAt reads the comparison at w[k], if any: "no" when we lead,
// "yes" when they do.
func directionAt(w []string, cut []bool, k int) string {
	lead, lag := comparative(w, k)
	if k > 0 && (w[k-1] == "more" || w[k-1] == "less") {
		if l, g := comparative(w, k-1); l || g {
			return "" // "less advanced than us" is read at "less"
		}
	}
	if !lead && !lag || k+1 < len(w) && otherWords[w[k+1]] && !passVerbs[w[k]] {
		return "" // "the slicker players are ...": said of them, compared with none
	}
	start, end := clauseBounds(cut, k)
	// "worse with tech than me": the one after "than" is compared
	// with the subject, whoever stands before ("most photographers I
	// know").
	if than := thanObject(w[k+1 : end]); than != "" {
		negated := false
		for i := start; i < k; i++ {
			negated = negated || negation[w[i]] && !answerParticle(w, i)
		}
		if (than == "other") == lead != negated {
			return "no"
		}
		return "yes"
	}
	subject, negated := comparedSubject(w, start, k)
	selfLeads := false
	switch {
	case subject != "":
		selfLeads = (subject == "self") == lead
	default:
		// "ahead of us", "behind us", "past the lot of them"; not
		// "ahead with their apps".
		object := ""
		for i := k + 1; i < end && i <= k+4 && object == "" && (i == k+1 || slices.Contains(w[k+1:i], "of")); i++ {
			switch {
			case selfWords[w[i]]:
				object = "self"
			case otherWords[w[i]]:
				object = "other"
			}
		}
		switch {
		case object != "":
			// "ahead of us": the object lags; "behind us": it leads.
			selfLeads = (object == "self") == lag
		case ellipticSubject(w, cut, start, k) != "":
			// "..., but behind the Japanese": the earlier clause's subject.
			selfLeads = (ellipticSubject(w, cut, start, k) == "self") == lead
		default:
			return ""
		}
	}
	if negated {
		selfLeads = !selfLeads
	}
	if selfLeads {
		return "no"
	}
	return "yes"
}

// ellipticLeads open a clause that leaves its subject out: "but behind".
var ellipticLeads = wordSet("but", "and", "yet", "still", "way", "far", "well", "miles",
	"a", "bit", "little", "clearly", "only", "just", "slightly")

// ellipticSubject is the subject a clause without one takes from the
// comparison before it ("we are ahead of the locals, but behind the
// Japanese"): who that comparison was said of, or "".
func ellipticSubject(w []string, cut []bool, start, k int) string {
	b := k - 1
	for b >= start && ellipticLeads[w[b]] && !contrastOpeners[w[b]] {
		b--
	}
	if b < start || b == 0 || !contrastOpeners[w[b]] {
		return ""
	}
	for j := b - 1; j >= 0; j-- {
		if lead, lag := comparative(w, j); lead || lag {
			s, _ := comparedSubject(w, clauseStart(cut, j), j)
			return s
		}
	}
	return ""
}

// contrastOpeners open a clause that may leave its subject out.
var contrastOpeners = wordSet("but", "and", "yet")

// clauseStart is where the clause holding w[i] starts.
func clauseStart(cut []bool, i int) int {
	s, _ := clauseBounds(cut, i)
	return s
}

// mixedDirection reports comparisons that lead and lag at once ("ahead of
// the local factories, but behind the Japanese"): the direction is open.
func mixedDirection(w []string, cut []bool) bool {
	first := ""
	for k := range w {
		switch v := directionAt(w, cut, k); {
		case v == "":
		case first == "":
			first = v
		case v != first:
			return true
		}
	}
	return false
}

// comparedSubject is who the comparative at w[k] is said of, "self",
// "other" or "", and whether it is negated. The subject is the nearest us
// or them before the comparative in its clause (from start); a negation
// counts between the two ("they're not ahead"), not before ("no,
// they're worse than us").
func comparedSubject(w []string, start, k int) (subject string, negated bool) {
	for i := k - 1; i >= start && subject == ""; i-- {
		if w[i] == "but" {
			// "behind the hotels but ahead of the guesthouses": the
			// hotels are what the first clause compared with.
			start = i
			break
		}
		switch {
		case w[i] == "with" && i > start && firmNouns[w[i-1]]:
			// "lost contracts to a firm with a slicker platform".
			subject = "other"
		case negation[w[i]]:
			negated = true
		case selfWords[w[i]]:
			subject = "self"
		case otherWords[w[i]]:
			subject = "other"
		}
	}
	if subject == "" && othersOpen(w[start:k]) {
		// "the big resorts are miles ahead with their apps".
		subject = "other"
	}
	if subject == "" {
		// "no, better than us" is a no and a comparison; "no faster
		// than us" is a negated one.
		negated = k > start && w[k-1] == "no"
		for i := k - 1; i >= start; i-- {
			negated = negated || negation[w[i]] && w[i] != "no"
		}
	}
	return subject, negated
}

// thanObject is who follows "than" in w, the words after a comparative:
// "self" ("than me", "than we are"), "other" ("than most", "than
// them"), or "".
func thanObject(w []string) string {
	i := slices.Index(w, "than")
	if i < 0 || i+1 >= len(w) {
		return ""
	}
	switch t := w[i+1]; {
	case selfWords[t]:
		return "self"
	case otherWords[t]:
		return "other"
	}
	return ""
}

// comparative reports whether w[k] says the one it is said of leads or
// lags.
func comparative(w []string, k int) (lead, lag bool) {
	t := w[k]
	lead, lag = leadWords[t], lagWords[t]
	if t == "further" && k+1 < len(w) && lagWords[w[k+1]] {
		lead = false // "further behind" is read at "behind"
	}
	if outVerbs[t] || t == "out" && k+1 < len(w) && outVerbs["out"+w[k+1]] {
		lead = true // "we out-ship the incumbents", "they outpace us"
	}
	if t == "past" && k > 0 && !pastBefore[w[k-1]] && k+1 < len(w) && !pastAfter[w[k+1]] {
		lead = true // "zooming past us", "we sailed past them"
	}
	if passVerbs[t] && k+1 < len(w) && (selfWords[w[k+1]] || otherWords[w[k+1]]) {
		lead = true // "they've passed us", "we overtook them"
	}
	if t == "more" || t == "less" {
		// "investing far more than we are", "spend less than us"; more
		// of a slow or dated thing is behind: "more old-fashioned than
		// us".
		than := slices.Index(w[k+1:min(k+4, len(w))], "than") >= 0
		lead, lag = than && t == "more", than && t == "less"
		if k+1 < len(w) && datedWords[w[k+1]] {
			lead, lag = lag, lead
		}
	}
	return lead, lag
}

// clauses splits w at its clause breaks.
func clauses(w []string, cut []bool) [][]string {
	var out [][]string
	start := 0
	for i := 1; i <= len(w); i++ {
		if i == len(w) || cut[i] || w[i] == "but" || w[i] == "while" || w[i] == "whereas" {
			if i > start {
				out = append(out, w[start:i])
			}
			start = i
		}
	}
	return out
}

// lackVerbs and basicTech make up what others lack: "the other cafés
// don't even have a website", "haven't got online booking".
var (
	lackVerbs = wordSet("have", "got", "take", "takes", "use", "offer", "do", "run", "accept", "has")
	basicTech = wordSet("website", "site", "web", "online", "app", "apps", "cards", "card", "computer",
		"computers", "email", "internet", "wifi", "system", "systems", "booking", "software", "contactless",
		"instagram", "facebook", "till", "tills", "pos", "phone", "payments", "digital")
)

// oldWays are what a business stuck in the past works with.
var oldWays = wordSet("fax", "faxes", "paper", "pen", "pencil", "cash", "cheques", "cheque", "checks",
	"ledger", "ledgers", "typewriter", "typewriters", "notebook", "notebooks", "landline", "clipboard",
	"clipboards", "diary", "diaries", "carbon", "postcards", "letters")

// oldWay reports "the old way", "old methods", "old-fashioned": a way
// of working stuck in the past, named without its tools.
func oldWay(c []string) bool {
	for i := 0; i+1 < len(c); i++ {
		if c[i] == "old" && (c[i+1] == "way" || c[i+1] == "ways" || c[i+1] == "methods" || c[i+1] == "fashioned") {
			return true
		}
	}
	return false
}

// stuckWords say we have not moved on: "we've still got a paper diary".
var stuckWords = wordSet("still", "stuck")

// competitorsFromActivity reads what others already do set against what
// we still do: "the salon across the road takes bookings on Instagram,
// we've still got a paper diary" and "the big exchanges already track
// everything live" are falling behind. A clause about others opens with
// one of them ("the salon", "most agents"); one about us with us.
func competitorsFromActivity(w []string, cut []bool) string {
	others, othersAlready, selfStuck, othersLack := false, false, false, false
	for _, c := range clauses(w, cut) {
		if c[0] == "but" || c[0] == "while" || c[0] == "whereas" {
			c = c[1:]
		}
		c = dropNearUs(c)
		if len(c) == 0 {
			continue
		}
		negated := hasAny(c, negation)
		switch {
		case othersOpen(c) && negated && hasAny(c, lackVerbs) && hasAny(c, basicTech):
			// "most of the other bakeries don't even take cards".
			othersLack = true
		case othersOpen(c) && !negated && hasAny(c, stuckWords) && (hasAny(c, oldWays) || oldWay(c)) && !hasAny(c, selfWords):
			// "the competition is still on fax".
			othersLack = true
		case selfWords[c[0]]:
			selfStuck = selfStuck || hasAny(c, stuckWords) && !negated
		case c[0] == "the" || c[0] == "most" || c[0] == "all" || otherWords[c[0]]:
			if negated || hasAny(c, selfWords) || hasAny(c, stuckWords) {
				continue
			}
			others = true
			othersAlready = othersAlready || slices.Contains(c, "already")
		}
	}
	if othersAlready || others && selfStuck {
		return "yes"
	}
	if othersLack && !selfStuck {
		return "no"
	}
	return ""
}

// pastBefore and pastAfter are the words around a "past" that is time, not overtaking:
// "in the past", "the past year".
var (
	pastBefore = wordSet("the", "in", "this", "its", "been", "was", "is", "for")
	pastAfter  = wordSet("year", "years", "month", "months", "week", "weeks", "decade", "few", "couple", "two",
		"three", "five", "ten")
)

// othersOpen reports whether the words before a comparative are a
// subject of others with no us among them: "the big resorts", "most
// cafés", "half the salons".
func othersOpen(w []string) bool {
	if len(w) < 2 || hasAny(w, selfWords) {
		return false
	}
	switch w[0] {
	case "the", "most", "all", "half", "many", "some", "every", "lots", "plenty":
		return true
	}
	return otherWords[w[0]]
}

// catchWords are the verb of "catching up".
var catchWords = wordSet("catch", "catching", "catches", "caught")

// catchingUp reads who catches up with whom: "the other hospitals are
// still catching up with our e-prescribing" is us ahead (no); "we're
// catching up with the chains" is us behind (yes). It needs the one
// caught up with: us or what is ours, or others.
func catchingUp(w []string, cut []bool) string {
	for k := 0; k+2 < len(w); k++ {
		if !catchWords[w[k]] || w[k+1] != "up" || w[k+2] != "with" && w[k+2] != "to" {
			continue
		}
		start, end := clauseBounds(cut, k)
		obj := w[k+3 : min(k+5, end)]
		switch {
		case len(obj) == 0:
			continue
		case selfWords[obj[0]] && !(len(obj) > 1 && otherWords[obj[1]]):
			// "with us", "with our booking"; not "with our rivals".
			if hasAny(w[start:k], selfWords) {
				return ""
			}
			return "no"
		case hasAny(w[start:k], selfWords) && !hasAny(w[start:k], negation):
			return "yes"
		}
	}
	return ""
}

// nearWords place others by us: "the labs near us".
var nearWords = wordSet("near", "around", "round", "nearby", "beside", "by")

// dropNearUs drops "us" or "me" after a word of place ("most labs near
// us still do it the old way"): the clause is still about the others.
func dropNearUs(c []string) []string {
	out := make([]string, 0, len(c))
	for i, t := range c {
		if i > 0 && (t == "us" || t == "me") && nearWords[c[i-1]] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// noneLikeOurs reads "there is no other app like ours in Dakar yet",
// "nobody else here does anything like ours": no rival has what we have,
// so none is ahead. The none and the "like ours" share a clause.
func noneLikeOurs(w []string, cut []bool) bool {
	for k := 0; k+1 < len(w); k++ {
		if w[k] != "like" || !(w[k+1] == "ours" || w[k+1] == "us") {
			continue
		}
		start, _ := clauseBounds(cut, k)
		for i := start; i+1 < k; i++ {
			if (w[i] == "no" || w[i] == "nobody" || w[i] == "noone") && (w[i+1] == "other" || w[i+1] == "else") {
				return true
			}
		}
	}
	return false
}
