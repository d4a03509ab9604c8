package conversation

import (
	"slices"
	"strings"
)

// Degrees and directions told in other words than the options': one
// word ("meh", "loads"), nothing "worth stealing", what a breach would
// do, "no till, no sales", others copying us, innovation left to bigger
// firms, "open to it" but not first, an opening "somewhat", "maybe one
// day" for a budget.

var (
	shrugWords  = wordSet("meh", "eh", "whatever", "shrug", "nah")
	plentyWords = wordSet("loads", "lots", "tons", "heaps", "masses", "hugely", "massively", "plenty")
	worthWords  = wordSet("stealing", "hacking", "taking", "nicking", "breaking")
	breachWords = wordSet("leak", "leaked", "leaks", "breach", "breached", "hacked", "hack", "stolen")
	ruinWords   = wordSet("finished", "finish", "over", "dead", "sunk", "done", "ruined", "go", "leave", "close",
		"closed", "bust", "end")
	livelihood = wordSet("business", "orders", "sales", "money", "work", "jobs", "income", "bookings", "shop",
		"trade", "customers", "service")
	copyWords   = wordSet("copy", "copying", "copies", "copied", "follow", "following", "follows", "imitate", "imitating")
	biggerFirms = wordSet("big", "bigger", "large", "larger", "chains", "corporates", "giants", "boys")
)

// toldInDegrees is the answer such words give q, or "".
func toldInDegrees(q *question, w []string, cut []bool) string {
	if v := toldInPlainWays(q, w); v != "" {
		return v
	}
	if len(w) == 1 && q.graded && !q.trouble {
		switch {
		case shrugWords[w[0]] && (q.ID == qSecurity || q.ID == qInnovation):
			return q.no
		case plentyWords[w[0]] && q.ID != qBudget:
			return q.yes
		}
	}
	if q.trouble && q.hedge != "" && (partlyFine(w, cut) || mostlyBut(w) || copedAfter(w) || anotherMatter(w)) {
		return q.hedge
	}
	if q.unsure != "" && notAClue(w) {
		return q.unsure
	}
	if (q.ID == qSecurity || q.ID == qInnovation) && bothEndsDenied(w) {
		return q.hedge // "not a lot, not nothing"
	}
	return toldInQuestionsWords(q, w, cut)
}

// toldInQuestionsWords is the answer q's own kinds of wording give, or "".
func toldInQuestionsWords(q *question, w []string, cut []bool) string {
	switch q.ID {
	case qSecurity:
		if priorityElsewhere(q, w) || othersWorryNotMine(w, cut) || cyberWorryLesser(w, cut) || attackDoubted(w) ||
			worryLeftToBigFirms(w, cut) {
			return "low" // "our priority is getting the harvest in", "the bank worries, we don't"
		}
		if softenedHighWithReason(q, w, cut) {
			return "high"
		}
		return securityDegree(w, cut)
	case qOps:
		if noThisNoThat(w) {
			return "high"
		}
		if onlyScreen(w) || runsOnNoIT(w, cut) || runsOnNoITThings(w, cut) || keptOnNoIT(w) {
			return "low"
		}
		if manualButIT(w) {
			return "medium"
		}
	case qCompetitors:
		return competitorsInWords(w, cut)
	case qInnovation:
		if firstOrRuin(w) {
			return "yes" // "if we are not first, the big players eat us"
		}
		if priorityElsewhere(q, w) || firstNotCaredFor(w) || innovationNotSoon(w) || needDenied(w, cut) ||
			contentToTrail(w) || firstRefusedAsHabit(w, cut) || adoptsOnceCommon(w, cut) || whyWouldLead(w, cut) {
			return "no" // "our priority is capacity", "not fussed about being first", "never the first"
		}
		if notMainPlan(w, cut) {
			return "some" // "interested, but it is not the main part of our plans"
		}
		return innovationDegree(w, cut)
	case qProducts:
		if soldDigital(w) || productCarriesBusiness(w) {
			return "core"
		}
		if plannedOnline(w) {
			return "planned"
		}
		if productNotOurs(w) || nonePlanned(w) || webPresenceOnly(w) {
			return "no" // "it's their product, not ours", "none planned"
		}
	case qStage:
		return seasonsAsYears(w)
	case qData:
		if constantDataErrors(w) || splitRecordsDisagree(w) {
			return "yes" // "there are always mistakes", "separate systems and they don't match"
		}
		return dataElsewhere(w, cut)
	case qSystems:
		if securityUnknown(w) {
			return "some" // "it works, but I have no idea if it's secure"
		}
		if problemInPeople(w, cut) {
			return "fine"
		}
	case qBudget:
		if grantedInPrinciple(w) {
			return "maybe" // "in principle yes, in practice I must look twice"
		}
		if v := inPositionTo(w); v != "" {
			return v // "not in a position to hire such a senior person"
		}
		if personCondition(w, cut) || yesDoable(w) {
			return "yes" // "if the person is right, the money is there", "yes, that's doable for us"
		}
		if scrapingBy(w) || fullTimeForShare(w, cut) || notEvenShare(w) || budgetNoWithReason(w, cut) ||
			difficultWithApology(w) || regretfulNo(w) {
			return "no" // "not full time, maybe a few days a month", "difficult, I'm sorry"
		}
		if hasAny(w, negation) && (containsSeq(w, "one", "day") || containsSeq(w, "some", "day") || slices.Contains(w, "someday")) {
			return "no" // "not now, maybe one day"
		}
	}
	return ""
}

