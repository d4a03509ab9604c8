package knowledge

import "testing"

// TestRound14Readings holds wordings written for round 14, before the
// fixes they test, for classes of blind21's answerable misses. One written
// first still fails and is left out, not handled: "if one day we had a
// cio and also a cto, which one takes care of the website?" ("and also"
// asks for both, the supposition unread).
func TestRound14Readings(t *testing.T) { checkWordings(t, round14ReadingWordings) }

var round14ReadingWordings = []struct{ q, want string }{
	// A trade whose name holds an off-topic word, and a tech boss.
	{"what does the tech boss of a video games studio actually do all week", "what-is-cto"},
	{"In a music festival company, what would the top tech person do?", "what-is-cto"},
	// Still declined: the trade's own matters.
	{"What's the best film editing software?", "decline"},
	// Both roles had only in a supposition, then who owns a thing.
	{"Say we hired both a CIO and a CTO, who would run the payroll system?", "responsibilities"},
	{"Supposing we got both, who owns the customer app, the CIO or the CTO?", "responsibilities"},
	// Still ours: whether to have both.
	{"If we had both a CIO and a CTO, would that be too many?", "both"},
	// When a role is needed, asked as a point reached.
	{"how can I tell if my clinic group has got to the point of needing a CIO", "when-cio"},
	{"How do we know our bakery chain has reached the stage where we need a CTO?", "when-cto"},
	// Who leads building a product that an off-topic word describes.
	{"Who should be in charge of building a mobile game for our theme park?", "when-cto"},
	{"who leads making a quiz game app for our pubs?", "when-cto"},
	// Still declined: the game itself.
	{"What's a good online puzzle game?", "decline"},
	// A story sentence before the sides asked about.
	{"I need to brief my boss on the two roles. Is it correct that the CIO looks inward and the CTO looks outward?", "focus"},
	{"my manager asked me to explain both jobs. so CIO is internal systems and CTO is customer facing tech, yes?", "focus"},
	{"Trying to explain these titles to our trustees. The CIO is inward-facing and the CTO faces the market, right?", "focus"},
	// The same with the roles in the possessive (written after the
	// labelled miss was read, before its fix).
	{"I have to explain both jobs to our trustees tomorrow. Is the CIO's focus our own systems and the CTO's the customers?", "focus"},
	{"trying to explain to my boss what these two do. so the CTO's work faces the customers and the CIO's work stays inside, correct?", "focus"},
	{"I'm preparing for a staff meeting and need to explain the titles. Is it right that the CIO's side is internal and the CTO's side is external?", "focus"},
	// A contractor as the asker's trade, not a way to hire.
	{"We're a roofing contractor with 25 staff. Do we need a CIO?", "when-cio"},
	{"electrical contractor here, what does a CTO do?", "what-is-cto"},
	{"As a building contractor, should we hire a CIO or a CTO first?", "first-hire"},
	// Still ours: the role as a contractor.
	{"Can we hire a CTO as a contractor?", "virtual"},
}
