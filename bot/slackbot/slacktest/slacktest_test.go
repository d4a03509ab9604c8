package slacktest_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// hangGuard bounds a test that would otherwise hang; no assertion depends on it.
const hangGuard = 20 * time.Second

func newAPI(s *slacktest.Server) *slack.Client {
	return slack.New(slacktest.BotToken,
		slack.OptionAppLevelToken(slacktest.AppToken),
		slack.OptionAPIURL(s.APIURL()))
}

// client is a real slack-go Socket Mode client that acks every request
// (with ackPayload for slash commands and view submissions) and forwards
// the events to a channel.
type client struct {
	sm     *socketmode.Client
	events chan socketmode.Event
	done   chan error
}

func startClient(t *testing.T, s *slacktest.Server) *client {
	t.Helper()
	sm := socketmode.New(newAPI(s), socketmode.OptionLog(log.New(io.Discard, "", 0)))
	c := &client{sm: sm, events: make(chan socketmode.Event, 100), done: make(chan error, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { c.done <- sm.RunContext(ctx) })
	wg.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case ev := <-sm.Events:
				if ev.Request != nil && ev.Request.EnvelopeID != "" {
					var payload any
					if ev.Type == socketmode.EventTypeSlashCommand {
						payload = map[string]string{"text": "ack"}
					}
					_ = sm.Ack(*ev.Request, payload)
				}
				select {
				case c.events <- ev:
				default:
				}
			}
		}
	})
	t.Cleanup(func() { cancel(); wg.Wait() })
	return c
}

// next returns the next event of type typ.
func (c *client) next(t *testing.T, ctx context.Context, typ socketmode.EventType) socketmode.Event {
	t.Helper()
	for {
		select {
		case ev := <-c.events:
			if ev.Type == typ {
				return ev
			}
			if ev.Type == socketmode.EventTypeErrorBadMessage {
				t.Fatalf("client could not decode a message: %v", ev.Data.(*socketmode.ErrorBadMessage).Cause)
			}
		case <-ctx.Done():
			t.Fatalf("no %s event: %v", typ, ctx.Err())
		}
	}
}

func guard(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	t.Cleanup(cancel)
	return ctx
}

func connected(t *testing.T) (*slacktest.Server, *client, context.Context) {
	t.Helper()
	s := slacktest.New(t)
	c := startClient(t, s)
	ctx := guard(t)
	if err := s.WaitConnections(ctx, 1); err != nil {
		t.Fatal(err)
	}
	c.next(t, ctx, socketmode.EventTypeHello)
	return s, c, ctx
}

func TestHelloAndConnect(t *testing.T) {
	s, c, ctx := connected(t)
	_ = c
	if got := s.Connections(); got != 1 {
		t.Fatalf("Connections() = %d, want 1", got)
	}
	if got := s.ConnectCount(); got != 1 {
		t.Fatalf("ConnectCount() = %d, want 1", got)
	}
	open := s.Calls("apps.connections.open")
	if len(open) != 1 || open[0].Token != slacktest.AppToken {
		t.Fatalf("apps.connections.open calls = %+v, want one with the app token", open)
	}
	_ = ctx
}

func eventsAPI(t *testing.T, ev socketmode.Event) (slackevents.EventsAPIEvent, *slackevents.EventsAPICallbackEvent) {
	t.Helper()
	api, ok := ev.Data.(slackevents.EventsAPIEvent)
	if !ok {
		t.Fatalf("data is %T, want slackevents.EventsAPIEvent", ev.Data)
	}
	cb, ok := api.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		t.Fatalf("outer data is %T, want *EventsAPICallbackEvent", api.Data)
	}
	return api, cb
}

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

