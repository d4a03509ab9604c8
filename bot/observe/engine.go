package observe

import (
	"context"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/knowledge"
)

// WrapEngine returns eng counting, from its replies, knowledge answers by
// article, assessments started (replies marked Started) and assessments
// completed by recommendation kind. The replies are returned unchanged.
func WrapEngine(eng bot.Engine, m *Metrics) bot.Engine { return &engine{Engine: eng, m: m} }

type engine struct {
	bot.Engine
	m *Metrics
}

func (e *engine) Handle(ctx context.Context, key conversation.Key, in conversation.Input) []conversation.Reply {
	replies := e.Engine.Handle(ctx, key, in)
	e.count(replies)
	return replies
}

func (e *engine) count(replies []conversation.Reply) {
	for _, r := range replies {
		if r.ArticleID != "" {
			e.m.Answered(r.ArticleID)
		}
		if r.Started {
			e.m.AssessmentStarted()
		}
		if r.Recommendation != nil {
			e.m.AssessmentCompleted(string(r.Recommendation.Kind))
		}
	}
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
