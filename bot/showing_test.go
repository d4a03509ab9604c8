package bot_test

import (
	"context"
	"testing"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/conversation"
)

// TestConverseSaysWhichQuestionIsShown: typed text reaches the engine with
// the conversation's last question shown and not yet answered, so the
// engine can tell an answer to an assessment it lost; other conversations,
// answered questions and clicks carry none, and a front end's own value is
// kept.
func TestConverseSaysWhichQuestionIsShown(t *testing.T) {
	eng := scripted(map[string][]conversation.Reply{
		"start": {{Question: question("q1", 3)}},
		"a":     {{Answered: &conversation.Answered{QuestionID: "q1", Round: 3}}},
	})
	core := bot.NewCore(eng, nil, nil)
	s := &bottest.RecordingSurface{}
	ctx := context.Background()
	last := func(k conversation.Key) conversation.QuestionRef {
		in := eng.Inputs(k)
		return in[len(in)-1].Showing
	}

	core.Converse(ctx, dm, conversation.Cmd(conversation.CommandStart), s)
	core.Converse(ctx, dm, conversation.Text("hello"), s)
	if got, want := last(dm), (conversation.QuestionRef{ID: "q1", Round: 3}); got != want {
		t.Errorf("typed text after the question: Showing = %+v, want %+v", got, want)
	}
	core.Converse(ctx, thread, conversation.Text("hello"), s)
	if got := last(thread); got != (conversation.QuestionRef{}) {
		t.Errorf("text in another conversation: Showing = %+v, want none", got)
	}
	own := conversation.Text("hello")
	own.Showing = conversation.QuestionRef{ID: "q9", Round: 9}
	core.Converse(ctx, dm, own, s)
	if got := last(dm); got != own.Showing {
		t.Errorf("the front end's own Showing became %+v", got)
	}
	core.Converse(ctx, dm, conversation.Choice(3, "q1", "a"), s)
	if got := last(dm); got != (conversation.QuestionRef{}) {
		t.Errorf("a click: Showing = %+v, want none", got)
	}
	core.Converse(ctx, dm, conversation.Text("hello"), s)
	if got := last(dm); got != (conversation.QuestionRef{}) {
		t.Errorf("text after the answer: Showing = %+v, want none", got)
	}
}
