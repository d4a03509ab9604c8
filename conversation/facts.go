package conversation

import "slices"

// onlyWords narrow a count of computers to all there is: "only a laptop".
var onlyWords = wordSet("only", "just")

// Facts told in an answer that its words alone would read as another
// option: an age in months framed as "been going", growth after a long
// history, new sites opened (not a founding), office work on computers
// while the trade is done by hand, two kinds of trouble from the pain
// option's own label, "not that I've noticed", more budget that "is
// fine", a refusal on a circumstance ("not with these margins").

// toldAsFact is the answer such a fact gives q, or "".
func toldAsFact(q *question, w []string, cut []bool) string {
	if v := ellipticReply(q, w); v != "" {
		return v // "They are, sadly."
	}
	if q.ID == qOps && moreThanOpener(w) && !downtimeIntolerable(w) {
		return q.hedge // "More than I'd like. The tills and the stock are all on it."
	}
	if v := factBeforeDegrees(q, w, cut); v != "" {
		return v
	}
	if v := toldInDegrees(q, w, cut); v != "" {
		return v
	}
	if (q.ID == qData || q.ID == qSystems) && (leftoverByHand(q, w, cut) || fineThenMakeshift(q, w, cut)) ||
		q.ID == qData && shareByHand(w, cut) {
		return q.hedge // "one system now, but the forms still are on paper"
	}
	if q.ID == qOps && basicToolsOnly(w, cut) {
		return q.no // "Till. Card machine."
	}
	switch q.ID {
	case qStage:
		return stageFact(w)
	case qOps:
		return opsFact(w, cut)
	case qSystems:
		if v := echoedQualities(q, w, cut); v != "" {
			return v // "secure? no. efficient? also no"
		}
		if troubleOutside(q, w, cut) {
			return q.no // "the problems are in the product, not in the office"
		}
		if troubleKinds(w, cut) >= 2 && !mostlyWorkingOpening(w, cut) || nothingWorks(w) || systemIncident(w) && !hasAny(w, mostlyWords) && !rareEvent(w) {
			return q.yes
		}
		if fineThenChore(w, cut) {
			return q.hedge
		}
		if worstDeniedButNeeds(w) || goodButToFix(w) || notBadButNeeds(w, cut) || couldBeBetter(w) {
			return q.hedge
		}
		if v := bridgedByHand(q, w, cut); v != "" {
			return v
		}
	case qData:
		if shareWrong(w) && !bigShareAffirmed(w) {
			return q.hedge
		}
		if v := oneThenAnother(q, w, cut); v != "" {
			return v // "exam results are in one place and fees in another"
		}
		if onePlace(q, w, cut) {
			return q.no
		}
	case qProducts:
		if goodsNamedProduct(w, cut) || goodsCalledOurProduct(w, cut) || onlyGoods(w, cut) || deniedElliptic(w) {
			return q.no
		}
	case qBudget:
		if notNowLater(w, cut) || scarceNowLater(w, cut) {
			return "no"
		}
		if cantOpening(w, cut) {
			return "no" // "we can't, every franc goes into the mini-grids"
		}
		if obstacleNotMoney(w) || moneyNotTheReason(w) {
			return "yes" // "the problem is not money", "not for lack of money"
		}
		if moneyTheReason(w) {
			return "no" // "it's a question of money, and we haven't got it"
		}
		if beyondMeans(w, cut) {
			return "no" // "for us this is too much money"
		}
		return budgetFact(w)
	}
	if q.trouble && bigHeadache(w) {
		return q.yes
	}
	if q.no != "" && notThatNoticed(w) {
		return q.no
	}
	return ""
}

var (
	// ageUnits are ages too short for anything but a start.
	ageUnits = wordSet("month", "months", "week", "weeks")
	// ageFrames say a duration is the company's age: "been going eight
	// months", "trading for nine months", "open six weeks".
	ageFrames = wordSet("for", "been", "going", "trading", "open", "around", "only", "just", "about",
		"nearly", "almost", "running", "existed", "few", "couple")
	growthNow = wordSet("growth", "growing", "grown", "grew", "booming", "boom", "expanding", "expanded",
		"doubled", "tripled", "hiring", "exploded", "exploding", "explosive", "scaling", "mad", "crazy", "wild")
	growthStalled = wordSet("stalled", "slow", "slowed", "slowing", "flat", "stopped", "shrinking", "down",
		"not", "no", "never", "hasnt", "havent", "isnt")
	historyWords = wordSet("years", "decades", "since", "around", "established", "generations", "forever", "yrs")
	timeUnits    = wordSet("days", "weeks", "months", "years", "yrs", "decades")
	openingVerbs = wordSet("opened", "launched", "added", "signed", "opening", "launching", "adding")
)

