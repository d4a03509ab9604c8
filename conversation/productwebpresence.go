package conversation

// A web presence named as all the technology there is ("We have a website
// and Instagram. That's it.", "Just a website."): the shop window every
// business has, no product of its own.

var (
	webPresenceWords = wordSet("website", "site", "webpage", "page", "pages", "instagram", "facebook", "tiktok",
		"linkedin", "social", "media", "account", "accounts", "profile", "google", "listing", "x", "twitter")
	webPresenceFillers = wordSet("we", "have", "got", "a", "an", "and", "our", "just", "only", "thats", "it",
		"all", "the", "is", "plus", "simple", "basic", "small")
	webPresenceLimits = wordSet("just", "only", "thats")
)

// webPresenceOnly reports an answer of web presence words and fillers
// alone, limited by "just", "only" or "that's it".
func webPresenceOnly(w []string) bool {
	web := false
	for _, t := range w {
		switch {
		case webPresenceWords[t]:
			web = true
		case !webPresenceFillers[t]:
			return false
		}
	}
	return web && hasAny(w, webPresenceLimits)
}
