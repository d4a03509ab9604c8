package conversation

import "testing"

// round15Classes are the classes of blind set 19's wrong readings, in
// fresh wordings of other voices, read by the rules and the doubt alone
// (no model). "~v" wants v or a re-ask with v in it, "?" any re-ask.
var round15Classes = []struct{ q, text, want string }{
	// A headcount of a time gone beside today's: today's counts.
	{qSize, "about 40 today, more than 300 back in the eighties", "s"},
	{qSize, "we are 12 now, we were 400 in our heyday", "s"},
	{qSize, "70 of us now, nearly 900 in the sixties", "m"},
	// A later maybe told first, the present's denial after it: the
	// present decides.
	{qBudget, "possibly once the grant comes in, right now we can't", "no"},
	{qBudget, "perhaps next spring, at the moment no", "no"},
	{qBudget, "later maybe, today we cannot", "no"},
	{qBudget, "maybe after the harvest, not now", "no"},
	// A middle degree word on the strongest one: between the two.
	{qOps, "quite heavily, most bookings come in online", "~high"},
	{qOps, "we rely on it pretty heavily", "~high"},
	{qOps, "fairly heavily to be honest", "~high"},
	// Work that goes on by hand when a system fails: no high reliance.
	{qOps, "card machine and a laptop. if the card machine dies we take cash and write it in the book", "~medium"},
	{qOps, "when the booking laptop dies we just use the paper diary", "~medium"},
	{qOps, "the tills, but if one goes down we do the sales by hand", "~medium"},
	// A trade that sells no software, then a product being looked at.
	{qProducts, "We bake bread. We're looking into an app for preorders.", "~planned"},
	{qProducts, "we grow tea, but we are exploring a tracing website for buyers", "~planned"},
	{qProducts, "we're a joinery. thinking about a customer portal next year", "~planned"},
	// Casual hands brought in beside a staff-tied count: not summed.
	{qSize, "we're 20 on the books, and we bring in about 50 casuals for the festival", "~s"},
	{qSize, "8 of us on staff, plus around 45 casual pickers at harvest", "~xs"},
	{qSize, "about 30 staff, we hire 40 casual stewards on match days", "~s"},
	// One system that does the job, another that needs work: some.
	{qSystems, "the accounts package does the job, it's the booking system that needs replacing", "~some"},
	{qSystems, "email works fine; the stock program needs an upgrade", "~some"},
	{qSystems, "the website is new but the rota is a pile of spreadsheets, we have to fix that this year", "~some"},
}

// round15Kept are nearby answers the round must not change.
var round15Kept = []struct{ q, text, want string }{
	{qBudget, "not now, maybe next year", "no"},
	// A bare hedge on a later year is asked between maybe and no since
	// round 20: an owner meant no by "Perhaps next year."
	{qBudget, "maybe next year", "~maybe"},
	{qBudget, "yes", "yes"},
	{qOps, "quite a lot", "medium"},
	{qOps, "heavily", "high"},
	{qOps, "very heavily", "high"},
	{qOps, "if the system goes down we stop", "high"},
	{qOps, "we can't work without it, if it dies we go home", "high"},
	{qProducts, "we make furniture, no software", "no"},
	{qProducts, "no, we just make cloth", "no"},
	{qSize, "12 of us", "s"},
	{qSize, "25 all year, about 60 in december with temps", "~s"},
	{qSystems, "it does the job", "fine"},
	{qSystems, "the whole thing needs replacing, it's a nightmare", "pain"},
}

func TestRound15Classes(t *testing.T) {
	checkReadings(t, rulesReading, false, round15Classes, round15Kept)
}

// round15Reasks are classes of blind set 19's answers the reader asked
// again, in fresh wordings: read first time (want exact), or, for the
// fallbacks, no longer read as the top option.
var round15Reasks = []struct{ q, text, want string }{
	// A product given up, in other words for scrapping it.
	{qProducts, "we had a booking app made in 2019 but we binned it", "no"},
	{qProducts, "there was a customer app once, we ditched it", "no"},
	{qProducts, "we paid for an app a while back and then dropped it", "no"},
	// Yes on a condition, no otherwise: trying new things selectively.
	{qInnovation, "if it cuts our fuel bill yes, otherwise no", "some"},
	{qInnovation, "yes when it pays for itself, if not then no", "some"},
	{qInnovation, "only if it saves time, otherwise no thanks", "some"},
	// Yes on a condition on the person, not the money: yes.
	{qBudget, "yes, if we find the right candidate", "yes"},
	{qBudget, "for the right person we can pay, yes", "yes"},
	// Kept: a condition on the money is still a maybe.
	{qBudget, "yes, if the right person costs under 80k", "maybe"},
	{qBudget, "yes if the price is right", "maybe"},
	// The trade done by machine beside admin on a system: the middle.
	{qOps, "the cutting is mechanical, but orders and invoices are all in the system", "medium"},
	{qOps, "production is mechanised but the accounts and orders are on the computer", "medium"},
	// A salary in another league than what is spent now: no.
	{qBudget, "we spend 500 a month on IT, a full salary is a different league", "no"},
	{qBudget, "a CTO is in another league for us", "no"},
}

// round15Fallbacks: a failure told as a condition and the work carried
// on by writing or on paper; kept high when the fallback brings mistakes
// or nothing can be done.
var round15Fallbacks = []struct{ q, text, want string }{
	{qOps, "if the card machine dies we write it in the book", "~medium"},
	{qOps, "if the laptop goes down we write the orders down", "~medium"},
	{qOps, "when the scanner breaks we jot the parcels on a clipboard", "~medium"},
	{qOps, "if the system goes down we cant even write an invoice", "high"},
	{qOps, "if it crashes we're on paper and mistakes happen", "~high"},
	{qOps, "if the system dies we go home", "high"},
}

func TestRound15Reasks(t *testing.T) {
	for _, tt := range round15Reasks {
		q := &questions[questionIndex(tt.q)]
		m := settle(q, tt.text, matchAnswer(q, tt.text, nil), guess{})
		if m.value != tt.want {
			t.Errorf("%s %q = %q %v, want %s", tt.q, tt.text, m.value, m.candidates, tt.want)
		}
	}
	for _, tt := range round15Fallbacks {
		q := &questions[questionIndex(tt.q)]
		m := settle(q, tt.text, matchAnswer(q, tt.text, nil), guess{})
		if !meets(m, tt.want, false) || tt.want[0] == '~' && m.value == "high" {
			t.Errorf("%s %q = %q %v, want %s", tt.q, tt.text, m.value, m.candidates, tt.want)
		}
	}
}
