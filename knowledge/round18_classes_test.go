package knowledge

import "testing"

// TestRound18Classes holds fresh wordings of the classes of blind25's
// misses, written before their fixes (none is a labelled row): 26 in
// all, 17 failed first, 22 pass after the fixes. The four others are in
// round18ClassesLeft, reported, not held: a side named in the pick
// ("back office", "systems side or product side") outweighs the
// question's impact or first; "side by side" without "what does each
// do" still reads as a comparison.
func TestRound18Classes(t *testing.T) {
	checkWordings(t, round18Classes)
	logLeft(t, round18ClassesLeft)
}

var round18ClassesLeft = []struct{ q, want string }{
	{"Which of them makes our back office cheaper to run, and which one helps us grow?", "business-impact"},
	{"One senior tech hire this year: systems side or product side first?", "first-hire"},
	{"Can you put the CIO's work and the CTO's work side by side?", "responsibilities"},
	{"Side by side, what does each of a CIO and a CTO do?", "responsibilities"},
}

var round18Classes = []struct{ q, want string }{
	// The asker's business named after "at a"/"for a" lends no side:
	// "at a cleaning products manufacturer" is no product question.
	{"How does a CTO grow revenue at a frozen foods producer?", "business-impact"},
	{"How does a CIO cut costs at a building products wholesaler?", "business-impact"},
	{"How would a CIO make things run better at a pet products distributor?", "business-impact"},
	{"How does a CIO improve efficiency at a beauty products maker?", "business-impact"},
	{"Does a dairy products wholesaler with 90 staff need a CIO?", "when-cio"},
	{"How does a CIO make a paper products manufacturer more efficient?", "business-impact"},
	{"When does a garden products distributor need a CIO?", "when-cio"},
	// "Which of the two, CIO or CTO, should <verb> X": who owns X.
	{"Which of the two, CIO or CTO, should sign off our cloud contracts?", "responsibilities"},
	{"Which of the two, the CIO or the CTO, should look after the staff laptops?", "responsibilities"},
	{"Which one, CIO or CTO, would manage the deals with our software vendors?", "responsibilities"},
	{"Which of them, CIO or CTO, should keep the licences with our suppliers?", "responsibilities"},
	// Making operations cheaper is an effect on the business, not a price.
	{"Does a CIO make day-to-day running cheaper while a CTO brings new revenue?", "business-impact"},
	{"Which role makes our processes cheaper and faster, and which one drives growth?", "business-impact"},
	// Roles named as sides, asked which first.
	{"We can afford one tech leader. Information side or technology side first?", "first-hire"},
	{"Budget for one senior hire only. Do we start with the information side or the technology side?", "first-hire"},
	// What a role adds in business terms.
	{"What would a CIO add for us in business terms?", "business-impact"},
	{"In business terms, what does a CTO add?", "business-impact"},
	{"What does a CTO add to a company, in plain business terms?", "business-impact"},
	// Each role's work asked side by side.
	{"What does a CTO do and what does a CIO do, side by side?", "responsibilities"},
	// The asker's own rates as a role for hire.
	{"How much should I charge per day as a fractional CIO?", "decline"},
	{"What hourly rate should I ask as an interim CTO?", "decline"},
	{"As a freelance CTO, what should I charge a start-up per month?", "decline"},
}
