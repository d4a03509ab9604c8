package conversation

import "testing"

// round14Headcounts are fresh wordings of one class, which number is the
// headcount: a number is staff when its words tie it to staff ("of us",
// "we are", "on the payroll", "employ", "the team is"); a number tied to
// other nouns (riders of a partner, freelancers, vehicles, players, a
// membership, customers served) is not. Read by the rules and the doubt
// alone, no model. "~v" wants v or a re-ask with v in it, "?" any re-ask.
var round14Headcounts = []struct{ q, text, want string }{
	{qSize, "we are 6 in the office, the 50 drivers are agency drivers", "~xs"},
	{qSize, "We are 8. The 120 couriers are self-employed, not ours", "~xs"},
	{qSize, "our team is 14, the 300 tutors are freelancers", "s"},
	{qSize, "payroll is 22 people, plus about 90 subcontractors on site", "~s"},
	{qSize, "we employ 11, the 70 knitters are their own cooperative", "s"},
	{qSize, "4 of us run it, the 200 hosts are independent", "xs"},
	{qSize, "there are 35 of us and 400 members", "s"},
	{qSize, "we run 60 vans with 45 staff", "s"},
	{qSize, "45 staff and 60 vans", "s"},
	{qSize, "12 people, 3 shops, 40 suppliers", "~s"},
	{qSize, "a team of 9 and around 1,500 customers a week", "xs"},
	{qSize, "we serve 2,000 patients with 18 staff", "s"},
	{qSize, "we treated 5,000 animals last year, there are 26 of us", "s"},
	{qSize, "the club has 600 players and 12 paid staff", "s"},
	{qSize, "3 of us and a network of 80 freelance guides", "~xs"},
	{qSize, "just me and 2 others, we have 150 tracked trucks on the platform", "xs"},
	{qSize, "140 on the payroll across 9 sites", "m"},
	{qSize, "we employ 300 people in 4 countries", "l"},
	{qSize, "the 250 growers supply us, we are 19", "~s"},
	{qSize, "we are 7 people and 30 volunteers on match days", "~xs"},
	{qSize, "we have 5 staff and 1,200 subscribers", "xs"},
	{qSize, "25 employees, 90 contractors who aren't ours", "~s"},
	{qSize, "about 70 on staff; the 400 riders are a partner's, not ours", "~m"},
	{qSize, "17 of us, but 240 drivers use the app", "s"},
	{qSize, "we have 2 offices and 38 staff", "s"},
	{qSize, "we are 10, we deliver to 900 shops", "xs"},
	{qSize, "the brand has 80,000 followers but we're 4", "xs"},
	{qSize, "we're 60 on the payroll, 400 sellers on our marketplace", "m"},
	{qSize, "we're 23, the 500 drivers rent our cars", "~s"},
	{qSize, "a crew of 15 and 40 boats", "s"},
	// Added with "plus", a group tied to outsiders is still no staff.
	{qSize, "6 of us plus 35 freelance translators", "~xs"},
	{qSize, "we are 20 plus about 60 agency pickers in the peak", "~s"},
}

// round14HeadcountsKept are nearby answers the reading must not change:
// plain headcounts, sums of staff, a part of a total, seasons, ranges.
var round14HeadcountsKept = []struct{ q, text, want string }{
	{qSize, "about 120", "m"},
	{qSize, "35 people", "s"},
	{qSize, "we are 12", "s"},
	{qSize, "just me", "xs"},
	{qSize, "me and five lads", "xs"},
	{qSize, "10 or 20", "s"},
	{qSize, "around 300 staff", "l"},
	{qSize, "62 on payroll, 41 of them in the two warehouses", "m"},
	{qSize, "three branches with about eight each", "s"},
	{qSize, "between 40 and 60", "~s"},
	{qSize, "sixty at harvest, twenty the rest of the year", "~s"},
	{qSize, "190 on the payroll plus 80 drivers", "l"},
	{qSize, "a dozen in the office and about forty on site", "~m"},
	{qSize, "60 staff, the 300 farmers are members not staff", "m"},
	{qSize, "16 fitters on the vans and 2 of us in the office", "~s"},
	{qSize, "we export 40 containers a year but the team is only 9", "~xs"},
	{qSize, "twenty-seven", "s"},
	{qSize, "1500+", "l"},
	{qSize, "we employ 8, the tutors are freelancers", "xs"},
	{qSize, "we were 45 at christmas and hired another 20 since", "~m"},
	{qSize, "me, 3 stylists, plus my partner who does the accounts", "xs"},
}

func TestRound14Headcounts(t *testing.T) {
	checkReadings(t, partsReading, false, round14Headcounts, round14HeadcountsKept)
}

