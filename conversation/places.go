package conversation

// Data told by where it is kept: "customer orders are in three
// notebooks and my head", "stock counts live across four spreadsheets":
// scattered, a real problem.

// containerWords are what data is kept in.
var containerWords = wordSet("notebooks", "spreadsheets", "systems", "files", "books", "apps", "places",
	"laptops", "phones", "folders", "drawers", "diaries", "ledgers", "sheets", "databases", "tools",
	"inboxes", "whiteboards", "boxes", "binders", "programs", "pads", "calendars")

// placeHedges say the places mostly agree: then the words decide.
var placeHedges = wordSet("maybe", "sometimes", "occasionally", "sync", "synced", "reconciled", "mismatches",
	"linked", "agree", "match")

// headOwners are whose head data can live in.
var headOwners = wordSet("my", "our", "his", "her", "their", "peoples", "someones", "everyones")

// dataFromPlaces reads data kept in several places (a number of three
// or more before a container) or partly in someone's head beside another
// place: yes; in two places, some.
func dataFromPlaces(w []string, _ []bool) string {
	if hasAny(w, partWords) || hasAny(w, placeHedges) {
		return "" // "in 3 systems, maybe 5% mismatches": how much?
	}
	two := false
	for i := 1; i+1 < len(w); i++ {
		if n, ok := count(w[i]); ok && n >= 2 && !isYear(w[i]) && containerWords[w[i+1]] && placeWord(w[i-1]) {
			if n > 2 {
				return "yes"
			}
			// "in two spreadsheets", "in two databases that should be
			// one": a seam to mend, not data everywhere.
			two = true
		}
		if (w[i+1] == "head" || w[i+1] == "heads") && headOwners[w[i]] && i >= 2 && w[i-1] == "and" {
			return "yes" // "in two diaries and my head"
		}
	}
	if two {
		return "some"
	}
	return ""
}

func placeWord(t string) bool {
	return t == "in" || t == "across" || t == "between" || t == "over" || t == "on"
}
