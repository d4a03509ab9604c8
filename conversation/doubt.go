package conversation

import (
	"slices"
	"strings"
)

// Doubt. A reading is only as good as the signals it used: an answer
// that also holds signals the reader did not use, or that pull another
// way, is asked again between the two options it could mean rather than
// guessed, because a wrong option makes the recommendation tell the owner
// the opposite of what they said. Signals of doubt: a past told beside a
// present ("we were 300, now 35": the present is read), a past clause
// with a later one that reads otherwise and no "now", a short opening
// answer a contrast turns or a negated one the details outweigh, a yes
// a "but" turns, a negation no phrase took, a degree softened, compared,
// ranked or postponed, a number that counts something else than staff
// or may add to another. Each was kept only where leave-one-file-out
// cross-validation showed it cost next to nothing in answers taken.

// settle checks the reading m of text (q's answer, g the model's guess)
// for doubt: it returns m, the present's reading, or a choice of two.
func settle(q *question, text string, m answerMatch, g guess) answerMatch {
	if lead := countBeforeDisowned(text); q.headcount != nil && lead != text && m.value != "" {
		text = lead // "Seven. The cleaners are not ours": no doubt on the seven
	}
	w, cut := tokenize(headcountText(q, text)) // the numbers as the reading wrote them: "1,800" no year
	if len(w) == 0 {
		return m
	}
	if q.ID == qData && m.value == q.no && dataListedApart(w, cut) {
		return answerMatch{candidates: []string{q.no, q.hedge}, signal: true} // "orders in Shopify, stock on paper, invoices in Xero"
	}
	if q.ID == qOps && m.value == q.hedge && moreThanOpener(w) {
		return m // "more than we used to, now it's all online": the past is the measure, no state replaced
	}
	if readingWeighed(q, text, m) {
		return m
	}
	if q.ID == qCompetitors && m.value == q.yes && leadLost(w) {
		return m // "we were ahead once, not anymore": the past is the lead lost
	}
	if q.ID == qCompetitors && m.value == q.no && leadGained(w) {
		return m // "we used to be behind, now we're ahead": the past is the gap closed
	}
	if q.ID == qBudget && m.value != "" {
		if v, ok := verdictBeforePast(q, text); ok && v == m.value {
			return m // "Yes. Two years ago no, but ...": the past is the contrast
		}
	}
	if q.ID == qBudget && m.value == q.yes && moneyNotTheReason(w) {
		return m // "not for lack of money": the negation is the money's, no doubt
	}
	if q.ID == qCompetitors && m.value == q.no && noneAhead(w, cut) {
		return m // "none of them are ahead of us": the lead words are denied
	}
	if v, ok := presentReading(q, w, cut, m.value); ok && (v != "" || m.value != "") && !planHeldYet(q, w, m.value) {
		if v == "" {
			return answerMatch{signal: true}
		}
		return answerMatch{value: v, signal: true}
	}
	if q.ID == qInnovation && placeDenied(w, firstRanks) && lastDenied(w) {
		// "not first, not last": the middle of the field, whatever
		// either denial alone would lean to.
		return answerMatch{value: q.hedge, signal: true}
	}
	if pastTroubleFixed(q, w, cut) {
		return fixedReading(q, m, g) // "it was a mess, we cleaned it up last year"
	}
	if q.ID == qSecurity && concernThenRankDenied(w, cut) {
		return answerMatch{value: q.hedge, signal: true} // "is a concern, not the biggest one"
	}
	if q.headcount != nil {
		if o, sure := countedHeadcount(q, w, m.value); sure {
			return answerMatch{value: o, signal: true}
		}
	}
	if q.ID == qBudget && readsYesOrHedge(q, m) && decisionPending(w) {
		// "it's budgeted, but the board still has to approve it"
		return answerMatch{value: q.hedge, signal: true}
	}
	if m.value == "" {
		return m
	}
	if q.ID == qOps && m.value == q.no && fallbackUnharmed(w) {
		return m // "if it stops we keep working on paper": the stop is weighed
	}
	other := doubted(q, w, cut, m.value, g)
	if other == inDoubt {
		return answerMatch{signal: true}
	}
	if other != "" && other != m.value {
		return answerMatch{candidates: pair(m.value, other), signal: true}
	}
	return m
}

