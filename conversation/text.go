package conversation

import (
	"fmt"
	"strings"

	"github.com/springfield/techleader/knowledge"
)

// strongKnowledge is the knowledge-base confidence above which a message
// that answers nothing is taken as a question even without a question
// mark or a question word ("cybersecurity is the CIO's job then").
const strongKnowledge = 0.6

// text handles a typed message: a command, a request for a consultant,
// an answer (or a question) during the assessment, a description of the
// company, or a question for the knowledge base.
func (t *turn) text(s *state) []Reply {
	raw := t.in.Text
	if strings.TrimSpace(raw) == "" {
		if s.Active {
			return []Reply{t.ask(s)}
		}
		return t.help(false)
	}
	if rs, ok := t.typedSurvey(s, raw); ok {
		return rs
	}
	if c, ok := textCommand(raw); ok {
		s.Declines = 0
		if c == CommandRestart || c == CommandStart && !s.Active {
			// "We're 40 people with messy data: which one do I need?"
			if d := readDescription(raw); len(d.fills(&state{}, -1)) > 0 {
				return t.startDescribed(s, d)
			}
		}
		return t.command(s, c)
	}
	if wantsHandoff(raw) {
		s.Declines = 0
		return handoff(s)
	}
	if s.Active {
		return t.assessText(s, raw)
	}
	return t.chat(s, raw)
}

// assessText reads a message while a question is pending. It is an
// answer unless it is a question: a question mark or question word, or a
// strong knowledge-base match where no option matched at all. A
// description answers the pending question and any other it covers; the
// others are listed with a way to correct them. When the answer is one of
// two options but not clearly which, the question is asked again with
// those two only.
func (t *turn) assessText(s *state, raw string) []Reply {
	raw = topicLabels(raw)
	i := s.pending()
	q := &questions[i]
	if t.noted && confirmsNoted(q, raw) {
		return t.acknowledgement(s, raw)
	}
	// A question back: the statement after it answers ("are vets
	// building apps now? we're not"), or the question itself when the
	// owner says yes to it ("is that scaling? I'd say so"); a bare one, or
	// one the owner answers with their own yes or no, is asked again.
	head, _, hasTail := questionTail(raw)
	part, readable := answerPart(q, raw)
	// A statement closed by a question back ("About 120. Happy?") has
	// no tail but answers as one.
	backed := part != raw
	var whole *description // raw read as a description, when it asks back
	if hasTail {
		// A description that asks back in passing ("... been going
		// since 1985 ... a full-time IT boss? you're joking") is read
		// whole: its question back is one of its points, not all that
		// answers. It answers three or more questions.
		whole = readDescription(raw)
		if len(whole.fills(s, -1)) >= 3 {
			part, readable, backed = raw, true, false
		}
	}
	switch {
	case !readable:
		return t.reask(s, q)
	case backed:
		raw = part
	case isQuestionLike(raw):
		if v, ok := answerInQuestion(q, raw); ok && len(s.Narrow) == 0 {
			return t.answer(s, i, v, nil)
		}
		if rhetorical(head) || fragmentAsk(raw) {
			return t.reask(s, q)
		}
		return []Reply{t.answerQuestion(raw, t.search(raw)), t.ask(s)}
	}
	d := whole
	if d == nil || backed {
		d = readDescription(raw)
	}
	filled := d.fills(s, i)
	if s.answeredCount() > 0 && len(filled) < 2 {
		// Past the start, one fact in passing ("we can't work without
		// the app") is not taken for the answer to a later question:
		// only a description, which fills two or more.
		filled = nil
	}
	var m answerMatch
	switch {
	case len(filled) > 0 && d.value(i) != "":
		m = answerMatch{value: d.value(i), signal: true}
	case len(filled) > 0:
		m = readAnswer(q, d.rest(q, filled), s.Narrow)
	case backed:
		m = readAnswer(q, raw, s.Narrow)
	default:
		m = readPart(q, raw, s.Narrow) // answerPart read raw whole above
	}
	for _, j := range filled {
		s.setAnswer(j, d.value(j))
	}
	if m.value != "" {
		return t.answer(s, i, m.value, filled)
	}
	s.Declines = 0
	var out []Reply
	if len(filled) > 0 {
		out = append(out, understood(s, filled, "Thanks, that helps. I've noted:"))
	}
	switch {
	case len(m.candidates) == 2:
		s.Narrow = m.candidates
	case len(filled) > 0:
	case !m.signal && !backed:
		r := t.search(raw)
		switch {
		case r.Kind == knowledge.KindThanks || acknowledges(normalize(raw)):
			return t.acknowledgement(s, raw)
		case r.Kind == knowledge.KindArticle && r.Score >= strongKnowledge && !aboutTheCompany(raw) && askedOfBot(raw),
			r.Kind == knowledge.KindGreeting, r.Kind == knowledge.KindHelp:
			return []Reply{t.answerQuestion(raw, r), t.ask(s)}
		}
		fallthrough
	default:
		return append(out, t.reask(s, q)...)
	}
	return append(out, t.ask(s))
}

// reask asks q again with all its options, saying the answer was not
// understood.
func (t *turn) reask(s *state, q *question) []Reply {
	s.Narrow = nil
	return []Reply{{Text: fmt.Sprintf("Sorry, I couldn't tell which option you meant. Reply with a number from 1 to %d, or in your own words.", len(q.Options))}, t.ask(s)}
}

// chat answers a message outside the assessment: a description of the
// company starts the assessment with what it answers; anything else goes
// to the knowledge base.
func (t *turn) chat(s *state, raw string) []Reply {
	raw = topicLabels(raw)
	question := isQuestionLike(raw)
	if d := readDescription(raw); len(d.fills(&state{}, -1)) >= 2 {
		s.Declines = 0
		if r := t.search(raw); question && r.Kind == knowledge.KindArticle {
			return append([]Reply{t.answerQuestion(raw, r)}, t.startDescribed(s, d)...)
		}
		return t.startDescribed(s, d)
	}
	r := t.search(raw)
	rep := t.answerQuestion(raw, r)
	switch r.Kind {
	case knowledge.KindDecline:
		s.Declines++
		if s.Declines >= 2 {
			rep.Actions = []Action{{ID: ActionConsult, Label: "Talk to a consultant"}, {ID: ActionStartAssessment, Label: "Start the assessment"}}
		}
	case knowledge.KindGreeting, knowledge.KindHelp:
		s.Declines = 0
		rep.Actions = startAction()
	default:
		s.Declines = 0
		switch r.ID {
		case "when-cio", "when-cto", "both", "virtual", "difference":
			rep.Actions = startAction()
		}
	}
	return []Reply{rep}
}
