package conversation

import (
	"strconv"
	"strings"
)

// scoreOf reads a score on a scale: "6/10", "6 out of 10", "3/5", "80%",
// "80-90%", as a fraction of the scale's top.
func scoreOf(w []string, cut []bool) (float64, bool) {
	for i, t := range w {
		if p, ok := strings.CutSuffix(t, "%"); ok {
			v, err := strconv.ParseFloat(p, 64)
			if err != nil || v > 100 || peopleShare(w[i+1:]) {
				continue
			}
			if i > 0 {
				// "80-90%": the middle of the range.
				if lo, err := strconv.ParseFloat(w[i-1], 64); err == nil && lo < v {
					v = (lo + v) / 2
				}
			}
			return v / 100, true
		}
		j := i + 1
		if j+1 < len(w) && w[j] == "out" && w[j+1] == "of" {
			j += 2
		}
		if j >= len(w) || cut[j] {
			continue // "we're 6, 10 in summer"
		}
		a, errA := strconv.ParseFloat(t, 64)
		b, errB := strconv.Atoi(w[j])
		if errA == nil && errB == nil && (b == 5 || b == 10 || b == 100) && a >= 0 && a <= float64(b) {
			if j+1 < len(w) && countedAfter(w[j+1]) {
				continue // "9 out of 10 of our staff", "8 out of 10 customers": a count, not a score
			}
			return a / float64(b), true
		}
	}
	return 0, false
}

// countedAfter reports a word after "N out of M" that makes it a count
// of people or things.
func countedAfter(t string) bool {
	return t == "of" || countedNouns[t] || staffNouns[t] || notStaff[t]
}

// countedNouns are people and things an "N out of M" counts.
var countedNouns = wordSet("people", "persons", "employees", "staff", "workers", "heads", "engineers", "drivers",
	"developers", "colleagues", "orders", "jobs", "invoices", "days", "times", "projects", "shops", "sites",
	"stores", "branches", "trucks", "vans", "machines", "computers", "laptops", "systems", "records", "files",
	"products", "contracts", "tenders", "bookings", "calls", "emails", "deliveries", "sales", "payments")

// peopleShare reports "of" and people after a share: "80% of our staff".
func peopleShare(w []string) bool {
	if len(w) == 0 || w[0] != "of" {
		return false
	}
	w = w[1:min(len(w), 4)]
	return hasAny(w, peopleShared)
}
