package conversation

import "testing"

// TestDescriptionRound14Fills: kinds of fill a description makes that are
// right only most of the time, in fresh wordings beside guards that must
// still fill ("" is asked). A fill is never asked, so when a clause does
// not settle the question the way a typed answer would, it is left to ask.
func TestDescriptionRound14Fills(t *testing.T) {
	tests := []fillCase{
		// A company's age under twelve years says it is no start-up, not
		// whether it is steady or growing fast: owners of such firms
		// answer either, so the stage is asked.
		{"We're a courier firm, going nine years, with 30 riders.", qStage, ""},
		{"Been doing this since 2017, me and two vans.", qStage, ""},
		{"A bakery, trading seven years on the high street.", qStage, ""},
		{"First gym opened 2019 and number five opens in May.", qStage, ""},
		{"Trading since 1992 and steady as ever.", qStage, "established"},
		{"Going fifteen years now.", qStage, "established"},
		{"We launched four months ago.", qStage, "startup"},
		{"Our company was founded last year.", qStage, "startup"},
		// An attack is on us, and is an attack on computers: not a
		// stomach bug, a breach of contract, a form hacked together, or
		// ransomware at a neighbour or a supplier.
		{"A stomach virus hit half the kitchen staff last winter.", qSecurity, ""},
		{"We hacked together a booking form in a weekend.", qSecurity, ""},
		{"A breach of contract cost us our biggest client.", qSecurity, ""},
		{"The council next door was hit by ransomware in March.", qSecurity, ""},
		{"A supplier of ours got hit by ransomware last year.", qSecurity, ""},
		{"We were hit by ransomware in 2023.", qSecurity, "high"},
		{"Hackers took our website down twice last year.", qSecurity, "high"},
		{"Our company was hit by a phishing scam.", qSecurity, "high"},
		// Security demanded is cyber security, not guards and cameras.
		{"Our clients insist on security guards at every event.", qSecurity, ""},
		{"Customers want security cameras in the car park.", qSecurity, ""},
		{"Our biggest client audits our cyber security every year.", qSecurity, "high"},
		// Data held is others' sensitive data, not our own books.
		{"We keep our own financial records in a shoebox for the accountant.", qSecurity, ""},
		{"We store financial details for about 3,000 customers.", qSecurity, "high"},
		{"We hold patient notes for the whole valley.", qSecurity, "high"},
		// What fails again and again is a system: not a van, and not a
		// card machine or the wifi dropping, which owners rate some as
		// often as a real need of work.
		{"The old van dies every winter.", qSystems, ""},
		{"The card machine cuts out every market day.", qSystems, ""},
		{"The wifi drops out most afternoons.", qSystems, ""},
		{"The booking system goes down most Fridays.", qSystems, "pain"},
		{"The server freezes every morning.", qSystems, "pain"},
		// A hire waiting on something, or no money, is the budget only
		// when the clause is about paying for the hire.
		{"Our staff would need training on any new system.", qBudget, ""},
		{"The shop manager depends on the till for everything.", qBudget, ""},
		{"There's no budget for staff training this year.", qBudget, ""},
		{"Maybe we could pay the staff a bonus at Christmas.", qBudget, ""},
		{"A full-time IT director would depend on this year's results.", qBudget, "maybe"},
		{"There's no money for a head of technology.", qBudget, "no"},
		// Others ahead on price or size are not ahead on technology.
		{"The supermarkets are ahead of us on price.", qCompetitors, ""},
		{"The Dutch growers are years ahead of us in scale.", qCompetitors, ""},
		{"The big agencies are ahead of us online.", qCompetitors, "yes"},
		{"Our rivals are way ahead with their apps.", qCompetitors, "yes"},
		// A single or rare event says less than a habit: a client who
		// once asked, a till that crashed once.
		{"A client once asked whether our cyber security was any good.", qSecurity, ""},
		{"An insurer asked about our cyber cover once, years ago.", qSecurity, ""},
		{"Our insurer keeps asking about cyber cover.", qSecurity, "high"},
		{"Our old accounts software crashed once last year.", qSystems, ""},
		{"The till crashed once in March.", qSystems, ""},
		{"The till system has crashed again.", qSystems, "pain"},
		{"The server goes down once a week.", qSystems, "pain"},
		// Personal details alone (a mailing list) are not data whose
		// breach owners fear; patients' and children's are.
		{"We keep a mailing list with the personal details of about 200 customers.", qSecurity, ""},
		{"We hold personal details of our members for the newsletter.", qSecurity, ""},
		{"As a nursery we hold the children's medical notes.", qSecurity, "high"},
		// Others taking our trade are ahead on technology only when the
		// clause says technology: not the supermarkets on price.
		{"The big chains have taken a lot of our trade with cheaper prices.", qCompetitors, ""},
		{"Discount gyms are stealing our members.", qCompetitors, ""},
		{"Comparison sites have taken half our customers.", qCompetitors, "yes"},
		// Growth that is over is no growing fast.
		{"Sales doubled in 2020 and have been flat ever since.", qStage, ""},
		{"Orders tripled in 2021 and fell back after.", qStage, ""},
		{"Our bookings have doubled this year.", qStage, "scaling"},
		// A year is the company's only when the clause says so: not an
		// event's, a system's, or a sum's.
		{"The till system is from 2011.", qStage, ""},
		{"Our ERP dates from 2004 and only Jan knows it.", qStage, ""},
		{"We raised 2,000 pounds for the hospice last year.", qStage, ""},
		{"We moved to the new unit in 2008.", qStage, ""},
		{"The company is from 1991.", qStage, "established"},
		{"We're a family bakery, founded in 1990.", qStage, "established"},
		// What we build is a technology product only when the clause
		// names technology, and not when it is for our own use.
		{"We build our own furniture in the workshop.", qProducts, ""},
		{"We design and make our own bridal gowns.", qProducts, ""},
		{"We make our own software tools for internal use only.", qProducts, ""},
		{"We build our own booking app for other salons.", qProducts, "core"},
		// A budget for something else is no budget for the hire.
		{"We have the budget for a new roof.", qBudget, ""},
		{"Budget is approved for the new warehouse.", qBudget, ""},
		{"We have budget for a senior hire.", qBudget, "yes"},
		{"The budget for next year is approved.", qBudget, "yes"},
		// "Fine" beside "the ones elsewhere" is only some of them.
		{"The systems at the depot are fine, the ones at head office aren't.", qSystems, ""},
		{"The tills are fine, the rest of the kit is another story.", qSystems, ""},
		{"Our internal systems are fine.", qSystems, "fine"},
		// A worry that was, until something changed, is not today's.
		{"Security was a worry until we moved to the cloud.", qSecurity, ""},
		{"Our data used to be a mess, we sorted it last year.", qData, ""},
		{"The systems were a pain until the new ERP went live.", qSystems, ""},
		{"Security is a big worry for us.", qSecurity, "high"},
		// Others growing is not our growing.
		{"Our clients are growing fast.", qStage, ""},
		{"The town is growing fast and so is our waiting list.", qStage, ""},
		{"The market for heat pumps is booming.", qStage, ""},
		{"We are growing fast.", qStage, "scaling"},
		// An age and growth in one clause: which stage is asked.
		{"We are 20 years old and growing fast.", qStage, ""},
		{"Thirty years in business and still expanding.", qStage, ""},
		// A count of people is the headcount only as the company's own:
		// not people we feed, train, place or insure, a hall's seats,
		// or a count hoped for, needed or left behind.
		{"We feed about 200 people a day in the canteen.", qSize, ""},
		{"We train 40 people a month in first aid.", qSize, ""},
		{"The hall seats 300 people.", qSize, ""},
		{"We placed 120 workers with clients last year.", qSize, ""},
		{"We insure about 900 workers on building sites.", qSize, ""},
		{"We're hoping to be 50 people by next year.", qSize, ""},
		{"We need 20 more staff.", qSize, ""},
		{"We were 60 people before covid, now we are 14.", qSize, ""},
		{"We're a family bakery with three shops and 22 staff.", qSize, "s"},
		{"I think there are seven of us now.", qSize, "xs"},
		{"A care home with about 60 staff.", qSize, "m"},
		{"We employ 35 people.", qSize, "s"},
		// Others' systems, data and worries, as a service business
		// names them, are not ours.
		{"Our customers' systems are a mess, that's why they hire us.", qSystems, ""},
		{"We fix other people's broken systems for a living.", qSystems, ""},
		{"Our clients' data is scattered everywhere, we clean it up for them.", qData, ""},
		{"We sort out messy data for small charities.", qData, ""},
		{"Our clients worry about security a lot, so they hire us.", qSecurity, ""},
		{"We help firms that rely completely on IT.", qOps, ""},
		{"Customer data sits in four places.", qData, "yes"},
		// A past employer's state is not this company's.
		{"In my last job the systems were a nightmare.", qSystems, ""},
		{"At my old firm the data was all over the place.", qData, ""},
		{"My previous employer was 300 people.", qSize, ""},
		// A state that would come is not today's.
		{"If we grew, the systems would be a problem.", qSystems, ""},
		{"Without the move our data would be a mess.", qData, ""},
		// Affording something other than the hire is no budget for it.
		{"We can afford the new van.", qBudget, ""},
		{"We could not afford to lose the contract.", qBudget, ""},
		{"We can't afford downtime at harvest.", qBudget, ""},
		{"We can't afford a full-time technology director.", qBudget, "no"},
		// Rivals catching up are not ahead.
		{"Our competitors are catching up on tech.", qCompetitors, ""},
		{"The rivals have caught up with us online.", qCompetitors, ""},
		// Security of drivers, sites and stock is not cyber security.
		{"The security of our drivers at night worries me.", qSecurity, ""},
		{"Site security is a big concern with all the copper theft.", qSecurity, ""},
		{"Shoplifting is our biggest security worry.", qSecurity, ""},
		{"Our biggest customer asks for the security of the site at night.", qSecurity, ""},
		{"Identity theft from our customer files is my biggest security worry.", qSecurity, "high"},
		// Relying on the weather or one customer is no reliance on IT.
		{"We rely on the weather completely.", qOps, ""},
		{"We depend entirely on one big customer.", qOps, ""},
		{"Everything depends on the harvest.", qOps, ""},
		{"Everything runs on the practice software.", qOps, "high"},
		// Code written by someone else for us is still our product.
		{"We don't write code ourselves, an agency builds our booking app.", qProducts, ""},
		{"We don't build any software ourselves.", qProducts, "no"},
	}
	checkFills(t, tests)
}

