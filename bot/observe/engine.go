package observe

import (
	"context"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/knowledge"
)

// WrapEngine returns eng counting, from its replies, knowledge answers by
// article, assessments started and assessments completed by
// recommendation kind. The replies are returned unchanged.
//
// The replies carry no explicit "assessment started" signal: a start is
// counted when a turn asks question 1 of an assessment without confirming
// an answer, except for Back, Status, Cancel and Help commands and clicks
// on options. Typing "back" or "status" while on question 1 (rather than
// pressing the button) is therefore also counted as a start.
func WrapEngine(eng bot.Engine, m *Metrics) bot.Engine { return &engine{Engine: eng, m: m} }

type engine struct {
	bot.Engine
	m *Metrics
}

func (e *engine) Handle(ctx context.Context, key conversation.Key, in conversation.Input) []conversation.Reply {
	replies := e.Engine.Handle(ctx, key, in)
	e.count(in, replies)
	return replies
}

func (e *engine) count(in conversation.Input, replies []conversation.Reply) {
	firstQuestion, answered := false, false
	for _, r := range replies {
		if r.ArticleID != "" {
			e.m.Answered(r.ArticleID)
		}
		if r.Question != nil && r.Question.Step == 1 {
			firstQuestion = true
		}
		if r.Answered != nil {
			answered = true
		}
		if r.Recommendation != nil {
			e.m.AssessmentCompleted(string(r.Recommendation.Kind))
		}
	}
	if firstQuestion && !answered && startsAssessment(in) {
		e.m.AssessmentStarted()
	}
}

// startsAssessment reports whether in may start an assessment (as opposed
// to moving within one).
func startsAssessment(in conversation.Input) bool {
	switch in.Kind {
	case conversation.InputChoice:
		return false
	case conversation.InputCommand:
		switch in.Command {
		case conversation.CommandBack, conversation.CommandStatus, conversation.CommandCancel, conversation.CommandHelp:
			return false
		}
	}
	return true
}

// WrapAnswerer returns kb counting the questions it declines
// (knowledge.KindDecline). Engine replies carry no reliable decline signal
// (a decline is a text reply without an article, like greetings, help
// and prompts), so declines are counted at the knowledge base: give the
// wrapped answerer to conversation.New.
func WrapAnswerer(kb conversation.Answerer, m *Metrics) conversation.Answerer {
	return answerer{Answerer: kb, m: m}
}

type answerer struct {
	conversation.Answerer
	m *Metrics
}

func (a answerer) Search(query string) knowledge.Result {
	r := a.Answerer.Search(query)
	if r.Kind == knowledge.KindDecline {
		a.m.Declined()
	}
	return r
}
