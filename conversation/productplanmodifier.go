package conversation

import (
	"slices"
	"strings"
)

// A plan word can name what a product does rather than a plan for one:
// "the route-planning software we sell", "pipeline inspection tools".
// Read as a plan key it turns a product that exists into a plan.

// planModifierWords are plan keys that also modify a noun.
var planModifierWords = wordSet("planning", "pipeline", "roadmap", "plan", "planner", "planners")

// productThingNouns name a product a modifier can describe.
var productThingNouns = wordSet("software", "tool", "tools", "app", "apps", "system", "systems", "platform",
	"platforms", "module", "modules", "service", "services", "solution", "solutions", "engine", "suite",
	"product", "products", "device", "devices", "sensor", "sensors", "portal")

// planVerbContext before "planning" make it the verb: "we're planning
// software", "also planning"; an article or "in the" makes "pipeline" a
// place: "in the pipeline".
var planVerbContext = wordSet("are", "were", "is", "am", "im", "been", "be", "also", "now", "still", "currently",
	"we", "i", "and", "but", "so", "already", "actively", "the", "a", "an", "in", "on", "our", "my", "its", "not")

// modifyingPlanWord reports a plan word at w[i] that modifies a product
// noun within the next two words after a noun of its own ("menu planning
// software", "crop planning platform").
func modifyingPlanWord(w []string, i int) bool {
	if !planModifierWords[w[i]] || i == 0 || planVerbContext[w[i-1]] {
		return false
	}
	return slices.ContainsFunc(w[i+1:min(len(w), i+3)], func(t string) bool { return productThingNouns[t] })
}

// withoutPlanModifiers drops, on the products question, plan words that
// name what a product does.
func withoutPlanModifiers(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qProducts {
		return w, cut
	}
	for i := range w {
		if planAsStrategy(w, i) {
			// "core to our plan now": the plan is the strategy the
			// product sits at the core of, as in "core to our strategy".
			w = slices.Clone(w)
			w[i] = "strategy"
			continue
		}
		if modifyingPlanWord(w, i) {
			from := i
			if strings.HasPrefix(w[i-1], "plan") {
				from-- // "a planting plan app": "planting" is the name's too, a letter from "planning"
			}
			c := slices.Clone(cut)
			if i+1 < len(c) {
				c[i+1] = c[i+1] || c[from]
			}
			return withoutPlanModifiers(q, slices.Delete(slices.Clone(w), from, i+1), slices.Delete(c, from, i+1))
		}
	}
	return w, cut
}

// centralWords put a product at the middle of something: "core to",
// "the heart of", "a main part of".
var centralWords = wordSet("core", "heart", "centre", "center", "central", "main", "key", "centrepiece",
	"centerpiece")

// planAsStrategy reports "plan" at w[i] told as what a product is central
// to ("core to our plan", "the heart of our plan"), with no future
// after it ("core to our plan for next year" is still a plan).
func planAsStrategy(w []string, i int) bool {
	if w[i] != "plan" && w[i] != "plans" || i < 2 || w[i-1] != "our" && w[i-1] != "the" {
		return false
	}
	if !hasAny(w[max(0, i-5):i-1], centralWords) || hasAny(w[max(0, i-5):i], negation) {
		return false
	}
	return !hasAny(w[i+1:], wordSet("next", "will", "soon", "later", "future", "coming"))
}
