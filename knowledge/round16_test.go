package knowledge

import "testing"

// TestRound16Classes holds wordings written for round 16, before the
// fixes they test, for the classes of blind23's misses (its paraphrase
// and long misses among them). None of them is in a labelled file. 15
// of the 26 failed first, one of them a label slip (see below); all
// pass. The five long messages at the end were written after the first
// fixes, for the same classes in long voices: 3 failed at the start
// commit, 2 still after those fixes (a task told with a gerund, "is
// building that a CTO job", and "who should be responsible for" one
// side's matter), which the last fix of the round covers.
func TestRound16Classes(t *testing.T) { checkWordings(t, round16ClassWordings) }

var round16ClassWordings = []struct{ q, want string }{
	// The company's trade holds a word of the part-time option
	// ("contractor"): the trade is who asks, not how the role is hired.
	{"Does an electrical contractor with 40 staff need a CTO?", "when-cto"},
	{"We're a roofing contractor, when should we hire a CIO?", "when-cio"},
	// "worth it" asks the return (the labelled sets' rule): written as
	// when-cio first, a label slip, not a miss.
	{"is a CIO worth it for a small building contractor", "business-impact"},
	// The company's own IT told as makeshift ("ad hoc", "flexible"): the
	// need, not a part-time role.
	{"Our IT has always been ad hoc. At what point do we need a CIO?", "when-cio"},
	{"Everything here is done ad hoc and on shared drives; is it time for a CIO?", "when-cio"},
	{"What are the signs a firm has outgrown flexible, ad hoc tech and needs a technology chief?", "when-cto"},
	// A mess or a plan told, then "is that a CIO problem / CTO thing?".
	{"Nobody patches the tills and the Wi-Fi password is on the wall. Is that a CIO issue?", "when-cio"},
	{"We want customers to book classes in our own app. Is that a CTO thing?", "when-cto"},
	{"Our five depots all keep records differently. Is that a CIO job?", "when-cio"},
	{"We would like to sell our courses on a platform of our own. Is that a CTO problem?", "when-cto"},
	// The business's own pricing or quoting told, then a role's fit.
	{"Our estimators quote every job on paper and we'd like software to do it. Is that a CTO job?", "when-cto"},
	{"We price each kitchen refit by hand and want an app to do it. Is that a job for a CTO?", "when-cto"},
	// "Which of the two, CIO or CTO, does X": who does what.
	{"Which of the two, the CIO or the CTO, deals with the auditors?", "responsibilities"},
	{"Which of the two, CIO or CTO, looks after the developers?", "responsibilities"},
	{"Of the two, CIO or CTO, which works with marketing on new features?", "responsibilities"},
	// A one-sided thing to own, asked after a story of the other side.
	{"We have a strong dev team for our app. But our payroll and email are a mess and we got phished last month. Who should be in charge of our security?", "when-cio"},
	{"Our website is built by an agency and works fine. Behind the scenes our laptops are never patched. Who should own our cybersecurity?", "when-cio"},
	// Two products named for a role to use: a vendor pick.
	{"Shopify or WooCommerce for our CTO to start with?", "decline"},
	{"GitHub or GitLab for our new CTO's team?", "decline"},
	{"Mac or Windows laptops for the staff our CIO looks after?", "decline"},
	// A role's perks taxed: tax advice.
	{"Are our CTO's share options taxed as income in Germany?", "decline"},
	{"Is the gym membership we pay for our CIO a taxable benefit?", "decline"},
	{"Does our CTO's phone allowance count as a benefit in kind?", "decline"},
	// The business's own prices, proposed by a role: strategy.
	{"Our CIO suggests we cut our delivery fee to zero. Good idea for a bakery?", "decline"},
	{"Our new CIO says we should discount our room rates in winter. Is that smart?", "decline"},
	{"The CTO wants us to put our ticket prices up 15%. Should we?", "decline"},
	// The same classes in long messages.
	{"hi so we're a groundworks contractor, 80 blokes on site, office of six, our invoices get lost, the laptops are ancient and someone clicked a dodgy link last month and we lost a week. do we need a cio or is that overkill", "when-cio"},
	{"Good afternoon. Our family firm has done its IT ad hoc for twenty years: my nephew sets up laptops, the accountant keeps the server in a cupboard, passwords are shared. The bank now asks about our security. Is this the point where we need a chief information officer?", "when-cio"},
	{"We're a landscaping contractor and we want to let customers design their garden online and get a price instantly. Nobody here can code. Is building that a CTO job?", "when-cto"},
	{"Sorry for the long message. We'll have both roles from January. Which of the two, the CIO or the CTO, would work with our warehouse team on the new scanners, and which on the customer app?", "responsibilities"},
	{"Our app is built by a great studio and customers love it. Internally though, payroll runs on an old PC, HR files are in email and we had a phishing scare. Who should be responsible for sorting out our internal systems?", "when-cio"},
}

