package conversation

import "testing"

// TestDescriptionRound13Fills: classes of fills unlike the owner's answer
// found in blind set 17's profiles and the older ones, each in fresh
// wordings beside guards that must still fill ("" is asked).
func TestDescriptionRound13Fills(t *testing.T) {
	tests := []fillCase{
		// A trouble named in passing (tools that don't talk to each
		// other, patchy or slow ones) says the systems or data have some
		// trouble, not how much: owners rate it some as often as a real
		// problem, so it is asked.
		{"Our quoting tool and the accounts package don't talk to each other.", qSystems, ""},
		{"The booking software and the till don't talk to each other.", qData, ""},
		{"Honestly the office software is patchy.", qSystems, ""},
		{"The stock system is old and slow.", qSystems, ""},
		{"The tills don't talk to the website and the old server crashes every week.", qSystems, "pain"},
		{"Our servers are ancient and unsupported.", qSystems, "pain"},
		{"Customer records are scattered across five spreadsheets.", qData, "yes"},
		// The age of a system, a machine or a package is not the
		// company's age.
		{"Our accounts package is twelve years old and still does the job.", qStage, ""},
		{"The warehouse server is 15 years old.", qStage, ""},
		{"Most orders go through the stock system, which is eighteen years old.", qStage, ""},
		{"The shop is forty years old this year.", qStage, "established"},
		{"We're a family firm, 30 years old.", qStage, "established"},
		// Me and a crowd of others is not a business of one.
		{"The charity shop is run by me and about 20 volunteers.", qSize, ""},
		{"The theatre is run by myself and forty volunteer ushers.", qSize, ""},
		{"Basically it's me and 35 volunteers on match days.", qSize, ""},
		{"It's just me and two apprentices.", qSize, "xs"},
		{"I'm a sole trader with a van.", qSize, "xs"},
	}
	checkFills(t, tests)
}

// TestDescriptionRound13RestMoney: sums of money left for the size
// question are no headcount ("IT budget is £60k").
func TestDescriptionRound13RestMoney(t *testing.T) {
	tests := []restSizeCase{
		{"A print shop founded in 1999, 14 on the payroll, and our IT spend last year was £25k.", "s"},
		{"Kitchen fitters since 2005, about 30 on the books; turnover is around £4m.", "s"},
		{"Family hotel since 1972, 45 on the payroll, and the new roof cost $300,000.", "s"},
		{"Garden centre since 1988, 80 on the payroll, the refit was €120k.", "m"},
	}
	checkRestSize(t, tests)
}

// TestDescriptionRound13RestCrowd: me beside a crowd the size question
// does not count (volunteers, members) is no business of one.
func TestDescriptionRound13RestCrowd(t *testing.T) {
	tests := []restSizeCase{
		{"A community theatre founded in 1968, run by me and about 40 volunteers.", ""},
		{"Our food bank opened in 2009, it's me and 25 volunteer drivers.", ""},
		{"A plumbing firm since 2001, it's just me and my son.", "xs"},
	}
	checkRestSize(t, tests)
}

// TestDescriptionRound13RestObjectMe: "me" as what a worry or a machine
// acts on ("what worries me", "drives me mad") counts no one.
func TestDescriptionRound13RestObjectMe(t *testing.T) {
	tests := []restSizeCase{
		{"A village pub since 1985, what worries me is the card machine.", ""},
		{"Dog groomers since 2012, and the booking app drives me mad.", ""},
		{"Joinery firm since 1990, the accountant keeps telling me our data is a mess.", ""},
		{"Bakery since 2003, it's just me and a part-timer.", "xs"},
	}
	checkRestSize(t, tests)
}
