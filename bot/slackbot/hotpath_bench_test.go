package slackbot

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/knowledge"
)

// The pieces of a DM's handling in this package, one benchmark each, with
// allocations: go test -run '^$' -bench HotPath -benchmem ./bot/slackbot

var benchKey = conversation.Key{Platform: platform, Team: slacktest.TeamID, User: "U1"}

// answerReply is the engine's reply to a knowledge question.
func answerReply(b *testing.B) conversation.Reply {
	b.Helper()
	kb, err := knowledge.New()
	if err != nil {
		b.Fatal(err)
	}
	eng := conversation.New(kb, memstore.New(), conversation.Config{}, nil)
	return eng.Handle(context.Background(), benchKey, conversation.Text("What does a CTO do?"))[0]
}

func BenchmarkHotPathRenderAnswer(b *testing.B) {
	rep := answerReply(b)
	b.ReportAllocs()
	for b.Loop() {
		renderReply(rep, benchKey)
	}
}

// BenchmarkHotPathEventToJob is the read loop's part of a DM once slack-go
// has parsed it: the job and its logger.
func BenchmarkHotPathEventToJob(b *testing.B) {
	s := slacktest.New(b)
	var req socketmode.Request
	raw, _ := json.Marshal(s.MessageIM("U1", slacktest.IMChannel("U1"), "What does a CTO do?"))
	if err := json.Unmarshal(raw, &req); err != nil {
		b.Fatal(err)
	}
	ev, err := slackevents.ParseEvent(req.Payload, slackevents.OptionNoVerifyToken())
	if err != nil {
		b.Fatal(err)
	}
	bot, _ := benchBot(b, "")
	b.ReportAllocs()
	for b.Loop() {
		j, ok := bot.eventJob(slacktest.TeamID, ev.InnerEvent.Data)
		if !ok {
			b.Fatal("no job")
		}
		j.Log = bot.envelopeLog("events_api:message", req.EnvelopeID, "Ev1", slacktest.TeamID, "U1")
	}
}

// BenchmarkHotPathEcho compares what an echoed post costs: slack-go's
// decoding (what the bot paid before, and a bare slack-go bot pays) and
// the wire's decision.
func BenchmarkHotPathEcho(b *testing.B) {
	s := slacktest.New(b)
	rendered := renderReply(answerReply(b), benchKey)
	blocks, _ := json.Marshal(rendered.blocks)
	echo := s.SelfMessageIM(slacktest.IMChannel("U1"), rendered.text)
	var p map[string]any
	_ = json.Unmarshal(echo.Payload, &p)
	p["event"].(map[string]any)["blocks"] = json.RawMessage(blocks)
	echo.Payload, _ = json.Marshal(p)
	raw, _ := json.Marshal(echo)
	bot, _ := benchBot(b, "")
	b.Run("slack-go decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var req socketmode.Request
			if err := json.Unmarshal(raw, &req); err != nil {
				b.Fatal(err)
			}
			if _, err := slackevents.ParseEvent(req.Payload, slackevents.OptionNoVerifyToken()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("wire decision", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			h, ok := skimEnvelope(raw)
			if _, ignored := bot.ignoredPayload(h.payload); !ok || !ignored {
				b.Fatal("echo not recognised")
			}
		}
	})
}

// BenchmarkHotPathPostAnswer posts a rendered answer through slack-go to a
// server answering as Slack does (the posted message echoed in full).
func BenchmarkHotPathPostAnswer(b *testing.B) {
	rendered := renderReply(answerReply(b), benchKey)
	answer, _ := json.Marshal(map[string]any{
		"ok": true, "channel": "D1", "ts": "1700000000.000100",
		"message": map[string]any{"type": "message", "user": slacktest.BotUserID, "bot_id": slacktest.BotID,
			"text": rendered.text, "ts": "1700000000.000100", "blocks": rendered.blocks},
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(answer)
	}))
	b.Cleanup(srv.Close)
	bot, _ := benchBot(b, srv.URL+"/api/")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		ts, err := bot.post(ctx, "chat.postMessage", dest{channel: "D1"}, rendered, true)
		if err != nil || ts == "" {
			b.Fatalf("post: %q, %v", ts, err)
		}
	}
}

// benchBot is a Bot, never run, on the Web API at apiURL, logging JSON at
// info level as serve does.
func benchBot(b *testing.B, apiURL string) (*Bot, *bottest.Counters) {
	b.Helper()
	m := &bottest.Counters{}
	bot, err := New(Config{AppToken: slacktest.AppToken, BotToken: slacktest.BotToken, APIURL: apiURL, PostRate: 1e9, PostBurst: 1 << 30,
		PostMaxWait: time.Hour}, &bottest.FakeEngine{}, nil, slog.New(slog.NewJSONHandler(io.Discard, nil)), WithMetrics(m))
	if err != nil {
		b.Fatal(err)
	}
	bot.botUserID = slacktest.BotUserID
	return bot, m
}