// competitorsInWords is toldInQuestionsWords for the competitors
// question.
func competitorsInWords(w []string, cut []bool) string {
	switch {
	case noneAhead(w, cut):
		return "no" // "none of them are ahead of us"
	case catchUpOrElse(w):
		return "yes" // "if we don't catch up they'll sign our dealers"
	case oursNothing(w, cut):
		return "yes" // "two competitors shipped AI features, we have nothing"
	case rivalsUntracked(w):
		return "unsure" // "we don't really track them"
	case noBetterThanUs(w):
		return "no"
	case noInformation(w) || rivalsUnknown(w):
		return "unsure" // "we have no information", "I don't know what the others have"
	}
	if i := slices.IndexFunc(w, func(t string) bool { return copyWords[t] }); i > 0 &&
		hasAny(w[:i], otherWords) && hasAny(w[i:], selfWords) && !hasAny(w, negation) {
		return "no" // "they copy whatever we do"
	}
	return ""
}

// securityDegree reads "nothing worth stealing" (with its negation
// anywhere before) and a breach that would end the business.
func securityDegree(w []string, cut []bool) string {
	if nothingToSteal(w) || targetsElsewhere(w) || conditionDenied(w) || littleBare(w) || leastOfWorries(w) ||
		pointlessWorry(w) || littleWorryNoun(w) || offWorryList(w) || riskToldSmall(w) || lowGradedWorry(w) {
		return "low"
	}
	if smallWorryDenied(w) {
		return "high" // "not a small worry"
	}
	if lesserHarm(w, cut) {
		return "medium" // "a breach wouldn't sink us, but it'd be embarrassing"
	}
	if nearMiss(w, cut) {
		return "medium" // "two fake-supplier invoices in 2023, both caught"
	}
	if dismissalDenied(w) {
		return "high" // "not something we can shrug off anymore"
	}
	if constancyDenied(w) {
		return "medium" // "we think about it, not every day"
	}
	if constantThought(w) || muchThought(w) {
		return "high" // "since then I think about it all the time", "on my mind a lot"
	}
	if cardsTaken(w) || worryLimitedByDegree(w) || careWithoutFear(w) || occasionalThought(w) ||
		worryShortOfSleepless(w) || dataButNotABank(w) || scheduledNotUrgent(w) {
		return "medium"
	}
	if v := lessenedWorry(w); v != "" {
		return v
	}
	for i := 1; i+1 < len(w); i++ {
		if w[i] == "worth" && worthWords[w[i+1]] {
			start, _ := clauseBounds(cut, i)
			if hasAny(w[start:i], negation) || slices.Contains(w[start:i], "nothing") {
				return "low"
			}
		}
	}
	if hasAny(w, breachWords) && hasAny(w, ruinWords) && (slices.Contains(w, "if") || slices.Contains(w, "would") ||
		slices.Contains(w, "wed")) {
		return "high"
	}
	return ""
}

// noThisNoThat reads "no wifi, no business": without IT, no livelihood.
func noThisNoThat(w []string) bool {
	first := slices.Index(w, "no")
	if first < 0 {
		return false
	}
	for j := first + 2; j+1 < len(w) && j <= first+4; j++ {
		if w[j] == "no" && livelihood[w[j+1]] {
			return true
		}
	}
	return false
}

// innovationDegree reads innovation left to bigger firms (no), "open to"
// it (some, unless refused), and an answer that opens with "somewhat".
func innovationDegree(w []string, cut []bool) string {
	if quickFollow(w) {
		return "some" // "too small to be first, but quick to follow"
	}
	if drawElsewhere(w, cut) && !innovationOwned(w) {
		return "no" // "the guests come for the dogs"
	}
	if v := leadWeighedAgainstFollow(w); v != "" {
		return v
	}
	if i := slices.Index(w, "leave"); i >= 0 && slices.Contains(w[i:], "to") && hasAny(w[i:], biggerFirms) {
		return "no"
	}
	if i := slices.Index(w, "open"); i >= 0 && i+1 < len(w) && w[i+1] == "to" && !(i > 0 && negation[w[i-1]]) {
		return "some"
	}
	if placeDenied(w, firstRanks) && lastDenied(w) {
		return "some" // "we need not be first, but we cannot afford to be last"
	}
	if adoptionThenLeadDenied(w, cut) {
		return "some" // "sometimes, but not first"
	}
	if negatedAmbition(w) || innovationPostponed(w) {
		return "no" // "open to it, but we won't be first" is some, above
	}
	if patentsHeld(w) && !hasAny(w, negation) {
		return "yes" // "we have 2 patents pending"
	}
	if w[0] == "somewhat" && !hasAny(w, negation) || whenCustomersAsk(w) || wishWithoutMeans(w) {
		return "some"
	}
	return ""
}