// round14Classes are the classes of blind set 18's wrong readings, in
// fresh wordings of other voices, read by the rules and the doubt alone.
var round14Classes = []struct{ q, text, want string }{
	// A headcount in the past beside one now: the present counts.
	{qSize, "about 80 now, we were 300 before the pandemic", "~m"},
	{qSize, "45 staff today, it was nearly 120 back in 2019", "~s"},
	{qSize, "200 at the moment, it was around 400 before we sold the factory", "~m"},
	{qSize, "we're 30, there were 70 of us before the restructure", "~s"},
	// A headcount that changes with temps or holidays: one of the two.
	{qSize, "25 all year, about 60 in december with temps", "~s"},
	{qSize, "110 normally, up to 300 over easter with temporary staff", "~m"},
	{qSize, "we're 9 year round and 20 when the temps come in", "~xs"},
	// The option's own word opening the answer, hedged with "?", beside
	// an incident that was stopped.
	{qSecurity, "low? we had one phishing email last year and nobody clicked", "~low"},
	{qSecurity, "medium? someone tried to hack the shop once, the host blocked it", "~medium"},
	{qSecurity, "medium I guess, there were a couple of scam calls, nothing got through", "~medium"},
	{qSecurity, "low? someone sent a fake invoice once and the bank caught it", "~low"},
	{qOps, "a fair amount I'd say? the tills and the booking app, but we could cope on paper", "~medium"},
	{qData, "some? a few duplicates in the CRM, nothing serious", "~some"},
	// What the firm sells named as "the product": no software product.
	{qProducts, "no, our products are the chairs and the tables", "~no"},
	{qProducts, "nope, the product is the coffee", "~no"},
	{qProducts, "no, the product is the cheese, we don't do apps", "~no"},
	{qProducts, "the products are the rugs we weave", "no"},
	{qProducts, "our product is the wine, the rest is marketing", "no"},
	// Kept: a technology product named so.
	{qProducts, "our product is a booking app for salons", "core"},
	{qProducts, "yes, the product is the sensor and its dashboard", "core"},
	{qProducts, "honestly the product is the whole business", "core"},
	// Growth as a multiple with a founding verb: asked, not fixed this
	// round (the opening year reads a start).
	{qStage, "we opened in 2022 and turnover is now three times that of our first year", "~scaling"},
	// Systems apart that are reconciled by hand: some trouble, not pain.
	{qSystems, "the till and the web shop don't talk, so I copy the stock across on Fridays", "~some"},
	{qSystems, "the CRM is fine; accounts is separate and we re-key the invoices every week", "~some"},
	{qSystems, "two systems that don't sync, we reconcile them monthly", "~some"},
	// Kept: the same seam told as the worst.
	{qSystems, "yes, the CRM and accounts are separate and we rekey 300 invoices a month", "pain"},
	{qSystems, "the two systems don't talk, it's a nightmare, we copy everything by hand", "pain"},
	{qSystems, "the server is ancient and unsupported, and the shop and stock systems are separate so we reconcile by hand", "pain"},
}

func TestRound14Classes(t *testing.T) {
	checkReadings(t, rulesReading, false, round14Classes)
}

// round14Reasks are classes of blind set 18's answers the reader asked
// again, in fresh wordings: they should be read first time.
var round14Reasks = []struct{ q, text, want string }{
	// An option said with a question mark is the owner's pick, whatever
	// the story after it suggests.
	{qSecurity, "medium? a bot hammered our login page last month, the firewall stopped it", "medium"},
	{qOps, "quite a lot I think? the bookings are online but the kitchen runs on paper tickets", "medium"},
	{qData, "some? the stock counts drift and we fix them at month end", "some"},
	// A computer kept "only" for the books beside a trade by hand: low.
	{qOps, "we knit everything by hand. the laptop is only for emails and the books", "low"},
	{qOps, "all baked by hand, the PC is just for the VAT return", "low"},
	{qOps, "we carve by hand; a computer only for the website and invoices", "low"},
	// One part fine, another that keeps failing: some.
	{qSystems, "the tills are fine but the wifi in the back keeps cutting out", "some"},
	{qSystems, "the website is ok but the card readers keep dropping", "some"},
	// A past, then a present opened by "since": the present decides.
	{qSystems, "used to crash weekly, since the new server it's been fine", "fine"},
	{qSecurity, "we were careless for years, since the phishing scare it's top of my list", "high"},
	{qData, "it was all over the place, since we got the new CRM it's tidy", "no"},
	{qSystems, "they were a disaster, since the upgrade they're mostly fine, the printers still need work", "some"},
	// Work by hand or on paper denied as a thing of the past: high.
	{qOps, "nothing is done on paper any more", "high"},
	{qOps, "none of the orders are written by hand any more", "high"},
	// Growth as a multiple of a past year beside a young firm's year.
	{qStage, "started in 2021, this year revenue is four times last year's", "scaling"},
	// Money for the role already in the plan or budget: yes.
	{qBudget, "yes, a CTO salary is provided for in this year's budget", "yes"},
	{qBudget, "it's already in the plan for this year, around 90k", "yes"},
}

func TestRound14Reasks(t *testing.T) {
	for _, tt := range round14Reasks {
		q := &questions[questionIndex(tt.q)]
		m := settle(q, tt.text, matchAnswer(q, tt.text, nil), guess{})
		if m.value != tt.want {
			t.Errorf("%s %q = %q %v, want %s", tt.q, tt.text, m.value, m.candidates, tt.want)
		}
	}
}
