package knowledge

import "testing"

// TestRound10Phrasings holds fresh wordings, written for this test, of the
// classes of blind17's paraphrase and long misses: work told as pay ("what
// is a CIO paid to do"), fillers inside "each of them do", "the CIO's
// problem or the CTO's", a meeting "before" which nothing is hired,
// "different jobs or the same job", "who would do which bits", "what kind
// of senior person", "where a CTO comes in", a role named as a type, one
// hire to make, a tech leader told by one side's work, and a role told as
// a gap.
func TestRound10Phrasings(t *testing.T) {
	b := mustNew(t)
	cases := []struct{ q, want string }{
		{"What is a CIO actually paid to do?", "what-is-cio"},
		{"What do CTOs get paid to do all week?", "what-is-cto"},
		{"So what does each of them really do?", "responsibilities"},
		{"If the payroll server dies, is it the CIO's headache or the CTO's?", "responsibilities"},
		{"Is a failed app release the CTO's problem or the CIO's?", "responsibilities"},
		{"I need to understand what a CIO is before our board meeting tomorrow.", "what-is-cio"},
		{"Are CIO and CTO different jobs, or just the same job with two names?", "difference"},
		{"If we had a CIO and a CTO, who would do which bits?", "responsibilities"},
		{"Nobody looks after our cyber security. What kind of senior person should take it on?", "when-cio"},
		{"We want to build our own booking app. Is this where a CTO comes in?", "when-cto"},
		{"Our servers and laptops are a mess. Is that where a CIO would step in?", "when-cio"},
		{"Should our first senior hire be the CTO type or the CIO type?", "first-hire"},
		{"We can only take on one senior person next year: CIO or CTO?", "first-hire"},
		{"What does the tech person who builds the product actually do?", "what-is-cto"},
		{"What does the senior tech person who runs our office systems actually do?", "what-is-cio"},
		{"The MD asked me to find out who should be in charge of our servers, backups and staff laptops. What role is that?", "when-cio"},
		{"We sell insurance online and the platform is our product. Our developers have no leader. Is that a CTO gap?", "when-cto"},
	}
	for _, c := range cases {
		if got := outcome(b.Search(c.q)); got != c.want {
			r := b.Search(c.q)
			t.Errorf("%q: got %s (why %s), want %s", c.q, got, r.Why, c.want)
		}
	}
}
