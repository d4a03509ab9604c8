package conversation

// factBeforeDegrees is the answer a fact told gives q before any word of
// degree is read: the degree words in these answers ("nothing",
// "everything", "fine", "a bit") belong to the fact, not to the answer.
func factBeforeDegrees(q *question, w []string, cut []bool) string {
	if q.ID == qOps && manualNoMore(w, cut) {
		return "high" // before degrees: "nothing is done on paper any more"
	}
	if q.ID == qOps && paperRuledOut(w, cut) {
		return "high" // before degrees: "there's no going back to paper"
	}
	if q.ID == qOps && listThenThatsAll(w, cut) {
		return "low" // before degrees: "card reader and the email, probably that's all"
	}
	if q.ID == qOps && downThenNothing(w, cut) {
		return "high" // before degrees: "if those go, nothing ships"
	}
	if q.ID == qOps && restByHand(w) {
		return "low" // "the computer does the emails, everything else is by hand"
	}
	if q.ID == qOps && partsOnAndOff(w, cut) {
		return "medium" // before degrees: "…, the boats themselves not at all"
	}
	if v := careDeniedIfDown(w); q.ID == qOps && v != "" {
		return v // before degrees: "the diggers don't care if the laptop dies, but the invoices do"
	}
	if v := spellWithout(w); q.ID == qOps && v != "" {
		return v // before degrees: "we could manage a day without the system, but not a week"
	}
	if q.ID == qOps && muchForOnePart(w) {
		return "medium" // before degrees: "heavily for bookings, not much else"
	}
	if q.ID == qOps && muchButNotAll(w) {
		return "medium" // before degrees: "a lot, but not for everything"
	}
	if q.ID == qOps && phoneAllDayOnly(w) {
		return "low" // before degrees: "on the phone all day, not really computers"
	}
	if q.ID == qOps && mostSalesOffline(w) {
		return "low" // before degrees: "a website, but 90% of sales are cash at markets"
	}
	if q.ID == qOps && halvesOnAndOff(w) {
		return "medium" // before degrees: "half online, the other half by phone"
	}
	if q.ID == qOps && bitOfTools(w) {
		return "low" // before degrees: "bit of email" is no "a bit"
	}
	if q.ID == qOps && allOnPaper(w) {
		return "low" // before degrees: "we print everything and file it"
	}
	if q.ID == qOps && unmissedIT(w) {
		return "low" // before degrees: "we had one but it broke and nobody missed it"
	}
	if q.ID == qData && nothingAgrees(w, cut) {
		return "yes" // before degrees: "nothing matches" denies no trouble
	}
	if q.ID == qSystems && fineThenManualSlips(w) {
		return q.hedge // before degrees: "the playout is fine, but the billing is manual and we slip"
	}
	if q.ID == qSystems && goodThenRekeyed(w, cut) {
		return q.hedge // before degrees: "the tablets are great, but someone types every invoice up again"
	}
	if q.ID == qSystems && workingButBackupsDoubted(q, w, cut) {
		return q.hedge // before degrees: "they work, but nobody has ever tested the backups"
	}
	if q.ID == qSystems && fineThenSmallThings(w, cut) {
		return q.hedge // before degrees: "the main software is fine, it's the small things"
	}
	if q.ID == qSystems && youngSystems(w, cut) {
		return q.no // before degrees: "the billing software is two years old"
	}
	if q.ID == qSystems && agedButWorking(w, cut) {
		return q.hedge // before degrees: "they are ancient but reliable"
	}
	if (q.ID == qSystems || q.ID == qData) && oneThingThenFine(w) {
		return q.hedge // before degrees: "we need a new phone system, otherwise fine"
	}
	if q.ID == qData && (mergedByHand(w) || burdenAfterTurn(w) || worstDeniedThenPart(w) || tidyingUndone(w)) {
		return q.hedge // before degrees: "I put them together by hand", "but the gdpr side is loads of work"
	}
	return ""
}
