package conversation

import (
	"slices"
	"strings"
)

// An old firm whose recent growth is told after a "but" ("been around 20
// yrs but the last 2 have been a rocket, went from 1 county to 6",
// "opened in 2019 but this year's been nuts, visitors up like 40%") is
// scaling: the age is granted, the growth is the answer. Growth denied
// or softened after the "but" ("but nothing crazy", "but not growing
// fast") leaves the firm steady.

// boomWords call recent growth by a word of its speed: "a rocket", "nuts".
var boomWords = wordSet("rocket", "nuts", "madness", "mad", "insane", "crazy", "wild", "bonkers", "exploded",
	"exploding", "explosive", "booming", "boom", "skyrocketed", "rocketed", "insanely", "nonstop")

// ageButGrowth reports an age or long standing told before a "but" and
// strong growth after it, not denied nor softened.
func ageButGrowth(q *question, w []string) bool {
	b := slices.Index(w, "but")
	if b < 1 || b+2 >= len(w) {
		return false
	}
	before, after := w[:b], w[b+1:]
	if _, ok := companyAge(before); !ok && matchPart(q, strings.Join(before, " "), nil).value != "established" {
		return false
	}
	if hasAny(after, negation) || hasAny(after, wordSet("nothing", "slowly", "steadily", "bit", "little", "few")) {
		return false
	}
	return hasAny(after, boomWords) || grewFrom(after) || grewMultiple(after) || growthPercent(after) == "scaling" ||
		matchPart(q, strings.Join(after, " "), nil).value == "scaling"
}
