package conversation

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
