package conversation

import "testing"

// round31fLitotes: the bottom of the scale denied ("not nothing", "not
// without its problems", "not unconcerned") is a weak positive, the
// middle option; a double negative under a denied saying ("can't say
// it isn't a worry") never reads as the bottom. 12 of 16 failed first
// (six read the bottom: "not nothing" as low or no, "not uninterested"
// as no; six asked); two of them ("never not on the laptop", "not a
// week goes by without the server falling over") still fail and are
// left out.
var round31fLitotes = []readingCase{
	{qOps, "It's not nothing. The bookings and the invoices are on the laptop, the ferrying isn't.", "~medium"},
	{qOps, "not nothing, the tills and the stock counts are on it", "~medium"},
	{qData, "It's not nothing. The member list and the direct debits don't always line up.", "some"},
	{qData, "not without its problems. Suppliers live in two spreadsheets.", "some"},
	{qSystems, "Not without their problems. The rota app and the payroll don't talk.", "some"},
	{qSystems, "not without a bit of pain, the booking screen freezes now and then", "some"},
	{qSecurity, "It's not nothing. We hold the tenants' bank details.", "medium"},
	{qSecurity, "not nothing, not a lot either", "medium"},
	{qSecurity, "I'm not unconcerned. We take deposits online.", "medium"},
	{qInnovation, "Not a priority, but not nothing either. We tried a new glaze kiln last spring.", "some"},
	{qInnovation, "we're not uninterested. we'd look at it.", "some"},
	{qSecurity, "Can't say it isn't a worry. Not a huge one though.", "medium"},
	{qSecurity, "I wouldn't say I'm not worried. We've the clinic records on there.", "~medium"},
	{qOps, "I wouldn't say we don't rely on it. The diary is on it.", "~medium"},
}

// round31fLitotesKept: plain ends, a bottom said plainly, and the
// middle said plainly, which must not move.
var round31fLitotesKept = []readingCase{
	{qOps, "nothing, we do it all by hand", "low"},
	{qSecurity, "not a lot, the bank handles the cards", "low"},
	{qSecurity, "not a worry at all", "low"},
	{qSystems, "no problems, they run fine", "fine"},
	{qData, "no, it's all in one place", "no"},
	{qOps, "completely, nothing works without it", "high"},
	{qInnovation, "not a priority", "no"},
	{qSecurity, "it's a big worry, we had ransomware last year", "high"},
	// Emphatic after the litotes: the top stays offered.
	{qSecurity, "It's not nothing, it's everything, a breach would finish us.", "~high"},
}

func TestRound31fLitotes(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31fLitotes, round31fLitotesKept)
}

// round31fSayFramed: a saying denied or called a lie ("I'd not say no",
// "I'd be lying if I said we were ahead", "it'd be a stretch to call
// them fine", "it's not like we're keeping up") denies what is said; a
// denied denial is its positive, weakened when only the saying is
// denied; what follows picks between the options left. 9 of 12 failed
// first ("I'd not say no" read no; eight asked or read nothing).
var round31fSayFramed = []readingCase{
	{qProducts, "I'd not say no. We've a tide-times app half drawn up with a developer.", "~planned"},
	{qCompetitors, "I'd be lying if I said no. The chain in town has online booking and we don't.", "yes"},
	{qCompetitors, "It's not like we're keeping up. The big garages all do online booking now.", "yes"},
	{qSystems, "It'd be a stretch to call them fine. The till crashes every Saturday and the laptop is ten years old.", "pain"},
	{qSystems, "I'd not call them fine. The booking PC takes ages and the backups fail.", "~pain"},
	{qData, "I can't pretend it isn't. Quotes are on three laptops and nobody knows which is current.", "yes"},
	{qInnovation, "I'd be lying if I said it wasn't the plan. Robot milking, sensors, all of it.", "yes"},
	{qInnovation, "It's not like we're not trying. We were first in the valley with the new kilns and we want to stay first.", "yes"},
	{qOps, "I wouldn't say we rely on it. A phone and a notebook, that's the lot.", "low"},
	{qBudget, "I'd be kidding myself. We barely cover the wages.", "no"},
	{qBudget, "I'd be lying if I said yes. We can barely pay ourselves.", "no"},
	{qSystems, "I wouldn't say they're bad. Wouldn't say they're great either. The tills are fine, the stock screen's a pain.", "some"},
}

// round31fSayFramedKept: the same sayings undenied, and plain answers.
var round31fSayFramedKept = []readingCase{
	{qProducts, "I'd say no. We sell rope.", "no"},
	{qCompetitors, "no, we're keeping up fine", "no"},
	{qCompetitors, "I'd say they're ahead, the chain has online booking", "yes"},
	{qSystems, "they're fine, no complaints", "fine"},
	{qBudget, "yes, the money's there", "yes"},
	{qOps, "we rely on it completely", "high"},
	{qData, "I wouldn't say we have a problem with data", "no"},
	{qCompetitors, "I can't say, I don't follow them", "!yes"},
}

func TestRound31fSayFramed(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round31fSayFramed, round31fSayFramedKept)
}
