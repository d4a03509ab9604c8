package conversation

// A contact verb and a person in the same message are not yet a request
// for one: "sometimes we call the same person twice" and "customers get
// in touch on WhatsApp" describe the business. A request is addressed to
// the bot: the verb opens the message ("book a call", "hi, talk to a
// human") or follows a word of asking ("can I speak…", "I'd like to
// talk…", "please connect me…"), and the person follows the verb with
// only small words between ("to one of your consultants"), not "the same"
// or "more".

var (
	// requestMarkers ask for something: a modal, a wish, please.
	requestMarkers = wordSet("please", "pls", "plz", "can", "could", "may", "would", "want", "wanna",
		"like", "need", "let", "rather", "prefer", "love", "have", "how", "possible", "wish")
	// requestSubjects may stand between a request marker and the verb
	// ("can I", "would you", "I'd like someone to").
	requestSubjects = wordSet("i", "we", "you", "u", "someone", "somebody", "one", "of", "your", "them",
		"d", "do", "to", "just", "really", "actually", "be", "able", "get", "me", "us", "a", "an", "the", "consultant")
	// requestOpeners may come before an imperative verb ("hi, talk to a
	// human", "ok just book a call").
	requestOpeners = wordSet("hi", "hey", "hello", "ok", "okay", "so", "yes", "yeah", "actually", "just",
		"then", "now", "right", "well", "um", "erm", "pls", "please", "kindly")
	// requestFillers may stand between the verb and the person asked for.
	requestFillers = wordSet("to", "with", "a", "an", "the", "one", "of", "your", "you", "real", "actual",
		"live", "proper", "me", "us", "in", "touch", "some", "quick", "short", "free", "minute", "minutes", "min",
		"hour", "half", "chat", "video", "phone", "zoom", "teams")
)

// requestAt reports whether the verb at w[i] is asked for, not told.
func requestAt(w []string, i int) bool {
	opening := true
	for j := i - 1; j >= 0; j-- {
		switch {
		case requestMarkers[w[j]]:
			return true
		case requestOpeners[w[j]]:
		case requestSubjects[w[j]]:
			opening = false
		default:
			return false
		}
	}
	return opening
}

// personAfter reports whether a handoff target follows the verb at w[i]
// with only fillers between.
func personAfter(w []string, i int) bool {
	for j := i + 1; j < len(w); j++ {
		if handoffTargets[w[j]] {
			return true
		}
		if !requestFillers[w[j]] && !isNumber(w[j]) {
			return false
		}
	}
	return false
}

// phraseRequested reports whether the phrase p (words) stands in w as a
// request ("please call me", not "suppliers call me when stock runs
// low").
func phraseRequested(w, p []string) bool {
	for i := 0; i+len(p) <= len(w); i++ {
		match := true
		for k := range p {
			if w[i+k] != p[k] {
				match = false
				break
			}
		}
		if match && requestAt(w, i) {
			return true
		}
	}
	return false
}
