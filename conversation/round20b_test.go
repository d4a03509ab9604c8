package conversation

import "testing"

// round20bLaterYear: a hedge whose only content is a time a year or more
// ahead ("perhaps next year") says not now, or maybe not now: the owner
// answers no as often as maybe, so it is asked between the two, never
// taken as maybe. 5 of 5 failed first (taken as maybe).
var round20bLaterYear = []struct{ q, text, want string }{
	{qBudget, "Perhaps in two years.", "?"},
	{qBudget, "maybe the year after next", "?"},
	{qBudget, "possibly in a couple of years", "?"},
	{qBudget, "maybe next financial year", "?"},
	{qBudget, "perhaps in a few years' time", "?"},
}

// round20bLaterYearKept: a condition, a nearer time or a tightness keeps
// the maybe.
var round20bLaterYearKept = []struct{ q, text, want string }{
	{qBudget, "maybe in six months", "maybe"},
	{qBudget, "perhaps next year if the harvest is good", "maybe"},
	{qBudget, "maybe, but it would be tight", "maybe"},
	{qBudget, "not now, maybe in two years", "no"},
}

func TestRound20bLaterYear(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bLaterYear, round20bLaterYearKept)
	for _, tt := range round20bLaterYear {
		m := modelFreeReading(&questions[questionIndex(tt.q)], tt.text)
		if got := readingOf(m); got != "maybe|no" {
			t.Errorf("%s %q = %q, want asked between maybe and no", tt.q, tt.text, got)
		}
	}
}

// TestDescriptionRound20bFunds: money the business handles for others
// ("we administer pension funds for 300 employers", "we raise funds for
// hospices") is its trade, not a budget for the hire. 3 of 5 failed first
// (filled as yes); the guards keep their fills.
func TestDescriptionRound20bFunds(t *testing.T) {
	tests := []fillCase{
		{"We manage investment funds for about 40 families.", qBudget, ""},
		{"We raise funds for local hospices and run two charity shops.", qBudget, ""},
		{"The firm handles client money for 2,000 landlords.", qBudget, ""},
		{"We administer the trust funds of 12 schools.", qBudget, ""},
		{"We look after the pension money of 90 employers.", qBudget, ""},
		{"We have the funds for a head of IT.", qBudget, "yes"},
		{"We have set aside money for a senior hire.", qBudget, "yes"},
		{"There's no money for a CTO.", qBudget, "no"},
	}
	checkFills(t, tests)
}

// round20bBackOfMind: a worry "at the back of my mind" is held but not
// pressing, the middle; a denied sleepless night beside it caps it, it
// does not make it none. 3 of 5 failed first (not read, or read high).
var round20bBackOfMind = []struct{ q, text, want string }{
	{qSecurity, "it's at the back of our minds, not keeping us up at night", "~medium"},
	{qSecurity, "always at the back of my mind, but no sleepless nights", "~medium"},
	{qSecurity, "back of my mind, I suppose", "~medium"},
	{qSecurity, "it sits at the back of my head", "~medium"},
	{qSecurity, "it stays in the back of our minds", "~medium"},
}

// round20bBackOfMindKept stay as they read.
var round20bBackOfMindKept = []struct{ q, text, want string }{
	{qSecurity, "it doesn't keep me up at night", "low"},
	{qSecurity, "it keeps me up at night", "high"},
	{qSecurity, "I've got a sore back, not a worry about hackers", "~low"},
}

func TestRound20bBackOfMind(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bBackOfMind, round20bBackOfMindKept)
}

// round20bLesserHarm: the worst denied and a lesser harm told after it
// ("wouldn't sink us, but it'd cost a week") is the middle; the model,
// reading "sink" and "cost" without the "not", must not veto it. 2 of 5
// failed first (asked between medium and high).
var round20bLesserHarm = []struct{ q, text, want string }{
	{qSecurity, "ransomware wouldn't sink the firm, but it would cost us a week", "medium"},
	{qSecurity, "it wouldn't end the business, but it'd be a real pain", "medium"},
	{qSecurity, "a breach won't ruin us, but it would be messy", "medium"},
	{qSecurity, "getting hacked wouldn't kill the company, but clients would be furious", "medium"},
	{qSecurity, "a cyber attack would not destroy us, but it would be a nightmare for a month", "medium"},
}

