package conversation

import "testing"

// TestDescriptionRound15Fills: a fill reads the company's own state
// today. A clause whose subject is someone else (an attack on another
// business) or another time (the headcount decades ago) says nothing of
// it, in fresh wordings beside guards that must still fill ("" is asked).
func TestDescriptionRound15Fills(t *testing.T) {
	tests := []fillCase{
		// An attack whose victim the clause does not make us: another
		// business, named by what it is rather than by a list of kinds.
		{"A garage two streets away got hit by ransomware last month.", qSecurity, ""},
		{"One of the hotels on the seafront was locked out by hackers for three days.", qSecurity, ""},
		{"A dairy in the next valley had its accounts wiped by malware.", qSecurity, ""},
		{"Ransomware locked the booking system for a day last spring.", qSecurity, "high"},
		{"Hackers stole our customer list in March.", qSecurity, "high"},
		{"We were hit by a phishing scam at Christmas.", qSecurity, "high"},
		// Any state of another business told by what it is and where
		// ("a garage in town"), not by "we" or "our": not ours. Its
		// lead over us is the competitors question, and a description
		// of ourselves with our place still fills.
		{"A bakery down the road has a till system that freezes every Saturday.", qSystems, ""},
		{"A garage in town keeps all its records in three spreadsheets.", qData, ""},
		{"A cafe round the corner relies on its app for every order.", qOps, ""},
		{"A hotel across the bay builds its own booking app.", qProducts, ""},
		{"A bakery down the road is years ahead of us online.", qCompetitors, "yes"},
		{"We're a bakery in Leeds and our till system freezes every Saturday.", qSystems, "pain"},
		{"A bakery in Leeds with 22 staff.", qSize, "s"},
		// A headcount of another time: the peak years, a decade, a
		// year gone. Today's count still fills.
		{"There were 40 staff here when my father ran the place.", qSize, ""},
		{"Back in 2005 there were 120 people on the payroll.", qSize, ""},
		{"In the eighties the works had 900 people.", qSize, ""},
		{"At our peak we had 300 staff.", qSize, ""},
		{"We're 85 people today.", qSize, "m"},
		{"Around 300 staff across four depots.", qSize, "l"},
		{"At peak season we have 40 staff.", qSize, "s"},
		// Any state told of a time gone is not today's: the records
		// in the nineties, the servers at the firm's peak. A state
		// since then runs to today, and the stage is the firm's age.
		{"Back in the nineties our records were a mess.", qData, ""},
		{"At our peak the servers went down every week.", qSystems, ""},
		{"In its heyday the firm relied on computers for everything.", qOps, ""},
		{"Since the nineties our records have been a mess.", qData, "yes"},
		{"At peak times the till system freezes every Saturday.", qSystems, "pain"},
		{"A family firm since the eighties.", qStage, "established"},
	}
	checkFills(t, tests)
}

// TestDescriptionRound15RestHeadcount: people counted by a trade of two
// words the readers do not know ("130 care workers") beside a count they
// do know ("11 office staff"): the known count is a part, not the size.
func TestDescriptionRound15RestHeadcount(t *testing.T) {
	checkRestSize(t, []restSizeCase{
		{"We run a home help service: 60 support workers and 5 office staff, and our rota data is a mess.", ""},
		{"A removals firm with 35 moving crew and 4 office staff, and the booking system is ancient.", ""},
		{"A nursing agency, 200 bank nurses and 12 office staff, and our data is all over the place.", ""},
		{"A cleaning company with 40 staff, and our data is a mess.", "s"},
		// Read from the rest, a count of a time gone is not the size.
		{"A print works, and our data is a mess; back in the eighties 300 worked here.", ""},
	})
}
