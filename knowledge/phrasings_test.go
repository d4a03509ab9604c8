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
	cases = append(cases, longPhrasings...)
	for _, c := range cases {
		if got := outcome(b.Search(c.q)); got != c.want {
			r := b.Search(c.q)
			t.Errorf("%q: got %s (why %s), want %s", c.q, got, r.Why, c.want)
		}
	}
}

// longPhrasings are long messages in plain voices, written for this test:
// the situation told first, the question last, sometimes without a
// question mark ("I need a rough idea of what that would cost").
var longPhrasings = []struct{ q, want string }{
	{"Hi, I manage a chain of four opticians. We've been told by a consultant that our booking website and the app we want for customers need \"proper technical leadership\". We don't have anyone like that. Is it a CTO we should be looking for?", "when-cto"},
	{"Good afternoon. I'm the office manager at a law firm with 60 staff. Our document system is old, the backups are a worry and the partners are nervous about data breaches after what happened to another firm. The senior partner asked me whether we need a CIO. Do we?", "when-cio"},
	{"We're launching a meal-kit subscription business next spring. Three founders, none technical, funding for one senior hire. The website and the ordering system are the whole business. CIO or CTO first?", "first-hire"},
	{"I sit on the board of a housing association. At the last meeting half the room used CIO and CTO as if they meant the same thing and the other half disagreed. Could you set out the difference plainly so I can circulate it?", "difference"},
	{"Our accountancy practice has 25 people. We can't justify a full-time technology executive but we keep making expensive IT decisions without any senior advice. Is there a way to get that expertise part time?", "virtual"},
	{"We're a 40-person manufacturer thinking about bringing in a CIO. Before I take it to the MD I need a rough idea of what that would cost us per year, salary and all.", "cost"},
	{"Our group has just hired both a CIO and a CTO and there's already friction about who owns what. The CIO thinks the customer portal is his, the CTO thinks it's hers. How are the responsibilities normally split?", "responsibilities"},
	{"We're a software company of about 250 people with a big internal IT estate as well as our product. Do we need a CIO and a CTO, or is one of them enough?", "both"},
	{"My father ran this business for 30 years and never had anything like it, but now the bank's advisor keeps mentioning a CIO. Can someone explain simply what a CIO would be for?", "what-is-cio"},
	{"Sorry for the long message. We make garden furniture and sell through our own online shop. I keep reading that one of these roles looks after the internal systems and the other faces outwards to customers and products. Which way round is it?", "focus"},
	{"We've read through your articles and think we need help deciding between a CIO and a CTO. How do we get one of your consultants on the phone this week?", "contact"},
	{"I'm the finance director. The CEO wants to hire a CTO and asked me to build the business case. What difference would a CTO actually make to revenue and growth?", "business-impact"},
}
