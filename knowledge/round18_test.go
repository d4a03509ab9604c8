package knowledge

import "testing"

// TestRound18PointBack holds wordings written for round 18 before its
// rule on questions that point back at the story told and ask whether
// the matter is a role's, with the role as the subject of a clause after
// a noun: "Is that a gap a CTO would fill?", "Is this the sort of thing
// a CIO sorts out?". They ask whether the company needs the role. 7 of
// the 30 were right at the start commit, all 30 after the rule.
func TestRound18PointBack(t *testing.T) { checkWordings(t, round18PointBack) }

var round18PointBack = []struct{ q, want string }{
	{"We make garden furniture and want customers to design their own bench online. Nobody here can build that. Is that a gap a CTO would fill?", "when-cto"},
	{"Our stock lives in three spreadsheets and nobody backs them up. Is that a hole a CIO would plug?", "when-cio"},
	{"We want to sell our recipes as an app. Is this a project a CTO would lead?", "when-cto"},
	{"Passwords are on sticky notes and the laptops have no encryption. Is that a mess a CIO could sort out?", "when-cio"},
	{"Our customers keep asking for an online portal to track orders. Is that the kind of work a CTO takes on?", "when-cto"},
	{"Every branch buys its own software and nothing talks to anything. Is this a problem a CIO would fix?", "when-cio"},
	{"we want sensors on our delivery vans to sell live tracking to clients. is that something a cto would handle", "when-cto"},
	{"Our IT contracts renew without anyone reading them and costs keep climbing. Is that an area a CIO would look after?", "when-cio"},
	{"Competitors have launched booking apps and we have nothing. Is that a gap that a CTO would close?", "when-cto"},
	{"Staff data sits on a shared drive anyone can open. Is this a risk a CIO manages?", "when-cio"},
	{"I run a bakery chain and want a loyalty app built in-house. Is that a job a CTO does?", "when-cto"},
	{"Our payroll, rota and till systems are all separate and keep breaking. Is that the sort of thing a CIO sorts out?", "when-cio"},
	{"We'd like to turn our training courses into an online platform we sell. Is this work a CTO would own?", "when-cto"},
	{"We were hit by ransomware last month and had no backups. Is that a weakness a CIO would deal with?", "when-cio"},
	{"Hello, we sell farm machinery and want to offer remote diagnostics as a paid service. Is that a role a CTO would play?", "when-cto"},
	{"Our offices each have their own email system and nobody manages the licences. Is that a task a CIO would take over?", "when-cio"},
	{"We want to build our own scheduling software instead of renting it. Is that a decision a CTO should make?", "when-cto"},
	{"Good morning. The board keeps asking for reports and our data is everywhere. Is this a need a CIO would meet?", "when-cio"},
	{"our devs ship features but nobody decides on the architecture. is that a gap a cto fills", "when-cto"},
	{"We have 40 laptops, no inventory and no security policy. Is that a job that a CIO would do?", "when-cio"},
	{"We want to add machine learning to our pricing tool for customers. Is this a challenge a CTO would take on?", "when-cto"},
	{"Our systems went down twice during the busy season and nobody was accountable. Is that a responsibility a CIO would carry?", "when-cio"},
	{"Dear consultant, we plan a subscription product built on our own software. Is that an effort a CTO would lead?", "when-cto"},
	{"We are a law firm and client files are spread across personal laptops. Is this a problem that a CIO solves?", "when-cio"},
	{"We need a mobile app for our gym members and an API for partners. Is that a space a CTO would own?", "when-cto"},
	{"Our IT budget is out of control and nobody plans upgrades. Is that a gap a CIO would fill?", "when-cio"},
	{"Our product is a hardware device and the firmware keeps failing in the field. Is this a mess a CTO would clean up?", "when-cto"},
	{"Nobody owns our GDPR compliance for internal systems. Is that a duty a CIO would take?", "when-cio"},
	{"We want to sell our logistics know-how as software to other hauliers. Is that a move a CTO would drive?", "when-cto"},
	{"Our hospital wards use different scheduling tools and paper records. Is that a headache a CIO would take away?", "when-cio"},
}

// TestRound18PointBackInScope holds nearby in-scope questions written
// before the same rule, that it must leave alone: what a role does,
// both roles compared, who owns a thing between them, a price, the
// part-time option, a demonstrative that asks something else. 27 of
// the 30 were right at the start commit and the same 27 after the rule;
// the three others, wrong before and after it, are in
// round18PointBackLeft, reported, not held (a label one could argue:
// the price of the part-time option, "who handles X, the CIO or the
// CTO" read as focus, "worth paying for" read as a need).
func TestRound18PointBackInScope(t *testing.T) {
	checkWordings(t, round18PointBackInScope)
	logLeft(t, round18PointBackLeft)
}

var round18PointBackLeft = []struct{ q, want string }{
	{"Who handles the customer-facing technology, the CIO or the CTO?", "responsibilities"},
	{"How much would a virtual CIO cost us a month?", "virtual"},
	{"Is it worth paying for a CTO? What return do we get?", "business-impact"},
}

// logLeft reports wordings left for a later round without failing.
func logLeft(t *testing.T, tests []struct{ q, want string }) {
	t.Helper()
	b := mustNew(t)
	for _, tt := range tests {
		if got := outcome(b.Search(tt.q)); got != tt.want {
			t.Logf("left for a later round: %q: got %s, want %s", tt.q, got, tt.want)
		}
	}
}

var round18PointBackInScope = []struct{ q, want string }{
	{"Is that what a CIO does?", "what-is-cio"},
	{"What does a CTO do all day?", "what-is-cto"},
	{"Is a CTO the same thing as a CIO?", "difference"},
	{"How is a CIO different from a CTO?", "difference"},
	{"Which of the two, CIO or CTO, owns our website?", "responsibilities"},
	{"How much does a CTO cost per year?", "cost"},
	{"Is a fractional CIO a good idea for a small firm?", "virtual"},
	{"Can we hire a CTO part-time?", "virtual"},
	{"Do we need a CIO?", "when-cio"},
	{"When does a company need a CTO?", "when-cto"},
	{"Should a startup hire a CIO or a CTO first?", "first-hire"},
	{"Do we need both a CIO and a CTO?", "both"},
	{"What business value does a CIO bring?", "business-impact"},
	{"Is the CIO inward-facing and the CTO outward-facing?", "focus"},
	{"What does a chief information officer do?", "what-is-cio"},
	{"What's the job of a chief technology officer?", "what-is-cto"},
	{"Is a CTO just a senior developer?", "what-is-cto"},
	{"Is a CIO basically the head of IT?", "what-is-cio"},
	{"We have a big product roadmap and no technical leader. Do we need a CTO?", "when-cto"},
	{"Our internal systems are a mess. Is that a CIO job?", "when-cio"},
	{"What is the difference between a CIO and a CTO?", "difference"},
	{"I'd like to talk to one of your consultants about a CTO.", "contact"},
	{"What does a CIO focus on compared with a CTO?", "focus"},
	{"Our app keeps growing and we want someone to lead the tech. Is that a CTO?", "when-cto"},
	{"What are a CTO's main duties?", "what-is-cto"},
	{"What are the responsibilities of a CIO and a CTO?", "responsibilities"},
	{"Is this the kind of company that needs a CIO?", "when-cio"},
}
