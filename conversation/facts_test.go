package conversation

import (
	"strings"
	"testing"
)

// TestToldFacts: answers whose words name one option while what they say
// means another (a range given by two bounds, an age in months, growth
// after a long history, the work itself done off the computer, a rival's
// news in a description). Fresh wordings, none of them labelled data.
// want is the value taken, or "a|b" for a re-ask between a and b.
func TestToldFacts(t *testing.T) {
	tests := []struct{ q, text, want string }{
		// Two bounds of a headcount are a range, not two parts to add.
		{qSize, "more than thirty but fewer than forty", "s"},
		{qSize, "somewhere between 60 and 90", "m"},
		{qSize, "over 200 but under 300 I'd guess", "m|l"},
		{qSize, "less than a dozen but more than five", "xs|s"},
		// An age in months or weeks is a start, whatever frames it.
		{qStage, "we've been trading for about nine months", "startup"},
		{qStage, "been open six weeks", "startup"},
		{qStage, "going for ten months now", "startup"},
		{qStage, "been going twenty years", "established"},
		// A long history, then growth now: scaling.
		{qStage, "we've been around since the 90s but the last year has been explosive growth", "scaling"},
		{qStage, "20 years in business, but growing fast now", "scaling"},
		{qStage, "around for 30 years but growth has stalled", "established"},
		// Opening several new sites is growth, not a founding.
		{qStage, "opened three new studios this year", "scaling"},
		{qStage, "we launched 5 new branches this spring", "scaling"},
		// The office on computers, the trade itself by hand: medium.
		{qOps, "invoices and bookings are on the laptop but the real work is done on site", "medium"},
		{qOps, "the orders come in online, but the baking is done by hand", "medium"},
		{qOps, "the scheduling is on an app, but the gardeners work with their hands", "medium"},
		{qOps, "the welding is all by hand, the laptop is for invoices", "low"},
		// Two kinds of trouble from the pain option's own label.
		{qSystems, "they run, but slowly, and I'm not sure they're secure", "pain"},
		{qSystems, "slow and patchy", "pain"},
		// Not that anyone noticed: no.
		{qData, "not that we've noticed", "no"},
		{qCompetitors, "not that I know of", "no"},
		// A budget already spent, with more fine: yes; refused on a
		// circumstance: no.
		{qBudget, "we already pay for an IT contractor so a bit more is fine", "yes"},
		{qBudget, "more is fine, we already spend plenty on IT", "yes"},
		{qBudget, "not with interest rates where they are", "no"},
		{qBudget, "not with these margins", "no"},
		// One word of degree: "meh" is little, "loads" a lot.
		{qSecurity, "meh.", "low"},
		{qInnovation, "meh", "no"},
		{qSecurity, "heaps", "high"},
		{qOps, "tons", "high"},
		// Nothing worth stealing, said with a negation.
		{qSecurity, "we don't keep anything worth stealing", "low"},
		{qSecurity, "there's nothing here worth hacking", "low"},
		// What a breach would do: a lot.
		{qSecurity, "all our patients' records are on it, if it leaked we'd be finished", "high"},
		// No X, no business: complete reliance.
		{qOps, "no internet no orders", "high"},
		{qOps, "honestly, no till no sales", "high"},
		// The only screens in the place: little reliance.
		{qOps, "the cash register is the only computer we have", "low"},
		// One part fine, another a pain: some.
		{qSystems, "the website is fine but the rota software is a nightmare", "some"},
		{qData, "sales numbers are fine but the stock list is a mess", "some"},
		{qSystems, "the laptops are ok but the phone system is a pain", "some"},
		{qSystems, "payroll's fine, the CRM is a joke", "some"},
		{qData, "the customer list is good but the stock counts are a pain", "some"},
		// The only screens in the place: little; new things when customers
		// ask: some.
		{qOps, "the card machine is the only bit of tech we have, the rest is elbow grease", "low"},
		{qOps, "the phone is the only screen in the workshop", "low"},
		{qOps, "the kilns dont need wifi, the laptop is the only computer here", "low"},
		{qInnovation, "we'll add new stuff if clients ask for it", "some"},
		{qInnovation, "only when customers demand it", "some"},
		// Running on things that are no IT: little.
		{qOps, "we run on a whiteboard and a cash box", "low"},
		{qOps, "the yard runs on a clipboard and a kettle", "low"},
		{qOps, "everything runs on the cloud system", "high"},
		// Mostly right, but: some.
		{qData, "mostly accurate, but the supplier codes drift", "some"},
		{qSystems, "mostly fine but there are niggles with the VPN", "some"},
		// The books fine, a chore elsewhere: some.
		{qData, "the accounts are ok but the membership list is a copy-paste chore", "some"},
		// What we sell is digital: core.
		{qProducts, "everything we sell is digital", "core"},
		{qProducts, "what we sell is all digital, courses and templates", "core"},
		// Innovation where customers push: some.
		{qInnovation, "we innovate where clients push us to", "some"},
		// A web shop or online service still to launch: planned.
		{qProducts, "we hope to launch a web shop next year", "planned"},
		{qProducts, "planning an online booking service for the spring", "planned"},
		// Office online, the kitchen on paper: medium, not low.
		{qOps, "the orders are online but the bakery runs on paper lists", "medium"},
		// Not trying to be first: no.
		{qInnovation, "we're not looking to be the first at anything", "no"},
		{qInnovation, "we don't need to be first", "no"},
		// No better than us: not behind.
		{qCompetitors, "the other agencies are no faster than us", "no"},
		{qCompetitors, "honestly they're worse than us at it", "no"},
		// Nothing to steal: low.
		{qSecurity, "there's nothing to steal, it's all recipes", "low"},
		{qSecurity, "nobody's after our delivery rotas", "low"},
		// The biggest headache: yes.
		{qData, "stock data is our worst headache", "yes"},
		// Cards taken, nothing more said: medium; with a breach's cost: high.
		{qSecurity, "we take cards at the counter, that's about it", "medium"},
		{qSecurity, "we take card payments, and a breach would sink us", "high"},
		// Slow, and an export that breaks: pain.
		{qSystems, "they're up, but slow, and the stock sync breaks every week", "pain"},
		// Yes on a condition, not first: some.
		{qInnovation, "if it pays for itself, yes, but we won't be first", "some"},
		// No slicker than us: not behind.
		{qCompetitors, "the other studios are no slicker than us", "no"},
		// Barely covering costs, lucky to be paid: no.
		{qBudget, "the takings barely cover the rent", "no"},
		{qBudget, "I'm lucky if I pay myself some months", "no"},
		{qBudget, "a salary like that and we'd sink", "no"},
		// Not a clue: not sure.
		{qCompetitors, "not a clue what the others are up to", "unsure"},
		{qCompetitors, "haven't got a clue, honestly", "unsure"},
		// Seasons and summers counted like years.
		{qStage, "twelve summers running the campsite", "established"},
		{qStage, "fifteen seasons in and still going", "established"},
		{qStage, "farming here since the thirties", "established"},
		// If it ain't broke: no wish to innovate.
		{qInnovation, "if it ain't broken, we leave it alone", "no"},
		// More than one thing, less than another: the middle.
		{qOps, "more than my dad ever did, less than the big shops", "medium"},
		// The way it was always done: no.
		{qInnovation, "we do things the way my father did", "no"},
		// A first contract, order or grant: a start.
		{qStage, "we've just signed our first contract", "startup"},
		{qStage, "still waiting on our first order", "startup"},
		// No bother, no trouble: fine.
		{qSystems, "never any bother with them", "fine"},
		{qSystems, "no trouble so far", "fine"},
		// On the list, not at the top: medium.
		{qSecurity, "it's on the list, just not at the top", "medium"},
		{qSecurity, "we're careful but there are no alarm bells", "medium"},
		// Others copying us: we are ahead.
		{qCompetitors, "they copy whatever we do", "no"},
		{qCompetitors, "honestly the others are following our lead", "no"},
		// Left to bigger firms: no.
		{qInnovation, "we leave that sort of thing to the big chains", "no"},
		// Open to it, not chasing it; a hedge that opens the answer.
		{qInnovation, "open to new things but we won't be first", "some"},
		{qInnovation, "somewhat, once it's tried and tested", "some"},
		// Maybe one day is a no for now.
		{qBudget, "not yet, maybe some day", "no"},
		// A headache, said plainly.
		{qData, "a real headache", "yes"},
		{qData, "a massive headache honestly", "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.text, func(t *testing.T) {
			m := matchAnswer(&questions[questionIndex(tt.q)], tt.text, nil)
			got := m.value
			if got == "" {
				got = strings.Join(m.candidates, "|")
			}
			if got != tt.want {
				t.Errorf("%s %q = %q, want %q", tt.q, tt.text, got, tt.want)
			}
		})
	}
}

// TestDescriptionRivalsNews: what a rival did fills none of our own
// answers from a description.
func TestDescriptionRivalsNews(t *testing.T) {
	tests := []fillCase{
		{"We're 80 people and have been around since 1998. A competitor just launched a new booking app.", qStage, "established"},
		{"We run six clinics, our systems are fine, and a rival just launched online booking.", qStage, ""},
		{"We are growing fast and a competitor just launched a cheaper app.", qStage, "scaling"},
	}
	checkFills(t, tests)
}