// stageFact reads an age in months, growth after a history, or several
// new sites opened.
func stageFact(w []string) string {
	if notLaunchedYet(w) {
		return "startup" // "we haven't launched yet"
	}
	span := growthSpan(w)
	if span && spanIsGrowth(w) {
		return "scaling" // "from twelve trucks to forty in about eighteen months"
	}
	if earlyYear(w) && (softGrowth(w) || hasAny(w, wordSet("steady", "slow", "slowly"))) && !hasAny(w, fastGrowthWords) {
		return "startup" // "we're in our second year, growing slowly"
	}
	if modestGrowthWithAge(w) || pastGrowthNowSteady(w) || grewThenCalm(w) || slowGrowthAlone(w) || growthHalted(w) {
		return "established" // "going 25 years, we grow a little each year"
	}
	if hasAny(w, expansionWords) && hasAny(w, ageUnits) || span {
		return "" // "from three vans to eleven in about eighteen months": the span is the growth's
	}
	for i, t := range w {
		if !ageUnits[t] || i == 0 {
			continue
		}
		_, isNum := count(w[i-1])
		if !isNum && w[i-1] != "few" && w[i-1] != "couple" && w[i-1] != "a" || rateBeforeUnit(w, i) {
			continue // "40 boxes a week now" is a rate, no age
		}
		next := ""
		if i+1 < len(w) {
			next = w[i+1]
		}
		if next == "ago" && !hasAny(w[:i], foundingWords) {
			continue // "went online six months ago" is no age
		}
		if i >= 2 && ageFrames[w[i-2]] || next == "old" || next == "now" || next == "in" || next == "ago" {
			return "startup"
		}
	}
	if k := slices.Index(w, "but"); k > 0 {
		head, tail := w[:k], w[k+1:]
		if hasAny(head, historyWords) && hasAny(tail, growthNow) && !hasAny(tail, growthStalled) {
			return "scaling"
		}
	}
	for i, t := range w {
		if !openingVerbs[t] || i+2 >= len(w) {
			continue
		}
		j := i + 1
		if n, ok := count(w[j]); ok && n >= 2 && !isYear(w[j]) && !timeUnits[w[j+1]] {
			j++
			if w[j] == "new" || w[j] == "more" {
				j++
			}
			if j < len(w) && len(w[j]) > 2 && w[j][len(w[j])-1] == 's' {
				return "scaling" // "opened 4 new gyms": growth, not a founding
			}
		}
	}
	return ""
}

var (
	handsOn = wordSet("hand", "hands", "site", "roof", "roofs", "oven", "ovens", "van", "vans", "field",
		"kitchen", "workshop", "physical")
	realWork = wordSet("real", "actual", "proper")
	wholly   = wordSet("all", "entirely", "everything", "completely", "purely")
	itPlaces = wordSet("computer", "computers", "laptop", "laptops", "app", "apps", "software", "online",
		"system", "systems", "spreadsheet", "spreadsheets", "xero", "tablet", "tablets", "email", "cloud", "pc",
		"computerised", "computerized", "digitised", "digitized")
)