// doubted is the other option an answer read as v could mean, or "".
func doubted(q *question, w []string, cut []bool, v string, g guess) string {
	if o := pastAgainstRest(q, w, cut, v); o != "" {
		return o
	}
	if q.headcount != nil {
		return otherHeadcount(q, w, v)
	}
	if o := shapeDoubt(q, w, cut, v); o != "" {
		return o
	}
	if q.ID == qOps && v == q.no && platformsAsBasics(w) {
		return q.hedge
	}
	if o := troubleSplit(q, w, cut, v); o != "" {
		return o
	}
	if q.ID == qStage && v == "established" {
		if y, ok := ownYear(w, false); ok && thisYear()-y < 6 {
			// "we only reopened it in 2022 after it stood empty for
			// years": words of long standing against a young firm's year.
			return alternative(q, v, g)
		}
	}
	if v == q.hedge && (neitherEnd(w) || bothEndsDenied(w) || worstDeniedOpening(q, w, cut, v, g) || q.ID == qInnovation && (adoptionThenLeadDenied(w, cut) || adoptsButNotFirst(w, cut) || notMainPlan(w, cut))) {
		// "not a disaster, but not tidy either", "not a lot, not zero",
		// "interesting, but not the main plan": the ends are denied by
		// design, the middle meant.
		return ""
	}
	if o, ok := securityOrBudgetDoubt(q, w, v); ok {
		return o
	}
	if o := contrastReading(q, w, cut, v); o != "" {
		return o
	}
	if q.ID == qCompetitors && otherSubjectDenied(w, cut) {
		// "the big agencies have better software, the small ones
		// not": some rivals ahead and some not; asked.
		return inDoubt
	}
	if deniedNegation(w) || v == strongest(q) && deniedDegree(w) {
		// "it's not that they don't work", "not that bad really": the
		// reader cannot weigh a negation turned on itself or on a degree.
		return inDoubt
	}
	if looseNegation(q, w, cut, v) && !(q.ID == qStage && hiresOutpaced(w)) || extreme(q, v) && qualifiedYes(w) {
		return alternative(q, v, g)
	}
	if v == q.hedge && q.no != "" && unusedNegation(q, w, cut) && !(q.ID == qSystems && notBadButNeeds(w, cut)) {
		return q.no
	}
	if o := comparedWithShould(q, w); o != "" && o != v {
		return o
	}
	if v == q.no && q.hedge != "" && q.ID != qCompetitors && lastDenied(w) {
		// "we don't want to be last either": not the lowest. Asked
		// whether others are ahead, "we're not behind" is the no itself.
		return q.hedge
	}
	if extreme(q, v) && negatedUniversal(w, cut) && !innovationEndStands(q, w, cut, v) {
		// "they don't always agree": not the strongest, so the middle,
		// whatever the model's other guess.
		return q.Options[len(q.Options)/2].Value
	}
	if softenedStrongest(q, w, v) {
		return strongest(q)
	}
	if degreeDoubt(q, w, cut, v, g) {
		return alternative(q, v, g)
	}
	return ""
}

// securityOrBudgetDoubt is doubted's reading of the security and budget
// answers whose words settle the doubt one way: ok is false when none.
func securityOrBudgetDoubt(q *question, w []string, v string) (other string, ok bool) {
	switch {
	case q.ID == qSecurity && v == q.yes && smallWorryDenied(w):
		return "", true // "not a small worry": the negation is the litotes itself
	case q.ID == qSecurity && v == q.yes && deniedRuin(w) >= 0:
		return q.hedge, true // "a breach wouldn't kill us": not the worst, but how much?
	case q.ID == qBudget && v == q.yes && budgetForOther(w) && !hasAny(w, hireWords) && !hasAny(w, postWords):
		return inDoubt, true // "we put money aside for the new roof": not the hire
	case q.ID == qBudget && v == q.hedge && hedgedLaterYear(w):
		return q.no, true // "perhaps next year": not now, or maybe
	case q.ID == qBudget && v == q.hedge && leaningYesOnCost(w):
		return q.yes, true // "probably, depends what salary they ask"
	}
	return "", false
}

