package knowledge

import "testing"

// TestRound11Classes holds wordings written for round 11, before the
// fixes they test, one or more per class of blind18's misses, so that a
// fix shows it covers the class and not only the labelled line. None of
// them is in a labelled file. Five were written after their fix, to try
// it: "the busines impact...", "...faces customers, no? Anyway..." and
// the three of an ask marker in the story.
func TestRound11Classes(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ q, want string }{
		// A slip of the hand in a long word of an article's own title.
		{"cio vs cto responsibilties", "responsibilities"},
		{"ctos and cios responsiblities compared", "responsibilities"},
		{"the busines impact of a cio versus a cto", "business-impact"},
		// Saying the question is not about a career is no career question.
		{"I'm not asking about my career, just curious: what does a CTO do all day?", "what-is-cto"},
		{"This isn't about my career. I only want to know when a company needs a CIO.", "when-cio"},
		// Price-shopping for a product or a vendor.
		{"What's the cheapest firewall for a small office?", "decline"},
		{"Which CRM costs the least for 20 users?", "decline"},
		{"cheapest antivirus for 30 laptops?", "decline"},
		// The asker's own move from one role to the other.
		{"I'm a CTO and want to switch to a CIO role. What should I learn first?", "decline"},
		{"As a CIO, how do I move into a CTO position?", "decline"},
		// Tax and contract advice about the roles.
		{"Can we deduct the CIO's pay from corporation tax?", "decline"},
		{"What clauses should a CIO's employment contract have?", "decline"},
		{"How should we word the non-compete in our CTO's contract?", "decline"},
		// A belief stated, then a question asked: the question decides.
		{"I reckon the CIO runs the internal stuff and the CTO builds the product, right? We sell furniture online. So when should we hire a CTO?", "when-cto"},
		{"My understanding is that a CTO looks outward and a CIO inward. We run twelve care homes. At what point do we need a CIO?", "when-cio"},
		{"The CTO is the one who faces customers, no? Anyway, what would a CTO cost us per year?", "cost"},
		// An ask marker in the story ("I'm not sure he's ready") before a
		// question that names a role: the question decides.
		{"Our app keeps crashing. I'm not sure the freelancer we use is any good. When do we need a CTO?", "when-cto"},
		{"We're a 30-person law firm and I'm not sure our IT guy can keep up with the audits. Who owns compliance, the CIO or the CTO?", "responsibilities"},
		{"I want to know what each of them would cost us. Is a CTO dearer than a CIO?", "cost"},
		// The virtual option named, then pointed back at.
		{"A friend mentioned a virtual CIO or CTO for small firms. What is that and how does it work?", "virtual"},
		{"What exactly is a fractional CTO or CIO?", "virtual"},
		{"My accountant keeps talking about a fractional CTO. What is that exactly?", "virtual"},
		{"We were told an outsourced CIO could cover us two days a month. What is it and how does it work?", "virtual"},
		// Which of the two owns a named area.
		{"Who looks after backups and compliance, the CTO or the CIO?", "responsibilities"},
		{"Who is responsible for our customer data, CIO or CTO?", "responsibilities"},
		// Hiring both, who takes which area.
		{"If we end up with both a CIO and a CTO, who runs the website and who runs the office network?", "responsibilities"},
		{"Say we hire both: who handles the app and who handles the laptops?", "responsibilities"},
		// Room for one tech executive.
		{"We can afford only one of the two tech execs this year; which one?", "first-hire"},
		{"Money for one tech exec only. Which one should it be?", "first-hire"},
		// One role's work at a kind of company.
		{"What does a CTO do at a meal-kit subscription startup?", "what-is-cto"},
		{"What does a CTO do at a subscription box company?", "what-is-cto"},
		{"What does a CIO do at a software-as-a-service company?", "what-is-cio"},
		// Two people, not one: what sets them apart.
		{"They're two different people, right? What separates the CIO from the CTO?", "difference"},
		{"In Spain we have two titles and they are not the same person, no? How is a CIO different from a CTO?", "difference"},
	}
	for _, tt := range tests {
		r := b.Search(tt.q)
		if got := outcome(r); got != tt.want && !(tt.want == "decline" && cannedReply(r.Kind)) {
			t.Errorf("%q: got %s (why %s), want %s", tt.q, got, r.Why, tt.want)
		}
	}
}
