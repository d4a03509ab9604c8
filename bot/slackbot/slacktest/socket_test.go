package slacktest_test

import (
	"context"
	"io"
	"log"
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