// opsFact reads office work on computers beside a trade done by hand
// ("the jobs are tracked on an app but the fitters work with their
// hands"): quite a lot, not complete reliance nor little; a computer
// "only" for the office beside it, little.
func opsFact(w []string, cut []bool) string {
	if manualNoMore(w, cut) || systemsRunThePlace(w) || itIsTheProduct(w) {
		return "high"
	}
	if fallbackUnharmed(w) {
		// "if the internet is down we write on paper and nothing
		// stops": the stop is told and carried through, not feared.
		return "low"
	}
	if downtimeIntolerable(w) {
		return "high"
	}
	if fewHoursRestElsewhere(w) {
		return "low" // "2 hours per day on the computer, the rest is with the guests"
	}
	cs := clauses(w, cut)
	if len(cs) < 2 {
		return ""
	}
	it, hands, itOnly, wholeHands := false, false, false, false
	for _, c := range cs {
		switch {
		case techDeniedOnly(c):
			hands = true // "treated with hands, not software"
		case hasAny(c, itPlaces) || fewComputersForOffice(c) || webShopTakes(c):
			it = true
			// "a computer only for the website and invoices": the
			// trade by hand is the business, the computer a side.
			itOnly = itOnly || hasAny(c, onlyWords) || singleComputer(c) || fewComputersForOffice(c) || computerKeptInOffice(c)
		case hasAny(c, offITMachinery):
			// "the crusher is purely mechanical": a machine off IT, not
			// the whole trade by hand.
			hands = true
		case hasAny(c, wholly) && !bareWhole(c):
			// "the brewing is all manual, the PC's for Xero": little,
			// read by the words unless the computer is "only" a side.
			wholeHands = true
		case slices.Contains(c, "without") && hasAny(c, wordSet("nothing", "nobody", "no", "not", "cant", "cannot", "never")):
			// "nothing leaves the site without the weighbridge": reliance
			// told, not work by hand ("could load a van without it" is).
		case hasAny(c, handsOn) || runsOnPaper(c) || hasAny(c, realWork) && slices.Contains(c, "work") ||
			craftByTools(c) && !hasAny(w, negation):
			hands = true
		case otherPartDenied(c):
			hands = true // "invoicing is computerised, the kilns themselves not really"
		}
	}
	if it && (hands || wholeHands) && itOnly {
		return "low"
	}
	if it && hands && !wholeHands {
		if officeBasicsOnly(w) || littleFirst(w, cut) {
			// "email and a spreadsheet for quotes, the real work is done
			// with a saw", "very little, a computer for the invoices,
			// the rest is the mill"
			return "low"
		}
		return "medium"
	}
	return ""
}

var (
	slowWords   = wordSet("slow", "slowly", "sluggish", "laggy")
	patchyWords = wordSet("patchy", "unreliable", "crash", "crashes", "crashing", "glitchy", "flaky", "drops",
		"breaks", "breaking", "manual")
	doubtWords = wordSet("idea", "sure", "unsure", "doubt", "whether", "if", "know")
	// vouchVerbs, denied, doubt what follows: "wouldn't swear it's secure".
	vouchVerbs = wordSet("bet", "swear", "trust", "guarantee", "vouch", "promise")
)

// troubleKinds counts the kinds of trouble the pain option names (slow,
// patchy, insecure) that w tells, not negated: "they work but slowly,
// and no idea if they're secure" names two.
func troubleKinds(w []string, cut []bool) int {
	slow, patchy, insecure, apart := false, false, false, false
	for i, t := range w {
		insecure = insecure || unbackedOrOpen(w, i)
		if i > 0 && negation[w[i-1]] && t != "secure" {
			// "they don't connect": systems apart.
			apart = apart || linkVerbsSystems[t]
			continue
		}
		switch {
		case apartWords[t]:
			apart = true
		case credentialWords[t]:
			start, end := clauseBounds(cut, i)
			insecure = insecure || hasAny(w[start:end], sharedWords)
		case slowWords[t] || slowByTime(w, i):
			slow = true // "slow", "opening a chart takes a couple of minutes"
		case patchyWords[t] || connectionLost(w, i):
			patchy = true // "crashes", "loses its connection most weeks"
		case t == "insecure":
			insecure = true
		case t == "secure":
			// "no idea if they're secure", "I'd not bet on it being secure"
			start, _ := clauseBounds(cut, i)
			insecure = insecure || hasAny(w[start:i], doubtWords) || hasAny(w[start:i], negation) && hasAny(w[start:i], vouchVerbs)
		}
	}
	return b2i(slow) + b2i(patchy) + b2i(insecure) + b2i(apart)
}

var (
	// apartWords tell systems that do not work together.
	apartWords = wordSet("separate", "separately", "disconnected", "siloed", "silos", "standalone")
	// linkVerbsSystems, negated, tell the same: "they don't connect".
	linkVerbsSystems = wordSet("connect", "talk", "integrate", "sync", "link")
	// credentialWords shared by all are insecure: "the password is the
	// same for everything", "everyone shares one login".
	credentialWords = wordSet("password", "passwords", "login", "logins")
	sharedWords     = wordSet("same", "shared", "shares", "share", "everyone", "everybody", "one")
)

