package conversation

import (
	"slices"
	"strings"

	"github.com/springfield/techleader/knowledge"
)

// Typed commands. A text is a command when, after dropping polite fillers
// ("please", "let's", "can we"), it is exactly one of the phrases, or
// contains one of the longer phrases. Single words ("stop", "back") only
// count on their own, so "how do I stop ransomware" is not a command.
var (
	exactCommands = map[string]Command{
		"back": CommandBack, "go back": CommandBack, "previous": CommandBack, "previous question": CommandBack,
		"undo": CommandBack, "go back one": CommandBack, "back one": CommandBack,

		"restart": CommandRestart, "start over": CommandRestart, "start again": CommandRestart,
		"begin again": CommandRestart, "reset": CommandRestart, "redo": CommandRestart,
		"restart the assessment": CommandRestart, "start over again": CommandRestart,

		"cancel": CommandCancel, "stop": CommandCancel, "quit": CommandCancel, "exit": CommandCancel,
		"abort": CommandCancel, "cancel the assessment": CommandCancel, "stop the assessment": CommandCancel,
		"cancel assessment": CommandCancel, "stop assessment": CommandCancel,

		"start": CommandStart, "begin": CommandStart, "assessment": CommandStart, "quiz": CommandStart,
		"start assessment": CommandStart, "start the assessment": CommandStart, "assess me": CommandStart,
		"take the assessment": CommandStart, "do the assessment": CommandStart, "resume": CommandStart,
		"continue": CommandStart, "start the quiz": CommandStart, "go": CommandStart,
		"take the quiz": CommandStart, "do the quiz": CommandStart, "questionnaire": CommandStart,
		"start the questionnaire": CommandStart, "take the questionnaire": CommandStart,
		"do the questionnaire": CommandStart, "start questionnaire": CommandStart, "start quiz": CommandStart,

		"status": CommandStatus, "where am i": CommandStatus, "my status": CommandStatus, "progress": CommandStatus,

		"forget me": CommandForget, "delete my data": CommandForget, "forget everything": CommandForget,
		"forget my data": CommandForget, "delete everything": CommandForget,
	}
	containedCommands = []struct {
		phrase string
		cmd    Command
	}{
		{"start over", CommandRestart},
		{"start the assessment", CommandStart},
		{"take the assessment", CommandStart},
		{"do the assessment", CommandStart},
		{"start the questionnaire", CommandStart},
		{"take the questionnaire", CommandStart},
		{"start the quiz", CommandStart},
		{"take the quiz", CommandStart},
		{"assess me", CommandStart},
		{"which one do i need", CommandStart},
		{"which do i need", CommandStart},
		{"which role do i need", CommandStart},
		{"which one should i hire", CommandStart},
		{"do i need a cio or a cto", CommandStart},
		{"do i need a cto or a cio", CommandStart},
		{"do i need a cio or cto", CommandStart},
		{"do i need a cto or cio", CommandStart},
		{"cancel the assessment", CommandCancel},
		{"stop the assessment", CommandCancel},
		{"forget me", CommandForget},
		{"delete my data", CommandForget},
	}
	fillers = map[string]bool{
		"please": true, "pls": true, "ok": true, "okay": true, "lets": true, "can": true, "we": true,
		"i": true, "want": true, "to": true, "id": true, "like": true, "now": true, "just": true, "you": true,
	}
)

