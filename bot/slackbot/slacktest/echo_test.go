package slacktest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// TestEchoAndOnPost: a post into a DM reaches the OnPost hook and, with
// echoes on, comes back to the socket as Slack's message.im event of the
// bot's own message (blocks included); a post to a channel is not echoed.
func TestEchoAndOnPost(t *testing.T) {
	s := slacktest.New(t)
	posted := make(chan slacktest.Message, 4)
	s.OnPost(func(m slacktest.Message) { posted <- m })
	s.EchoBotMessages(true)
	c := startClient(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	if err := s.WaitConnections(ctx, 1); err != nil {
		t.Fatal(err)
	}
	api := newAPI(s)
	dm := slacktest.IMChannel("U1")
	blocks := slack.MsgOptionBlocks(slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, "*answer*", false, false), nil, nil))
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("to a channel", false)); err != nil {
		t.Fatal(err)
	}
	_, ts, err := api.PostMessageContext(ctx, dm, slack.MsgOptionText("answer", false), blocks)
	if err != nil {
		t.Fatal(err)
	}
	if m := <-posted; m.Channel != "C1" {
		t.Errorf("first post seen in %s", m.Channel)
	}
	if m := <-posted; m.Channel != dm || m.TS != ts || !strings.Contains(string(m.Blocks), "*answer*") {
		t.Errorf("OnPost got %+v", m)
	}
	ev := c.next(t, ctx, socketmode.EventTypeEventsAPI).Data.(slackevents.EventsAPIEvent)
	me, ok := ev.InnerEvent.Data.(*slackevents.MessageEvent)
	if !ok || me.Channel != dm || me.TimeStamp != ts || me.BotID != slacktest.BotID || me.User != slacktest.BotUserID ||
		me.ChannelType != "im" || me.Text != "answer" || len(me.Blocks.BlockSet) != 1 {
		t.Fatalf("echo = %+v", ev.InnerEvent.Data)
	}
	if err := s.WaitAcks(ctx, 1); err != nil {
		t.Fatal(err)
	}
}