// extreme reports whether v is q's first or last option.
func extreme(q *question, v string) bool {
	n := len(q.Options)
	return n >= 3 && (v == q.Options[0].Value || v == q.Options[n-1].Value)
}

// unusedNegation reports whether w holds a clause with a negation and
// nothing the reader understood, beside another clause it read: "not
// full-time, maybe a couple of days" read as a maybe from its "maybe"
// alone, the "not" left over.
func unusedNegation(q *question, w []string, cut []bool) bool {
	kept, used := keepHits(findHits(q, w, cut), len(w))
	_, negator := markNegations(w, cut, kept, used)
	for i, t := range w {
		if !negation[t] || t == "without" || t == "no" || used[i] != 0 || negator[i] {
			continue
		}
		start, end := clauseBounds(cut, i)
		if hasAny(w[start:end], ifWords) {
			continue // "if we didn't replace a manager": a condition, not the answer
		}
		// The negated clause comes first and the rest qualifies it: "not
		// full-time, maybe a day a week"; a trailing "not serious" only
		// qualifies the hedge before it.
		first := slices.IndexFunc(used, func(u int) bool { return u != 0 })
		if end-start < len(w) && first >= end && !slices.ContainsFunc(used[start:end], func(u int) bool { return u != 0 }) {
			return true
		}
	}
	return false
}

// Words that place a clause in the past or the present.
var (
	pastWords    = wordSet("used", "ago", "before", "previously", "was", "had", "formerly", "originally", "once")
	presentWords = wordSet("now", "today", "nowadays", "currently", "anymore")
)

// pastPeriods after "last" place a clause in the past: "last year".
var pastPeriods = wordSet("year", "month", "decade", "summer", "winter", "spring", "autumn")

// presentReading reads an answer that tells a past and a present in
// different clauses ("we were nearly 400 before the merger, now about
// 90"; "used to be a nightmare, sorted now") by its present clause. ok
// is false when the answer tells no such two times; v is "" when the
// present clause reads nothing and the reading came from the past one.
func presentReading(q *question, w []string, cut []bool, v string) (string, bool) {
	now := presentAt(w)
	if now < 0 || q.ID == qStage && (grewThenNow(w) || grewNowThen(w)) {
		return "", false // a count then and now: the pace is the answer, not the present alone
	}
	ps, pe := clauseBounds(cut, now)
	past := -1
	for i, t := range w {
		lastYear := t == "last" && i+1 < len(w) && pastPeriods[w[i+1]]
		if (i < ps || i >= pe) && (pastWords[t] || pastWere(w, cut, i) || lastYear) {
			past = i
			break
		}
	}
	if past < 0 || q.headcount != nil && !pastCounted(w, cut, past) {
		return "", false
	}
	present := matchPart(q, strings.Join(w[ps:pe], " "), nil)
	if since := presentSince(w, cut, past, ps); since < ps && q.headcount == nil {
		// "more than we used to. the line is mechanical, but the
		// orders are all on the system now": the present is every
		// clause after the past; torn between options, ask.
		wide := matchPart(q, joinClauses(w[since:], cut[since:]), nil)
		if wide.value != "" || len(wide.candidates) > 0 {
			return wide.value, true
		}
	}
	if past < ps && pe < len(w) {
		// After the past, the present runs on to the end: "but now we
		// hold tests for 40,000 patients, so a lot".
		rest := matchPart(q, joinClauses(w[ps:], cut[ps:]), nil)
		switch {
		case rest.value != "":
			present = rest
		case contrastWords[w[pe]]:
			// "all online now, but nothing grinds to a halt if one's
			// down": the present clause is weighed against what
			// follows; torn between them, ask.
			return "", true
		}
	}
	if present.value != "" {
		return present.value, true
	}
	qs, qe := clauseBounds(cut, past)
	pv := matchPart(q, strings.Join(w[qs:qe], " "), nil).value
	if o, ok := deniedPast(q, w[ps:pe], pv); ok {
		return o, true
	}
	if pv == v && !(q.ID == qStage && hasAny(w[qs:qe], foundingWords)) {
		// Not "founded two years ago": a founding date is no state the
		// present replaced.
		return "", true
	}
	return "", false
}