// round20bLesserHarmKept stay as they read.
var round20bLesserHarmKept = []struct{ q, text, want string }{
	{qSecurity, "a hack would kill us", "high"},
	{qSecurity, "a breach would be a nightmare for us", "high"},
}

func TestRound20bLesserHarm(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bLesserHarm, round20bLesserHarmKept)
}

// round20bPrototype: a prototype, or building work, dated ahead ("first
// prototype this winter", "building starts after the summer") is a
// product still to come: planned, as a launch or a pilot ahead is. 3 of
// 5 failed first (the rules read core).
var round20bPrototype = []struct{ q, text, want string }{
	{qProducts, "we've drawn up a booking app, coding begins after Easter", "~planned"},
	{qProducts, "we're working on a small tracker for the boats, first prototype next spring", "~planned"},
	{qProducts, "we've mocked up a customer portal, building starts in the autumn", "~planned"},
	{qProducts, "a soil sensor of our own is on the drawing board, first prototype this summer", "~planned"},
	{qProducts, "we're sketching a tasting-room app, development starts after Christmas", "~planned"},
}

// round20bPrototypeKept stay as they read.
var round20bPrototypeKept = []struct{ q, text, want string }{
	{qProducts, "we make our own booking app and sell it to 40 hotels", "core"},
	{qProducts, "no, we're a bakery", "no"},
}

func TestRound20bPrototype(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bPrototype, round20bPrototypeKept)
	for _, tt := range round20bPrototype {
		if m := rulesReading(&questions[questionIndex(tt.q)], tt.text); m.value != "" && m.value != "planned" {
			t.Errorf("%s %q: rules read %q, want planned or nothing", tt.q, tt.text, m.value)
		}
	}
}

// round20bDecisionPending: money said to be there, with a decision still
// to take ("but the board still has to approve it", "I'd have to be very
// sure") is a maybe: the hire waits on the decision. 5 of 5 failed first
// (three taken as yes).
var round20bDecisionPending = []struct{ q, text, want string }{
	{qBudget, "it's in the draft budget, but the board still has to approve it", "maybe"},
	{qBudget, "the money is there, but the partners still have to agree", "maybe"},
	{qBudget, "we've earmarked the cash, though the council must sign it off", "maybe"},
	{qBudget, "we can afford it, but I'd have to be really sure", "maybe"},
	{qBudget, "The salary is budgeted; the owners need to vote on it first.", "maybe"},
}

// round20bDecisionPendingKept stay as they read.
var round20bDecisionPendingKept = []struct{ q, text, want string }{
	{qBudget, "yes, the board has already approved it", "yes"},
	{qBudget, "no, the board would never approve it", "no"},
	{qBudget, "yes, it's budgeted", "yes"},
}

func TestRound20bDecisionPending(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bDecisionPending, round20bDecisionPendingKept)
}

// round20bTheirTech: technology said to be someone else's ("the
// technology is theirs", "the software belongs to the supplier") is no
// product of ours. 5 of 5 failed first (four taken as core).
var round20bTheirTech = []struct{ q, text, want string }{
	{qProducts, "We lay cables for the network operator. The technology is theirs.", "~no"},
	{qProducts, "We install the panels. The software is the manufacturer's.", "~no"},
	{qProducts, "we just fit the kit, the technology belongs to the supplier", "~no"},
	{qProducts, "We staff the wards for the hospital. The systems are theirs.", "~no"},
	{qProducts, "we print for publishers, the apps are all theirs", "~no"},
}

// round20bTheirTechKept stay as they read.
var round20bTheirTechKept = []struct{ q, text, want string }{
	{qProducts, "the technology is ours, we sell it to 30 labs", "core"},
	{qProducts, "we sell our own booking software to 40 hotels", "core"},
}

func TestRound20bTheirTech(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bTheirTech, round20bTheirTechKept)
	for _, tt := range round20bTheirTech {
		if m := rulesReading(&questions[questionIndex(tt.q)], tt.text); m.value == "core" {
			t.Errorf("%s %q: rules read core", tt.q, tt.text)
		}
	}
}