// textCommand recognises a typed command.
func textCommand(text string) (Command, bool) {
	if c, ok := changeCommand(text); ok {
		return c, true
	}
	w := dropAssessmentModifiers(normalize(text))
	for i := range w {
		w[i] = commandWord(w[i])
	}
	joined := " " + strings.Join(w, " ") + " "
	for _, c := range containedCommands {
		if strings.Contains(joined, " "+c.phrase+" ") {
			return c.cmd, true
		}
	}
	if c, ok := exactCommands[strings.Join(w, " ")]; ok {
		return c, true
	}
	// Drop fillers at either end.
	for len(w) > 0 && fillers[w[0]] {
		w = w[1:]
	}
	for len(w) > 0 && fillers[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	c, ok := exactCommands[strings.Join(w, " ")]
	return c, ok
}

// changeVerbs start a request to correct an answer: "change size",
// "fix the budget answer", "correct my answer about data".
var changeVerbs = wordSet("change", "fix", "correct", "edit", "update", "redo", "amend")

// changeFillers may stand around the question's name in such a request.
var changeFillers = wordSet("the", "my", "answer", "answers", "to", "for", "about", "on", "question", "please",
	"pls", "that", "of", "our", "can", "i", "we", "you", "id", "like", "want", "lets")

// changeCommand recognises a typed request to correct one answer: a verb
// of change and a question's name, with nothing else but fillers. It is
// the command of the "change" buttons: "change:" + the question id.
func changeCommand(text string) (Command, bool) {
	w := normalize(text)
	if len(w) < 2 || len(w) > 8 {
		return "", false
	}
	verb := -1
	for i, t := range w {
		if changeVerbs[t] {
			verb = i
			break
		}
		if !changeFillers[t] {
			return "", false
		}
	}
	if verb < 0 {
		return "", false
	}
	var rest []string
	for _, t := range w[verb+1:] {
		if !changeFillers[t] {
			rest = append(rest, t)
		}
	}
	name := strings.Join(rest, " ")
	for _, q := range questions {
		if slices.Contains(q.aliases, name) || strings.EqualFold(q.Topic, name) || q.ID == name {
			return Command(ActionChange + q.ID), true
		}
	}
	return "", false
}

// commandKeywords are the long words of the commands, which users
// misspell ("assesment", "questionaire"): a word within two edits of one
// of them (one for "assess") counts as that word.
var commandKeywords = []struct {
	word    string
	allowed int
}{
	{"assessment", 2},
	{"questionnaire", 2},
	{"assess", 1},
}

// commandWord is w, or the command keyword it misspells.
func commandWord(w string) string {
	for _, k := range commandKeywords {
		if w == k.word {
			return w
		}
		if knowledge.EditDistance(w, k.word, k.allowed) <= k.allowed {
			return k.word
		}
	}
	return w
}

// Handoff requests: a verb of contact and someone to reach, or one of a
// few phrases.
var (
	handoffVerbs = map[string]bool{
		"talk": true, "speak": true, "chat": true, "connect": true, "contact": true, "book": true,
		"schedule": true, "call": true, "meet": true, "reach": true, "arrange": true,
	}
	handoffTargets = map[string]bool{
		"human": true, "person": true, "someone": true, "somebody": true, "expert": true, "experts": true,
		"consultant": true, "consultants": true, "advisor": true, "adviser": true, "call": true,
		"meeting": true, "agent": true, "sales": true, "consultation": true, "people": true,
	}
	handoffPhrases = []string{"put me in touch", "get in touch", "call me", "contact me"}
	// askedPhrases are requests wherever they stand.
	askedPhrases = []string{"real person", "human please"}
)

// wantsHandoff reports whether text asks to talk to a person: asked of
// the bot (requestAt), not told about the business.
func wantsHandoff(text string) bool {
	w := normalize(text)
	joined := " " + strings.Join(w, " ") + " "
	for _, p := range askedPhrases {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	for _, p := range handoffPhrases {
		if phraseRequested(w, strings.Fields(p)) {
			return true
		}
	}
	if len(w) == 1 {
		switch w[0] {
		case "human", "consultant", "agent", "expert":
			return true
		}
	}
	for i, t := range w {
		if handoffVerbs[t] && requestAt(w, i) && personAfter(w, i) {
			return true
		}
	}
	return false
}

// assessmentNouns name the assessment; assessmentModifiers may describe it
// ("the 2-minute assessment", "a quick 10 question quiz") without changing
// what is asked.
var (
	assessmentNouns     = wordSet("assessment", "assesment", "quiz", "questionnaire", "test", "check")
	assessmentModifiers = wordSet("quick", "short", "brief", "little", "free", "online", "2", "two", "3", "three",
		"5", "five", "10", "ten", "minute", "minutes", "min", "question", "questions", "step", "steps")
)

// dropAssessmentModifiers removes the modifiers standing right before an
// assessment noun.
func dropAssessmentModifiers(w []string) []string {
	out := w[:0:0]
	for i := 0; i < len(w); i++ {
		j := i
		for j < len(w) && assessmentModifiers[w[j]] {
			j++
		}
		if j > i && j < len(w) && assessmentNouns[w[j]] {
			i = j - 1
			continue
		}
		out = append(out, w[i])
	}
	return out
}
