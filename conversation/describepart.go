package conversation

import "slices"

// Description clauses that tell a part, a time gone or a trouble whose
// size the owner alone can say: asked, not filled.

// agoChanges are verbs of a change made a time ago whose result lasts:
// "we moved to the cloud two years ago" tells today's state.
var agoChanges = wordSet("moved", "switched", "bought", "installed", "introduced", "replaced", "upgraded",
	"started", "launched", "changed", "migrated", "brought", "got", "put", "built", "rebuilt")

// agoNowWords set a clause in the present despite a time gone told in it.
var agoNowWords = wordSet("now", "today", "nowadays", "currently", "since")

// agoOnly reports a clause set a time ago ("ten years ago a job could run
// off a paper ticket", "five years ago our data was a mess"): how things
// were, not how they are, unless it names a change that lasts or today.
func agoOnly(c []string) bool {
	i := slices.Index(c, "ago")
	if i < 1 || !timeUnits[c[i-1]] && c[i-1] != "decade" && c[i-1] != "year" && c[i-1] != "month" {
		return false
	}
	return !hasAny(c, agoChanges) && !hasAny(c, agoNowWords)
}

// partByHand reports a clause of work still by hand that is a part:
// opened by a turn from what runs on the computer ("but the delivery
// notes are still on paper") or told of a share ("about half the
// waivers"). The rest is not by hand, so no "low" is filled; "but we
// do everything on paper" is the whole.
func partByHand(c []string, turned bool) bool {
	if hasAny(c, wordSet("everything", "all", "every", "whole")) {
		return false
	}
	return turned || hasAny(c, wordSet("half", "some", "partly", "part", "few"))
}

// formatWords name data arriving in many formats.
var formatWords = wordSet("format", "formats")

// onlyFormats reports a clause whose only sign of a real problem is data
// arriving in many formats ("pavement data from councils in 30 different
// formats"): owners call that some challenges as often as a real problem.
func onlyFormats(q *question, c []string, cut []bool) bool {
	if !hasAny(c, formatWords) {
		return false
	}
	var rest []string
	var rc []bool
	for i, t := range c {
		if !formatWords[t] {
			rest = append(rest, t)
			rc = append(rc, cut[i])
		}
	}
	return keyOnly(q, rest, rc, 1) != "yes"
}

// growthRateTold reports a description that tells a growth rate: "revenue
// is up 20% a month", "sales up 15 percent a quarter" (a percentage
// before a word reads as "part").
func growthRateTold(d *description) bool {
	for _, c := range d.clauses {
		for i := 0; i+1 < len(c); i++ {
			if c[i] != "up" {
				continue
			}
			for _, t := range c[i+1 : min(len(c), i+3)] {
				if t == "percent" || t == "part" || len(t) > 1 && t[len(t)-1] == '%' {
					return true
				}
			}
		}
	}
	return false
}

// sizeWords are the size keys that are adjectives: "big", "small".
var sizeWords = wordSet("big", "large", "small", "tiny", "huge", "medium")

// sizedFirmNouns after a size word make it the company's size: "a big firm".
var sizedFirmNouns = wordSet("company", "companies", "business", "businesses", "firm", "firms", "team", "teams",
	"outfit", "operation", "one", "family", "sized", "size", "employer", "organisation", "organization",
	"enterprise", "shop", "practice", "crew", "player", "players", "group")

// withoutOthersSize is c without each size word on another noun: "if the
// big contract comes through", "the big supermarkets", "a big name in
// town" tell nothing of how many work here. A description's rest speaks
// of many things; its size words count only on the company.
func withoutOthersSize(c []string) []string {
	out := make([]string, 0, len(c))
	for i, t := range c {
		if sizeWords[t] && i+1 < len(c) && !sizedFirmNouns[c[i+1]] {
			continue
		}
		out = append(out, t)
	}
	return out
}
