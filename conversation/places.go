package conversation

import "slices"

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
// place: yes; in two places, some. Records on scraps are yes (see
// keptOnScraps).
func dataFromPlaces(w []string, _ []bool) string {
	if keptOnScraps(w) {
		return "yes" // "customer details on bits of paper and in my phone"
	}
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

// oneContainers are what all the data can be kept in, one of.
var oneContainers = wordSet("notebook", "spreadsheet", "system", "file", "book", "app", "laptop", "folder",
	"diary", "ledger", "sheet", "database", "tool", "inbox", "whiteboard", "binder", "program", "calendar",
	"platform", "place", "crm", "erp", "account")

// onePlace reads data told as kept in one place ("all our customers are
// in one spreadsheet", "everything lives in a single database"): under
// control, when nothing else in the answer reads otherwise (no
// negation, contrast or "mostly", no other place, and the rest reads
// nothing or the no).
func onePlace(q *question, w []string, cut []bool) bool {
	if hasAny(w, negation) || hasAny(w, contrastWords) || hasAny(w, partWords) {
		return false
	}
	for i := 0; i+2 < len(w); i++ {
		if !placeWord(w[i]) {
			continue
		}
		j := i + 1
		switch {
		case w[j] == "one":
		case (w[j] == "the" && w[j+1] == "one") || (w[j] == "a" && w[j+1] == "single"):
			j++
		default:
			continue
		}
		if j+1 >= len(w) {
			continue
		}
		if !oneContainers[w[j+1]] && j+2 < len(w) && oneContainers[w[j+2]] && !placeWord(w[j+1]) && w[j+1] != "and" {
			j++ // a name before the container: "in the one Shopify account", "in one Google sheet"
		}
		if !oneContainers[w[j+1]] {
			continue
		}
		rest := append(slices.Clone(w[:i]), w[j+2:]...)
		if slices.ContainsFunc(rest, placeWord) {
			return false // "in one notebook and on scraps of paper"
		}
		restCut := append(slices.Clone(cut[:i]), cut[j+2:]...)
		m := matchPart(q, joinClauses(rest, restCut), nil)
		return m.value == q.no || !m.signal
	}
	return false
}
