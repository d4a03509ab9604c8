package slackbot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// waitReady polls r.Ready until ok(err) holds, within the hang guard.
func waitReady(t *testing.T, b *slackbot.Bot, what string, ok func(error) bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	for !ok(b.Ready()) {
		select {
		case <-ctx.Done():
			t.Fatalf("bot never became %s: Ready() = %v", what, b.Ready())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// waitBothSockets waits until the bot has handled the hello of both its
// sockets, so that dropping one leaves the other connected.
func waitBothSockets(t *testing.T, b *slackbot.Bot) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	for b.ConnectedSockets() < 2 {
		select {
		case <-ctx.Done():
			t.Fatalf("the bot connected %d sockets, want 2", b.ConnectedSockets())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestReady(t *testing.T) {
	h := newHarness(t)
	h.s.SetPingInterval(20 * time.Millisecond)

	idle, err := slackbot.New(testConfig(h.s), h.eng, h.store, nil)
	if err != nil {
		t.Fatal(err)
	}
	if idle.Ready() == nil {
		t.Error("a bot that was never run is ready")
	}

	r := h.start(func(c *slackbot.Config) { c.Watchdog = 300 * time.Millisecond })
	waitReady(t, r.b, "ready", func(err error) bool { return err == nil })
	err = r.stop()
	r.done <- err // for the harness's own stop at cleanup
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	waitReady(t, r.b, "unready after Run returned", func(err error) bool { return err != nil })
}

// TestReadyFollowsTheSocket drops the socket while Slack refuses to open a
// new one: the bot is not ready until it has reconnected.
func TestReadyFollowsTheSocket(t *testing.T) {
	h := newHarness(t)
	r := h.start(nil)
	waitReady(t, r.b, "ready", func(err error) bool { return err == nil })

	n := h.s.ConnectCount()
	h.s.SetConnectionsOpenError("internal_error") // transient: slack-go retries
	h.s.DropConnections()
	waitReady(t, r.b, "unready after the socket dropped", func(err error) bool { return err != nil })
	// A refused attempt later it is still not ready: no socket, no hello.
	since := time.Now()
	if _, err := h.s.WaitCall(h.ctx, "apps.connections.open", func(c slacktest.Call) bool {
		return c.Error != "" && c.At.After(since)
	}); err != nil {
		t.Fatalf("no new connection attempt: %v", err)
	}
	if err := r.b.Ready(); err == nil || !strings.Contains(err.Error(), "not connected") {
		t.Errorf("Ready() while Slack refuses to reconnect = %v, want not connected", err)
	}

	h.s.SetConnectionsOpenError("")
	if err := h.s.WaitConnectCount(h.ctx, n+1); err != nil {
		t.Fatalf("no reconnect: %v", err)
	}
	waitReady(t, r.b, "ready after reconnecting", func(err error) bool { return err == nil })
}

// TestReadyNotOnARefusedSocket starts a second bot when Slack allows one
// socket: its socket is refused (too_many_websockets, no hello) and it
// never becomes ready, while the first one stays ready.
func TestReadyNotOnARefusedSocket(t *testing.T) {
	h := newHarness(t)
	first := h.start(nil)
	waitReady(t, first.b, "ready", func(err error) bool { return err == nil })
	h.s.SetMaxConnections(1)
	second := h.start(func(c *slackbot.Config) { c.TooManyWebsocketsBackoff = time.Hour }) // waits for the refused socket
	if err := second.b.Ready(); err == nil {
		t.Error("a bot whose socket Slack refused is ready")
	}
	if err := first.b.Ready(); err != nil {
		t.Errorf("the connected bot: Ready() = %v", err)
	}
}

// TestReadyWhileOneSocketIsUp: the bot is ready while one of its two
// connections is up, and only then: at start-up when Slack takes one
// socket only, and while Slack refuses to reopen a dropped one.
func TestReadyWhileOneSocketIsUp(t *testing.T) {
	t.Run("start-up with room for one socket", func(t *testing.T) {
		h := newHarness(t)
		h.s.SetMaxConnections(1)
		r := h.start(func(c *slackbot.Config) { c.TooManyWebsocketsBackoff = time.Hour })
		waitReady(t, r.b, "ready", func(err error) bool { return err == nil })
		if n := h.s.Connections(); n != 1 {
			t.Errorf("%d sockets open, want 1", n)
		}
	})
	t.Run("one socket dropped, Slack refusing new ones", func(t *testing.T) {
		h := newHarness(t)
		r := h.start(nil)
		h.waitConnections(2)
		waitBothSockets(t, r.b)
		h.s.SetConnectionsOpenError("internal_error")
		since := time.Now()
		h.s.DropConn(0)
		if _, err := h.s.WaitCall(h.ctx, "apps.connections.open", func(c slacktest.Call) bool {
			return c.Error != "" && c.At.After(since)
		}); err != nil {
			t.Fatalf("no new connection attempt: %v", err)
		}
		if err := r.b.Ready(); err != nil {
			t.Errorf("Ready() with one socket of two up = %v", err)
		}
		h.s.DropConn(0)
		waitReady(t, r.b, "unready with no socket up", func(err error) bool { return err != nil })
		h.s.SetConnectionsOpenError("")
		h.waitConnections(2)
		waitReady(t, r.b, "ready after reconnecting", func(err error) bool { return err == nil })
	})
}