func TestPostMessageRecorded(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	blocks := slack.MsgOptionBlocks(slack.NewSectionBlock(slack.NewTextBlockObject("mrkdwn", "*hi*", false, false), nil, nil, slack.SectionBlockOptionBlockID("s1")))
	ch, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("hi", false), blocks, slack.MsgOptionTS("1699999999.000100"))
	if err != nil {
		t.Fatal(err)
	}
	_, ts2, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("second", false))
	if err != nil {
		t.Fatal(err)
	}
	if ch != "C1" || ts == "" || ts2 <= ts {
		t.Fatalf("channel %q ts %q then %q: want C1 and increasing timestamps", ch, ts, ts2)
	}
	calls := s.Calls("chat.postMessage")
	if len(calls) != 2 || calls[0].Token != slacktest.BotToken || calls[0].JSON != nil {
		t.Fatalf("calls = %+v, want two form-encoded calls with the bot token", calls)
	}
	if !strings.Contains(calls[0].Args["blocks"], `"block_id":"s1"`) {
		t.Fatalf("blocks arg = %q", calls[0].Args["blocks"])
	}
	msgs := s.Messages("C1")
	if len(msgs) != 2 || msgs[0].Text != "hi" || msgs[0].ThreadTS != "1699999999.000100" || msgs[0].User != slacktest.BotUserID ||
		!strings.Contains(string(msgs[0].Blocks), `"*hi*"`) {
		t.Fatalf("messages = %+v", msgs)
	}

	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("edited", false)); err != nil {
		t.Fatal(err)
	}
	m, err := s.WaitMessage(ctx, func(m slacktest.Message) bool { return m.TS == ts })
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "edited" || m.Updated != 1 || !strings.Contains(string(m.Blocks), `"s1"`) {
		t.Fatalf("updated message = %+v (blocks must be kept when not sent)", m)
	}
	_, _, _, err = api.UpdateMessageContext(ctx, "C1", "1.2", slack.MsgOptionText("x", false))
	if err == nil || err.Error() != "message_not_found" {
		t.Fatalf("update of unknown message: err = %v, want message_not_found", err)
	}
}

func TestViewsPublishRecorded(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	view := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: []slack.Block{
		slack.NewSectionBlock(slack.NewTextBlockObject("mrkdwn", "welcome", false, false), nil, nil),
	}}}
	resp, err := api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: "U1", View: view})
	if err != nil {
		t.Fatal(err)
	}
	if resp.ID == "" || resp.Type != slack.VTHomeTab {
		t.Fatalf("response view = %+v", resp.View)
	}
	call, err := s.WaitCall(ctx, "views.publish", nil)
	if err != nil {
		t.Fatal(err)
	}
	if call.JSON == nil || call.Token != slacktest.BotToken || call.Args["user_id"] != "U1" || !strings.Contains(call.Args["view"], "welcome") {
		t.Fatalf("call = %+v", call)
	}
	hv, ok := s.HomeView("U1")
	if !ok || hv.ID != resp.ID || !strings.Contains(string(hv.Blocks), "welcome") {
		t.Fatalf("home view = %+v", hv)
	}
}

func TestRateLimit(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	s.FailNext("chat.postMessage", 1, slacktest.Fault{Status: 429, RetryAfter: "7"})
	_, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("hi", false))
	var rl *slack.RateLimitedError
	if !errors.As(err, &rl) || rl.RetryAfter != 7*time.Second {
		t.Fatalf("err = %v, want RateLimitedError with 7s", err)
	}
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("hi", false)); err != nil {
		t.Fatalf("second post: %v (the fault should apply once)", err)
	}
	calls := s.Calls("chat.postMessage")
	if len(calls) != 2 || calls[0].Error != "ratelimited" || calls[0].Status != 429 || calls[1].Error != "" {
		t.Fatalf("calls = %+v", calls)
	}
	if got := len(s.Messages("C1")); got != 1 {
		t.Fatalf("%d messages held, want 1", got)
	}
}