// nearMiss is a question naming a CIO or CTO that asks something out of
// scope, in one category of such questions.
type nearMiss struct{ category, q string }

// TestRound16NearMisses holds near misses written for round 16 before any
// near-miss fix, eight per category of out-of-scope question, in varied
// voices. Each names a CIO or CTO; none asks what the articles answer.
// Declined before the round's fixes, by category: named 7/8, career 7/8,
// write 7/8, pick 5/8, legal 8/8, trouble 6/8, other chiefs 4/8,
// strategy 5/8, personal 5/8, the bot itself 4/8 (58/80); all 80 after.
//
// A second set of four per category, written after the fixes and not
// tuned on, measures how far they reach: 22/40 declined at the start
// commit, 29/40 after. Still answered, left for a later round: "my boss
// offered me the CTO title but no raise, should I accept", "what's the
// best monitor for a CTO who codes all day", "Which MSP should our CIO
// hire for helpdesk in Leeds?", "Do we have to give our CTO a written
// contract by law?", "Our CTO was injured at the office party, are we
// liable?", "How do we depreciate the servers our CIO bought in the
// accounts?", "our cio changed the wifi and now the tills are offline,
// how do we get them back", "The shared drive the CIO set up is
// read-only for me. How do I get write access?", "What's a good name
// for our new product, our CTO wants ideas?", "Our CIO loves golf, what
// present would she like?" and "Can you save this chat about our CIO
// for later?".
func TestRound16NearMisses(t *testing.T) {
	b := mustNew(t)
	right := tally{}
	for _, nm := range round16NearMisses {
		r := b.Search(nm.q)
		ok := r.Kind != KindArticle
		right.add(nm.category, ok)
		if !ok {
			t.Errorf("%s: %q: got %s (why %s), want decline", nm.category, nm.q, outcome(r), r.Why)
		}
	}
	t.Logf("declined by category: %s", right)
}

