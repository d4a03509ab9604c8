package conversation

import "strings"

// Owners who describe the company point by point head a point with its
// topic and a question mark: "about 32 people. Security? a big worry
// since the phishing email". The question mark asks nothing; read as a
// question back, it would drop all that came before it. topicLabels
// drops such a mark, so that the topic heads the clause it labels
// ("Security a big worry since ..."), as a description reads it.

// labelWords name a question's topic as an owner heads a point with it.
var labelWords = wordSet("size", "headcount", "staff", "people", "team", "employees", "stage", "age", "growth",
	"reliance", "operations", "ops", "systems", "system", "infrastructure", "tech", "technology", "tools",
	"data", "security", "cybersecurity", "cyber", "hackers", "hacking", "products", "product", "apps", "app",
	"software", "innovation", "competitors", "competition", "rivals", "budget", "money", "funding", "cash")

// labelFillers may stand beside a label word: "our data?", "the budget?".
var labelFillers = wordSet("the", "our", "my", "and", "cyber", "it", "internal")

// topicLabels is text without the question mark after each topic label
// that heads a point in the middle of a message. A label that opens
// the message, or ends it, stays a question: "security?" alone may ask
// what is meant, and "hackers? we're a bakery" is read as before.
func topicLabels(text string) string {
	if !strings.Contains(text, "?") {
		return text
	}
	out := []byte(text)
	start := 0 // where the current point began
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', ';', ',', ':', '\n':
			start = i + 1
		case '?':
			if start > 0 && len(normalize(text[:start])) > 0 && isTopicLabel(text[start:i]) && len(normalize(text[i+1:])) > 0 {
				out[i] = ' '
			}
			start = i + 1
		}
	}
	return string(out)
}

// isTopicLabel reports whether s names a topic and nothing else: one to
// three words, a label word among them, or "IT" in capitals.
func isTopicLabel(s string) bool {
	if strings.TrimSpace(s) == "IT" {
		return true
	}
	w := normalize(s)
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	named := false
	for _, t := range w {
		switch {
		case labelWords[t]:
			named = true
		case !labelFillers[t]:
			return false
		}
	}
	return named
}

// withoutQuestions is text without the sentences that ask: in a
// description, "a full-time IT boss? you're joking" tells nothing by its
// question's words (which name the hire as if it were funded), and a
// question back is no statement of fact. A topic label's mark must be
// gone first (topicLabels).
func withoutQuestions(text string) string {
	if !strings.Contains(text, "?") {
		return text
	}
	var b strings.Builder
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '\n':
			b.WriteString(text[start : i+1])
			start = i + 1
		case '?':
			b.WriteString(" ")
			start = i + 1
		}
	}
	b.WriteString(text[start:])
	return b.String()
}