// round20bClosedPassive: a product told as given up in the passive ("it
// was closed", "was shut down") is no product now, as "we closed it"
// is. 2 of 6 failed first (the two with "closed" in the passive).
var round20bClosedPassive = []struct{ q, text, want string }{
	{qProducts, "no, we had a booking app in 2020 but it was shut down", "~no"},
	{qProducts, "we launched a webshop once, it was discontinued", "~no"},
	{qProducts, "there was an app, but it was scrapped two years ago", "~no"},
	{qProducts, "not now. our ordering portal was closed in 2021", "~no"},
	{qProducts, "we tried a webshop in 2018 but it was closed", "~no"},
	{qProducts, "we had a loyalty app, it got closed after a year", "~no"},
}

// round20bClosedPassiveKept stay as they read.
var round20bClosedPassiveKept = []struct{ q, text, want string }{
	{qProducts, "the old app was scrapped, the new one sells to 200 gyms", "~core"},
}

func TestRound20bClosedPassive(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bClosedPassive, round20bClosedPassiveKept)
	for _, tt := range round20bClosedPassive {
		if m := rulesReading(&questions[questionIndex(tt.q)], tt.text); m.value != "no" {
			t.Errorf("%s %q: rules read %q %v, want no", tt.q, tt.text, m.value, m.candidates)
		}
	}
}

// round20bRevenueFrom: "from" before the sale is where our revenue comes
// from ("half our revenue comes from the sensors we sell"), not a maker
// we resell ("we sell apps from other developers"): core. 2 of 5 failed
// first (the rules read no; "build and sell" was read already).
var round20bRevenueFrom = []struct{ q, text, want string }{
	{qProducts, "a third of our turnover comes from the monitoring devices we build and sell to dairies", "~core"},
	{qProducts, "most of our income now comes from the sensors we make and sell to councils", "~core"},
	{qProducts, "our profit comes from the software we sell to other labs", "~core"},
	{qProducts, "Half our revenue comes from the tracking devices we design and sell to hauliers.", "~core"},
	{qProducts, "most of our income comes from the smart meters we sell to water boards", "~core"},
}

// round20bRevenueFromKept stay as they read.
var round20bRevenueFromKept = []struct{ q, text, want string }{
	{qProducts, "we sell apps from other developers", "~no"},
	{qProducts, "we resell software from Microsoft", "~no"},
}

func TestRound20bRevenueFrom(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bRevenueFrom, round20bRevenueFromKept)
	for _, tt := range round20bRevenueFrom {
		if m := rulesReading(&questions[questionIndex(tt.q)], tt.text); m.value == "no" {
			t.Errorf("%s %q: rules read no", tt.q, tt.text)
		}
	}
}

// round20bPutAside: money "put aside" or "set aside" with the sum between
// verb and particle ("voted to put 60k aside for it") is set aside: yes.
// 4 of 4 failed first (asked between yes and maybe). Money for another
// thing ("for the new roof") is no yes: asked (it was taken as yes).
var round20bPutAside = []struct{ q, text, want string }{
	{qBudget, "the trustees voted to set 80k aside for a head of IT", "yes"},
	{qBudget, "we've put some money aside for exactly this", "~yes"}, // some: maybe part
	{qBudget, "the partners put £90k aside last spring for it", "yes"},
	{qBudget, "the board put the salary aside in this year's plan", "yes"},
}

// round20bPutAsideKept stay as they read.
var round20bPutAsideKept = []struct{ q, text, want string }{
	{qBudget, "we can't put anything aside", "no"}, // no rule: both models read it
	{qBudget, "we set money aside for it", "yes"},
	{qBudget, "we put money aside for the new roof", "?"},
}

func TestRound20bPutAside(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bPutAside, round20bPutAsideKept)
}

// round20bOnlyAsked: new things "only" as far as others demand them
// ("only what the clients ask us for", "just what the regulator makes us
// do") is following, not innovating: no. 4 of 5 failed first (not
// taken).
var round20bOnlyAsked = []struct{ q, text, want string }{
	{qInnovation, "Just what the regulator makes us do.", "~no"},
	{qInnovation, "only what our customers demand, nothing more", "~no"},
	{qInnovation, "Only what head office tells us to.", "~no"},
	{qInnovation, "only what the insurers require", "~no"},
	{qInnovation, "only what the big supermarkets ask of us", "~no"},
}