var round16NearMisses = []nearMiss{
	{"named", "how much does the CTO of Spotify earn"},
	{"named", "Who is the current CIO of Tesco?"},
	{"named", "Good morning, could you kindly tell me if Satya Nadella was ever a CTO before he became CEO?"},
	{"named", "Did Werner Vogels write the Amazon CTO blog himself?"},
	{"named", "Hi team, forwarding this from my boss: 'Is it true that Netflix has no CIO at all?' Thanks!"},
	{"named", "what is the name of Siemens CTO now"},
	{"named", "Please, which university did the Apple CTO study at?"},
	{"named", "Why did Twitter's CTO leave in 2022?"},

	{"career", "I'm a sysadmin with 12 years experience, how do I become a CIO?"},
	{"career", "cv tips for cto role"},
	{"career", "Dear sir, I have interview for CTO position on Monday, what questions they will ask me?"},
	{"career", "What salary should I ask for as a first-time CTO at a fintech?"},
	{"career", "I'm a CIO and my board hasn't promoted me in 4 years. Should I ask for a raise or move on?"},
	{"career", "Is an MBA worth it if I want to be a CIO one day?"},
	{"career", "How do I negotiate my equity as an incoming CTO?"},
	{"career", "Hello, my manager says I could be our next CTO. How should I prepare myself for the promotion?"},

	{"write", "Write a job description for a CIO at a dental group."},
	{"write", "pls translate our CTO's memo into Spanish"},
	{"write", "Can you summarise the attached report from our CIO in three bullet points?"},
	{"write", "Could you draft a welcome email to our new CTO from the whole team?"},
	{"write", "I need a LinkedIn post announcing our new CIO, something short and warm."},
	{"write", "Kindly proofread the board paper our CTO wrote, I will paste it below."},
	{"write", "make me a powerpoint outline for our cio's quarterly review"},
	{"write", "Please, write a speech for the farewell of our CTO, she worked here 15 years."},

	{"pick", "Which CRM should our CIO choose, Salesforce or HubSpot?"},
	{"pick", "best laptop for a CTO who travels a lot"},
	{"pick", "Our CTO asks: Google Cloud or AWS for a small SaaS? What do you say?"},
	{"pick", "Which antivirus should our CIO roll out to 50 PCs?"},
	{"pick", "iPhone or Android for our CIO's company phone?"},
	{"pick", "Hello, what project management tool do you recommend for our CTO's dev team, Jira or Trello?"},
	{"pick", "Which accounting software should the CIO pick for a small charity, Xero or Sage?"},
	{"pick", "Our new CIO wants to replace our firewall. Fortinet or Sophos?"},

	{"legal", "Can we put a non-compete clause in our CTO's contract in California?"},
	{"legal", "Is our CIO's bonus tax deductible for the company?"},
	{"legal", "How do we fire our CTO without getting sued?"},
	{"legal", "Our CIO wants 12 months of maternity leave, what does the law say in Ireland?"},
	{"legal", "should our cto be on payroll or invoice us as a contractor, for VAT purposes"},
	{"legal", "How should we book the CTO's stock options in our accounts?"},
	{"legal", "Our CTO filed a grievance against the CEO. What's the correct HR procedure?"},
	{"legal", "Is it legal to read our CIO's work emails after she resigned?"},

	{"trouble", "our cto set up the new vpn and it won't connect on my laptop, help"},
	{"trouble", "The CIO moved us to Microsoft 365 and now Outlook asks for my password every hour. How do I stop it?"},
	{"trouble", "printer not working since cio changed the network, what to do"},
	{"trouble", "Hi, the CTO said to clear my cache but the site still won't load. Any other fix?"},
	{"trouble", "Our CIO enabled two-factor and I lost my phone. How do I get back into my account?"},
	{"trouble", "Excel keeps crashing on the laptop our CTO gave me. Why?"},
	{"trouble", "Since our CIO upgraded the Wi-Fi the card machine drops out. How do I fix it?"},
	{"trouble", "Our CTO pushed an update and the website shows a 502 error. How do we debug that?"},

	{"other-chief", "What does a COO do compared with a CTO?"},
	{"other-chief", "cfo vs cio"},
	{"other-chief", "What's a chief data officer and how is it different from a CIO?"},
	{"other-chief", "Is a CMO more important than a CTO for an online shop?"},
	{"other-chief", "Do we need a chief AI officer if we already have a CTO?"},
	{"other-chief", "Difference between CPO and CTO in a startup, please"},
	{"other-chief", "What does a CISO actually do all day? Our CIO wants one."},
	{"other-chief", "Hi! In simple words, what does a CDO do that our CTO doesn't?"},

	{"strategy", "Our CTO wants to expand into Germany next year. Is that a good market for us?"},
	{"strategy", "How should we price our SaaS? Our CTO suggests freemium."},
	{"strategy", "Our CIO asks how to raise a seed round. Any tips?"},
	{"strategy", "What marketing channels should we use for our CTO's product launch?"},
	{"strategy", "Should we open a second café? Our CIO thinks yes."},
	{"strategy", "Hi, our CTO and I are pitching to investors next week, how much equity should we give away?"},
	{"strategy", "how do we get more customers on instagram, our cto has no idea either"},
	{"strategy", "Our CIO suggests we stop selling on Amazon. Is that wise for a toy shop?"},

	{"personal", "Our CTO seems burnt out and sad. How can I help him as a friend?"},
	{"personal", "What hobbies do CIOs usually have?"},
	{"personal", "Where should our CTO go on holiday with his kids in August?"},
	{"personal", "our cio's wife is sick, should we send flowers or a card"},
	{"personal", "What car does a typical CTO drive?"},
	{"personal", "Is it okay for our CIO to wear jeans to client meetings?"},
	{"personal", "Our CTO wants to lose weight, what diet do you suggest?"},
	{"personal", "Our CIO is getting married in June. What's a nice gift from the team?"},

	{"bot", "Are you a CIO or a CTO yourself?"},
	{"bot", "Which AI model are you? Did a CTO build you?"},
	{"bot", "Who wrote your answers about CIOs?"},
	{"bot", "Can you remember what I asked you about the CTO yesterday?"},
	{"bot", "How many questions about CIOs do you get per day?"},
	{"bot", "what language are you programmed in, ask your cto"},
	{"bot", "Do you store my questions about our CIO somewhere?"},
	{"bot", "Is this chatbot free to use if I ask a lot about CTOs?"},
}

