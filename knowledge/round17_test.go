package knowledge

import "testing"

// TestRound17HolderNearMisses holds near misses written for round 17
// before its rule: an existing CIO or CTO ("our new CIO", "my CTO", "the
// interim CIO") takes part in a matter that is not the roles' (his car,
// her visa, a speech, a gift, a quarrel with a supplier). None is in a
// labelled file. 17 of the 40 were declined at the start commit; all
// 40 after the rule (39 with its first reading, which took "work
// together" between the person and another job for both roles).
func TestRound17HolderNearMisses(t *testing.T) { checkWordings(t, round17HolderNearMisses) }

var round17HolderNearMisses = []struct{ q, want string }{
	{"Our CIO wants a bigger company car. Is a Tesla too much?", "decline"},
	{"My CTO's work visa runs out in March. How do we renew it?", "decline"},
	{"What bonus should we give our interim CIO this year?", "decline"},
	{"Our CTO spilled coffee on his laptop, can it be repaired?", "decline"},
	{"Our new CIO is in a dispute with our printer supplier over an unpaid invoice. Who is right?", "decline"},
	{"Our CTO is giving a talk at a conference in Berlin next week. How should she open it?", "decline"},
	{"There's a vendor our CIO really likes but I find them pushy. How do I tell her?", "decline"},
	{"The team our CTO manages keeps missing deadlines. How do I motivate them?", "decline"},
	{"What should our new CTO wear to the investor dinner?", "decline"},
	{"Can our CIO work from Lisbon for three months?", "decline"},
	{"Which book should I give our CTO for her birthday?", "decline"},
	{"How do I praise our CIO in front of the board without sounding fake?", "decline"},
	{"my cto keeps interrupting me in meetings, how do i handle that", "decline"},
	{"Our interim CIO asked to bring his dog to the office. Should we allow it?", "decline"},
	{"Our CTO is moving house next month. Should we help with the removal costs?", "decline"},
	{"Our CIO has been off sick for three weeks. When is it OK to call her?", "decline"},
	{"Is it OK for our CTO to date someone on his team?", "decline"},
	{"Our new CIO doesn't speak German yet. Which language course should we pay for?", "decline"},
	{"Our CTO wants to run the Berlin marathon, how should he train?", "decline"},
	{"How can I get our CIO to answer my emails faster?", "decline"},
	{"The CTO we hired last year wants a four-day week. Is that fair to the others?", "decline"},
	{"Our CIO parks in my spot every morning. What do I say to her?", "decline"},
	{"Our new CTO is vegan. What should we serve at her welcome lunch?", "decline"},
	{"our cio lost the company credit card abroad what do we do", "decline"},
	{"Our interim CTO invited the whole team to his wedding in Italy. Should we give them the day off?", "decline"},
	{"Our CIO writes very long emails. How can I politely ask him to keep them short?", "decline"},
	{"Where should we take our CIO for a thank-you dinner in Manchester?", "decline"},
	{"My CTO and our head of sales don't get along. How do I get them to work together?", "decline"},
	{"Our new CIO asked for a bigger office with a window. Is that a reasonable request?", "decline"},
	{"What's a good farewell present for our CTO, who retires after 20 years?", "decline"},
	{"Our CIO wants us to sponsor the local football club. Would that help our brand?", "decline"},
	{"Our CTO's daughter wants an internship with us. Can we take her on?", "decline"},
	{"The interim CIO keeps booking meetings at 7am. How do I push back?", "decline"},
	{"Our CTO got a parking ticket in the company van. Who pays it?", "decline"},
	{"Our CIO has an offer from a rival. How do we persuade her to stay?", "decline"},
	{"Our CTO is presenting at a trade fair in Milan. Which hotel should he book?", "decline"},
	{"My CIO wants me to learn SQL. Where can I take a course?", "decline"},
	{"Hi, our new CTO would like a coffee machine for the dev floor. Any recommendations?", "decline"},
	{"What should I write in our CIO's birthday card?", "decline"},
	{"Dear Sir, our fractional CTO sends his invoices late every month. How do I get him to send them on time?", "decline"},
}

