package slacktest_test

import (
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func TestAssistantEventsDecodeInSlackGo(t *testing.T) {
	s, c, ctx := connected(t)
	th := s.NewAssistantThread("U1", "C42")
	if th.Channel != s.IMChannel("U1") || th.TS == "" || th.Context != "C42" {
		t.Fatalf("thread = %+v", th)
	}

	s.Send(s.AssistantThreadStarted(th))
	api, cb := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
	started, ok := api.InnerEvent.Data.(*slackevents.AssistantThreadStartedEvent)
	if !ok || cb.EventID == "" {
		t.Fatalf("inner event is %T, callback %+v", api.InnerEvent.Data, cb)
	}
	at := started.AssistantThread
	if at.UserID != "U1" || at.ChannelID != th.Channel || at.ThreadTimeStamp != th.TS || at.Context.ChannelID != "C42" ||
		at.Context.TeamID != slacktest.TeamID {
		t.Errorf("assistant_thread = %+v", at)
	}

	s.Send(s.AssistantThreadContextChanged(th, "C43"))
	api, _ = eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
	changed, ok := api.InnerEvent.Data.(*slackevents.AssistantThreadContextChangedEvent)
	if !ok || changed.AssistantThread.Context.ChannelID != "C43" || changed.AssistantThread.ThreadTimeStamp != th.TS {
		t.Errorf("context changed = %T %+v", api.InnerEvent.Data, api.InnerEvent.Data)
	}
	if held, _ := s.AssistantThread(th.Channel, th.TS); held.Context != "C43" {
		t.Errorf("held context = %q, want C43", held.Context)
	}

	s.Send(s.AssistantMessage(th, "Do I need a CIO?"))
	api, _ = eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
	msg, ok := api.InnerEvent.Data.(*slackevents.MessageEvent)
	if !ok || msg.ChannelType != "im" || msg.ThreadTimeStamp != th.TS || msg.Channel != th.Channel || msg.User != "U1" {
		t.Errorf("message in the thread = %+v", api.InnerEvent.Data)
	}
}

func TestAssistantMethods(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	th := s.NewAssistantThread("U1", "")
	where := func(status string) slack.AssistantThreadsSetStatusParameters {
		return slack.AssistantThreadsSetStatusParameters{ChannelID: th.Channel, ThreadTS: th.TS, Status: status}
	}

	prompts := slack.AssistantThreadsSetSuggestedPromptsParameters{Title: "Start here", ChannelID: th.Channel, ThreadTS: th.TS}
	prompts.AddPrompt("Difference?", "What's the difference between a CIO and a CTO?")
	if err := api.SetAssistantThreadsSuggestedPromptsContext(ctx, prompts); err != nil {
		t.Fatal(err)
	}
	if err := api.SetAssistantThreadsStatusContext(ctx, where("is thinking…")); err != nil {
		t.Fatal(err)
	}
	if held, _ := s.AssistantThread(th.Channel, th.TS); held.Status != "is thinking…" || held.PromptsTitle != "Start here" ||
		len(held.Prompts) != 1 || held.Prompts[0].Message != "What's the difference between a CIO and a CTO?" {
		t.Fatalf("after status and prompts: %+v", held)
	}
	// The app's post in the thread clears the status; so does an empty one.
	if _, _, err := api.PostMessageContext(ctx, th.Channel, slack.MsgOptionText("answer", false), slack.MsgOptionTS(th.TS)); err != nil {
		t.Fatal(err)
	}
	_ = api.SetAssistantThreadsStatusContext(ctx, where("is thinking…"))
	_ = api.SetAssistantThreadsStatusContext(ctx, where(""))
	held, _ := s.AssistantThread(th.Channel, th.TS)
	const set, post = "assistant.threads.setStatus", "chat.postMessage"
	want := []slacktest.StatusChange{{Status: "is thinking…", By: set}, {Status: "", By: post},
		{Status: "is thinking…", By: set}, {Status: "", By: set}}
	if held.Status != "" || len(held.Statuses) != len(want) {
		t.Fatalf("statuses = %+v, want %+v", held.Statuses, want)
	}
	for i := range want {
		if held.Statuses[i] != want[i] {
			t.Errorf("status change %d = %+v, want %+v", i, held.Statuses[i], want[i])
		}
	}

	if err := api.SetAssistantThreadsTitleContext(ctx, slack.AssistantThreadsSetTitleParameters{ChannelID: th.Channel, ThreadTS: th.TS, Title: "CIO or CTO"}); err != nil {
		t.Fatal(err)
	}
	msgs, _, _, err := api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: th.Channel, Timestamp: th.TS})
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 || msgs[0].SubType != "assistant_app_thread" || msgs[0].Text != "CIO or CTO" || msgs[1].Text != "answer" {
		t.Errorf("replies = %+v", msgs)
	}
}

func TestAssistantMethodErrors(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	th := s.NewAssistantThread("U1", "")
	status := func(ch, ts string) error {
		return api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{ChannelID: ch, ThreadTS: ts, Status: "x"})
	}
	slackErr(t, status("D999", th.TS), "channel_not_found")
	slackErr(t, status(th.Channel, "1.000001"), "invalid_thread_ts")
	five := slack.AssistantThreadsSetSuggestedPromptsParameters{ChannelID: th.Channel, ThreadTS: th.TS}
	for range 5 {
		five.AddPrompt("t", "m")
	}
	slackErr(t, api.SetAssistantThreadsSuggestedPromptsContext(ctx, five), "invalid_arguments")
	_, _, _, err := api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: th.Channel, Timestamp: "1.000002"})
	slackErr(t, err, "thread_not_found")

	for _, code := range []string{"not_allowed", "feature_not_enabled"} {
		s.SetAssistantError(code)
		slackErr(t, status(th.Channel, th.TS), code)
		slackErr(t, api.SetAssistantThreadsTitleContext(ctx, slack.AssistantThreadsSetTitleParameters{ChannelID: th.Channel, ThreadTS: th.TS, Title: "t"}), code)
		one := slack.AssistantThreadsSetSuggestedPromptsParameters{ChannelID: th.Channel, ThreadTS: th.TS}
		one.AddPrompt("t", "m")
		slackErr(t, api.SetAssistantThreadsSuggestedPromptsContext(ctx, one), code)
	}
	s.SetAssistantError("")
	if err := status(th.Channel, th.TS); err != nil {
		t.Errorf("after the feature came back: %v", err)
	}
}
