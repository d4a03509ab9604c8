package slackbot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// TestSocketRefreshLosesNoEnvelope runs a steady stream of DMs, one new
// user each, through a disconnect or a dropped socket with Slack's retries
// off: every DM is acked and answered exactly once, so none needed a
// retry. A bot that closed a socket before opening its successor would
// leave the DMs Slack sent meanwhile unacked (Lost).
func TestSocketRefreshLosesNoEnvelope(t *testing.T) {
	tests := []struct {
		name    string
		sockets int // 0: the default
		break_  func(s *slacktest.Server)
		opened  int    // new connections the bot opens after break_
		metric  string // counted
		// quiet: break_ only once every DM sent is acked. A socket dropped
		// under an unacked envelope loses it whatever the bot does.
		quiet bool
	}{
		{"refresh_requested on every socket", 0, func(s *slacktest.Server) { s.Disconnect("refresh_requested") }, 2, "reconnect:refresh_requested", false},
		{"warning on every socket", 0, func(s *slacktest.Server) { s.Disconnect("warning") }, 2, "reconnect:warning", false},
		{"refresh_requested on one socket", 0, func(s *slacktest.Server) { s.DisconnectConn(0, "refresh_requested") }, 1, "reconnect:refresh_requested", false},
		{"dropped socket", 0, func(s *slacktest.Server) { s.DropConn(0) }, 1, "reconnect:dropped", true},
		{"refresh_requested with one socket", 1, func(s *slacktest.Server) { s.Disconnect("refresh_requested") }, 1, "reconnect:refresh_requested", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.s.SetRetries(false)
			h.start(func(c *slackbot.Config) { c.Sockets = tt.sockets })
			sockets := max(tt.sockets, 1)
			if tt.sockets == 0 {
				sockets = 2
			}
			h.waitConnections(sockets)
			before := h.s.ConnectCount()

			sent := h.streamDMs(10, func() {
				tt.break_(h.s)
			}, tt.quiet, func() bool {
				// Go on until the bot has replaced its sockets and closed
				// the old ones.
				return h.s.ConnectCount() >= before+tt.opened && h.s.Connections() == sockets
			})
			h.checkAnsweredOnce(sent)
			t.Logf("%d DMs, %d after the break; %d sockets opened in all", len(sent), len(sent)-10, h.s.ConnectCount())
			if h.metrics.Get(tt.metric) == 0 {
				t.Errorf("%s not counted: %v", tt.metric, h.metrics.Snapshot())
			}
		})
	}
}

// dmSent is one DM of streamDMs: its user and envelope id ("" when Slack
// found no socket for it).
type dmSent struct{ user, envelope string }

// streamDMs sends a DM from a new user every millisecond or so, calls
// break_ after the first breakAt (once they are all acked when quiet), and
// goes on until done holds, then for 20 more.
func (h *harness) streamDMs(breakAt int, break_ func(), quiet bool, done func() bool) []dmSent {
	h.t.Helper()
	var sent []dmSent
	extra := -1
	for i := 0; extra != 0; i++ {
		if i == breakAt {
			if quiet {
				h.waitAcks(sent)
			}
			break_()
		}
		if i > breakAt && extra < 0 && done() {
			extra = 20
		}
		if extra > 0 {
			extra--
		}
		if i > 3000 {
			h.t.Fatalf("the bot did not replace its sockets: %d open, %d opened in all", h.s.Connections(), h.s.ConnectCount())
		}
		user := fmt.Sprintf("U%04d", i)
		sent = append(sent, dmSent{user, h.s.Send(h.s.MessageIM(user, slacktest.IMChannel(user), "What does a CTO do?"))})
		time.Sleep(time.Millisecond)
	}
	return sent
}

// waitAcks waits a few seconds for the ack of every DM sent and fails on
// any lost or unacked.
func (h *harness) waitAcks(sent []dmSent) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(h.ctx, 5*time.Second)
	defer cancel()
	var missing []string
	for _, d := range sent {
		if d.envelope == "" {
			missing = append(missing, d.user+" (no socket)")
			continue
		}
		if _, err := h.s.WaitAck(ctx, d.envelope); err != nil {
			missing = append(missing, d.user)
		}
	}
	if len(missing) > 0 || len(h.s.Lost()) > 0 {
		h.t.Fatalf("%d of %d DMs never acked (%s); lost by Slack: %d", len(missing), len(sent), strings.Join(missing, ", "), len(h.s.Lost()))
	}
}

// checkAnsweredOnce checks that every DM sent was acked and answered, each
// with as many messages as the first (one answer, never two).
func (h *harness) checkAnsweredOnce(sent []dmSent) {
	h.t.Helper()
	h.waitAcks(sent)
	for _, d := range sent {
		h.waitMessage("the answer to "+d.user, inChannel(slacktest.IMChannel(d.user)))
	}
	time.Sleep(200 * time.Millisecond) // room for a second answer, were there one
	per := len(h.s.Messages(slacktest.IMChannel(sent[0].user)))
	for _, d := range sent {
		if n := len(h.s.Messages(slacktest.IMChannel(d.user))); n != per {
			h.t.Errorf("%s got %d messages, %s got %d", d.user, n, sent[0].user, per)
		}
	}
	if per != 1 {
		h.t.Errorf("a DM was answered with %d messages, want 1", per)
	}
}

