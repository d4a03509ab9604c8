package conversation

import "strings"

// A plan in a product's name: "we sell a planting-plan app", "our
// meal-planner software". The word is no plan to build one.

// planNames are the plan words a product's name may hold.
var planNames = wordSet("plan", "plans", "planning", "planner", "planners")

// namedToolWords follow a plan word in a product's name.
var namedToolWords = wordSet("app", "apps", "software", "tool", "tools", "platform", "system", "service", "website")

// withoutPlanNames drops, on the products question, a plan word that
// names the product after it ("a planting plan app").
func withoutPlanNames(q *question, w []string, cut []bool) ([]string, []bool) {
	if q.ID != qProducts {
		return w, cut
	}
	var ow []string
	var oc []bool
	for i, t := range w {
		if planNames[t] && i > 0 && i+1 < len(w) && namedToolWords[w[i+1]] && !cut[i] && !cut[i+1] {
			if strings.HasSuffix(w[i-1], "ing") && len(ow) > 0 {
				// "planting plan": the word before is the name's too, and
				// one letter from "planning".
				ow, oc = ow[:len(ow)-1], oc[:len(oc)-1]
			}
			continue
		}
		ow, oc = append(ow, t), append(oc, cut[i])
	}
	return ow, oc
}