// contrastReading is the option a short opening answer reads when the
// whole, turned by a contrast after it, reads v ("a little, we bought a
// machine, but tradition matters": some, or no?), or "". A contrast in
// itself is how owners tell the middle option, so only an opening of a
// few words that answers on its own counts.
func contrastReading(q *question, w []string, cut []bool, v string) string {
	_, end := clauseBounds(cut, 0)
	turned := end <= 3 && hasAny(w[end:], contrastWords)
	// "not very much. online banking and a spreadsheet": a negated
	// opening is an answer the details after it may outweigh.
	if end >= len(w) || !turned && !(end <= 4 && hasAny(w[:end], verbNegation)) {
		return ""
	}
	if q.ID == qProducts && v == "planned" && (slices.Contains(w[:end], "yet") || webPresenceOnly(w[:end]) || deniedForNowThenTurned(w)) {
		// "not developing anything yet, but the county wants an app
		// from us next year", "just a website, but we're planning an
		// app", "not now, but we plan a shop": nothing so far is what a
		// plan says too.
		return ""
	}
	if q.ID == qStage && v == "scaling" && growthPercent(w[end:]) == "scaling" {
		// "six years old, but sales are up 40%": a firm's age does not
		// deny the growth told after it.
		return ""
	}
	if turned && turnSettles(q, w[end:], v) {
		return "" // "yes, though it'd eat half the margin"
	}
	u := matchPart(q, strings.Join(w[:end], " "), nil).value
	if v == q.hedge && u == q.no && (turned && (worstDenied(q, w[:end], cut[:end]) || fineThenMakeshift(q, w, cut)) ||
		q.ID == qSystems && (notBadButNeeds(w, cut) || couldBeBetter(w))) {
		// "nothing's broken, but the website needs a refresh", "not too
		// bad. the booking part needs some work", "they work, but could
		// be faster", "traceability is fine, but the sales figures live
		// in spreadsheets": the worst or a bad denied, or working, or one
		// part in order, and a trouble after it is the middle.
		return ""
	}
	if turned && v == q.hedge && (onlyDegreeDenied(w[end:]) || q.ID == qSecurity && worryShortOfSleepless(w) || q.ID == qOps && fallbackTaken(w[end:])) {
		// "it worries me, but not hugely" (or "but it doesn't keep me
		// awake", "but the floor can run on paper for a day"): the turn
		// only lowers the opening's degree, which is how the middle is
		// told.
		return ""
	}
	if u != v {
		return u
	}
	return ""
}

// deniedDegreeFillers may stand beside a denied degree: "but not the biggest
// one", "not our greatest concern".
var deniedDegreeFillers = wordSet("a", "that", "so", "the", "our", "one", "worry", "concern", "thing", "issue")

// onlyDegreeDenied reports a turn that is only a contrast word and a
// denied degree: "but not hugely", "though not a great deal", "but not
// completely", "but not the biggest one".
func onlyDegreeDenied(turn []string) bool {
	if len(turn) < 3 || len(turn) > 5 || !contrastWords[turn[0]] || !negation[turn[1]] {
		return false
	}
	for _, t := range turn[2:] {
		if !negatedDegree[t] && !wholeDenied[t] && !deniedDegreeFillers[t] {
			return false
		}
	}
	return true
}

// worstDenied reports an opening that reads the no by denying the
// question's yes: "nothing's broken", "no disasters".
func worstDenied(q *question, w []string, cut []bool) bool {
	return q.yes != "" && read(q, w, cut).negatedValue(q, q.yes)
}

