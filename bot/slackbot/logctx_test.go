package slackbot_test

import (
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// TestEnvelopeLogsCarryIDsAndNoSecrets checks that a line logged while
// handling a DM carries the envelope's ids, and that neither the user's
// text nor a token appears in any log line at any level.
func TestEnvelopeLogsCarryIDsAndNoSecrets(t *testing.T) {
	h := newHarness(t)
	logs := &bottest.Buffer{} // slog writes one record per Write
	h.logger = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	r := h.start(func(c *slackbot.Config) { c.APIAttempts = 2 })

	marker := "zq" + strings.ReplaceAll(time.Now().Format("150405.000000"), ".", "x") + "marker"
	dm := slacktest.IMChannel("U1")
	h.s.FailNext("chat.postMessage", 2, slacktest.Fault{Status: 500})
	env := h.s.MessageIM("U1", dm, "What does a CTO do? "+marker)
	h.send(env)
	// The next message is handled after the failed delivery (same worker).
	h.send(h.s.MessageIM("U1", dm, "What does a CIO do?"))
	h.waitMessage("the next answer", inChannel(dm))
	if got := h.metrics.Get("undelivered"); got != 1 {
		t.Fatalf("undelivered = %d, want 1", got)
	}
	if err := r.stop(); err != nil {
		t.Fatalf("bot.Run: %v", err)
	}

	lines := logs.Lines()
	if len(lines) == 0 {
		t.Fatal("nothing logged")
	}
	found := false
	for _, line := range lines {
		for _, secret := range []string{marker, slacktest.BotToken, slacktest.AppToken} {
			if strings.Contains(line, secret) {
				t.Errorf("log line holds %q: %s", secret, line)
			}
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %v: %s", err, line)
		}
		if rec["msg"] != "reply undelivered" {
			continue
		}
		found = true
		want := map[string]string{
			"level":    "ERROR",
			"envelope": env.EnvelopeID,
			"event":    env.EventID(),
			"team":     slacktest.TeamID,
			"user":     "U1",
			"kind":     "events_api:message",
		}
		for k, v := range want {
			if rec[k] != v {
				t.Errorf("%q = %v, want %q in %s", k, rec[k], v, line)
			}
		}
	}
	if !found {
		t.Errorf("no \"reply undelivered\" record in:\n%s", strings.Join(lines, "\n"))
	}
}