func TestInvalidBlocks(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	txt := func(s string) *slack.TextBlockObject { return slack.NewTextBlockObject("plain_text", s, false, false) }
	many := func(n int) []slack.Block {
		var bs []slack.Block
		for range n {
			bs = append(bs, slack.NewDividerBlock())
		}
		return bs
	}
	buttons := func(n int) []slack.BlockElement {
		var es []slack.BlockElement
		for i := range n {
			es = append(es, slack.NewButtonBlockElement("b"+strings.Repeat("x", i), "v", txt("ok")))
		}
		return es
	}
	tests := []struct {
		name   string
		blocks []slack.Block
		ok     bool
	}{
		{"50 blocks", many(50), true},
		{"51 blocks", many(51), false},
		{"section 3000", []slack.Block{slack.NewSectionBlock(txt(strings.Repeat("a", 3000)), nil, nil)}, true},
		{"section 3001", []slack.Block{slack.NewSectionBlock(txt(strings.Repeat("a", 3001)), nil, nil)}, false},
		{"25 elements", []slack.Block{slack.NewActionBlock("a", buttons(25)...)}, true},
		{"26 elements", []slack.Block{slack.NewActionBlock("a", buttons(26)...)}, false},
		{"button text 76", []slack.Block{slack.NewActionBlock("a", slack.NewButtonBlockElement("b", "v", txt(strings.Repeat("a", 76))))}, false},
		{"duplicate action_id", []slack.Block{slack.NewActionBlock("a",
			slack.NewButtonBlockElement("b", "v", txt("x")), slack.NewButtonBlockElement("b", "w", txt("y")))}, false},
		{"duplicate block_id", []slack.Block{
			slack.NewSectionBlock(txt("x"), nil, nil, slack.SectionBlockOptionBlockID("same")),
			slack.NewSectionBlock(txt("y"), nil, nil, slack.SectionBlockOptionBlockID("same"))}, false},
		{"block_id 256", []slack.Block{slack.NewSectionBlock(txt("x"), nil, nil, slack.SectionBlockOptionBlockID(strings.Repeat("i", 256)))}, false},
		{"action_id 256", []slack.Block{slack.NewActionBlock("a", slack.NewButtonBlockElement(strings.Repeat("i", 256), "v", txt("x")))}, false},
		{"empty section text", []slack.Block{slack.NewSectionBlock(txt(""), nil, nil)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("fallback", false), slack.MsgOptionBlocks(tt.blocks...))
			if tt.ok {
				if err != nil {
					t.Fatalf("err = %v, want success", err)
				}
				return
			}
			var se slack.SlackErrorResponse
			if !errors.As(err, &se) || se.Err != "invalid_blocks" || len(se.ResponseMetadata.Messages) == 0 {
				t.Fatalf("err = %#v, want invalid_blocks with messages", err)
			}
		})
	}
}

func TestDisconnectReconnects(t *testing.T) {
	s, c, ctx := connected(t)
	s.Disconnect("refresh_requested")
	if err := s.WaitConnectCount(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitConnections(ctx, 1); err != nil {
		t.Fatal(err)
	}
	id := s.Send(s.MessageIM("U1", s.IMChannel("U1"), "still there?"))
	if _, err := s.WaitAck(ctx, id); err != nil {
		t.Fatal(err)
	}
	_ = c
}

func TestDropReconnects(t *testing.T) {
	s, _, ctx := connected(t)
	s.DropConnections()
	if err := s.WaitConnectCount(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if s.ConnectCount() < 2 {
		t.Fatalf("ConnectCount() = %d", s.ConnectCount())
	}
}

func TestRetryKeepsEventID(t *testing.T) {
	s, c, ctx := connected(t)
	e := s.MessageIM("U1", s.IMChannel("U1"), "hi")
	r := e.Retry(1)
	if r.EnvelopeID == e.EnvelopeID || r.EventID() != e.EventID() || r.EventID() == "" {
		t.Fatalf("retry envelope %q event %q; original %q event %q", r.EnvelopeID, r.EventID(), e.EnvelopeID, e.EventID())
	}
	s.Send(e)
	c.next(t, ctx, socketmode.EventTypeEventsAPI)
	s.Send(r)
	ev := c.next(t, ctx, socketmode.EventTypeEventsAPI)
	_, cb := eventsAPI(t, ev)
	if ev.Request.RetryAttempt != 1 || ev.Request.RetryReason != "timeout" || cb.EventID != e.EventID() {
		t.Fatalf("retry request = %+v, event id %q", ev.Request, cb.EventID)
	}
}

func TestAuth(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	good, err := newAPI(s).AuthTestContext(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if good.UserID != slacktest.BotUserID || good.BotID != slacktest.BotID || good.TeamID != slacktest.TeamID {
		t.Fatalf("auth.test = %+v", good)
	}
	bad := slack.New("xoxb-wrong", slack.OptionAPIURL(s.APIURL()))
	if _, err := bad.AuthTestContext(ctx); err == nil || err.Error() != "invalid_auth" {
		t.Fatalf("wrong token: err = %v, want invalid_auth", err)
	}
}

func TestConnectionsOpenError(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	s.SetConnectionsOpenError("invalid_auth")
	sm := socketmode.New(newAPI(s), socketmode.OptionLog(log.New(io.Discard, "", 0)))
	go func() {
		for range sm.Events {
		}
	}()
	err := sm.RunContext(ctx)
	if err == nil || err.Error() != "invalid_auth" {
		t.Fatalf("RunContext = %v, want invalid_auth", err)
	}
}