// qualifiedYes reports a yes a contrast after it turns: "payroll and
// invoicing yes, but the cleaning is done by hand" is not all of it.
func qualifiedYes(w []string) bool {
	i := slices.IndexFunc(w, func(t string) bool { return yesWords[t] })
	return i >= 0 && hasAny(w[i+1:], contrastWords)
}

var yesWords = wordSet("yes", "yeah", "yep", "yup", "aye")

// looseNegation reports whether a negation stands a few words before
// the key that gave the reading v, in its clause, without reaching it
// ("I wouldn't call it under control": the reader saw "under control"),
// or whether v is the question's no, read from a "none of" or "nothing
// of" that counts what the sentence is about ("none of our systems
// talk"), not the answer's no.
func looseNegation(q *question, w []string, cut []bool, v string) bool {
	kept, used := keepHits(findHits(q, w, cut), len(w))
	_, negator := markNegations(w, cut, kept, used)
	for _, h := range kept {
		if h.class != content || h.negated || h.opt < 0 || q.Options[h.opt].Value != v {
			continue
		}
		for i := h.start - 1; i >= max(0, h.start-4) && !cut[i+1]; i-- {
			if verbNegation[w[i]] && used[i] == 0 && !negator[i] && !newSubjectBefore(w, i, h.start) {
				return true
			}
		}
	}
	for i, t := range w {
		if (t == "none" || t == "nothing") && i+2 < len(w) && w[i+1] == "of" && v == q.no && q.no != "" &&
			!ownNothingAt(w, i) && !wholeNothingOf(w, i) {
			return true
		}
	}
	return false
}

// alternative is the option to offer beside v: the model's other
// reading, else the middle option beside an extreme one.
func alternative(q *question, v string, g guess) string {
	for _, o := range []string{g.top, g.second} {
		if o != "" && o != v && o != notAnswer {
			return o
		}
	}
	if extreme(q, v) {
		return q.Options[len(q.Options)/2].Value
	}
	return ""
}

// deniedNegation reports a negation denied ("it's not that it doesn't
// worry me"): two negations that cancel, which the reader cannot weigh.
func deniedNegation(w []string) bool {
	if lyingIfSaid(w) {
		return true // "I'd be lying if I said it doesn't worry me"
	}
	for i := 0; i+1 < len(w); i++ {
		if negation[w[i]] && w[i+1] == "that" {
			return slices.ContainsFunc(w[i+2:], func(t string) bool { return negation[t] })
		}
	}
	return false
}

// lyingIfSaid reports "I'd be lying if I said ...", which turns what
// follows round: the reader would take the words said as meant.
func lyingIfSaid(w []string) bool {
	i := slices.Index(w, "lying")
	return i >= 0 && i+2 < len(w) && w[i+1] == "if" && slices.Contains(w[i+2:min(i+5, len(w))], "said")
}

// deniedDegree reports a negated degree ("not that bad", "not too
// worried"), which takes the strength away from the word after it.
func deniedDegree(w []string) bool {
	for i := 0; i+2 < len(w); i++ {
		if negation[w[i]] && (w[i+1] == "that" || w[i+1] == "so" || w[i+1] == "too") {
			return true
		}
	}
	return false
}

// strongest is the option of q that says the most of what it asks (the
// last), for the graded questions; "" for size, stage and budget, whose
// options are no scale of one thing.
func strongest(q *question) string {
	switch q.ID {
	case qSize, qStage, qBudget:
		return ""
	}
	return q.Options[len(q.Options)-1].Value
}

// innovationEndStands reports an innovation end read where a "not first"
// stands in the answer by design: the guests drawn elsewhere and first
// refused as a habit (no), or first as the only way to survive (yes).
func innovationEndStands(q *question, w []string, cut []bool, v string) bool {
	if q.ID != qInnovation {
		return false
	}
	return v == q.no && (drawElsewhere(w, cut) || firstRefusedAsHabit(w, cut)) || v == q.yes && firstOrRuin(w)
}
