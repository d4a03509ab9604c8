package conversation

import (
	"slices"
	"strings"
	"sync"
)

// Owners often restate the question before answering it: "cyber security
// concern, low", "how much do we rely on IT, hardly at all", "lead with
// innovation, us? no". The words of the restatement name the topic, and
// keys of the strongest option ("concern") can sit among them; the answer
// is the short clause at the end.

// maxAnswerClause is the longest last clause read as the answer to a
// restated question.
const maxAnswerClause = 3

// restatedAnswer reads the answer of a message that restates q before
// answering it in a short last clause: the clause's option, when it
// reads one plainly and the words before it are mostly q's own (its
// prompt, topics and aliases).
func restatedAnswer(q *question, w []string, cut []bool) (string, bool) {
	last := -1
	for i := len(w) - 1; i > 0; i-- {
		if cut[i] {
			last = i
			break
		}
	}
	if last < 1 || len(w)-last > maxAnswerClause || !restates(q, w[:last]) || degreeTold(q, w[:last]) {
		return "", false
	}
	tail := make([]bool, len(w)-last) // the clause alone: no break before it
	v, cands := resolve(q, read(q, w[last:], tail))
	return v, v != "" && len(cands) == 0
}

// degreeTold reports a head that already grades what it names ("some
// concern, not losing sleep"): an answer the last clause qualifies, not
// the question restated.
func degreeTold(q *question, head []string) bool {
	c := read(q, head, make([]bool, len(head))).class
	return c[hedge] || c[intense]
}

// restates reports whether at least half of head's words are q's own.
func restates(q *question, head []string) bool {
	own := questionWords()[q.ID]
	n := 0
	for _, w := range head {
		if own[w] {
			n++
		}
	}
	return 2*n >= len(head)
}

// questionWords are, per question id, the words of its prompt, topics
// and aliases.
var questionWords = sync.OnceValue(func() map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(questions))
	for _, q := range questions {
		m := map[string]bool{}
		for _, p := range append([]string{q.Prompt, q.Topic}, q.names()...) {
			for _, w := range normalize(p) {
				m[w] = true
			}
		}
		out[q.ID] = m
	}
	return out
})

// conclusionWords open a last clause that sums up what went before:
// "my partner wants everything, I'm the brake, so somewhere in between".
var conclusionWords = wordSet("so", "overall", "basically", "net", "anyway", "ultimately", "thus", "hence")

// concludedAnswer reads the option of a last clause that sums up the
// answer, when it reads one plainly on its own.
func concludedAnswer(q *question, w []string, cut []bool) (string, bool) {
	last := -1
	for i := len(w) - 1; i > 0; i-- {
		if cut[i] {
			last = i
			break
		}
	}
	if last >= 1 && middleVerdict(q, w[last:]) {
		return q.hedge, true // "my partner worries a lot, I don't. somewhere in the middle"
	}
	if last < 1 || !conclusionWords[w[last]] || last+1 >= len(w) || len(w)-last > 6 {
		return "", false
	}
	tail := make([]bool, len(w)-last-1)
	v, cands := resolve(q, read(q, w[last+1:], tail))
	return v, v != "" && len(cands) == 0
}

// aboutTheCompany reports whether text, a statement, speaks of one of the
// assessment's topics ("our systems are patchy", "data is all over the
// place"): mid-assessment it is an answer the bot did not understand, to
// be asked again, not a question for the knowledge base.
func aboutTheCompany(text string) bool {
	w := normalize(text)
	topics := assessmentTopics()
	for i := range w {
		for n := 1; n <= 3 && i+n <= len(w); n++ {
			if topics[strings.Join(w[i:i+n], " ")] {
				return true
			}
		}
	}
	return false
}

// assessmentTopics are the topics and aliases of every question, one
// string of normalised words each.
var assessmentTopics = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, q := range questions {
		for _, p := range q.names() {
			m[strings.Join(normalize(p), " ")] = true
		}
	}
	return m
})

// names are q's topics and aliases: what owners call what it asks about.
func (q *question) names() []string {
	return slices.Concat(q.topics, q.aliases)
}

// middleWords make up a last clause that only places the answer in the
// middle: "somewhere in the middle", "in between".
var middleWords = wordSet("somewhere", "in", "the", "middle", "between", "halfway", "about", "roughly", "so",
	"im", "id", "say", "were", "its")

// middleMarks are the words of middleWords that name the middle.
var middleMarks = wordSet("middle", "between", "halfway")

// middleVerdict reports a last clause that is only the middle, after
// sides told before it: it sums them up as "so in between" does. Only for
// the questions whose middle option is a degree of the same thing.
func middleVerdict(q *question, tail []string) bool {
	if q.hedge == "" || !q.graded || q.ID != qSecurity && q.ID != qInnovation {
		return false
	}
	if len(tail) > 5 || !hasAny(tail, middleMarks) {
		return false
	}
	for _, t := range tail {
		if !middleWords[t] {
			return false
		}
	}
	return true
}
