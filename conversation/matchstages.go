package conversation

import "slices"

// The stages of reading one answer part (matchPart): what only the whole
// answer tells, what its words tell as a whole past the asides, and the
// phrases themselves.

// wholeAnswer reads what only the whole answer tells: another's view
// denied or reported, a verdict sentence, a retort, an option number, a
// bare yes or a degree against a duty on a question of how much.
func wholeAnswer(q *question, text string, w []string, cut []bool, narrow []string) (answerMatch, bool) {
	if q.ID == qSecurity && securityWorryDisclaimed(w, cut) {
		return answerMatch{value: "low", signal: true}, true // "can't say it worries me much"
	}
	if q.ID == qBudget && couldNotEasily(w) {
		return answerMatch{value: "maybe", signal: true}, true // "yes, but not easily": before the "yes, but" is dropped
	}
	if q.ID == qBudget {
		if v, ok := verdictBeforePast(q, text); ok {
			return answerMatch{value: v, signal: true}, true // "Yes. Two years ago no, but the growth changed that."
		}
	}
	if q.ID == qBudget && refusedThenShare(w, cut) {
		return answerMatch{value: "no", signal: true}, true // "not a chance. Part-time maybe.": before the report is dropped
	}
	if q.ID == qCompetitors && leadLost(w) {
		return answerMatch{value: "yes", signal: true}, true // "we were ahead once, not anymore"
	}
	if q.ID == qProducts && onlyTradeNow(w) && givenUp(w) {
		// Before the past is dropped: "we dropped the app in 2020, now
		// it's just engineering services".
		return answerMatch{value: "no", signal: true}, true
	}
	if q.ID == qCompetitors && leadGained(w) {
		return answerMatch{value: "no", signal: true}, true // "we used to be behind, but we caught up"
	}
	if rest, ok := withoutPointBack(text); ok && q.ID == qInnovation {
		m := matchPart(q, rest, narrow)
		m.signal = true
		return m, true // "We change nothing. That is the whole point.": the sentence before answers
	}
	if q.ID == qInnovation && innovationTriedGivenUp(w) {
		return answerMatch{value: "no", signal: true}, true // "tried an app once, it flopped, never again"
	}
	if q.ID == qSecurity && adviceToWorryDenied(w, cut) {
		return answerMatch{value: "low", signal: true}, true // "the bank says we should worry. We don't."
	}
	if m, ok := reportDenied(q, text, w); ok {
		return m, true // "Dad thinks we're fine. We're not, ..."
	}
	if own, ok := ownAfterReportedBut(text); ok {
		// "Dad says it's fine, but actually it crashes every month": the
		// owner's words after the truth set against the report.
		m := matchPart(q, own, narrow)
		m.signal = true
		return m, true
	}
	if own, ok := withoutReported(text); ok && !planBeforeBuildYet(q, normalize(own)) {
		// "My cousin tells me stories about hackers. For us it is not
		// a big worry": the owner's own sentences, when they answer.
		if m := matchPart(q, own, narrow); m.value != "" || len(m.candidates) > 0 {
			return m, true
		}
	}
	if v := dataElsewhere(w, cut); q.ID == qData && v != "" {
		return answerMatch{value: v, signal: true}, true // before a verdict: "No data problem. Our problem is the landlord."
	}
	if aLotAlone(q, w, cut) {
		return answerMatch{value: q.hedge, signal: true}, true // "we use it a lot": the label "Quite a lot"
	}
	if m, ok := yesThenTroubles(q, w, cut); ok {
		return m, true // "Yes. Supplier codes are duplicated and the reports don't match."
	}
	if m, ok := worseTrouble(q, w); ok && m.value != "" {
		return m, true // "the till crashes, but that's not the worst, the stock system is ancient"
	}
	if q.ID == qSystems && notBadButNeeds(w, cut) {
		return answerMatch{value: q.hedge, signal: true}, true // before a verdict: "They're not bad. The accounts need an upgrade."
	}
	if v, ok := verdictSentence(q, text); ok {
		return answerMatch{value: v, signal: true}, true // "A little. WhatsApp for the bookings..."
	}
	if q.ID == qProducts && coreNowSoldLater(w) {
		return answerMatch{value: "core", signal: true}, true // "is core, and we'll license it next year"
	}
	if v := retort(q, text); v != "" && (isQuestionLike(text) || q.ID == qSecurity && len(w) > 0 && whoWords[w[0]]) {
		// "who'd bother hacking a florist", asked without its "?".
		return answerMatch{value: v, signal: true}, true
	}
	if m, ok := optionByPlace(q, w, narrow); ok {
		return m, true // "the last one, sadly"
	}
	if m, ok := numberedAnswer(q, text, w, cut, narrow); ok {
		return m, true
	}
	if m, ok := yesToHowMuch(q, w); ok && len(narrow) == 0 {
		return m, true
	}
	return comparedToDuty(q, w)
}

// toldWhole is the option the answer's words tell as a whole, past the
// asides: a growth rate, a fact, turns, a conclusion, a restatement,
// clauses that weigh to the middle.
func toldWhole(q *question, w []string, cut []bool) (string, bool) {
	if q.ID == qStage && growthPercent(w) == "scaling" {
		return "scaling", true // "six years old, but sales are up 40% on last year"
	}
	if q.ID == qStage && steadyByPercent(w) {
		return "established", true // "revenue has moved 2-3% a year"
	}
	if q.ID == qCompetitors {
		if v := parityOrBehind(w); v != "" {
			return v, true // before a restated head: "the others are in the same boat, some are worse"
		}
	}
	if q.ID == qInnovation && adoptsButNotFirst(w, cut) {
		return "some", true // "we got a laser cutter, but we're not pioneers"
	}
	if q.ID == qBudget && costBitesTold(w) {
		return "maybe", true // "we'd manage it, but it would eat into the marketing money"
	}
	if v := toldAsFact(q, w, cut); v != "" {
		return v, true
	}
	if v := toldInTurns(q, w, cut); v != "" {
		return v, true
	}
	if v, ok := concludedAnswer(q, w, cut); ok {
		return v, true
	}
	if v, ok := restatedAnswer(q, w, cut); ok {
		return v, true
	}
	return middleByClauses(q, w, cut)
}

// readWords reads the answer's phrases: the keys and generic words, a
// score, the question's own reader, the degree and qualifiers.
func readWords(q *question, w []string, cut []bool) answerMatch {
	r := read(q, w, cut)
	v, cands := resolve(q, r)
	m := answerMatch{value: v, candidates: cands, signal: r.signal()}
	if q.graded {
		m = rated(q, w, cut, m)
	}
	// "some are, some aren't": a mixed answer is the hedge.
	if q.hedge != "" && (countWord(w, "some") >= 2 || unknownDegree(w)) {
		return answerMatch{value: q.hedge, signal: true}
	}
	if q.reader != nil && !r.class[veto] && !(q.readerAlone && r.signal()) {
		if rv := q.reader(w, cut); rv != "" {
			m.signal = true
			m.value, m.candidates = combine(q, r, m, rv)
		}
	}
	m = openingDegree(q, w, cut, m)
	m = qualified(q, w, cut, m)
	// The candidates in the order the options are shown, so that "1" and
	// "2" count as the user sees them.
	slices.SortFunc(m.candidates, func(a, b string) int { return optionPos(q, a) - optionPos(q, b) })
	return m
}
