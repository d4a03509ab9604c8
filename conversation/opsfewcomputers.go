package conversation

import "slices"

// An ops answer that keeps a few computers for the office beside work
// done by hand ("A few laptops for administration. Patients are treated
// with hands, not software."): the computers are a side, as one computer
// "only" for the books is, and the trade denied software is by hand.

// fewMachines are computers counted in the plural.
var fewMachines = wordSet("computers", "laptops", "pcs", "tablets", "macs")

// fewCounts say the machines are few: "a few", "a couple of", "two".
var fewCounts = wordSet("few", "couple", "two", "three", "handful")

// officeTasks are what a side computer is for: "for the books".
var officeTasks = wordSet("admin", "administration", "office", "books", "accounts", "accounting", "paperwork",
	"invoices", "invoicing", "bookings", "emails", "email", "bookkeeping")

// fewComputersForOffice reports a clause naming a few computers for the
// office work: "a couple of PCs for the books". Not "quite a few".
func fewComputersForOffice(c []string) bool {
	for i, t := range c {
		if !fewMachines[t] {
			continue
		}
		few := false
		for j := max(0, i-3); j < i; j++ {
			few = few || fewCounts[c[j]] && !slices.Contains(c[max(0, j-2):j], "quite")
		}
		k := i + 1
		if !few || k >= len(c) || c[k] != "for" {
			continue
		}
		for k++; k < len(c) && (c[k] == "the" || c[k] == "our" || c[k] == "my"); k++ {
		}
		if k < len(c) && officeTasks[c[k]] {
			return true
		}
	}
	return false
}

// deniedTech are the IT words a trade by hand is told apart from.
var deniedTech = wordSet("software", "computers", "computer", "apps", "app", "technology", "tech", "systems")

// techDeniedOnly reports a clause whose IT words are all denied, as the
// work told beside it: "(treated with hands,) not software", "done by
// hand, not by computers". It tells work off IT, not IT.
func techDeniedOnly(c []string) bool {
	denied := 0
	for i, t := range c {
		if !deniedTech[t] && !itPlaces[t] {
			continue
		}
		j := i - 1
		for j >= 0 && (c[j] == "by" || c[j] == "on" || c[j] == "with" || c[j] == "the" || c[j] == "any") {
			j--
		}
		if j < 0 || c[j] != "not" {
			return false
		}
		denied++
	}
	return denied > 0
}

// keptVerbs confine a computer to a room: "the laptop stays in the
// office", "the PC lives in the back office".
var keptVerbs = wordSet("stays", "stay", "sits", "sit", "lives", "live", "remains", "remain", "kept")

// computerKeptInOffice reports a clause that keeps the computer in the
// office ("the computer stays in the office for the orders"): beside
// the work by hand, a side, as one computer "only" for the books is.
func computerKeptInOffice(c []string) bool {
	for i := 1; i+2 < len(c); i++ {
		if !keptVerbs[c[i]] || !hasAny(c[:i], machineWords) && !hasAny(c[:i], fewMachines) {
			continue
		}
		if c[i+1] == "in" && slices.Contains(c[i+2:min(len(c), i+5)], "office") {
			return true
		}
	}
	return false
}
