package conversation

import "strings"

// Owners close a plain answer with a question back: "Around 120
// drivers, plus the office. Happy?", "Critical. Why do you ask?", "No
// way. We share one accountant, you think we can pay a chief?". The
// question asks nothing the bot could answer, so the statement before it
// is the answer. Read whole, the text was a question, and unless the
// model was sure of the rules' option it went to the knowledge base. A
// closing question about the roles, the assessment or what is meant
// ("We're 40. What does a CTO do?") is a real one and stays so.

// statementBeforeAsk is the statement before the question back that
// closes text, when the statement answers q on its own (an option, or
// one of two).
func statementBeforeAsk(q *question, text string) (string, bool) {
	t := strings.TrimRight(strings.TrimSpace(text), "!. ")
	if !strings.HasSuffix(t, "?") {
		return "", false
	}
	body := strings.TrimRight(t, "?!. ")
	start := lastSentenceStart(body)
	if !closingAsk(body[start:]) {
		// Its last clause: "we're growing a lot, so both?", "we share
		// one accountant, you think we can pay a chief?".
		c := strings.LastIndexByte(body, ',')
		if c < start || !closingAsk(body[c+1:]) {
			return "", false
		}
		start = c + 1
	}
	stmt := strings.TrimRight(strings.TrimSpace(body[:start]), ",;:- ")
	if len(normalize(stmt)) == 0 || isQuestionLike(stmt) {
		return "", false
	}
	m := matchPart(q, stmt, nil)
	if m.value == "" && len(m.candidates) != 2 {
		return "", false
	}
	if v := retort(q, body[start:]+"?"); v != "" && v != m.value {
		return "", false // "Very worried. Who'd hack a bakery?" says two things
	}
	return stmt, true
}

// lastSentenceStart is where the last sentence of text begins.
func lastSentenceStart(text string) int {
	start := 0
	for {
		_, next := sentenceBreak(text, start)
		if next >= len(text) {
			return start
		}
		start = next
	}
}

// closingAsk reports a question back that asks nothing of the bot: a
// short tag ("happy?", "so both?"), one that opens as a question ("why
// do you ask?"), or one put to the asker ("you think we can pay?"); none
// about the roles or the assessment, none unsure what is meant.
func closingAsk(ask string) bool {
	w := normalize(ask)
	if len(w) == 0 || hasAny(w, knowledgeWords) || confused(w) {
		return false
	}
	return len(w) <= 3 || w[0] == "you" || isQuestionLike(ask)
}

// confused reports a phrase of confusion ("what do you mean") in w.
func confused(w []string) bool {
	joined := " " + strings.Join(w, " ") + " "
	for _, p := range confusion {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	return false
}
