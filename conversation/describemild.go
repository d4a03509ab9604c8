package conversation

import (
	"regexp"
	"slices"
	"strings"
)

// Readings that keep a description from filling a question its clause
// does not settle: a trouble named in passing, the age of a machine, a
// business of one beside a crowd, a sum of money.

// mildTroubles are keys of a real problem that a description names in
// passing ("the tills don't talk to the website", "our tools are
// patchy", "reporting is spread across three systems"): they say there is trouble, not how much, and owners then
// answer some as often as a real problem.
var mildTroubles = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range []string{"dont talk to each other", "dont talk to", "doesnt talk", "none of them talk",
		"dont integrate", "not integrated", "slow", "patchy", "spread across", "spread over"} {
		m[strings.Join(normalize(k), " ")] = true
	}
	return m
}()

// onlyMildTrouble reports whether the keys clause c names for option v of
// q are all troubles named in passing; a reading with no key (three
// systems, counted) is not.
func onlyMildTrouble(q *question, c []string, cut []bool, v string) bool {
	return onlyKeys(q, c, cut, v, mildTroubles)
}

// mismatches are keys that tell numbers apart without saying how often
// or how badly ("the numbers don't match"): owners answer some or a real
// problem alike. "Don't always match" says how often: now and then.
var mismatches = map[string]bool{"dont match": true}

// onlyMismatch reports whether the keys clause c names for option v of q
// are all bare mismatches.
func onlyMismatch(q *question, c []string, cut []bool, v string) bool {
	return onlyKeys(q, c, cut, v, mismatches)
}

// onlyKeys reports whether the keys clause c names for option v of q are
// all in keys; a reading with no key (three systems, counted) is not.
func onlyKeys(q *question, c []string, cut []bool, v string, keys map[string]bool) bool {
	mild := false
	for _, h := range findHits(q, c, cut) {
		if h.class != content || q.Options[h.opt].Value != v || h.negated {
			continue
		}
		if !keys[strings.Join(c[h.start:min(h.start+h.n, len(c))], " ")] {
			return false
		}
		mild = true
	}
	return mild
}

// agedThings are what a description gives the age of beside the company:
// "the server is 15 years old" is no company's age.
var agedThings = wordSet("system", "systems", "server", "servers", "erp", "mrp", "crm", "database", "package",
	"machine", "machines", "computer", "computers", "pc", "pcs", "laptop", "laptops", "till", "tills",
	"network", "website", "printer", "printers", "van", "vans", "lorry", "lorries", "truck", "trucks",
	"equipment", "kit", "boiler", "roof", "building", "phone", "phones", "tractor", "kitchen", "stack",
	"codebase", "code")

// thingAged reports whether clause c gives the age of a thing, not the
// company: a machine or a system before "years old", or "which is 20
// years old", whose subject is in the clause before.
func thingAged(c []string) bool {
	k := slices.Index(c, "old")
	if k < 1 || c[k-1] != "years" && c[k-1] != "year" {
		return false
	}
	return c[0] == "which" || c[0] == "that" || hasAny(c[:k], agedThings) || hasAny(c[:k], techNouns)
}

// crowdCounted reports me beside a number above ten in clause c ("me and
// about 30 volunteer coaches"): then "me" is one of many, not a business
// of one. Years and spans of time are no people.
func crowdCounted(c []string) bool {
	if !slices.Contains(c, "me") && !slices.Contains(c, "myself") {
		return false
	}
	for i, t := range c {
		n, ok := count(t)
		if !ok || n <= 10 || isYear(t) || i+1 < len(c) && spanUnits[c[i+1]] {
			continue
		}
		return true
	}
	return false
}

// spanUnits follow a number that counts time, not people.
var spanUnits = wordSet("years", "year", "yrs", "months", "month", "weeks", "week", "days", "hours", "percent")

// moneyAmount is a sum with its currency sign first ("£60k", "$300,000").
var moneyAmount = regexp.MustCompile(`([£$€₹])\s?(\d[\d,.]*\s?(?:k|m|bn)?)\b`)

// currencyNames stand after a sum once its sign is moved.
var currencyNames = map[string]string{"£": "pounds", "$": "dollars", "€": "euros", "₹": "rupees"}

// moneyAfter writes a sum's currency after it ("60k pounds"): a sign is
// lost when words are read, and a bare number ending a clause ("IT budget
// is £60k") would be read as a headcount at the size question.
func moneyAfter(text string) string {
	return moneyAmount.ReplaceAllStringFunc(text, func(s string) string {
		m := moneyAmount.FindStringSubmatch(s)
		return m[2] + " " + currencyNames[m[1]]
	})
}

// actsOnMe are verbs whose object "me" is: "what worries me", "drives me
// mad", "keeps me up".
var actsOnMe = wordSet("worries", "worry", "worried", "worrying", "keeps", "keep", "kept", "keeping",
	"drives", "drive", "driving", "tells", "told", "telling", "bugs", "bothers", "bother", "annoys",
	"scares", "frightens", "stresses", "concerns", "gives", "gave", "helps", "helped", "lets", "makes",
	"made", "costs", "cost", "asks", "asked", "calls", "called", "sends", "sent", "wakes", "reminds",
	"surprises", "frustrates", "costing", "stops", "stopped")

// withoutObjectMe is clause c without a "me" that a verb acts on: read
// at the size question a bare "me" is a business of one, but "what
// worries me is the card machine" counts no one.
func withoutObjectMe(c []string) []string {
	out := make([]string, 0, len(c))
	for i, t := range c {
		if t == "me" && i > 0 && actsOnMe[c[i-1]] {
			continue
		}
		out = append(out, t)
	}
	return out
}