// TestRound17HolderInScope holds questions written for round 17 before
// its rule that name an existing CIO or CTO yet ask what the articles
// answer: the other role, both, a need, a replacement, the part-time
// option, a price, who owns what, a role's duties. 32 of the 40 were
// answered right at the start commit and after the rule, the same 32:
// the rule changed none. The eight others, wrong before the round and
// after it, are in round17HolderInScopeLeft, reported, not held: three
// have a label one could argue ("focus on" read as focus, "do we need a
// CIO too" as when-cio, "split that into a CIO and a CTO" as who does
// what); five are misses of the roles' own shapes (an inward-facing
// role compared, who owns cybersecurity after a quarrel told, a virtual
// CIO asked by our CTO, "worth what we pay him", "also cover the office
// IT").
func TestRound17HolderInScope(t *testing.T) {
	checkWordings(t, round17HolderInScope)
	b := mustNew(t)
	for _, tt := range round17HolderInScopeLeft {
		if got := outcome(b.Search(tt.q)); got != tt.want {
			t.Logf("left for a later round: %q: got %s, want %s", tt.q, got, tt.want)
		}
	}
}

var round17HolderInScope = []struct{ q, want string }{
	{"Our CTO says we need a CIO as well as him. Do we really need both?", "both"},
	{"Our CIO wants us to hire a CTO to build the customer app. Does that make sense?", "when-cto"},
	{"Our CTO is leaving in June. Should we replace him with a fractional CTO?", "virtual"},
	{"How much would it cost to add a CIO next to our CTO?", "cost"},
	{"How should we split the work between our CIO and our CTO?", "responsibilities"},
	{"Our CIO is retiring. With 30 staff, do we even need to replace her?", "when-cio"},
	{"Our CIO and our CTO both claim the website. Who should own it?", "responsibilities"},
	{"Our new CTO asked me what exactly her job is. What does a CTO do?", "what-is-cto"},
	{"Our CTO wants a CIO hired before we expand. Which should a growing company hire first?", "first-hire"},
	{"Our fractional CIO comes two days a month. What does a full-time CIO cost?", "cost"},
	{"Our CTO is leaving. Could a part-time CTO cover us until we grow?", "virtual"},
	{"My CIO says we don't need a CTO because we don't sell software. Is that right?", "when-cto"},
	{"What is the difference between what our CIO does and what a CTO would do?", "difference"},
	{"Our CTO has been doing IT support too. Should a company our size have both roles?", "both"},
	{"Our CIO asks whether we should bring in a CTO to build our booking app. When does a company need one?", "when-cto"},
	{"Our CTO is great at code but the board asks what he brings to the business. What value does a CTO add?", "business-impact"},
	{"Our new CIO starts on Monday. What is a CIO supposed to be responsible for?", "what-is-cio"},
	{"Our interim CIO's contract ends soon. Should we keep a fractional CIO instead of hiring full-time?", "virtual"},
	{"Our CIO wants his title changed to CTO. What's the difference between the two anyway?", "difference"},
	{"My CTO left. Who should I hire first now, a CIO or a new CTO?", "first-hire"},
	{"Our CIO says she looks inward and the CTO looks outward. Is that the usual split?", "focus"},
	{"Our CTO retires next year. What does it cost to hire a new one?", "cost"},
	{"Our CIO thinks we should also get a CTO. Who can I talk to about this?", "contact"},
	{"Our CTO is stretched thin running the servers and building the app. Do we need a CIO?", "when-cio"},
	{"Is it normal that our CIO doesn't build any software? What does a CIO actually do?", "what-is-cio"},
	{"Our CTO wants to go part-time. Can a fractional CTO work for a company like ours?", "virtual"},
	{"Our new CTO asks whether she or a CIO should own the ERP. Who owns it normally?", "responsibilities"},
	{"Since our CTO arrived the app is great, but nobody runs our internal IT. When does a company need a CIO?", "when-cio"},
	{"How do the jobs of our CIO and our CTO differ?", "difference"},
	{"Should our CTO also take on the CIO's duties, or is that too much for one person?", "both"},
	{"What should our CTO be responsible for?", "what-is-cto"},
	{"our cto is quitting, do we need a new cto or can we manage without one", "when-cto"},
}

