package conversation

// A size answer may tell a sum of money beside the team ("Just me and
// my co-founder. ARR is €400k", "turnover about 90k"): a sum counts no
// people, however large.

// currencyWords after a number make it a sum: "350k euros", "40 lakh".
var currencyWords = wordSet("euros", "euro", "pounds", "dollars", "quid", "grand", "bucks", "rupees", "lakh",
	"lakhs", "crore", "crores", "eur", "usd", "gbp", "inr")

// sumNouns before a number, links aside, make it a sum: "ARR is
// 400k", "we raised 600k", "revenue of about 2m". Not "sales": "sales
// 5, office 3" lists departments.
var sumNouns = wordSet("arr", "mrr", "gmv", "revenue", "revenues", "turnover", "takings", "income", "profit",
	"profits", "earnings", "margin", "raised", "raise", "funding", "valuation", "invested", "investment",
	"budget", "salary", "salaries", "spend", "spent", "cost", "costs", "billings", "worth")

// sumLinks stand between a money noun and its sum: "ARR is about".
var sumLinks = wordSet("is", "was", "are", "were", "of", "at", "about", "around", "roughly", "approximately",
	"nearly", "almost", "over", "under", "just", "only", "some", "circa", "ca", "a", "year", "last", "this", "ytd")

// moneyCount reports whether the number at w[i] is a sum of money: a
// currency word after it, or a money noun before it past links.
func moneyCount(w []string, i int) bool {
	if i+1 < len(w) && currencyWords[w[i+1]] {
		return true
	}
	for j := i - 1; j >= max(0, i-4); j-- {
		if sumNouns[w[j]] {
			return true
		}
		if !sumLinks[w[j]] {
			return false
		}
	}
	return false
}

// headcountText is text as the size question reads it: a sum's currency
// sign, lost when words are read, is written after it ("€400k" as
// "400k euros"), so the sum is no count; how its numbers are written
// is kept (writtenCounts).
func headcountText(q *question, text string) string {
	if q.headcount == nil {
		return text
	}
	return writtenCounts(moneyAfter(text))
}
