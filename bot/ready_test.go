package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/springfield/techleader/bot"
)

// waitReady polls r.Ready until ok(err) holds, within the hang guard.
func waitReady(t *testing.T, b *bot.Bot, what string, ok func(error) bool) {
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

func TestReady(t *testing.T) {
	h := newHarness(t)
	h.s.SetPingInterval(20 * time.Millisecond)

	idle, err := bot.New(testConfig(h.s), h.eng, h.store, nil)
	if err != nil {
		t.Fatal(err)
	}
	if idle.Ready() == nil {
		t.Error("a bot that was never run is ready")
	}

	r := h.start(func(c *bot.Config) { c.Watchdog = 300 * time.Millisecond })
	waitReady(t, r.b, "ready", func(err error) bool { return err == nil })
	err = r.stop()
	r.done <- err // for the harness's own stop at cleanup
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	waitReady(t, r.b, "unready after Run returned", func(err error) bool { return err != nil })
}
