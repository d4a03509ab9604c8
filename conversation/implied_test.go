package conversation

import "testing"

// TestImpliedReadings covers answers that state a fact or a consequence
// instead of an option: an age told as an era, reliance told as what
// stops without the systems, a trade beside no software, others who
// subscribe to what we make, who races past whom, a budget told as what
// the takings pay for, data kept in several places, a headcount by
// season, a trouble softened, a trial on a condition. The wordings are
// fresh ones, not the labelled answers': each case names the option
// meant, or the two to ask between ("a|b"), never a guess.
func TestImpliedReadings(t *testing.T) {
	tests := []struct {
		q, text, want string
	}{
		// An age told as an era, or as older than the people.
		{qStage, "we've been trading since the moon landing", "established"},
		{qStage, "open since before the war", "established"},
		{qStage, "the firm is older than all of us", "established"},
		{qStage, "this place is older than me", "established"},
		{qStage, "our first summer on the beach", "startup"},
		{qStage, "it's our first spring trading", "startup"},
		{qStage, "first harvest was last autumn", "startup"},
		// Reliance told as consequence.
		{qOps, "no wifi no orders", "high"},
		{qOps, "no scanner, no deliveries leave", "high"},
		{qOps, "without the booking screen we can't seat anyone", "high"},
		{qOps, "we could go back to pen and paper tomorrow", "low"},
		{qOps, "every order comes by email, though we could switch to paper for a day", "high|medium"},
		// A trade beside no software, or made by hand, is no product.
		{qProducts, "we stock guitars, we don't make any software", "no"},
		{qProducts, "we resell phones, we don't make them", "no"},
		{qProducts, "we groom dogs, that's the whole job", "no"},
		{qProducts, "we tutor kids for exams", "no"},
		{qProducts, "bespoke tables, all made by hand", "no"},
		{qProducts, "we make games, not just sell them", "core"},
		// Other businesses subscribe to what we make.
		{qProducts, "other gyms license our class app", "core"},
		{qProducts, "hundreds of salons subscribe to our booking tool", "core"},
		{qProducts, "we subscribe to a booking platform", "no"},
		// Who races past whom.
		{qCompetitors, "the big chains are streets ahead with their loyalty apps", "yes"},
		{qCompetitors, "the online sellers are zooming past us", "yes"},
		{qCompetitors, "we've sailed past the lot of them", "no"},
		{qCompetitors, "the rivals are still trying to catch up with our online booking", "no"},
		{qCompetitors, "we're still catching up with the big chains", "yes"},
		{qCompetitors, "half the salons round here haven't got a website, we book online", "no"},
		{qCompetitors, "most of the other bakeries don't even take cards", "no"},
		// A budget told as what the takings pay for.
		{qBudget, "the shop barely pays my own wage", "no"},
		{qBudget, "our turnover wouldn't cover an executive", "no"},
		{qBudget, "where would the cash come from?", "no"},
		{qBudget, "with what money?", "no"},
		{qBudget, "on a corner shop's turnover?", "no"},
		{qBudget, "where do I sign? the budget's approved", "yes"},
		{qBudget, "on what a florist clears in a month?", "no"},
		{qBudget, "on bakery money? dream on", "no"},
		{qBudget, "on our margins? actually yes, we can", "yes"},
		// Other questions back that answer: nobody would target us, we
		// cannot know, we are no tech firm, it works.
		{qSecurity, "who'd bother hacking a florist?", "low"},
		{qSecurity, "who would target a village pub?", "low"},
		{qCompetitors, "how would we know what the others run?", "unsure"},
		{qProducts, "do we look like a software house?", "no"},
		{qProducts, "do we look like a software house? we are, our app is the business", "core"},
		{qSystems, "why would we replace what isn't broken?", "fine"},
		// Watching over a risk, a headache above all others, no customer yet.
		{qSecurity, "we take bookings with cards, so I keep an eye on it", "medium"},
		{qData, "stock data is our single biggest headache", "yes"},
		{qStage, "we haven't even made our first sale yet", "startup"},
		// Data kept in several places, or in a head.
		{qData, "the stock counts live across four spreadsheets and a whiteboard", "yes"},
		{qData, "bookings are in two diaries and my head", "yes"},
		{qData, "it's all in one spreadsheet", "no"},
		// A headcount by season across two options is one of the two:
		// the labelled answers disagree on whether the peak counts.
		{qSize, "forty pickers at harvest, six the rest of the year", "s|xs"},
		{qSize, "between 8 and 14 depending on the season", "s|xs"},
		// Places beside a hedge are left to the words (here, none).
		{qData, "orders sit in 3 spreadsheets, mostly in sync", ""},
		// A trouble softened after it is said.
		{qSystems, "the tills are slow at times", "some"},
		{qSystems, "the network drops now and then", "some"},
		{qSystems, "everything is slow, constantly", "pain"},
		// A trial on a condition is some.
		{qInnovation, "if it cuts costs, we'll give it a go", "some"},
		{qInnovation, "a new oven when it's proven in other bakeries", "some"},
		{qInnovation, "happy to try new kit once the bugs are out", "some"},
		{qInnovation, "we wait until things are proven", "no"},
		// More fresh wordings of the same classes.
		{qOps, "we couldn't open the doors without the booking system", "high"},
		{qOps, "we'd manage fine on paper for a week", "low"},
		{qProducts, "we teach yoga, we don't build apps", "no"},
		{qCompetitors, "they're racing past us", "yes"},
		{qBudget, "our sales don't pay for a manager, let alone a director", "no"},
		{qData, "customer orders are in notebooks and my head", "yes"},
		{qSystems, "the laptops are a bit slow", "some"},
		{qInnovation, "we'll adopt it once it's proven", "some"},
		{qStage, "older than the high street itself", "established"},
		{qCompetitors, "nobody else in town even has a website", "no"},
		{qSystems, "slowish but they work", "some"},
		{qInnovation, "once others have ironed out the bugs, sure", "some"},
		{qCompetitors, "the competition is still on fax", "no"},
		{qCompetitors, "we're way out in front", "no"},
		{qStage, "our debut season", "startup"},
		// Near misses the classes must not take.
		{qProducts, "we sell apps from other developers", "no"},
		{qBudget, "where the budget allows, yes", "yes"},
		{qOps, "no computers, no emails, nothing", "low"},
		{qStage, "growing fast since the new website", "scaling"},
		{qCompetitors, "the rest are behind us", "no"},
		{qSystems, "e slow small", "some"},
		{qSize, "small small", "s"},
		// Readings the rules got wrong where only the model saved them.
		{qOps, "the whole café runs on a cash box and a notebook", "low"},
		{qOps, "the stall runs on a cash till and a paper diary", "low"},
		{qProducts, "planning it, nothing built yet", "planned"},
		{qData, "sales figures are mostly accurate but there are gaps between the shops", "some"},
		{qInnovation, "we adopt new tools when clients push us", "some"},
		{qProducts, "considering it, nothing coded yet", "planned"},
		{qProducts, "all we sell is digital: online courses", "core"},
		{qData, "the client list is OK but the invoicing is a copy and paste job", "some"},
		{qData, "stock figures are mostly right, with a few issues between the tills and the books", "some"},
		{qInnovation, "we try new things when customers push us", "some"},
		{qData, "bookings live in two diaries that don't always agree", "some"},
		// A plan for premises is no product; a plan for something
		// online is.
		{qProducts, "we plan to open a second shop next spring", "no"},
		{qProducts, "we'd like to open an online store next year", "planned"},
		{qProducts, "we want to launch an online booking service next year", "planned"},
		{qProducts, "nothing yet, we're a plumber", "no"},
		{qProducts, "pies and pints, nothing digital", "no"},
		// Mixed reliance, a denied lead, a retort about the newest thing.
		{qOps, "the orders come in online but the workshop runs on paper job cards", "medium"},
		{qInnovation, "we're not out to be the first", "no"},
		{qCompetitors, "the other florists are no quicker than us", "no"},
		{qCompetitors, "the big agencies are hardly smarter than us", "no"},
		{qInnovation, "why would we chase the latest gadget when the old one works?", "no"},
		// Comparatives beyond "faster" and "behind".
		{qCompetitors, "the other touring firms are no slicker than us", "no"},
		{qCompetitors, "the big brands are far savvier online than we are", "yes"},
		{qCompetitors, "the chains are clunkier than us", "no"},
		{qCompetitors, "the slicker operators are outpacing us", "yes"},
		// A fallback called dangerous; a working system granted only
		// technically.
		{qOps, "it's all on the tablets, if they die we're back to paper and that's chaos", "high|low"},
		{qSystems, "technically they work, but the stock sync is slow and breaks weekly", "pain"},
		{qSystems, "in theory it runs, but it's painfully slow", "pain"},
		{qSystems, "they work, but the printer is slow", "some"},
		// Mock-archaic speech read as plain words.
		{qSecurity, "nay, we fear not the hackers", "low"},
		{qOps, "yea, verily, everything runneth on the computers", "high"},
		{qOps, "we keepeth our accounts with quill and parchment", "low"},
		{qBudget, "nay, the coffers are empty", "no"},
		// A retort and a statement that agrees; a key said under its "yet".
		{qBudget, "on what a florist clears? not a hope", "no"},
		{qStage, "we haven't even signed our first client yet", "startup"},
		// A retort answered the other way; a condition on considering;
		// data in a head beside one place.
		{qSecurity, "who would want our customer database? plenty of crooks", ""},
		{qBudget, "where would I even find that kind of money?", "no"},
		{qInnovation, "if it's proven elsewhere, we'll consider it", "some"},
		{qData, "all in one spreadsheet and in my head", "some"},
		{qBudget, "our takings don't extend to a director", "no"},
	}
	for _, tt := range tests {
		q := &questions[questionIndex(tt.q)]
		m := matchAnswer(q, tt.text, nil)
		if got := readingOf(m); got != tt.want {
			t.Errorf("%s %q = %q, want %q", tt.q, tt.text, got, tt.want)
		}
	}
}
