package conversation

// weighedElsewhere reports a rule reading the model must not doubt
// because the rules placed its strong words elsewhere: a data problem
// denied for another kind ("we haven't got a data problem, we've got a
// sales problem": the model reads the problem), and everything kept on
// paper ("everything is printed and filed in folders": the model reads
// "everything" as the top option). So are a trouble disowned as no
// system's ("the wifi is patchy, but that's not a system problem"),
// money hanging on the person alone ("could do, if I was sure about the
// person"), paper ruled out as a way to work ("no going back to paper"),
// and a craft told by its tools beside the web shop ("the haircuts are
// done with scissors"): the model reads the trouble's, the "if"'s, the
// paper's or the tools' words alone.
func weighedElsewhere(q *question, text string, m answerMatch) bool {
	w, cut := tokenize(text)
	switch {
	case q.ID == qSystems && m.value == q.no:
		rest, _ := withoutDisowned(q, w, cut)
		return len(rest) < len(w)
	case q.ID == qBudget && m.value == q.yes:
		return personCondition(w, cut)
	case q.ID == qData && m.value == q.no:
		return dataElsewhere(w, cut) == q.no
	case q.ID == qOps && m.value == q.no:
		// "when the system is down we write it by hand, nothing stops":
		// the model reads the "down" and the "stops".
		return allOnPaper(w) || fallbackUnharmed(w)
	case q.ID == qOps && m.value == q.hedge:
		// "the website takes the bookings, the haircuts are done with
		// scissors": the model reads the tools, the rules weighed both.
		return craftBesideIT(w, cut)
	case q.ID == qOps && m.value == q.yes:
		// "there's no going back to paper": the model reads the paper,
		// the rules weighed it as ruled out.
		return paperRuledOut(w, cut)
	case q.ID == qStage && m.value == "established":
		// "we have stopped growing": the model reads the "growing".
		return growthHalted(w)
	case q.ID == qSecurity && m.value == q.no:
		// "the bank says we should worry. I don't": the model reads the
		// advice's worry, the rules weighed it as denied.
		return adviceToWorryDenied(w, cut)
	case q.ID == qSecurity && m.value == q.hedge:
		// "three fake invoices this year, all spotted": the model reads
		// the incident's words, the rules weighed them as averted.
		return nearMiss(w, cut)
	case q.ID == qCompetitors && m.value == q.yes:
		// "if only we could keep pace": the model reads the "keep pace" as
		// had, the rules weighed it as wished for.
		return keepUpWished(w)
	}
	return false
}
