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
// fast") leaves the firm steady. The growth may be told in the present
// ("but export grows very fast") or by places opened every year.

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
		fastGrowthNow(after) ||
		matchPart(q, strings.Join(after, " "), nil).value == "scaling"
}

// growsWords tell growth in the present: "exports grow very fast".
var growsWords = wordSet("grow", "grows", "growing", "growth")

// speedWords give that growth its speed: "grows very fast", "the growth
// is very strong".
var speedWords = wordSet("fast", "quickly", "rapidly", "strong", "strongly")

// openEachYear tell new sites opened year after year: "we open two new
// provinces every year".
var openEachYear = wordSet("open", "opens", "add", "adds")

// fastGrowthNow reports growth in the present told fast within a few
// words ("export grows very fast"), or new places opened every year.
func fastGrowthNow(after []string) bool {
	for i, t := range after {
		if growsWords[t] && hasAny(after[i+1:min(len(after), i+4)], speedWords) {
			return true
		}
		if openEachYear[t] && slices.Contains(after[i+1:min(len(after), i+4)], "new") &&
			slices.Contains(after[i:], "every") {
			return true
		}
	}
	return false
}
