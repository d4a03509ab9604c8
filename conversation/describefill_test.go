package conversation

import "testing"

// TestDescriptionFillsByClass: classes of what descriptions say that a
// description fills, each beside a guard that must stay unfilled (""): a
// fill is never asked, so one unlike the owner's answer is a wrong answer.
func TestDescriptionFillsByClass(t *testing.T) {
	tests := []fillCase{
		// Paying for a technology leader is the budget question.
		{"We're a 30-person freight forwarder and honestly we couldn't pay a full-time IT manager.", qBudget, "no"},
		{"A senior appointment like that would need the trustees' approval.", qBudget, "maybe"},
		{"Around £120k for a head of technology is in next year's plan.", qBudget, "yes"},
		{"Margins are tight and we pay our drivers weekly.", qBudget, ""},
		{"We hire seasonal pickers every summer, it depends on the harvest.", qBudget, ""},
		// Money tight in general says how the business is doing, not
		// whether it could pay an executive: owners then answer no as
		// often as maybe. Tight for the role itself is the maybe.
		{"Cash is tight this year with the new roof.", qBudget, ""},
		{"Our budget's tight, like everyone's in retail.", qBudget, ""},
		{"Money has been tight since the move.", qBudget, ""},
		{"The budget for a head of technology would be tight.", qBudget, "maybe"},
		{"Paying a head of IT would be a squeeze.", qBudget, "maybe"},
		// The business multiplied: growing fast.
		{"Our orders have trebled since last spring.", qStage, "scaling"},
		{"Subscriber numbers quadrupled in eighteen months.", qStage, "scaling"},
		{"Our energy bills have tripled this year.", qStage, ""},
		// Wanting to be the first: leading with innovation.
		{"We'd love to be the first florist in town doing same-day drone delivery.", qInnovation, "yes"},
		{"Our aim is to be first to market with every new feature.", qInnovation, "yes"},
		{"I was the first in my family to start a business.", qInnovation, ""},
		// The technology is the company: a product at its core.
		{"The platform is the business, twelve engineers and a salesperson.", qProducts, "core"},
		{"Honestly the app is the company at this point.", qProducts, "core"},
		{"The till is the business for us on a Saturday.", qProducts, ""},
		// Others taking our customers: competitors ahead, when the
		// clause says technology (round 14: the supermarkets may take
		// customers on price, so that is asked).
		{"The supermarkets have taken most of our wholesale customers.", qCompetitors, ""},
		{"Online platforms are stealing our bookings every season.", qCompetitors, "yes"},
		{"Delivery apps took a third of our orders last year.", qCompetitors, "yes"},
		{"We've taken a lot of customers from the old firms in town.", qCompetitors, ""},
		{"The move took our customers a while to get used to.", qCompetitors, ""},
		{"They took our advice and went digital.", qCompetitors, ""},
		// A short list that is all the tech there is: little reliance.
		{"A laptop, a phone and Xero is all the tech we have.", qOps, "low"},
		{"Email and a shared calendar, that's all the tech we use.", qOps, "low"},
		// Not the short list: all of it critical is complete reliance.
		{"All the tech we have is critical to the deliveries.", qOps, "high"},
		// A real word a letter from a key is no typo in a description:
		// "quote" is not "quite", "mutter" not "matter".
		{"We're scoping an online quote tool for our trade customers.", qOps, ""},
		{"Customers grumble and mutter about the online booking page.", qOps, ""},
		{"Our online shop matters a lot, it's half our sales.", qOps, "medium"},
		{"The stock system crashed twice this week.", qSystems, "pain"},
		// Making no technology, said plainly: no product.
		{"We do not develop technology ourselves.", qProducts, "no"},
		{"We don't develop any software, only new recipes.", qProducts, "no"},
		{"Honestly, not a tech business at all.", qProducts, "no"},
		{"Not a technology company, we fix boilers.", qProducts, "no"},
		{"The big chains develop their own technology.", qProducts, ""},
		{"Not a big business, but we build our own app.", qProducts, "core"},
		// Other businesses as the customers are not the makers.
		{"We are scoping an online quote portal for small businesses.", qProducts, "planned"},
		{"Next year we want to build a booking app for other gyms.", qProducts, "planned"},
		{"We sell a stock app to independent shops.", qProducts, "core"},
		{"Other agencies already sell their own portals.", qProducts, ""},
		// The executive's own name ties a budget clause to the question.
		{"The board has approved a director-level head of IT.", qBudget, "yes"},
		{"A CTO would be a stretch for us this year.", qBudget, "maybe"},
		{"We can't afford a full-time CIO.", qBudget, "no"},
		{"Our CTO left last spring.", qBudget, ""},
		{"The board approved a new kitchen for the head office.", qBudget, ""},
		// A platform a vendor develops is the vendor's product, not ours.
		{"Every order goes through a platform the supplier no longer develops.", qProducts, ""},
		{"Our stock runs on software that the vendor builds for the whole trade.", qProducts, ""},
		{"We build our own booking platform for gyms.", qProducts, "core"},
		// The company's own year, and sales not yet made: the stage.
		{"The business is from 1987 and trade is steady.", qStage, "established"},
		{"Our company is from 2024, no revenue yet.", qStage, "startup"},
		{"We are in the pilot with two hospitals, no sales yet.", qStage, "startup"},
		{"The server is from 1998 and nobody dares touch it.", qStage, ""},
		// Events in the last few years are not the company's age.
		{"We have opened three new branches in the last two years.", qStage, "scaling"},
		{"In the past year we've replaced every till and moved office.", qStage, ""},
		{"Over the past two years we have taken over three nurseries.", qStage, ""},
		{"We have acquired four surgeries within the last two years and are in talks for a fifth.", qStage, ""},
		{"We're a startup, founded two years ago.", qStage, "startup"},
		// Dictated punctuation ends a clause as the mark would: "some 30
		// people" does not qualify a concern three clauses on.
		{"A family firm of some 30 people comma founded in 1985 comma and client confidentiality is paramount full stop", qSecurity, "high"},
		{"We are about 60 people period our data is a mess period a breach would finish us period", qSecurity, "high"},
		{"Some twelve staff full stop our old server is a real worry full stop", qSystems, ""},
		// Data in two places is some trouble; three or more is a real
		// problem (the owners' own answers say so).
		{"The excise returns are in two spreadsheets that I keep in step by hand.", qData, "some"},
		{"Member records sit in two databases.", qData, "some"},
		{"Client records sit in three systems.", qData, "yes"},
	}
	checkFills(t, tests)
}
