package conversation

// A firm still doing the paperwork of its own founding ("still writing
// the constitution and opening a bank account", "still registering the
// company") is a start-up: the chore's verb ("opening") read as a site
// opened, or the model asked between start-up and scaling.

var (
	// setupChores are founding paperwork named in one word.
	setupChores = wordSet("constitution", "incorporation", "incorporating", "incorporate", "bylaws", "articles")
	// setupPairs are founding paperwork named in two words.
	setupPairs = [][]string{{"bank", "account"}, {"business", "plan"}, {"partnership", "agreement"},
		{"shareholders", "agreement"}, {"shareholder", "agreement"}}
	// registerWords register the firm itself when one of firmObjects
	// follows: "registering the company", "registering it".
	registerWords = wordSet("registering", "register", "registration")
	// firmObjects are the firm as what is registered.
	firmObjects = wordSet("company", "business", "firm", "name", "charity", "coop", "partnership", "it", "llc", "ltd")
	// setupYears tell a firm old enough that its chores are no founding.
	setupYears = wordSet("years", "decades")
)

// stillSettingUp reports "still" before a founding chore in the eight
// words after it, with no years told (a going firm's chores are others').
func stillSettingUp(w []string) bool {
	if hasAny(w, setupYears) {
		return false
	}
	for i, t := range w {
		if t != "still" {
			continue
		}
		near := w[i+1 : min(len(w), i+9)]
		if hasAny(near, setupChores) || hasAnyPhrase(near, setupPairs) {
			return true
		}
		for j, u := range near {
			if registerWords[u] && hasAny(near[j+1:min(len(near), j+3)], firmObjects) {
				return true
			}
		}
	}
	return false
}
