package conversation

import "testing"

// round13Classes are the classes of wrong reading found in blind set
// 17's answers, in fresh wordings of other voices (none is a labelled
// answer): read by the rules and the doubt alone, with no model to
// rescue them. "~v" wants v or a re-ask between v and another option,
// never another option taken; "?" any re-ask; a plain v wants v first
// time.
var round13Classes = []struct{ q, text, want string }{
	// "N of them" after a larger number is a part of it, not a second
	// group to add or to read alone.
	{qSize, "140 on the books, 30 of them part-time in the two shops", "m"},
	{qSize, "we have 55 staff, 12 of them in the three branches", "m"},
	{qSize, "about 300 people, 80 of us at the two depots", "l"},
	// A number that counts the members, named before it, is no staff.
	{qSize, "18 employees; the membership is about 900", "s"},
	{qSize, "we are 9 in the office and our membership is around 2,000", "xs"},
	{qSize, "45 staff, with a membership of roughly 1,200", "s"},
	// A number denied to be staff later in its clause is no staff.
	{qSize, "300 kids enrolled but they're pupils not staff, we are 20 teachers", "s"},
	// A number whose group is said to be children, players, residents or
	// passengers counts no staff.
	{qSize, "we are 14 coaches, the 380 kids are all players", "s"},
	{qSize, "38 carers look after the 160 residents", "s"},
	{qSize, "7 of us in the office, the 2,000 passengers a day are not ours to count", "xs"},
	{qSize, "600 riders registered, they are not employees, the office is 7 of us", "xs"},
	{qSize, "about 500 volunteers on the day but they aren't staff, 35 on the payroll", "s"},
	// A past told with "were" beside a present: the present is read.
	{qSystems, "they were a disaster, we rebuilt it all last winter and it's rock solid now", "~fine"},
	{qSecurity, "we were pretty relaxed about it, but now with the card data it's a big worry", "~high"},
	{qData, "we were all over the place, now it's one database", "~no"},
	// A present that only denies the past ("so not anymore"): what the
	// past told is gone, or asked; never the past's reading.
	{qData, "we put all the records on one platform a while ago, so not anymore", "~no"},
	// With no word for the past, asked: never the yes "so" once read.
	{qData, "we merged the two systems in the spring, so not anymore", "?"},
	{qSecurity, "it used to worry me a lot, not anymore", "~low"},
	{qSystems, "they used to be fine, not any more", "?"},
	// A year of the place or thing beside the year the firm began in it:
	// the firm's year counts.
	{qStage, "the mill dates from 1870, we opened the bakery in it in 2025", "~startup"},
	{qStage, "our farmhouse was built in 1790; we started the holiday lets in 2025", "~startup"},
	{qStage, "the hall is from 1902 but we only took the lease and opened in 2024", "~startup"},
	{qStage, "founded in 1990, we opened our second shop in 2025", "~established"},
	// Words of long standing against a young firm's own year: asked.
	{qStage, "the shop has been a chemist for years, we took it over and reopened in 2023", "?"},
	{qStage, "the pub stood empty for decades until we reopened it in 2022", "?"},
}

func TestRound13Classes(t *testing.T) {
	checkReadings(t, partsReading, false, round13Classes)
}

// round13Reasks are the classes of needless re-ask in blind set 17, in
// fresh wordings: each wants its option first time.
var round13Reasks = []struct{ q, text, want string }{
	// A moderate amount said as a quantity: the middle.
	{qSecurity, "a fair amount, we hold members' home addresses", "medium"},
	{qSecurity, "a fair bit these days", "medium"},
	{qInnovation, "a fair amount, we try new kit most years", "some"},
	{qSecurity, "a moderate amount", "medium"},
	// After a past, the present runs on to the end of the answer: "but
	// now we hold ..., so a lot".
	{qSecurity, "never bothered me before, but now we take card payments online, so a lot", "high"},
	{qSystems, "they used to crash weekly, now we're on the new platform, so no problems", "fine"},
	{qData, "it used to be tidy, but now we have three branches and, honestly, it's a real mess", "yes"},
	// Customers a firm served, guided or welcomed are no staff.
	{qSize, "we are 14 in the office, last year we guided 1,200 climbers", "s"},
	{qSize, "8 of us, and we welcomed 3,000 visitors last summer", "xs"},
	{qSize, "30 staff; we served 600 diners over the weekend", "s"},
}

func TestRound13Reasks(t *testing.T) {
	checkReadings(t, partsReading, false, round13Reasks)
}

// round13Contradictions open with a plain no and then say the yes: asked
// between the two, never read as the no (an opening no taken over the
// detail was tried and dropped for these).
var round13Contradictions = []struct{ q, text string }{
	{qCompetitors, "no, they are way ahead of us"},
	{qCompetitors, "nope, they are ahead"},
	{qData, "no, our data is a mess"},
	{qSecurity, "no, it keeps me up at night"},
	{qOps, "not really, we run everything on the ERP"},
}

func TestRound13Contradictions(t *testing.T) {
	for _, tt := range round13Contradictions {
		q := &questions[questionIndex(tt.q)]
		if m := readAnswer(q, tt.text, nil); m.value == q.no {
			t.Errorf("%s %q = %q, want asked", tt.q, tt.text, m.value)
		}
	}
}

// round13OnePlace: data kept in one named place is under control, in
// fresh wordings (the largest group of re-asks in the cross-validation
// is answers with no key at all; this is the part of it a rule reads).
var round13OnePlace = []struct{ text, want string }{
	{"all our customers are in one spreadsheet", "no"},
	{"everything lives in a single database", "no"},
	{"the bookings and invoices sit in one app", "no"},
	{"orders in one spreadsheet and stock in three notebooks", "~yes"},
	{"everything is in one spreadsheet, and nobody trusts it", "~yes"},
}

func TestRound13OnePlace(t *testing.T) {
	q := &questions[questionIndex(qData)]
	for _, tt := range round13OnePlace {
		if m := settle(q, tt.text, matchPart(q, tt.text, nil), guess{}); !meets(m, tt.want, false) {
			t.Errorf("%q = %q %v, want %s", tt.text, m.value, m.candidates, tt.want)
		}
	}
}
