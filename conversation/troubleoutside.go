package conversation

// Internal systems called fine and the trouble placed in what the firm
// sells or shows its customers ("the problems we have are in the
// product, not in the office", "the problem is our website, but that is
// another thing"): the question asks about internal systems, so fine.

// troubleNames name a trouble a clause places somewhere.
var troubleNames = wordSet("problem", "problems", "issue", "issues", "bug", "bugs", "trouble", "troubles")

// outsideParts are what a firm sells or shows its customers.
var outsideParts = wordSet("product", "products", "app", "website", "site", "sell", "sells", "customers", "customer")

// officeParts are the internal systems themselves.
var officeParts = wordSet("office", "internal", "internally", "inside", "admin")

// troubleOutside reports trouble told only of an outside part, every
// other clause fine or silent, one of them fine.
func troubleOutside(q *question, w []string, cut []bool) bool {
	placed, fine := false, false
	for _, c := range clauses(w, cut) {
		if hasAny(c, troubleNames) {
			if placed || !hasAny(c, outsideParts) || hasAny(c, officeParts) && !hasAny(c, negation) || hasAny(c, painWords) {
				return false
			}
			placed = true
			continue
		}
		if hasAny(c, officeParts) && hasAny(c, negation) {
			continue // "not in the office"
		}
		// The keys alone: the whole reading would come back here.
		r := read(q, c, make([]bool, len(c)))
		if r.presentValue(q, q.yes) || r.presentValue(q, q.hedge) || troubleKinds(c, make([]bool, len(c))) > 0 {
			return false
		}
		fine = fine || r.presentValue(q, q.no)
	}
	return placed && fine
}
