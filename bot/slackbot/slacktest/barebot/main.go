// Command barebot is the baseline of techleader's side-by-side benchmark
// (BenchmarkSideBySide in cmd/techleader): about the least a slack-go
// Socket Mode bot does to answer a direct message with state in Redis.
// For each person's DM it acks the envelope, claims the event id (SET NX,
// 15 min), reads the user's ~500-byte state (GET), writes it back (SET,
// 30 days) and replies with a Block Kit message the size of one of
// techleader's knowledge answers. Everything else (its own echoed posts,
// other events) is acked and dropped after slack-go has parsed it.
//
// It reads SLACK_APP_TOKEN, SLACK_BOT_TOKEN, SLACK_API_URL, REDIS_URL and
// REDIS_PREFIX, and stops on SIGTERM or SIGINT.
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "barebot:", err)
		os.Exit(1)
	}
}

func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opt, err := redis.ParseURL(os.Getenv("REDIS_URL"))
	if err != nil {
		return fmt.Errorf("REDIS_URL: %w", err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	// Idle connections for its concurrent posts: with the default two per
	// host it would redial most posts, and a baseline that wastes work
	// flatters what it is compared with.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64
	api := slack.New(os.Getenv("SLACK_BOT_TOKEN"),
		slack.OptionAppLevelToken(os.Getenv("SLACK_APP_TOKEN")),
		slack.OptionAPIURL(os.Getenv("SLACK_API_URL")),
		slack.OptionHTTPClient(&http.Client{Transport: tr, Timeout: 30 * time.Second}))
	b := &bot{sm: socketmode.New(api), api: api, rdb: rdb, prefix: os.Getenv("REDIS_PREFIX") + ":"}
	go b.readEvents(ctx)
	err = b.sm.RunContext(ctx)
	if ctx.Err() != nil {
		return nil
	}
	return err
}

type bot struct {
	sm     *socketmode.Client
	api    *slack.Client
	rdb    *redis.Client
	prefix string
}

func (b *bot) readEvents(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case evt := <-b.sm.Events:
			if evt.Request != nil && evt.Request.EnvelopeID != "" {
				_ = b.sm.AckCtx(ctx, evt.Request.EnvelopeID, nil)
			}
			ev, ok := evt.Data.(slackevents.EventsAPIEvent)
			if !ok {
				continue
			}
			cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
			m, ok := ev.InnerEvent.Data.(*slackevents.MessageEvent)
			if !ok || cb == nil || m.BotID != "" || m.SubType != "" || m.ChannelType != "im" || m.User == "" {
				continue
			}
			go b.answer(ctx, cb.EventID, m.User, m.Channel)
		}
	}
}

// answer handles one DM: dedupe, state, reply.
func (b *bot) answer(ctx context.Context, eventID, user, channel string) {
	first, err := b.rdb.SetNX(ctx, b.prefix+"dedupe:"+eventID, "1", 15*time.Minute).Result()
	if err != nil || !first {
		return
	}
	key := b.prefix + "state:" + user
	st, err := b.rdb.Get(ctx, key).Bytes()
	if err != nil && err != redis.Nil {
		return
	}
	if err := b.rdb.Set(ctx, key, nextState(st), 30*24*time.Hour).Err(); err != nil {
		return
	}
	_, _, _ = b.api.PostMessageContext(ctx, channel, slack.MsgOptionText(answerText, false), slack.MsgOptionBlocks(answerBlocks...))
}

// nextState is a ~500-byte state: a turn counter and filler.
func nextState(prev []byte) []byte {
	turns := 0
	if len(prev) > 0 {
		_, _ = fmt.Sscanf(string(prev), "turns=%d;", &turns)
	}
	s := fmt.Sprintf("turns=%d;", turns+1)
	return []byte(s + strings.Repeat("x", 500-len(s)))
}

// The reply: a knowledge answer's shape and size (a section of answer
// text, a "related" context line and two buttons).
var (
	answerText = strings.Repeat("A chief technology officer owns the technology the company sells or builds its product on: architecture, engineering, R&D and the roadmap. ", 5)

	answerBlocks = []slack.Block{
		slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, answerText, false, false), nil, nil),
		slack.NewContextBlock("related", slack.NewTextBlockObject(slack.MarkdownType, "Related: *CIO vs CTO* · *Virtual CTO* · *When to hire a CTO*", false, false)),
		slack.NewActionBlock("acts",
			slack.NewButtonBlockElement("assess", "assess", slack.NewTextBlockObject(slack.PlainTextType, "Start the assessment", false, false)),
			slack.NewButtonBlockElement("consult", "consult", slack.NewTextBlockObject(slack.PlainTextType, "Talk to a consultant", false, false))),
	}
)