var round17HolderInScopeLeft = []struct{ q, want string }{
	{"Can our CTO also cover the office IT, or do we need a separate CIO?", "both"},
	{"What should our new CIO focus on in her first months?", "what-is-cio"},
	{"My CTO thinks one tech leader is enough for us. Do we need a CIO too?", "both"},
	{"Our CIO keeps saying he is inward-facing. What does that mean compared with a CTO?", "focus"},
	{"Our CTO handles both the product and our IT. At what point should we split that into a CIO and a CTO?", "both"},
	{"Our CTO and CIO disagree on who owns cybersecurity. Which one normally does?", "responsibilities"},
	{"Our CTO asks if a virtual CIO would work for a 25-person firm. Would it?", "virtual"},
	{"Is our CIO worth what we pay him? What does a CIO bring to a business?", "business-impact"},
}

// TestRound17HolderProbe holds wordings written after the rule, to see
// how far it reaches; not tuned on (but one: "compensation", first read
// as pay, was dropped from the rule's words of pay, as a flight's
// compensation here showed it names claims as often). Before the round:
// 10 of the 20 near misses declined, 18 of the 20 in scope right; after
// the rule: 19 and 18 (20 and 18 without "compensation"); the two in
// scope left were fixed with the class of a role also acting as the
// other (TestRound17Classes).
func TestRound17HolderProbe(t *testing.T) { checkWordings(t, round17HolderProbe) }

var round17HolderProbe = []struct{ q, want string }{
	{"Our CTO's flight to Singapore got cancelled. Can we claim compensation?", "decline"},
	{"hey so our new cio wants to paint the server room orange lol is that allowed", "decline"},
	{"Our CIO's mother passed away. How much leave should we offer?", "decline"},
	{"My CTO keeps forgetting his badge. Any tips to help him remember?", "decline"},
	{"The new CTO asked which gym near Canary Wharf is best. Ideas?", "decline"},
	{"Our interim CIO speaks only Spanish. Can you recommend a translator service?", "decline"},
	{"Our CTO lives two hours away; should we pay for his train tickets?", "decline"},
	{"What's the dress code our CIO should follow at a Japanese client meeting?", "decline"},
	{"Our CIO asked me to organise a team-building day. What activities work for 12 people?", "decline"},
	{"Can our CTO bring her baby to the office on Fridays?", "decline"},
	{"Our fractional CIO's dog bit a client. Are we liable?", "decline"},
	{"Our CTO wants to learn Rust. Which online course is best?", "decline"},
	{"Our new CIO's laptop bag was stolen from the car. What should she do first?", "decline"},
	{"Our CTO has a speech at the chamber of commerce. How long should it be?", "decline"},
	{"How can our CIO stop procrastinating?", "decline"},
	{"Our CTO wants to write a book about our startup. Should she use a ghostwriter?", "decline"},
	{"Our CIO is allergic to nuts. What should we order for the Christmas party?", "decline"},
	{"What gift card should we send our CTO for his 10-year anniversary?", "decline"},
	{"Our CIO snores on flights and colleagues complain. How do I raise it kindly?", "decline"},
	{"My CTO is going to Tokyo next month, what should he see there?", "decline"},
	{"Our new CTO started this week. What does a CTO actually do all day?", "what-is-cto"},
	{"Our CTO is drowning in laptops, passwords and printer tickets. Do we need a CIO?", "when-cio"},
	{"Our CIO is leaving and we're tiny. Could we use a fractional CIO instead?", "virtual"},
	{"Our CTO resigned. How much does a replacement CTO usually cost?", "cost"},
	{"Is it normal for our CTO to also act as CIO in a 50-person firm?", "both"},
	{"Our CIO and CTO both want to run the data team. Who normally owns data?", "responsibilities"},
	{"Our CIO says he's basically a CTO. Is there a difference?", "difference"},
	{"Our CIO suggests we hire a CTO to build our customer app. When does that make sense?", "when-cto"},
	{"Our CTO is leaving and we also lack a CIO. Which should we hire first?", "first-hire"},
	{"Our board doubts our CIO adds value. What does a CIO bring to a business?", "business-impact"},
	{"Our CTO says she faces customers while the CIO faces staff. Is that how it works?", "focus"},
	{"What is our CIO supposed to do?", "what-is-cio"},
	{"What does our CTO actually do?", "what-is-cto"},
	{"Do we still need our CTO now that the app is built?", "when-cto"},
	{"What should we pay our new CIO?", "cost"},
	{"Our CTO wants to talk to one of your consultants about a fractional CIO. How do we book that?", "contact"},
	{"Our interim CTO's contract ends in May. Is a fractional CTO a good long-term option?", "virtual"},
	{"Our CTO built our product, but our office IT and security are a mess now. Is it time for a CIO?", "when-cio"},
	{"Can our CIO also take on the CTO role?", "both"},
	{"Who should own cloud hosting, our CIO or our CTO?", "responsibilities"},
}

