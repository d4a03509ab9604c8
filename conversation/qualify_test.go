package conversation

import "testing"

// TestQualifiedReadings covers the rules that read numbers, ratios,
// comparisons, conditions and hedged endings: each case either names the
// option meant, or the two options to ask between ("a|b"), never a
// guess.
func TestQualifiedReadings(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		// A quantity of nothing is a no; a split is no "100%" yes.
		{qProducts, "0 apps, 100% consulting", "no"},
		{qProducts, "zero products, all services", "no"},
		{qInnovation, "innovation budget: 0", "no"},
		{qInnovation, "0 spent on new tech last year", ""}, // asked again, not guessed
		{qBudget, "100%", "yes"},
		// A part of the whole is the middle; most of it is not.
		{qSystems, "2 of our 12 servers are out of support", "some"},
		{qSystems, "one in five laptops is unpatched", "some"},
		{qSystems, "9 of our 10 systems are out of support", "pain"},
		// Groups times people in each.
		{qSize, "four shops with about six staff each", "s"},
		{qSize, "2 sites with 40 each", "m"},
		{qSize, "three of us", "xs"},
		// Who follows "than" is compared with whoever stands before.
		{qCompetitors, "most florists I deal with are slower with tech than us", "no"},
		{qCompetitors, "the garages I know are all faster than me", "yes"},
		{qCompetitors, "we're not slower than others", "no"},
		{qCompetitors, "they're not faster than us", "no"},
		// A budget on a condition is a maybe; without one, a yes.
		{qBudget, "once the grant comes through it's budgeted", "maybe"},
		{qBudget, "if the contract renews we have the budget", "maybe"},
		{qBudget, "it's budgeted", "yes"},
		// "mostly" or "half" on an all fine is the middle.
		{qData, "the numbers mostly add up, it's in one system", "some"},
		{qSystems, "the office is fine, the warehouse is half on paper", "some"},
		{qSystems, "they run well", "fine"},
		// A supposed trouble: some, or a real problem?
		{qData, "I'd struggle to find last year's invoices", "some|yes"},
		// A concession taken back after "but".
		{qBudget, "sure, but only part time", "maybe"},
		// A summing-up clause.
		{qInnovation, "the kids want every gadget, I want none, so somewhere in between", "some"},
		// Taking up new tools on a condition.
		{qInnovation, "we'll try a new app if the other shops like it", "some"},
		{qInnovation, "we never try anything new if we can help it", ""},
		// Growth from one size to a larger.
		{qStage, "we went from a 2 van to a 6 van fleet this year", "scaling"},
		// What others already do, set against what we still do.
		{qCompetitors, "the garage down the road does online booking, we still use a paper book", "yes"},
		{qCompetitors, "the chains already have self-service tills", "yes"},
		// Others stuck in old ways while we moved on: we lead.
		{qCompetitors, "the other garages still use paper, we book online", "no"},
		// A trade beside no software is no product.
		{qProducts, "we fit kitchens, we don't make software", "no"},
		{qProducts, "we build software for kitchen fitters", "core"},
	}
	for _, tt := range tests {
		q := &questions[questionIndex(tt.q)]
		m := matchAnswer(q, tt.text, nil)
		if got := readingOf(m); got != tt.want {
			t.Errorf("%s %q = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}

func TestQuestionBack(t *testing.T) {
	tests := []struct {
		text       string
		head, tail string
		ok         bool
		rhetorical bool
		elliptic   bool
	}{
		{"do we look like Google?", "do we look like Google?", "", false, true, false},
		{"why would I change what works?", "why would I change what works?", "", false, true, false},
		{"what is a CIO?", "what is a CIO?", "", false, false, false},
		{"how would a CTO help us?", "how would a CTO help us?", "", false, false, false},
		{"do we build apps? we don't", "do we build apps?", "we don't", true, false, false},
		{"is that established? I'd say so", "is that established?", "I'd say so", true, false, true},
		{"are we growing? yes I reckon", "are we growing?", "yes I reckon", true, false, true},
	}
	for _, tt := range tests {
		head, tail, ok := questionTail(tt.text)
		if head != tt.head || tail != tt.tail || ok != tt.ok {
			t.Errorf("questionTail(%q) = %q, %q, %v; want %q, %q, %v", tt.text, head, tail, ok, tt.head, tt.tail, tt.ok)
		}
		if got := rhetorical(head); got != tt.rhetorical {
			t.Errorf("rhetorical(%q) = %v, want %v", head, got, tt.rhetorical)
		}
		if got := ok && elliptic(tail); got != tt.elliptic {
			t.Errorf("elliptic(%q) = %v, want %v", tail, got, tt.elliptic)
		}
	}
}
