package conversation

import "strings"

// Innovation told by what comes before it or what the firm holds: new
// technology that "can wait" ("first we must collect on time, new
// technology can wait") is not a priority, whatever the urgency words
// said of the other task ("must", "first"); patents held or pending are
// invention the firm leads with.

var (
	waitModals  = wordSet("can", "will", "must", "should", "could", "has", "have", "may", "gonna", "to")
	waitWords   = wordSet("wait", "waits")
	newThings   = wordSet("things", "stuff", "gadgets", "ideas", "tools", "systems", "software", "apps", "app")
	patentWords = wordSet("patent", "patents", "patented")
)

// innovationPostponed reports new technology told to wait: "new
// technology can wait", "the new stuff will have to wait". "innovation
// can't wait" is urgent, not postponed.
func innovationPostponed(w []string) bool {
	for i, t := range w {
		if !waitWords[t] {
			continue
		}
		j := i - 1
		for j >= 0 && waitModals[w[j]] {
			j--
		}
		if j == i-1 || j < 0 {
			continue
		}
		if innovationSubjects[w[j]] && w[j] != "it" && w[j] != "that" && w[j] != "this" ||
			newThings[w[j]] && j > 0 && (w[j-1] == "new" || w[j-1] == "latest") {
			return true
		}
	}
	return false
}

// patentsHeld reports patents the firm holds or has pending, none denied:
// "we have 2 patents pending", "our process is patented".
func patentsHeld(w []string) bool {
	found := false
	for i, t := range w {
		if !patentWords[t] {
			continue
		}
		if hasAny(w[max(0, i-3):i], negation) || hasAny(w[max(0, i-3):i], wordSet("nothing", "none", "zero")) {
			return false
		}
		found = true
	}
	return found
}

var (
	// patronWords are those a business serves: "the guests come for the
	// dogs".
	patronWords = wordSet("guests", "customers", "clients", "people", "visitors", "tourists", "patients",
		"diners", "buyers", "couples", "families", "members", "shoppers", "students", "players", "riders")
	drawVerbs = wordSet("come", "comes", "coming", "pay", "pays", "return", "book", "choose", "travel")
)

// drawElsewhere reports the firm's patrons said to come for something
// that is no technology ("the guests come for the dogs", "couples come
// for the barn and the gardens"): innovation is not what it leads with.
func drawElsewhere(w []string, cut []bool) bool {
	for i := 0; i+2 < len(w); i++ {
		if !patronNoun(w[i]) || !drawVerbs[w[i+1]] {
			continue
		}
		j := i + 2
		if j < len(w) && (w[j] == "here" || w[j] == "back" || w[j] == "to" && j+2 < len(w) && w[j+2] == "for") {
			j++
		}
		if j < len(w) && w[j] == "us" {
			j++
		}
		if j >= len(w) || w[j] != "for" {
			continue
		}
		_, end := clauseBounds(cut, j)
		drawn := w[j+1 : end]
		if len(drawn) > 0 && !hasAny(drawn, techNouns) && !hasAny(drawn, innovationSubjects) &&
			!hasAny(drawn, wordSet("speed", "innovation", "new", "latest", "modern", "online")) {
			return true
		}
	}
	return false
}

// ownedInnovation are words of leading with the new, owned unless denied.
var ownedInnovation = wordSet("innovate", "innovative", "innovation", "first", "lead", "leading", "early",
	"pioneer", "pioneers", "keen", "love", "loves", "ahead")

// innovationOwned reports a word of leading with the new not denied just
// before it: "we love new tech" owns it, "we are not the first" does not.
func innovationOwned(w []string) bool {
	for i, t := range w {
		if ownedInnovation[t] && !negatedBefore(w, i, 3) {
			return true
		}
	}
	return false
}

// patronNoun reports a word that may name the firm's patrons: one of
// patronWords, or a plural noun that names no rival nor thing
// ("walkers", "anglers").
func patronNoun(t string) bool {
	return patronWords[t] || len(t) > 4 && strings.HasSuffix(t, "ers") && !otherWords[t] && !techNouns[t]
}

// quickFollow reports following told quick ("we're quick to follow",
// "we follow fast"): a fast follower, somewhat, not the refusal "follow"
// alone would read.
func quickFollow(w []string) bool {
	for i, t := range w {
		if !copyWords[t] && t != "follow" && t != "followers" && t != "follower" {
			continue
		}
		near := w[max(0, i-3):min(i+2, len(w))]
		if hasAny(near, wordSet("quick", "quickly", "fast", "early", "soon")) && !hasAny(near, negation) {
			return true
		}
	}
	return false
}
