package conversation

import (
	"fmt"
	"slices"
	"strings"

	"github.com/springfield/techleader/knowledge"
)

// The assessment's turns: asking, answering, navigating, correcting.

func (t *turn) choice(s *state) []Reply {
	in := t.in
	if !s.Active || in.Round != s.Round {
		return []Reply{{Notice: textStale}}
	}
	i := s.pending()
	if questions[i].ID != in.QuestionID {
		return []Reply{{Notice: textStale}}
	}
	o, ok := questions[i].optionByValue(in.Choice)
	if !ok {
		return []Reply{{Notice: "That isn't one of the options."}, t.ask(s)}
	}
	return t.answer(s, i, o.Value, nil)
}

// ask is the pending question.
func (t *turn) ask(s *state) Reply { return askReply(s) }

// askReply is the pending question of s: narrowed to two options when the
// last answer was one of them but not clearly which.
func askReply(s *state) Reply {
	q := &questions[s.pending()]
	v := q.view(s.Round, s.step())
	if len(s.Narrow) > 0 {
		v = q.narrowView(s.Round, s.step(), s.Narrow)
	}
	return Reply{Question: v, Actions: assessmentActions(s)}
}

func assessmentActions(s *state) []Action {
	if s.answeredCount() == 0 {
		return []Action{{ID: ActionCancel, Label: "Cancel"}}
	}
	return []Action{{ID: ActionBack, Label: "Back"}, {ID: ActionCancel, Label: "Cancel"}}
}

// answer records v for question i, with the answers filled from the same
// message, and moves on.
func (t *turn) answer(s *state, i int, v string, filled []int) []Reply {
	q := &questions[i]
	o, _ := q.optionByValue(v)
	s.setAnswer(i, v)
	if s.Asking == q.ID {
		s.Asking = ""
	}
	s.Narrow = nil
	s.Declines = 0
	out := []Reply{{Answered: &Answered{QuestionID: q.ID, Round: s.Round, Prompt: q.Prompt, Answer: o.Label}}}
	if len(filled) > 0 {
		out = append(out, understood(s, filled, "From the rest of your message I also noted:"))
	}
	return t.advance(s, out)
}

// advance asks the next question, or gives the recommendation when every
// question is answered.
func (t *turn) advance(s *state, out []Reply) []Reply {
	if s.pending() >= 0 {
		return append(out, t.ask(s))
	}
	kind, _ := decide(s.Answers)
	s.Last = &finished{Round: s.Round, Kind: kind, Answers: slices.Clone(s.Answers)}
	counted := !s.Reopened
	if counted {
		t.note(Event{Kind: EventAssessmentCompleted, Outcome: kind})
	}
	s.Active = false
	s.Answers, s.Asking, s.Narrow = nil, "", nil
	s.Reopened = false
	out = append(out, Reply{
		Recommendation: t.e.recommendation(s.Last),
		Actions: []Action{
			{ID: ActionConsult, Label: "Talk to a consultant"},
			{ID: ActionRestart, Label: "Start over"},
		},
	})
	if counted && t.e.rec != nil {
		out = append(out, t.offerRecommendationRating(s))
	}
	return out
}