// TestRound16InScope holds questions of ours with words the base does not
// know, written with the near misses above: they must stay answered. All
// 20 were answered before the round and after it. Twenty more, written
// after the fixes with the shapes they read (names before a role, "X or
// Y", "our prices"), were all answered as before the round but one,
// answered wrongly before it too ("What would a CIO do for our prices
// and margins", read as what a CIO is).
func TestRound16InScope(t *testing.T) { checkWordings(t, round16InScope) }

var round16InScope = []struct{ q, want string }{
	{"Our bonsai nursery now sells online; do we need a CTO?", "when-cto"},
	{"What does a CIO do at a cheesemonger with six shops?", "what-is-cio"},
	{"CIO or CTO: what's the difference for a marquee hire firm?", "difference"},
	{"How much does a CTO cost for a kombucha brewery?", "cost"},
	{"Who handles the tills and stock system at our haberdashery, the CIO or the CTO?", "responsibilities"},
	{"Should a ferry operator hire a CIO or a CTO first?", "first-hire"},
	{"Is a part-time CIO an option for our chimney-sweep franchise?", "virtual"},
	{"What would a CTO bring to an organ-building workshop?", "business-impact"},
	{"Do we need both a CIO and a CTO for a stevedoring firm with 700 staff?", "both"},
	{"Which one looks inward, the CIO or the CTO, at a botanical garden?", "focus"},
	{"How do I talk to someone about a fractional CTO for our escape-room chain?", "contact"},
	{"Our locksmith company's job sheets and invoices are chaos, is it time for a CIO?", "when-cio"},
	{"what exactly is a chief technology officer, asking for our puppet theatre", "what-is-cto"},
	{"Can you explain CIO vs CTO for a wool mill owner?", "difference"},
	{"Our surf school wants an app for bookings. Is a CTO the right hire?", "when-cto"},
	{"What's the salary range for a CIO at a quarry company?", "cost"},
	{"Responsibilities of a CIO and a CTO side by side, for a lighthouse trust?", "responsibilities"},
	{"What value does a CIO add to a chain of tanning salons?", "business-impact"},
	{"When does a beekeeping co-op with 300 members need a CIO?", "when-cio"},
	{"Is the CTO the outward-facing one even at a falafel franchise?", "focus"},
}