// bigHeadache reads "a real headache", "a massive headache": the trouble
// at its worst (a few "headaches" are some).
func bigHeadache(w []string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] == "headache" && intenseBefore[w[i-1]] {
			return true
		}
	}
	return false
}

var intenseBefore = wordSet("real", "massive", "big", "huge", "total", "constant", "major", "proper", "absolute",
	"biggest", "worst")

// notThatNoticed reads "not that I've noticed", "not that we know of":
// no.
func notThatNoticed(w []string) bool {
	return len(w) >= 3 && len(w) <= 7 && w[0] == "not" && w[1] == "that" && hasAny(w[2:min(4, len(w))], noticers)
}

// noticers open what "not that" denies: "not that I've noticed".
var noticers = wordSet("i", "ive", "we", "weve", "im", "anyone", "anybody")

// budgetFact reads more spending that "is fine" ("we already pay an IT
// manager, so a bit more is fine"): yes; a refusal on a circumstance
// ("not with energy prices what they are"): no.
func budgetFact(w []string) string {
	if len(w) >= 3 && w[0] == "not" && (w[1] == "with" || w[1] == "on") {
		return "no"
	}
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "more" || i > 0 && negation[w[i-1]] {
			continue
		}
		rest := w[i+1 : min(i+5, len(w))]
		verb := slices.Index(rest, "is")
		if verb < 0 {
			verb = slices.Index(rest, "be")
		}
		if verb >= 0 && verb+1 < len(rest) && hasAny(rest[verb+1:], wordSet("fine", "ok", "okay", "doable", "affordable")) &&
			!hasAny(rest, negation) {
			return "yes"
		}
	}
	return ""
}

// rivalWords name a competitor as the subject of a clause.
var rivalWords = wordSet("rival", "rivals", "competitor", "competitors", "competition")

// beforeRivals is c up to a competitor named as the subject of what
// follows ("… and a rival just launched a better app"): what a rival did
// tells nothing of our own stage or systems, only of the competitors
// question.
func beforeRivals(q *question, c []string) []string {
	if q.ID == qCompetitors {
		return c
	}
	k := slices.IndexFunc(c, func(t string) bool { return rivalWords[t] })
	if k < 0 {
		return c
	}
	for n := 0; n < 2 && k > 0 && rivalLeads[c[k-1]]; n++ {
		k-- // "a rival", "one of the competitors"
	}
	return c[:k]
}

var rivalLeads = wordSet("a", "an", "the", "one", "of", "our", "main", "biggest", "big", "new", "local")

// runsOnPaper reports a clause that runs on things that are no IT ("the
// kitchen runs on paper tickets").
func runsOnPaper(c []string) bool {
	for i := 0; i+1 < len(c); i++ {
		if (c[i] == "run" || c[i] == "runs") && c[i+1] == "on" && hasAny(c[i+2:], noITThings) {
			return true
		}
	}
	return false
}

var (
	// manualWays are the ways of working without IT a denial may reach.
	manualWays = wordSet("hand", "paper", "pen", "manually", "manual")
	// noMoreWords tell that a way of working has stopped: "nothing is
	// made by hand any more".
	noMoreWords   = wordSet("more", "anymore", "longer", "days")
	manualDeniers = wordSet("nothing", "no", "not", "none", "nobody", "never")
)

// manualNoMore reads the work by hand or on paper denied as a thing of
// the past, in one clause: "nothing is made by hand any more", "no one
// writes anything on paper these days". All of it is on the systems.
func manualNoMore(w []string, cut []bool) bool {
	for i, t := range w {
		if !manualWays[t] {
			continue
		}
		s, e := clauseBounds(cut, i)
		if !hasAny(w[s:i], manualDeniers) || hasAny(w[s:e], wordSet("but", "if", "still", "some", "only", "except")) {
			continue
		}
		for j := i + 1; j < e; j++ {
			if noMoreWords[w[j]] && (w[j-1] == "any" || w[j-1] == "no" || w[j-1] == "these" || w[j] == "anymore") {
				return true
			}
		}
	}
	return false
}
