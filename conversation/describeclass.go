package conversation

import "slices"

// Readings a description needs that a typed answer gets from the question
// asked: in a description nothing says which question a clause answers.

var (
	// multiplied are verbs of a quantity doubled or more.
	multiplied = wordSet("doubled", "tripled", "trebled", "quadrupled", "doubling", "tripling", "trebling")
	// businessMeasures are what grows when the business does.
	businessMeasures = wordSet("customers", "customer", "clients", "client", "students", "student", "orders",
		"sales", "revenue", "revenues", "turnover", "bookings", "members", "users", "subscribers",
		"subscriber", "subscriptions", "team", "staff", "headcount", "downloads", "signups", "business")
	// burdens grow without the business growing: "our energy bills
	// tripled".
	burdens = wordSet("costs", "cost", "bills", "bill", "prices", "price", "rent", "rents", "complaints",
		"losses", "debt", "debts", "fees", "rates", "premiums", "churn", "returns", "energy", "insurance")
)

// grownMultiple reads a business measure doubled or more ("our orders
// have trebled", "subscriber numbers quadrupled"): growing fast. What
// multiplied must be the business, not a cost, and not denied.
func grownMultiple(c []string) string {
	k := slices.IndexFunc(c, func(t string) bool { return multiplied[t] })
	if k < 0 || hasAny(c, burdens) || hasAny(c[:k], negation) {
		return ""
	}
	if hasAny(c[max(0, k-4):k], businessMeasures) {
		return "scaling"
	}
	return ""
}

// companyWords are the company a technology can be.
var companyWords = wordSet("company", "business")

// techIsTheBusiness reports "the app is the company", "the platform is
// the business": the technology is what the company sells.
func techIsTheBusiness(c []string) bool {
	for i := 0; i+2 < len(c); i++ {
		if techNouns[c[i]] && c[i+1] == "is" && hasAny(c[i+2:min(i+5, len(c))], companyWords) {
			return !hasAny(c, negation)
		}
	}
	return false
}

var (
	// tookVerbs take business from someone.
	tookVerbs = wordSet("taken", "took", "taking", "take", "takes", "stolen", "stole", "stealing", "steal",
		"poached", "poaching", "pinched", "grabbed", "grabbing", "captured", "lured", "luring", "eaten",
		"eating", "won", "winning")
	// rivalSubjects are other businesses as the subject of a clause.
	rivalSubjects = wordSet("competitors", "competitor", "rivals", "rival", "chains", "players", "brands",
		"agencies", "firms", "companies", "businesses", "retailers", "stores", "outlets", "platforms",
		"apps", "supermarkets", "sites", "websites", "marketplaces", "giants", "aggregators", "startups")
	// takenThings are the business others can take from us.
	takenThings = wordSet("customers", "clients", "advertising", "advertisers", "market", "students",
		"members", "bookings", "sales", "orders", "readers", "subscribers", "trade", "footfall", "guests",
		"patients", "users", "contracts", "buyers", "shoppers", "diners", "audience", "listings")
)

// othersTookOurs reads other businesses taking ours ("online outlets
// have taken much of our advertising"): competitors ahead. The subject
// is another business, never us; what is taken is our trade, and the
// clause does not deny it.
func othersTookOurs(c []string) string {
	k := slices.IndexFunc(c, func(t string) bool { return tookVerbs[t] })
	if k < 1 || !hasAny(c[:k], rivalSubjects) || hasAny(c[:k], selfWords) || hasAny(c, negation) {
		return ""
	}
	after := c[k+1 : min(k+6, len(c))]
	o := slices.Index(after, "our")
	if o >= 0 && hasAny(after[o+1:min(o+4, len(after))], takenThings) {
		return "yes"
	}
	return ""
}
