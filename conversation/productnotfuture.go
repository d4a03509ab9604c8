package conversation

// Words the product reader takes as dating a plan that date none here:
// "like" as a filler ("that's like 60 percent of revenue") and "day" in
// "same day", "next day delivery" or "every day". A wish ("we'd like
// to") and "one day" still date a plan.

var (
	likeWishers  = wordSet("would", "wed", "id", "youd", "theyd", "hed", "shed")
	dayNotFuture = wordSet("same", "next", "every", "each", "all", "a", "per", "that", "the", "working")
)

// fillerFuture reports w[i] as such a word.
func fillerFuture(w []string, i int) bool {
	switch w[i] {
	case "like":
		return !hasAny(w[max(0, i-2):i], likeWishers)
	case "day":
		return i > 0 && dayNotFuture[w[i-1]]
	case "next":
		// "next day delivery": a service, not next year.
		return i+2 < len(w) && w[i+1] == "day"
	}
	return false
}