// containsSeq reports whether a is followed by b somewhere in w.
func containsSeq(w []string, a, b string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == a && w[i+1] == b {
			return true
		}
	}
	return false
}

var (
	fineWords = wordSet("fine", "ok", "okay", "good", "grand", "alright", "great", "solid", "decent")
	painWords = wordSet("pain", "nightmare", "mess", "disaster", "joke", "rubbish", "awful", "terrible",
		"clunky", "useless", "shambles", "horrendous", "dreadful", "chore", "faff", "hassle", "paste")
)

// partlyFine reads one part fine and another a pain ("the till is fine
// but the stock system is a pain"): the middle option.
func partlyFine(w []string, cut []bool) bool {
	cs := clauses(w, cut)
	if len(cs) < 2 || hasAny(w, negation) {
		return false
	}
	fine, pain := false, false
	for _, c := range cs {
		switch {
		case hasAny(c, painWords):
			pain = true
		case hasAny(c, fineWords):
			fine = true
		}
	}
	return fine && pain
}

var (
	screenWords = wordSet("screen", "screens", "computer", "computers", "pc", "laptop", "tech", "device")
	askWords    = wordSet("ask", "asks", "asking", "want", "wants", "demand", "demands", "request", "requests", "need", "push", "pushes")
)

// onlyScreen reads "the tills are the only screens we have", "the card
// machine is the only bit of tech": little reliance on IT.
func onlyScreen(w []string) bool {
	if needsNoScreen(w) {
		return true
	}
	for i, t := range w {
		if t == "only" && (hasAny(w[i+1:min(i+4, len(w))], screenWords) || onScreen(w[i+1:min(i+8, len(w))])) {
			// "not the only computer": more of them.
			return !hasAny(w, wholly) && !hasAny(w[max(0, i-2):i], negation)
		}
	}
	return false
}

// onScreen reports "on a computer", "on the laptop" in w: "only the
// invoicing is on a computer".
func onScreen(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "on" && (screenWords[w[i+1]] || determiners[w[i+1]] && i+2 < len(w) && screenWords[w[i+2]]) {
			return true
		}
	}
	return false
}

// needsNoScreen reads "the wheel and the kiln don't need a computer",
// with no other IT named and no "but" to turn it.
func needsNoScreen(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if negation[w[i]] && (w[i+1] == "need" || w[i+1] == "needs") && hasAny(w[i+2:min(i+5, len(w))], screenWords) {
			other := append(slices.Clone(w[:i]), w[min(i+5, len(w)):]...)
			return !slices.Contains(w, "but") && !hasAny(other, itNouns) && !hasAny(other, itPlaces)
		}
	}
	return false
}

// whenCustomersAsk reads new things taken up when customers ask ("we'd
// do the new batteries if customers ask"): somewhat, not leading.
func whenCustomersAsk(w []string) bool {
	for i, t := range w {
		if (t == "if" || t == "when" || t == "once" || t == "where") && i+2 < len(w) && customerWords[w[i+1]] && askWords[w[i+2]] {
			return !hasAny(w, negation)
		}
	}
	return false
}

// degreeOpeners are the hedges that can make a clause of their own and
// mean the middle; "a bit" is left out: "a bit, for invoices" is
// little reliance.
var degreeOpeners = wordSet("somewhat", "fairly", "moderately", "partly", "reasonably", "to some extent",
	"to an extent", "to a degree", "to some degree", "to a certain extent", "to a certain degree")

// openingDegree reads an answer that opens with a hedge as a clause of
// its own ("moderately, we tend to follow what the manufacturers ask"):
// the hedge is the answer, the detail after it only why, though its
// words ("follow") read as the lowest option.
func openingDegree(q *question, w []string, cut []bool, m answerMatch) answerMatch {
	if q.hedge == "" || q.no == "" || len(w) < 3 {
		return m
	}
	end := slices.Index(cut[1:], true) + 1
	if end < 1 || !degreeOpeners[strings.Join(w[:end], " ")] {
		return m
	}
	if m.value == q.no || m.value == "" && slices.Contains(m.candidates, q.no) && slices.Contains(m.candidates, q.hedge) {
		return answerMatch{value: q.hedge, signal: true}
	}
	return m
}

// peopleProblems are where a problem lies that is not the systems.
var peopleProblems = wordSet("people", "staff", "training", "users", "team", "habits", "culture",
	"discipline", "adoption", "employees", "use", "using", "skills")

// problemInPeople reads systems said to be fine and the problem placed
// in the people ("the systems are fine, the problem is more that people
// don't use them"): the systems need no work.
func problemInPeople(w []string, cut []bool) bool {
	fine := false
	for _, c := range clauses(w, cut) {
		k := slices.IndexFunc(c, func(t string) bool { return t == "problem" || t == "issue" })
		switch {
		case k < 0 && hasAny(c, fineWords) && !hasAny(c, negation):
			fine = true
		case k >= 0 && fine && k+1 < len(c) && (c[k+1] == "is" || c[k+1] == "s") && hasAny(c[k+2:], peopleProblems):
			return true
		}
	}
	return false
}
