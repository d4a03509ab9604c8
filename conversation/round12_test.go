package conversation

import "testing"

// round12Classes are the classes of wrong reading found in a blind set's
// answers, in fresh wordings of other voices (none is a labelled answer):
// read by the rules and the doubt alone, with no model to rescue them.
// "~v" wants v or a re-ask between v and another option, never another
// option taken; a plain v wants v first time.
var round12Classes = []struct{ q, text, want string }{
	// A number whose group an earlier word names as no staff ("the
	// drivers are contractors, 90 of them") or a later one makes their
	// own firm ("are their own cooperative"): the staff are the other.
	{qSize, "22 staff, the drivers are all contractors, about 90 of them", "s"},
	{qSize, "we employ 8, the tutors are freelancers, 150 of them", "xs"},
	{qSize, "40 on the payroll and the 200 growers are their own cooperative", "s"},
	{qSize, "12 in the shop, the 70 weavers are their own collective", "s"},
	// A ranking near the top of a list of risks is a high worry, though
	// a risk register alone is a moderate one.
	{qSecurity, "it's close to the top of our risk list", "~high"},
	{qSecurity, "it sits near the top of the board's risk register", "~high"},
	{qSecurity, "it's on the risk register, somewhere in the middle", "~medium"},
	// A heavy reliance said by its degree, or by nothing done by hand or
	// on paper any more: a lot.
	{qOps, "Heavily. All our orders run through the ERP.", "high"},
	{qOps, "extensively, I'd say, the whole shop floor runs on it", "high"},
	{qOps, "nothing is done on paper any more, it's all in the system", "~high"},
	{qOps, "no one writes anything by hand these days, it's all tablets", "~high"},
	// Trade words a letter from a key are no typos: a quote is not
	// "quite", milling not "middling", broking not "booking".
	{qOps, "every quote and every invoice goes through the system", "~high"},
	{qOps, "the milling machines and the scanners all run on software", "~high"},
	{qSystems, "the broking software is fine, no complaints", "fine"},
	// None of our own, with the platforms used instead: no product.
	{qProducts, "not our own, we sell through the big marketplace apps", "~no"},
	{qProducts, "nothing of our own, guests book on the big booking platforms", "~no"},
	{qProducts, "none of our own, we use other people's software", "~no"},
	// Founded a few years ago and selling a multiple of before: growing.
	{qStage, "founded in 2020, and this year sales have doubled", "~scaling"},
	{qStage, "we began in 2018, turnover is four times what it was", "~scaling"},
	{qStage, "started 2021, this year revenue is three times higher", "~scaling"},
}

// round12Asks are classes where a re-ask of any kind is right, or the
// option wanted; never another option.
var round12Asks = []struct{ q, text, want string }{
	// "so" joining a clause is no intensifier: "so I type it in" is not
	// "so bad".
	{qSystems, "the till and the accounts don't talk so I type the sales in by hand", "~some"},
	{qSystems, "the website and the stock system are separate so we re-enter orders by hand", "~some"},
	{qSystems, "we've got two booking systems so everyone checks both", "~some"},
	// Data in two places is a seam to mend: some, not data everywhere.
	{qData, "the stock counts matter and they're kept in two spreadsheets", "~some"},
	{qData, "member details sit in two databases", "~some"},
	{qData, "customer records are spread across five spreadsheets", "yes"},
	// Opening in a new country or city now, after a launch elsewhere:
	// growing, not starting.
	{qStage, "launched in Leeds, now we open in Manchester and Bristol", "~scaling"},
	{qStage, "we launched in Spain and Portugal, now we are opening Italy", "~scaling"},
	{qStage, "we launched in Ghana two years ago and now we open Nigeria", "~scaling"},
	// A fraction of the records wrong: some trouble, not all of it.
	{qData, "about a quarter of the customer list is out of date", "~some"},
	{qData, "maybe 20% of our contacts are wrong", "~some"},
	{qData, "a third of the addresses are old", "~some"},
	// Nothing doing what it should ("nothing syncs"): the systems fail.
	{qSystems, "since the update nothing loads properly", "~pain"},
	{qSystems, "after the migration nothing saves", "~pain"},
	{qSystems, "the printers are hopeless, nothing prints first time", "~pain"},
	// A period in which things were done ("in the last two years",
	// "this year") is no age of the firm.
	{qStage, "we have bought four dental practices in the last three years", "~scaling"},
	{qStage, "we opened two new depots this year and a third is coming", "~scaling"},
	{qStage, "acquired five care homes in the past two years", "~scaling"},
	{qStage, "we started two years ago", "startup"},
	// Rivals ahead of us, some and not others: asked.
	{qCompetitors, "the chains are ahead of us, the independents aren't", "~unsure"},
	{qCompetitors, "the larger firms have better systems, but the smaller ones don't", "~unsure"},
	{qCompetitors, "the online shops are ahead, the high street ones not", "~unsure"},
}

