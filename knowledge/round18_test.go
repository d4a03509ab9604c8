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

// TestRound18HolderAgent holds near misses written for round 18 before
// its rule: the role-holder is the asker ("I'm the CTO at ...", "as a
// freelance CIO I ...") or "the CIO"/"the CTO" doing a concrete thing
// ("the CTO set up Outlook", "the CIO told us to"), and the question
// asks nothing of the roles. None is in a labelled file. 19 of the 30
// were declined at the start commit, 27 after the rule; the three others
// are in round18HolderAgentLeft, reported, not held: a word of the
// roles' own read in another sense ("rent or buy" a flat as the
// part-time option, "her attention" as focus, "need a licence" as a
// need).
func TestRound18HolderAgent(t *testing.T) {
	checkWordings(t, round18HolderAgent)
	logLeft(t, round18HolderAgentLeft)
}

var round18HolderAgentLeft = []struct{ q, want string }{
	{"I'm the CTO of a start-up and I want to buy a flat. Should I rent or buy?", "decline"},
	{"I'm the new CIO at a school and the head teacher ignores my emails. How do I get her attention?", "decline"},
	{"The CTO bought a drone for the marketing team. Do we need a licence to fly it?", "decline"},
}

var round18HolderAgent = []struct{ q, want string }{
	{"I'm the CTO at a bakery chain and I've been offered a job at a bank. Should I go?", "decline"},
	{"I am the CIO of a small council and my boss shouts at me. What can I do?", "decline"},
	{"What should I wear to my first board meeting as the new CTO?", "decline"},
	{"I'm a CIO and I want to learn Spanish. Which app is best?", "decline"},
	{"As a freelance CTO, should I set up a limited company?", "decline"},
	{"I've been the CTO here for six years and want a sabbatical. How do I ask?", "decline"},
	{"I'm the CTO and our office coffee machine is broken. Who should I call?", "decline"},
	{"im the cio at a hotel group and i cant sleep before big meetings any tips", "decline"},
	{"As the interim CIO I have to give a speech at the Christmas party. Any jokes?", "decline"},
	{"I work as a CTO and my landlord won't fix the heating. What are my rights?", "decline"},
	{"I'm a fractional CIO. How do I invoice a client in Germany?", "decline"},
	{"I am the CTO of a fintech and I would like to run a half marathon. How should I train?", "decline"},
	{"As a CTO, which laptop bag looks professional?", "decline"},
	{"The CTO set up Teams on my phone and now my notifications don't work. Why?", "decline"},
	{"The CIO told us to change our passwords every month, but I keep forgetting mine. Any tricks?", "decline"},
	{"The CTO booked the wrong hotel for the trade fair. Can we still cancel?", "decline"},
	{"The CIO ordered new chairs for the office and they are uncomfortable. Who do I complain to?", "decline"},
	{"the cto forgot my birthday lol should i be upset", "decline"},
	{"The CIO moved the printer to the other floor. How do I add it back on my Mac?", "decline"},
	{"The CTO invited everyone to a barbecue on Saturday. What should I bring?", "decline"},
	{"The CIO asked me to organise the team's summer outing. Any ideas near Leeds?", "decline"},
	{"The CTO promised me a raise last year and nothing happened. Should I bring it up again?", "decline"},
	{"The CIO sent an email to the whole company by mistake. How do we recall it?", "decline"},
	{"The CIO cancelled our team lunch twice. How do I say I'm annoyed without sounding rude?", "decline"},
	{"The CTO said we can't use WhatsApp for work any more. Which messenger do people like?", "decline"},
	{"The CIO left his car in the client car park overnight. Will he get a fine?", "decline"},
	{"The CTO gave a great talk at the meetup. How do I thank her on LinkedIn?", "decline"},
}

// TestRound18HolderAgentInScope holds in-scope questions written before
// the same rule that name the asker's role or "the CIO"/"the CTO" doing
// something, yet ask what the articles answer: the other role, both,
// a need, a role's duties, its focus, its price, the part-time option.
// 27 of the 30 were right at the start commit and after the rule (which
// first lost "as a CTO myself, I'd like to talk to one of your
// consultants": a request to talk to us now asks of the roles); the
// three others, wrong before and after, are in
// round18HolderAgentInScopeLeft: labels one could argue ("do we also
// need a CIO" read as both, "X and the CIO after Y, right?" as who does
// what, "the CIO's main duties" beside our CTO as who does what).
func TestRound18HolderAgentInScope(t *testing.T) {
	checkWordings(t, round18HolderAgentInScope)
	logLeft(t, round18HolderAgentInScopeLeft)
}

var round18HolderAgentInScopeLeft = []struct{ q, want string }{
	{"I'm the CTO at a 60-person company. Do we also need a CIO?", "when-cio"},
	{"The CTO looks after the product and the CIO after internal systems, right?", "focus"},
	{"I'm the CTO. What are the CIO's main duties?", "what-is-cio"},
}

var round18HolderAgentInScope = []struct{ q, want string }{
	{"I'm the CTO and people keep calling me the CIO. What's the difference?", "difference"},
	{"I am a CIO. What is a CTO?", "what-is-cto"},
	{"As the CTO, what should I be responsible for compared with the CIO?", "responsibilities"},
	{"I'm a new CIO. What does a CIO actually do?", "what-is-cio"},
	{"I'm the CTO of a start-up. Should we hire a CIO as well, or is one of us enough?", "both"},
	{"I'm the CIO here. Does my job look inward while the CTO's looks outward?", "focus"},
	{"I'm the CTO. How much does a CIO usually cost?", "cost"},
	{"I'm the CIO and we're thinking about a fractional CTO. Is that a good idea?", "virtual"},
	{"I'm the founder. Should my first tech hire be a CIO or a CTO?", "first-hire"},
	{"The CTO left last month. Do we need to replace him?", "when-cto"},
	{"The CIO retired and nobody runs our internal IT now. Do we need a new CIO?", "when-cio"},
	{"The CTO built our app, and now we're asking who should own the internal systems, the CIO or the CTO?", "responsibilities"},
	{"The CTO quit. Could a virtual CTO fill in for a while?", "virtual"},
	{"The CIO said she handles infrastructure and the CTO handles product. Is that the usual split?", "responsibilities"},
	{"What does the CIO do in a hospital?", "what-is-cio"},
	{"What does the CTO do at a software company?", "what-is-cto"},
	{"What is the difference between the CIO and the CTO?", "difference"},
	{"Who does the CTO report to, and what does the CTO do?", "what-is-cto"},
	{"The CIO is in charge of what exactly?", "what-is-cio"},
	{"I'm the CTO and wonder what business value a CIO would add.", "business-impact"},
	{"As a CTO myself, I'd like to talk to one of your consultants about our tech leadership.", "contact"},
	{"The CTO we had did everything. Do we need both a CIO and a CTO now?", "both"},
	{"I'm the CIO. When does a company like ours need a CTO too?", "when-cto"},
	{"The CIO resigned. How much does a replacement CIO cost?", "cost"},
	{"I run a clinic. The CIO we hired last year asked what the CTO role would add. What is a CTO?", "what-is-cto"},
	{"What is a CIO responsible for?", "what-is-cio"},
	{"The CTO built the platform. What return should we expect from a CTO?", "business-impact"},
}