// understood lists the answers taken from a description, each with a
// button to correct it.
func understood(s *state, filled []int, lead string) Reply {
	var b strings.Builder
	b.WriteString(lead)
	var acts []Action
	for _, i := range filled {
		q := &questions[i]
		o, _ := q.optionByValue(s.answer(i))
		fmt.Fprintf(&b, "\n• %s: %s", upperFirst(q.Topic), notedLabel(q, o))
		acts = append(acts, Action{ID: ActionID(ActionChange + q.ID), Label: "Change " + q.Topic})
	}
	b.WriteString("\n" + correctHint(filled))
	s.Noted = true
	return Reply{Text: b.String(), Actions: acts}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (t *turn) start(s *state, lead string) []Reply {
	t.begin(s)
	return []Reply{{Text: lead, Started: true}, t.ask(s)}
}

// begin starts a new assessment round, leaving the one in progress.
func (t *turn) begin(s *state) {
	t.noteAbandoned(s)
	t.note(Event{Kind: EventAssessmentStarted})
	s.Round++
	s.Active, s.Reopened = true, false
	s.Answers, s.Asking, s.Narrow = nil, "", nil
	s.Declines = 0
}

// startDescribed starts an assessment with the answers a description gave.
func (t *turn) startDescribed(s *state, d *description) []Reply {
	t.begin(s)
	filled := d.fills(s, -1)
	for _, i := range filled {
		s.setAnswer(i, d.value(i))
	}
	rep := understood(s, filled, textDescribedIntro)
	rep.Started = true
	return t.advance(s, []Reply{rep})
}

func (t *turn) command(s *state, c Command) []Reply {
	switch c {
	case CommandHelp:
		return t.help(s.Active)
	case CommandStart:
		if s.Active {
			return []Reply{{Text: "Let's pick up where you left off."}, t.ask(s)}
		}
		return t.start(s, textIntro)
	case CommandRestart:
		return t.start(s, "Starting over. "+textIntro)
	case CommandBack:
		return t.back(s)
	case CommandCancel:
		if !s.Active {
			return []Reply{{Notice: textNoAssess, Actions: startAction()}}
		}
		t.noteAbandoned(s)
		s.Active, s.Reopened = false, false
		s.Answers, s.Asking, s.Narrow = nil, "", nil
		return []Reply{{Text: "Assessment cancelled and its answers cleared. Start again any time.", Actions: startAction()}}
	case CommandStatus:
		return t.status(s)
	case CommandConsult:
		return handoff(s)
	case CommandForget:
		// Handled before the state is loaded; reaching here is a bug.
		t.e.log.Error("forget reached the turn")
		return []Reply{{Notice: "Sorry, something went wrong. Please try again."}}
	}
	if id, ok := strings.CutPrefix(string(c), ActionChange); ok {
		return t.change(s, id)
	}
	if arg, ok := strings.CutPrefix(string(c), ActionRate); ok {
		return t.rate(s, arg)
	}
	if id, ok := strings.CutPrefix(string(c), ActionArticle); ok {
		return t.article(s, id)
	}
	return []Reply{{Notice: "Sorry, I don't know that command.", Actions: []Action{{ID: ActionStartAssessment, Label: "Start the assessment"}}}}
}

// back goes back one question; while an answer is being corrected, it
// leaves that answer as it was.
func (t *turn) back(s *state) []Reply {
	if !s.Active {
		return []Reply{{Notice: textNoAssess, Actions: startAction()}}
	}
	s.Narrow = nil
	if s.Asking != "" {
		s.Asking = ""
		if s.pending() < 0 {
			return t.advance(s, []Reply{{Text: "Leaving that answer as it was."}})
		}
		return []Reply{{Text: "Leaving that answer as it was."}, t.ask(s)}
	}
	i := s.pending()
	for j := i - 1; j >= 0; j-- {
		if s.answer(j) != "" {
			s.setAnswer(j, "")
			return []Reply{{Text: "Going back one question."}, t.ask(s)}
		}
	}
	return []Reply{{Text: "This is the first question."}, t.ask(s)}
}

// change asks question id again, to correct its answer; after a finished
// assessment it reopens it with the other answers kept.
func (t *turn) change(s *state, id string) []Reply {
	i := questionIndex(id)
	if i < 0 {
		return []Reply{{Notice: "Sorry, I don't know that question."}}
	}
	q := &questions[i]
	if !s.Active {
		if s.Last == nil || len(s.Last.Answers) == 0 {
			return []Reply{{Notice: textNoAssess, Actions: startAction()}}
		}
		s.Round++
		s.Active, s.Reopened = true, true
		s.Answers = slices.Clone(s.Last.Answers)
		s.Declines = 0
	}
	s.Narrow = nil
	s.Asking = q.ID
	lead := "Let's answer that one now."
	if o, ok := q.optionByValue(s.answer(i)); ok {
		lead = fmt.Sprintf("Sure. I had “%s” for %s; what's the right answer?", o.Label, q.Topic)
	}
	return []Reply{{Text: lead}, t.ask(s)}
}

func startAction() []Action {
	return []Action{{ID: ActionStartAssessment, Label: "Start the assessment"}}
}

// handoff is the reply to a request for a consultant: the handoff text
// alone, offering the assessment only to a user who has neither one in
// progress nor a finished recommendation (s is nil when the state could
// not be loaded: no offer then).
func handoff(s *state) []Reply {
	rep := Reply{Text: textHandoff, Handoff: true}
	if s != nil && !s.Active && s.Last == nil {
		rep.Actions = startAction()
	}
	return []Reply{rep}
}

func (t *turn) help(active bool) []Reply {
	text := textHelp
	if r := t.search("help"); r.Kind == knowledge.KindHelp && r.Answer != "" {
		text = r.Answer
	}
	acts := []Action{{ID: ActionStartAssessment, Label: "Start the assessment"}, {ID: ActionConsult, Label: "Talk to a consultant"}}
	if active {
		acts[0].Label = "Resume the assessment"
	}
	return []Reply{{Text: text, Actions: acts}}
}

func (t *turn) status(s *state) []Reply {
	if s.Active {
		return []Reply{{Text: fmt.Sprintf("You're on question %d of %d of the assessment.", s.step(), len(questions))}, t.ask(s)}
	}
	if s.Last != nil {
		return []Reply{{
			Text:    fmt.Sprintf("No assessment in progress. Your last result: *%s*.", outcomes[s.Last.Kind].Title),
			Actions: []Action{{ID: ActionRestart, Label: "Take it again"}, {ID: ActionConsult, Label: "Talk to a consultant"}},
		}}
	}
	return []Reply{{Text: "You haven't taken the assessment yet.", Actions: startAction()}}
}

// article answers with the article id, the way a question it answers
// would be (its related articles to read next), and asks the pending
// question again when an assessment is under way.
func (t *turn) article(s *state, id string) []Reply {
	a, ok := t.e.kb.Article(id)
	if !ok {
		return []Reply{{Notice: "Sorry, I can't find that article any more. Ask me your question in your own words."}}
	}
	r := knowledge.Result{Kind: knowledge.KindArticle, ID: a.ID, Title: a.Title, Answer: a.Body}
	for _, rel := range a.Related {
		if ra, ok := t.e.kb.Article(rel); ok {
			r.Related = append(r.Related, knowledge.Match{ID: ra.ID, Title: ra.Title})
		}
	}
	out := []Reply{t.answerQuestion("", r)} // counted as answered, like the metrics do
	if s.Active && s.pending() >= 0 {
		out = append(out, t.ask(s))
	}
	return out
}