// round20bOnlyAskedKept stay as they read.
var round20bOnlyAskedKept = []struct{ q, text, want string }{
	{qInnovation, "we want to be first with new technology", "yes"},
	{qInnovation, "no interest in being cutting edge", "no"},
}

func TestRound20bOnlyAsked(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bOnlyAsked, round20bOnlyAskedKept)
	for _, tt := range round20bOnlyAsked {
		if m := modelFreeReading(&questions[questionIndex(tt.q)], tt.text); m.value != "no" {
			t.Errorf("%s %q = %q %v, want no taken", tt.q, tt.text, m.value, m.candidates)
		}
	}
}

// round20bBorderline: a budget told as a line not yet crossed ("on the
// edge", "on the fence", "touch and go", "could go either way") is the
// maybe; the edge of something else ("on the edge of going under") is
// not. Money no object ("whatever it costs") is yes. 7 of 7 failed first
// (not taken).
var round20bBorderline = []struct{ q, text, want string }{
	{qBudget, "right on the edge, honestly", "maybe"},
	{qBudget, "touch and go", "maybe"},
	{qBudget, "could go either way", "maybe"},
	{qBudget, "we're sitting on the fence", "maybe"},
	{qBudget, "we'd do whatever it takes", "yes"},
	{qBudget, "The chairman says: whatever it costs.", "yes"},
	{qBudget, "whatever it costs, we need one", "yes"},
}

// round20bBorderlineKept stay as they read.
var round20bBorderlineKept = []struct{ q, text, want string }{
	{qBudget, "we're on the edge of going under", "?"},
	{qBudget, "no way", "no"},
}

func TestRound20bBorderline(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bBorderline, round20bBorderlineKept)
}

// round20bWhatSteal: a question back asking what an attacker could take
// ("what would they steal, the guard rotas?") answers that there is
// little worth taking: low, as "who'd bother hacking us?" is. Read
// as a question back. 4 of 4 failed first (not read).
var round20bWhatSteal = []struct{ q, text, want string }{
	{qSecurity, "What would hackers take, our delivery slots?", "low"},
	{qSecurity, "what could anyone steal, the menu?", "low"},
	{qSecurity, "what would they want with our knitting patterns?", "low"},
	{qSecurity, "what is there to steal, a few rotas?", "low"},
}

func TestRound20bWhatSteal(t *testing.T) {
	for _, tt := range round20bWhatSteal {
		if got := retort(&questions[questionIndex(tt.q)], tt.text); got != tt.want {
			t.Errorf("%s %q = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
	// A question back whose statement after it says what is at stake is
	// no such retort.
	if got := retort(&questions[questionIndex(qSecurity)], "what would they steal? our clients' passports, that's what"); got == "low" {
		t.Errorf("retort with a stake after it = low")
	}
}

// round20bPlainNo: a product named as goods, with no technology in the
// answer, is no, and stands against the model: "no,
// the product is the bags" names a product, but not a technology one.
// 3 of 4 failed first (one taken as core, two asked).
var round20bPlainNo = []struct{ q, text, want string }{
	{qProducts, "no, the product is the cheese and the butter", "no"},
	{qProducts, "no, our product is the furniture itself", "no"},
	{qProducts, "nope, the product is the haircut", "no"},
	{qProducts, "no, the products are the boats we charter", "no"},
}

// round20bPlainNoKept stay as they read.
var round20bPlainNoKept = []struct{ q, text, want string }{
	{qProducts, "no, but we're building an app for next spring", "~planned"},
	{qProducts, "we sell our own booking software to 40 hotels", "core"},
}

func TestRound20bPlainNo(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bPlainNo, round20bPlainNoKept)
}

// round20bProductIsFirm: the firm as the product, or products planned,
// stay as they read beside round20bPlainNo.
var round20bProductIsFirm = []struct{ q, text, want string }{
	{qProducts, "honestly the product is the whole business", "core"},
	{qProducts, "the product is the company", "core"},
}

func TestRound20bProductIsFirm(t *testing.T) {
	checkReadings(t, modelFreeReading, false, round20bProductIsFirm)
}
