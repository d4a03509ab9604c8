package conversation

// Acknowledgements during the assessment. After the bot lists what it
// took from the owner's words, "ok", "yes that's right" or "great,
// thanks" confirm the list: they do not answer the question asked next
// ("ok" would read as systems that run well, "yes" as complete reliance
// on IT). Anywhere else an acknowledgement that answers nothing is met
// with the question again, not with the knowledge base's "you're welcome,
// start the assessment".

var (
	// ackWords confirm or thank; at least one must be said.
	ackWords = wordSet("ok", "okay", "k", "kk", "correct", "right", "exactly", "perfect", "great", "good",
		"cool", "lovely", "brilliant", "accurate", "spot", "thanks", "thank", "thx", "ty", "cheers", "ta",
		"noted", "understood", "agreed", "alright", "fab", "super", "nice", "excellent", "fine")
	// confirmWords say the list is right; the other ackWords ("fine",
	// "ok") may as well answer a question that has them as an option.
	confirmWords = wordSet("correct", "right", "exactly", "accurate", "spot", "noted", "understood", "agreed")
	// ackFillers may stand beside them: "yes that's all correct".
	ackFillers = wordSet("yes", "yeah", "yep", "yup", "sure", "thats", "that", "is", "its", "it", "all",
		"sounds", "looks", "seems", "on", "you", "very", "so", "far", "much", "and", "pretty", "about",
		"fair", "enough", "got", "just", "both", "those", "are", "spot", "oh", "ah", "fine", "for", "now")
	thanksWords = wordSet("thanks", "thank", "thx", "ty", "cheers", "ta")
)

// yesNoQuestions are asked as yes-or-no questions ("Do your internal
// systems need work ...?"): a bare yes answers them even right after a
// list of noted answers. The others ask how many, how much or which
// ("How much do your daily operations rely on IT?"), where a bare yes
// is no answer.
var yesNoQuestions = map[string]bool{qSystems: true, qData: true, qProducts: true,
	qInnovation: true, qCompetitors: true, qBudget: true}

// acknowledges reports whether w is only an acknowledgement: "ok", "yes
// that's right", "great thanks".
func acknowledges(w []string) bool {
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	said := false
	for _, t := range w {
		switch {
		case ackWords[t]:
			said = true
		case !ackFillers[t]:
			return false
		}
	}
	return said
}

// bareYes reports whether w is nothing but a yes: "yes", "yeah sure".
func bareYes(w []string) bool {
	for _, t := range w {
		if !yesWords[t] && t != "sure" {
			return false
		}
	}
	return len(w) > 0
}

// confirmsNoted reports whether text, said right after the bot listed
// the answers it noted, confirms that list rather than answering q.
func confirmsNoted(q *question, text string) bool {
	w := normalize(text)
	switch {
	case bareYes(w):
		return !yesNoQuestions[q.ID]
	case !acknowledges(w):
		return false
	}
	// "fine" answers "Do your systems need work?"; "that's right" does not.
	return hasAny(w, confirmWords) || matchPart(q, text, nil).value == ""
}

// acknowledgement is the reply to an acknowledgement that answered
// nothing: a thank-you is welcomed, a confirmation of noted answers
// acknowledged, a bare "ok" needs no words; then the question again.
func (t *turn) acknowledgement(s *state, text string) []Reply {
	switch {
	case hasAny(normalize(text), thanksWords):
		return []Reply{{Text: "You're welcome."}, t.ask(s)}
	case t.noted:
		return []Reply{{Text: "Good."}, t.ask(s)}
	}
	return []Reply{t.ask(s)}
}