// TestSocketsDeliverTwiceAnswerOnce delivers each envelope on both of the
// bot's connections (and an event again, as Slack's retry with a new
// envelope id, on the other): each is acked on the socket that brought it
// and answered once.
func TestSocketsDeliverTwiceAnswerOnce(t *testing.T) {
	h := newHarness(t)
	h.s.SetRetries(false)
	h.start(nil)
	h.waitConnections(2)

	ackBoth := func(e slacktest.Envelope) {
		t.Helper()
		for conn := range 2 {
			if id := h.s.SendTo(conn, e); id == "" {
				t.Fatalf("no socket %d", conn)
			}
			if _, err := h.s.WaitAck(h.ctx, e.EnvelopeID); err != nil {
				t.Fatal(err)
			}
		}
	}
	dm := h.s.MessageIM("U1", slacktest.IMChannel("U1"), "What does a CTO do?")
	ackBoth(dm)
	retry := dm.Retry(1)
	if id := h.s.SendTo(1, retry); id == "" {
		t.Fatal("no socket 1")
	}
	slash := h.s.SlashCommand("U2", "C1", "ask what does a CIO do?")
	ackBoth(slash)

	h.waitMessage("the answer to the DM", inChannel(slacktest.IMChannel("U1")))
	answers := func() int {
		n := 0
		for _, c := range h.s.Calls("response_url") {
			if strings.HasSuffix(slash.ResponseURL(), c.Path) {
				n++
			}
		}
		return n
	}
	for answers() == 0 {
		if h.ctx.Err() != nil {
			t.Fatal("the slash command was not answered")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := h.s.WaitAck(h.ctx, retry.EnvelopeID); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // room for a second answer, were there one
	if n := len(h.s.Messages(slacktest.IMChannel("U1"))); n != 1 {
		t.Errorf("the DM delivered 3 times was answered %d times", n)
	}
	if n := answers(); n != 1 {
		t.Errorf("the slash command delivered twice was answered %d times", n)
	}
	if dup := h.metrics.Get("duplicate:events_api:message"); dup != 2 {
		t.Errorf("%d duplicate events counted, want 2: %v", dup, h.metrics.Snapshot())
	}
	if lost := h.s.Lost(); len(lost) > 0 {
		t.Errorf("lost: %v", lost)
	}
}

func TestSocketFatalErrors(t *testing.T) {
	t.Run("link_disabled", func(t *testing.T) {
		h := newHarness(t)
		r := h.start(nil)
		h.s.Disconnect("link_disabled")
		select {
		case err := <-r.done:
			if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "link_disabled") {
				t.Errorf("Run = %v, want fatal link_disabled", err)
			}
			r.done <- nil // for the cleanup's stop
		case <-h.ctx.Done():
			t.Fatal("Run did not stop on link_disabled")
		}
	})
	t.Run("invalid app token on reconnect", func(t *testing.T) {
		h := newHarness(t)
		r := h.start(nil)
		h.s.SetConnectionsOpenError("invalid_auth")
		h.s.DropConnections()
		select {
		case err := <-r.done:
			if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "invalid_auth") {
				t.Errorf("Run = %v, want fatal invalid_auth", err)
			}
			r.done <- nil
		case <-h.ctx.Done():
			t.Fatal("Run did not stop on invalid_auth")
		}
	})
	t.Run("invalid bot token at start", func(t *testing.T) {
		h := newHarness(t)
		cfg := testConfig(h.s)
		cfg.BotToken = "xoxb-wrong"
		b, err := slackbot.New(cfg, h.eng, h.store, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = b.Run(h.ctx)
		if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "invalid_auth") {
			t.Errorf("Run = %v, want fatal invalid_auth", err)
		}
	})
}

func TestSocketReconnects(t *testing.T) {
	tests := []struct {
		name   string
		mod    func(*slackbot.Config)
		break_ func(s *slacktest.Server)
		metric string
		// serves: a message sent after the reconnect is answered (not for
		// the watchdog case, whose silent sockets keep being replaced).
		serves bool
	}{
		{"refresh_requested", nil, func(s *slacktest.Server) { s.Disconnect("refresh_requested") }, "reconnect:refresh_requested", true},
		{"dropped socket", nil, func(s *slacktest.Server) { s.DropConnections() }, "", true},
		{"too_many_websockets backs off then reconnects", func(c *slackbot.Config) { c.TooManyWebsocketsBackoff = 50 * time.Millisecond },
			func(s *slacktest.Server) { s.Disconnect("too_many_websockets") }, "reconnect:too_many_websockets", true},
		{"watchdog on a silent socket", func(c *slackbot.Config) { c.Watchdog = 300 * time.Millisecond },
			func(s *slacktest.Server) { s.SetPings(false) }, "reconnect:watchdog", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.start(tt.mod)
			n := h.s.ConnectCount()
			tt.break_(h.s)
			if err := h.s.WaitConnectCount(h.ctx, n+1); err != nil {
				t.Fatalf("no reconnect: %v", err)
			}
			if tt.metric != "" && h.metrics.Get(tt.metric) == 0 {
				t.Errorf("%s not counted: %v", tt.metric, h.metrics.Snapshot())
			}
			if !tt.serves {
				return
			}
			h.waitConnections(2) // the default SLACK_SOCKETS
			dm := slacktest.IMChannel("U1")
			h.send(h.s.MessageIM("U1", dm, "What does a CTO do?"))
			h.waitMessage("an answer after the reconnect", inChannel(dm))
		})
	}
}
