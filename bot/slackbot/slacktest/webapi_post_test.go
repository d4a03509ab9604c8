package slacktest_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

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