// TestRound17Classes holds wordings written for round 17 before the
// fixes they test, for the classes of blind24's misses. None of them is
// in a labelled file. 10 of the first 17 failed first (one of them was
// then rewritten, as its label was unsure: a part-time CTO's price, cost
// or virtual), and 1 of the 3 more written for the duties told in the
// context; the last two, for a role also acting as the other, both
// failed first, as did the probe's two of that class.
func TestRound17Classes(t *testing.T) { checkWordings(t, round17ClassWordings) }

var round17ClassWordings = []struct{ q, want string }{
	// A role's document to translate, summarise or proofread: a text to
	// work on, even when the document is a role's job description.
	{"Could you translate our CTO job description into Polish?", "decline"},
	{"Can you proofread the job description for our new CIO?", "decline"},
	{"pls summarise the CIO job spec, it's too long", "decline"},
	// Share options for a role: a stake in the company.
	{"Do the share options we offer our CIO count as income?", "decline"},
	{"How many share options should our new CTO get?", "decline"},
	{"Is a share option scheme for the CTO taxed differently in Spain?", "decline"},
	// A role's pay booked in the accounts: bookkeeping.
	{"How do we record our interim CIO's fees in the books?", "decline"},
	{"Should the CTO's day rate go in our accounts as salary or as a supplier cost?", "decline"},
	{"Is our fractional CIO an overhead or a cost of sales in the accounts?", "decline"},
	// What a role sets a company back: its price.
	{"What would a CIO set a 50-person firm back per year?", "cost"},
	{"Ballpark, what does a chief information officer set an organisation back?", "cost"},
	{"What would a chief technology officer set a family firm back?", "cost"},
	// A need told, then "is that the kind of problem a CIO solves".
	{"Our tills, stock and staff rotas are on three systems that don't talk. Is that the sort of problem a CIO fixes?", "when-cio"},
	{"We want customers to order from an app we'd build ourselves. Is that the kind of issue a CTO deals with?", "when-cto"},
	{"Our laptops are never updated and we were hacked in May. Is this the type of problem a CIO handles?", "when-cio"},
	// Both roles and who does what told in the story, then "which of
	// them should own what".
	{"We'll have a CIO and a CTO from March. They both ask who takes the website and who takes payroll. Which of them should own what?", "responsibilities"},
	{"Our CIO and our new CTO keep asking who runs the data platform and who runs security. Which of the two owns which?", "responsibilities"},
	{"Our bakery group is getting a CIO and a CTO. Both are asking who handles the tills and who handles the online shop. Which of them should own what?", "responsibilities"},
	{"A CIO and a CTO join our charity in May. They are already arguing about who manages the donor database and who manages the website. Which of them should own what?", "responsibilities"},
	{"We now have a CIO and a CTO. Nobody knows who is responsible for the laptops and who is responsible for the app. Which one should take which?", "responsibilities"},
	// One role also acting as the other: both in one person.
	{"Could our CIO also act as CTO for a while?", "both"},
	{"Can my CTO take on the CIO role too?", "both"},
}
