package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/bot/web/webtest/browser"
)

// TestBrowserVisitorTalksToSlackConsultant runs serve with Slack (the
// fake) and the web chat, and a visitor in a real browser: they ask for a
// consultant in the page, the card appears in the consultants' channel
// marked as coming from the website, a consultant claims it and replies
// in its thread, the reply appears in the page over Server-Sent Events,
// and the visitor's answer reaches the card's thread. When the consultant
// closes, the visitor rates the conversation with a button in the page:
// the thread and the consultants' report show the rating.
func TestBrowserVisitorTalksToSlackConsultant(t *testing.T) {
	const consultants = "CWEBDESK"
	clearSlackEnv(t)
	s := slacktest.New(t)
	s.SetChannelMembers(consultants, "UC1")
	s.AddUser(slacktest.User{ID: "UC1", Name: "ada", RealName: "Ada Consultant"})
	for k, v := range map[string]string{
		"SLACK_APP_TOKEN": slacktest.AppToken, "SLACK_BOT_TOKEN": slacktest.BotToken, "SLACK_API_URL": s.APIURL(),
		"CONSULTANT_CHANNEL": consultants, "HANDOFF_POLL": "100ms", "WEB_ADDR": "127.0.0.1:0",
	} {
		t.Setenv(k, v)
	}
	p := browser.New(t, 800, 900) // before serve: a missing browser skips at once
	proc := runInBackground(t, []string{"serve"})
	defer proc.logOnFailure(t)
	wctx, wcancel := context.WithTimeout(context.Background(), 60*time.Second) // hang guard
	defer wcancel()
	base := "http://" + waitLogAddr(wctx, t, &proc.errOut, "web server listening")
	if err := s.WaitConnections(wctx, 1); err != nil {
		t.Fatal(err)
	}

	p.Open(base + "/")
	p.WaitFor(`document.body.dataset.stream === 'open'`)
	p.Do(chromedp.Click(chromedp.CSS("#log button[data-action=consult]")))
	p.FillContact("Grace Visitor", "grace@shipping.example")
	p.WaitPush("passed your request on")
	card, err := s.WaitMessage(wctx, func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == "" && strings.Contains(m.Text, "from a visitor on the website")
	})
	if err != nil {
		t.Fatalf("no card: %v", err)
	}
	if body := slacktest.BlockText(t, card); !strings.Contains(body, "Grace Visitor") || !strings.Contains(body, "grace@shipping.example") {
		t.Errorf("the card lacks the form's details: %q", body)
	}
	claim := slacktest.FindButton(t, card, "tl_ho_claim")
	if _, err := s.WaitAck(wctx, s.Send(s.BlockAction("UC1", consultants, card.TS, claim.BlockID, claim.ActionID, claim.Value))); err != nil {
		t.Fatal(err)
	}
	p.WaitPush("Ada Consultant from Consulting Springfield will help you")
	if _, err := s.WaitAck(wctx, s.Send(s.ThreadMessage("UC1", consultants, card.TS, "Hi Grace! What does your company ship?"))); err != nil {
		t.Fatal(err)
	}
	p.WaitFor(`[...document.querySelectorAll('#log .push.consultant')].some(m => m.textContent.includes('What does your company ship?'))`)
	if from := browser.Eval[string](p, `document.querySelector('#log .push.consultant .from').textContent`); from != "Ada Consultant, consultant" {
		t.Errorf("the reply's author shows as %q", from)
	}

	p.Send("Containers, across the Baltic.")
	if _, err := s.WaitMessage(wctx, func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == card.TS && strings.Contains(m.Text, "Containers, across the Baltic.")
	}); err != nil {
		t.Fatalf("the visitor's answer did not reach the thread: %v", err)
	}

	// The consultant closes; the visitor rates with a button in the page.
	closeAndRate(wctx, t, s, p, consultants, card)

	proc.stop(wctx, t, "serve")
}

// closeAndRate has consultant UC1 close the claimed card in channel, then
// the visitor rate the conversation 4/5 in page p; it waits until the
// thread and UC1's report show the rating.
func closeAndRate(wctx context.Context, t *testing.T, s *slacktest.Server, p *browser.Page, channel string, card slacktest.Message) {
	t.Helper()
	claimed, err := s.WaitMessage(wctx, func(m slacktest.Message) bool {
		return m.TS == card.TS && strings.Contains(slacktest.BlockText(t, m), "Claimed by")
	})
	if err != nil {
		t.Fatalf("the card was not updated: %v", err)
	}
	closeBtn := slacktest.FindButton(t, claimed, "tl_ho_close")
	if _, err := s.WaitAck(wctx, s.Send(s.BlockAction("UC1", channel, card.TS, closeBtn.BlockID, closeBtn.ActionID, closeBtn.Value))); err != nil {
		t.Fatal(err)
	}
	p.WaitCount(`#log .push.reply button[data-action^="rate:"]`, 5)
	p.Do(chromedp.Click(chromedp.CSS(`#log .push.reply button[data-action$=":4"]`)))
	p.WaitFor(`[...document.querySelectorAll('#log .msg.bot')].some(m => m.textContent.includes('rating this conversation 4/5'))`)
	if _, err := s.WaitMessage(wctx, func(m slacktest.Message) bool {
		return m.Channel == channel && m.ThreadTS == card.TS && strings.Contains(m.Text, "rated this conversation 4/5")
	}); err != nil {
		t.Fatalf("the rating did not reach the thread: %v", err)
	}
	// The figures are written within INSIGHTS_FLUSH (1s): ask until the
	// consultants' report shows the rating.
	const rated = "after a consultant: 4.00 of 5 from 1 rating"
	for {
		if _, err := s.WaitAck(wctx, s.Send(s.SlashCommand("UC1", channel, "report 7d"))); err != nil {
			t.Fatal(err)
		}
		actx, acancel := context.WithTimeout(wctx, time.Second)
		_, err := s.WaitMessage(actx, func(m slacktest.Message) bool {
			return m.Ephemeral && m.Recipient == "UC1" && strings.Contains(slacktest.BlockText(t, m), rated)
		})
		acancel()
		if err == nil {
			break
		}
		if wctx.Err() != nil {
			t.Fatalf("the report never showed %q", rated)
		}
	}
}

// waitLogAddr reads the address of serve's JSON log line msg ("ops server
// listening", "web server listening"), waiting for it until ctx ends.
func waitLogAddr(ctx context.Context, t *testing.T, logs *bottest.Buffer, msg string) string {
	t.Helper()
	for {
		for _, line := range logs.Lines() {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == msg && rec.Addr != "" {
				return rec.Addr
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("serve never logged %q:\n%s", msg, tail(logs.String(), 2000))
		case <-time.After(5 * time.Millisecond):
		}
	}
}
