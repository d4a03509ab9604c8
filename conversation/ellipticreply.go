package conversation

import "strings"

// A question asked "Are your competitors ...?" or "Are you ...?" can be
// answered with its subject and verb alone: "They are, sadly", "they
// aren't", "we are". The verb left out is the one asked, so the reply is
// the question's yes or no.

// ellipticFillers may stand around an elliptic reply without changing
// it: "sadly they are", "I'm afraid they are", "they are, honestly".
var ellipticFillers = wordSet("sadly", "unfortunately", "honestly", "afraid", "im", "i", "think", "yes", "yeah",
	"definitely", "certainly", "well", "really", "obviously", "of", "course", "fortunately", "thankfully", "luckily",
	"ha", "lol", "already")

// ellipticReply is q's yes or no for a reply that is only the prompt's
// subject and its "are", or "".
func ellipticReply(q *question, w []string) string {
	subject := ""
	switch {
	case strings.HasPrefix(q.Prompt, "Are your "):
		subject = "they"
	case strings.HasPrefix(q.Prompt, "Are you "):
		subject = "we"
	default:
		return ""
	}
	var core []string
	for _, t := range w {
		if !ellipticFillers[t] {
			core = append(core, t)
		}
	}
	switch strings.Join(core, " ") {
	case subject + " are":
		return q.yes
	case subject + " arent", subject + " are not", subject + "re not":
		return q.no
	}
	return ""
}