// TestDescriptionRound14Size: the headcount read from the clauses no
// other question used, as a description typed at the size question is
// read. A count of people by a trade the reader does not know ("19
// bakers") may be staff: a smaller count beside it ("4 on the tills") is
// then part of the headcount, not all of it, and the size is asked.
func TestDescriptionRound14Size(t *testing.T) {
	tests := []struct{ text, want string }{
		{"I run 3 bakeries, 19 bakers + 4 on the tills, and the first opened in 2001.", ""},
		{"Two salons, 14 hairdressers plus 2 on the desk, and we've been going since 2005.", ""},
		{"A removals company since 1999, 30 movers and 3 in the office.", ""},
		{"I own 4 bakeries, 23 bakers + 3 on the tills. We don't make anything techy, we bake bread.", ""},
		{"A removals company, 30 movers and 3 in the office. We don't make anything techy, we move furniture.", ""},
		{"We're a family bakery since 1990, 5 on the payroll.", "xs"},
		// People counted who are not ours, read from the rest.
		{"We feed about 200 people a day in the canteen, and we've been going since 1990.", ""},
		{"We placed 120 workers with clients last year. Our data is a mess.", ""},
		{"We're hoping to be 50 people by next year. Our data is a mess.", ""},
		{"We were 60 people before covid. Our data is a mess.", ""},
		{"We're a family bakery with 22 staff. Our data is a mess.", "s"},
		{"Trading since 1988, a flock of 900 ewes and 3 of us on the farm.", "xs"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := describedSize(tt.text); got != tt.want {
				t.Errorf("size from %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// describedSize is the size a description typed at the size question
// gives: its own fill, or the typed reading of the clauses the other
// fills did not use.
func describedSize(text string) string {
	d := readDescription(text)
	if v := d.value(0); v != "" {
		return v
	}
	filled := d.fills(&state{}, 0)
	if len(filled) == 0 {
		return ""
	}
	return readAnswer(&questions[0], d.rest(&questions[0], filled), nil).value
}
