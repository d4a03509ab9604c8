package slacktest_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func TestEventsDecodeInSlackGo(t *testing.T) {
	s, c, ctx := connected(t)

	t.Run("message.im", func(t *testing.T) {
		e := s.MessageIM("U1", s.IMChannel("U1"), "hello <@UBOT>")
		id := s.Send(e)
		if id == "" {
			t.Fatal("Send returned no envelope id")
		}
		api, cb := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		msg, ok := api.InnerEvent.Data.(*slackevents.MessageEvent)
		if !ok {
			t.Fatalf("inner event is %T", api.InnerEvent.Data)
		}
		if msg.ChannelType != "im" || msg.User != "U1" || msg.Channel != s.IMChannel("U1") || msg.Text != "hello <@UBOT>" || msg.SubType != "" || msg.BotID != "" {
			t.Fatalf("message event = %+v", msg)
		}
		if msg.TimeStamp == "" || msg.TimeStamp != e.TS() {
			t.Fatalf("ts = %q, want %q", msg.TimeStamp, e.TS())
		}
		if cb.EventID == "" || cb.EventID != e.EventID() || cb.TeamID != slacktest.TeamID {
			t.Fatalf("callback = %+v", cb)
		}
		if len(msg.Blocks.BlockSet) != 1 {
			t.Fatalf("blocks = %+v, want one rich_text block", msg.Blocks)
		}
		if _, err := s.WaitAck(ctx, id); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("bot message", func(t *testing.T) {
		s.Send(s.BotMessageIM(s.IMChannel("U1"), "beep"))
		api, _ := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		msg := api.InnerEvent.Data.(*slackevents.MessageEvent)
		if msg.SubType != "bot_message" || msg.BotID == "" {
			t.Fatalf("bot message = %+v", msg)
		}
	})

	t.Run("own message", func(t *testing.T) {
		s.Send(s.SelfMessageIM(s.IMChannel("U1"), "my own words"))
		api, _ := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		msg := api.InnerEvent.Data.(*slackevents.MessageEvent)
		if msg.User != slacktest.BotUserID || msg.BotID != slacktest.BotID || msg.SubType != "" {
			t.Fatalf("own message = %+v", msg)
		}
	})

	t.Run("message_changed", func(t *testing.T) {
		s.Send(s.MessageSubtype("U1", s.IMChannel("U1"), "message_changed", "edited"))
		api, _ := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		msg := api.InnerEvent.Data.(*slackevents.MessageEvent)
		if msg.SubType != "message_changed" || msg.Message == nil || msg.Message.Text != "edited" || msg.PreviousMessage == nil {
			t.Fatalf("message_changed = %+v", msg)
		}
	})

	t.Run("channel_join", func(t *testing.T) {
		s.Send(s.MessageSubtype("U2", "C1", "channel_join", "<@U2> has joined the channel"))
		api, _ := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		msg := api.InnerEvent.Data.(*slackevents.MessageEvent)
		if msg.SubType != "channel_join" || msg.User != "U2" || msg.ChannelType != "channel" {
			t.Fatalf("channel_join = %+v", msg)
		}
	})

	t.Run("thread message", func(t *testing.T) {
		s.Send(s.ThreadMessage("U1", "C1", "1699999999.000100", "in thread"))
		api, _ := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		msg := api.InnerEvent.Data.(*slackevents.MessageEvent)
		if msg.ThreadTimeStamp != "1699999999.000100" || msg.ChannelType != "channel" || msg.Channel != "C1" {
			t.Fatalf("thread message = %+v", msg)
		}
	})

}

func TestMentionHomeAndCommandDecodeInSlackGo(t *testing.T) {
	s, c, ctx := connected(t)

	t.Run("app_mention", func(t *testing.T) {
		s.Send(s.AppMention("U1", "C1", "<@UBOT> cio vs cto?", "1699999999.000200"))
		api, _ := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		m, ok := api.InnerEvent.Data.(*slackevents.AppMentionEvent)
		if !ok {
			t.Fatalf("inner event is %T", api.InnerEvent.Data)
		}
		if m.User != "U1" || m.Channel != "C1" || m.Text != "<@UBOT> cio vs cto?" || m.ThreadTimeStamp != "1699999999.000200" {
			t.Fatalf("app_mention = %+v", m)
		}
	})

	t.Run("app_home_opened", func(t *testing.T) {
		s.Send(s.AppHomeOpened("U1"))
		api, _ := eventsAPI(t, c.next(t, ctx, socketmode.EventTypeEventsAPI))
		h, ok := api.InnerEvent.Data.(*slackevents.AppHomeOpenedEvent)
		if !ok {
			t.Fatalf("inner event is %T", api.InnerEvent.Data)
		}
		if h.User != "U1" || h.Tab != "home" || h.Channel != s.IMChannel("U1") {
			t.Fatalf("app_home_opened = %+v", h)
		}
	})

	t.Run("slash command", func(t *testing.T) {
		id := s.Send(s.SlashCommand("U1", "C1", "help"))
		ev := c.next(t, ctx, socketmode.EventTypeSlashCommand)
		cmd, ok := ev.Data.(slack.SlashCommand)
		if !ok {
			t.Fatalf("data is %T", ev.Data)
		}
		if cmd.Command != "/techleader" || cmd.Text != "help" || cmd.UserID != "U1" || cmd.ChannelID != "C1" ||
			cmd.TriggerID == "" || !strings.HasPrefix(cmd.ResponseURL, "http://127.0.0.1:") || cmd.TeamID != slacktest.TeamID {
			t.Fatalf("slash command = %+v", cmd)
		}
		if !ev.Request.AcceptsResponsePayload {
			t.Fatal("slash command envelope should accept a response payload")
		}
		ack, err := s.WaitAck(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(ack.Payload), `"text":"ack"`) {
			t.Fatalf("ack payload = %s", ack.Payload)
		}
	})
}

func TestInteractionsDecodeInSlackGo(t *testing.T) {
	s, c, ctx := connected(t)
	api := newAPI(s)
	ch, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("pick", false), slack.MsgOptionBlocks(
		slack.NewActionBlock("choice",
			slack.NewButtonBlockElement("yes", "y", slack.NewTextBlockObject("plain_text", "Yes", false, false)),
			slack.NewOptionsSelectBlockElement("static_select", nil, "level",
				slack.NewOptionBlockObject("senior", slack.NewTextBlockObject("plain_text", "Senior", false, false), nil),
			),
		),
	))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("button", func(t *testing.T) {
		id := s.Send(s.BlockAction("U1", ch, ts, "choice", "yes", "y"))
		ev := c.next(t, ctx, socketmode.EventTypeInteractive)
		cb := ev.Data.(slack.InteractionCallback)
		if cb.Type != slack.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) != 1 {
			t.Fatalf("callback = %+v", cb)
		}
		a := cb.ActionCallback.BlockActions[0]
		if a.ActionID != "yes" || a.BlockID != "choice" || a.Value != "y" || a.Type != "button" || a.Text.Text != "Yes" {
			t.Fatalf("action = %+v", a)
		}
		if cb.Container.Type != "message" || cb.Container.MessageTs != ts || cb.Container.ChannelID != ch ||
			cb.Channel.ID != ch || cb.User.ID != "U1" || cb.TriggerID == "" || cb.ResponseURL == "" || cb.Message.Timestamp != ts {
			t.Fatalf("callback = %+v", cb)
		}
		if len(cb.Message.Blocks.BlockSet) != 1 {
			t.Fatalf("message blocks = %+v", cb.Message.Blocks)
		}
		if _, err := s.WaitAck(ctx, id); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("select", func(t *testing.T) {
		s.Send(s.BlockAction("U1", ch, ts, "choice", "level", "senior"))
		cb := c.next(t, ctx, socketmode.EventTypeInteractive).Data.(slack.InteractionCallback)
		a := cb.ActionCallback.BlockActions[0]
		if a.Type != "static_select" || a.SelectedOption.Value != "senior" || a.SelectedOption.Text.Text != "Senior" {
			t.Fatalf("action = %+v", a)
		}
	})

}

func TestHomeAndViewInteractionsDecodeInSlackGo(t *testing.T) {
	s, c, ctx := connected(t)

	t.Run("home button", func(t *testing.T) {
		s.Send(s.HomeBlockAction("U1", "home_actions", "start", "go"))
		cb := c.next(t, ctx, socketmode.EventTypeInteractive).Data.(slack.InteractionCallback)
		if cb.Container.Type != "view" || cb.View.Type != slack.VTHomeTab || cb.Container.ViewID != cb.View.ID || cb.View.ID == "" {
			t.Fatalf("callback = %+v", cb)
		}
		if len(cb.ActionCallback.BlockActions) != 1 || cb.ActionCallback.BlockActions[0].ActionID != "start" {
			t.Fatalf("actions = %+v", cb.ActionCallback)
		}
	})

	t.Run("view submission", func(t *testing.T) {
		id := s.Send(s.ViewSubmission("U1", "ask", `{"k":1}`, map[string]map[string]string{"q": {"question": "why?"}}))
		ev := c.next(t, ctx, socketmode.EventTypeInteractive)
		cb := ev.Data.(slack.InteractionCallback)
		if cb.Type != slack.InteractionTypeViewSubmission || cb.View.CallbackID != "ask" || cb.View.PrivateMetadata != `{"k":1}` {
			t.Fatalf("callback = %+v", cb)
		}
		if got := cb.View.State.Values["q"]["question"]; got.Value != "why?" || got.Type != "plain_text_input" {
			t.Fatalf("state value = %+v", got)
		}
		if !ev.Request.AcceptsResponsePayload {
			t.Fatal("view_submission envelope should accept a response payload")
		}
		if _, err := s.WaitAck(ctx, id); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("view submission select", func(t *testing.T) {
		s.Send(s.ViewSubmissionState("U1", "ask", "", map[string]map[string]json.RawMessage{
			"lvl": {"level": slacktest.StaticSelectValue("senior", "Senior")},
		}))
		cb := c.next(t, ctx, socketmode.EventTypeInteractive).Data.(slack.InteractionCallback)
		if got := cb.View.State.Values["lvl"]["level"]; got.SelectedOption.Value != "senior" {
			t.Fatalf("state value = %+v", got)
		}
	})
}