func TestRound12Classes(t *testing.T) {
	checkReadings(t, partsReading, false, round12Classes)
	checkReadings(t, partsReading, true, round12Asks)
}

// TestRound12HeadcountAdds: a staff number read beside a larger one
// whose people the reader did not know ("16 fitters and 2 of us") may
// be the sum: the model's doubt stands against it, as it did before a
// headcount read from a number stood against the model. Read with the
// model as the engine reads.
func TestRound12HeadcountAdds(t *testing.T) {
	tests := []struct{ text, want string }{
		{"9 cleaners on the rounds and 3 of us at the desk", "~s"},
		{"45 carers in the community and 10 of us at head office", "~m"},
		{"230 pickers in the warehouse and 30 of us in the office", "~l"},
		{"We are 75 employees in nine clinics", "m"},
	}
	q := &questions[questionIndex(qSize)]
	for _, tt := range tests {
		if m := readAnswer(q, tt.text, nil); !meets(m, tt.want, false) {
			t.Errorf("%q = %q %v, want %s", tt.text, m.value, m.candidates, tt.want)
		}
	}
}

// round12Reasks are the classes of needless re-ask, in fresh wordings:
// each wants its option first time.
var round12Reasks = []struct{ q, text, want string }{
	// Not now, a maybe later: no budget now.
	{qBudget, "not at the moment, perhaps next year", "no"},
	{qBudget, "not this year, maybe in 2028", "no"},
	{qBudget, "can't right now, possibly after the expansion", "no"},
	// The trade's own security matters, the computers "not so much".
	{qSecurity, "the physical security yes, the cyber side not so much", "low"},
	{qSecurity, "alarms are what we sell, computers not so much", "low"},
	// Not something the owner thinks about: low.
	{qSecurity, "it's not something we think about much", "low"},
	{qSecurity, "honestly not something that crosses my mind", "low"},
	{qSecurity, "not a thing I think about, to be honest", "low"},
	// Rivals following us, or still on the old way: not ahead.
	{qCompetitors, "they copy us, not the other way round", "no"},
	{qCompetitors, "the others follow our lead", "no"},
	{qCompetitors, "most shops round here still do everything on paper", "no"},
	{qCompetitors, "the other firms are still using the old way", "no"},
	// "near us" places the rivals; it does not make them us.
	{qCompetitors, "most garages near us still do it the old way", "no"},
	{qCompetitors, "the agencies around us are still on fax", "no"},
	// Done before any competitor: leading.
	{qInnovation, "we had online booking before any other salon in town", "yes"},
	{qInnovation, "yes, we launched drone surveys before any competitor did", "yes"},
	{qInnovation, "we were using 3D printing before anyone else in the trade", "yes"},
	// Data on many devices or in many inboxes: all over the place.
	{qData, "files are on lots of different PCs", "yes"},
	{qData, "customer info sits in many inboxes", "yes"},
	{qData, "the drawings are on many laptops and nobody knows the latest", "yes"},
	// Nothing broken, but one system needs work: some pain points.
	{qSystems, "nothing's broken, but the website needs a refresh", "some"},
	{qSystems, "no disasters but the accounts package really needs updating", "some"},
	{qSystems, "nothing is broken but the booking tool badly needs replacing", "some"},
}

func TestRound12Reasks(t *testing.T) {
	checkReadings(t, partsReading, false, round12Reasks)
}
