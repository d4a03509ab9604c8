package conversation

import "testing"

// TestDescriptionRound13Missed: classes of what descriptions plainly say
// that filled nothing before round 13, each in fresh wordings beside
// guards that must stay unfilled ("").
func TestDescriptionRound13Missed(t *testing.T) {
	tests := []fillCase{
		// No money for the hire itself: no budget.
		{"There's no money for a head of IT.", qBudget, "no"},
		{"Honestly there is no budget for senior staff.", qBudget, "no"},
		{"I doubt we could afford a full-time technology manager.", qBudget, "no"},
		{"There's no budget for new laptops this year.", qBudget, ""},
		{"No money worries, the shop does fine.", qBudget, ""},
		// The hire waits on a decision or on results: maybe.
		{"Hiring a CTO would need sign-off from the investors.", qBudget, "maybe"},
		{"A full-time IT director would depend on how the harvest goes.", qBudget, "maybe"},
		{"Maybe we could fund a full-time tech manager next year.", qBudget, "maybe"},
		{"The new van would need a bank loan.", qBudget, ""},
		// An attack that hit us: a breach would hurt.
		{"Two years ago we were hit by ransomware and lost a week.", qSecurity, "high"},
		{"Hackers took the booking site down over Christmas.", qSecurity, "high"},
		{"A phishing email nearly fooled our bookkeeper last month.", qSecurity, ""},
		{"A ransomware attack on a rival made the local papers.", qSecurity, ""},
		// Regulators, insurers or customers demanding security.
		{"The regulator wants to see our cyber security plan by March.", qSecurity, "high"},
		{"Our biggest customer audits our security every year.", qSecurity, "high"},
		{"The insurer now insists on annual security tests.", qSecurity, "high"},
		{"The regulator visits once a year about hygiene.", qSecurity, ""},
		// Rivals ahead of us: falling behind.
		{"The bigger agencies are years ahead of us online.", qCompetitors, "yes"},
		{"Our competition is well ahead on digital.", qCompetitors, "yes"},
		{"Frankly the chains are way ahead of us with their apps.", qCompetitors, "yes"},
		{"The big device companies are two years behind us.", qCompetitors, ""},
		{"We are well ahead of the other firms in town.", qCompetitors, "no"},
		{"No competitor is ahead of us in this region.", qCompetitors, ""},
		// Building no technology of our own, said plainly: no product.
		{"We don't build any tech of our own.", qProducts, "no"},
		{"We do not build software ourselves.", qProducts, "no"},
		{"The big chains don't build their own tech either.", qProducts, ""},
		{"We want to build an app of our own so customers don't need to ring us.", qProducts, "planned"},
	}
	checkFills(t, tests)
}

// TestDescriptionRound13Failing: a machine or a system that fails again
// and again ("the file server dies weekly") is a system in pain; once,
// or never, says less.
func TestDescriptionRound13Failing(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The booking server goes down most Mondays.", "pain"},
		{"Our stock PC dies every other week.", "pain"},
		// A card machine is no system: owners rate its failing some as
		// often as pain (round 14), so it is asked.
		{"The card machine keeps freezing at lunchtime.", ""},
		{"The till keeps freezing at lunchtime.", "pain"},
		{"The shop website falls over whenever we run a sale.", "pain"},
		{"The website fell over once on Black Friday.", ""},
		{"Our server has never gone down.", ""},
		{"The oven dies every winter.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := readDescription(tt.text).value(questionIndex(qSystems)); got != tt.want {
				t.Errorf("systems from %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDescriptionRound13Sensitive: we holding health, personal or
// financial data is a breach that would hurt: high.
func TestDescriptionRound13Sensitive(t *testing.T) {
	tests := []struct{ text, want string }{
		{"We hold health records for about 2,000 clients.", "high"},
		{"As a nursery we keep a lot of personal data about the children.", "high"},
		{"We handle our customers' financial details every day.", "high"},
		{"We hold a stock of spare parts for every model.", ""},
		{"We don't hold any personal data, the card firm does.", ""},
		{"The hospital keeps the patient records, we only see the rota.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := readDescription(tt.text).value(questionIndex(qSecurity)); got != tt.want {
				t.Errorf("security from %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
