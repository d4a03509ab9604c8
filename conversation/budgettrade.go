package conversation

var (
	// tradeMoneyKinds name money a business holds or moves for others:
	// "pension funds", "client money".
	tradeMoneyKinds = wordSet("pension", "pensions", "investment", "investments", "trust", "mutual", "hedge",
		"client", "clients", "customer", "customers", "members", "member", "charity", "charitable", "pooled")
	// tradeMoneyVerbs do a business's work on money: "we administer
	// funds", "we raise money for hospices".
	tradeMoneyVerbs = wordSet("administer", "administers", "administering", "manage", "manages", "managing",
		"raise", "raises", "raising", "handle", "handles", "handling", "invest", "invests", "investing",
		"collect", "collects", "collecting", "lend", "lends", "lending", "distribute", "distributes")
)

// moneyAsTrade reports a clause whose money is the business's trade, not
// its budget: a money noun of a kind others own ("pension funds", "client
// money") or after a verb of the trade ("we raise funds for hospices"),
// with no hire named. A description telling what the company does says
// nothing of whether it could pay an executive.
func moneyAsTrade(c []string) bool {
	if hasAny(c, execWords) || hasAny(c, hireWords) {
		return false
	}
	for i, x := range c {
		if !moneyNouns[x] {
			continue
		}
		if i > 0 && tradeMoneyKinds[c[i-1]] {
			return true
		}
		for _, v := range c[:i] {
			if tradeMoneyVerbs[v] {
				return true
			}
		}
	}
	return false
}
