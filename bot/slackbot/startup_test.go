package slackbot_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// TestStartUpRetriesWhatRetryingCanFix answers the first auth.test calls
// with failures that may pass (5xx, 429, Slack's internal_error, an answer
// Slack may not give next time): Run keeps trying, Ready names the cause
// meanwhile, and the bot connects once Slack answers.
func TestStartUpRetriesWhatRetryingCanFix(t *testing.T) {
	tests := []struct {
		name  string
		fault slacktest.Fault
		cause string // in Ready's error while it retries
	}{
		{"5xx", slacktest.Fault{Status: 503}, "503"},
		{"429", slacktest.Fault{Status: 429, RetryAfter: "0"}, "rate limit"},
		{"internal_error", slacktest.Fault{Error: "internal_error"}, "internal_error"},
		{"unexpected answer", slacktest.Fault{Error: "team_added_to_org"}, "team_added_to_org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			const failures = 3
			h.s.FailNext("auth.test", failures, tt.fault)
			b, err := slackbot.New(startUpConfig(h.s), h.eng, h.store, testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(h.ctx)
			done := make(chan error, 1)
			go func() { done <- b.Run(ctx) }()
			defer func() {
				cancel()
				if err := <-done; err != nil {
					t.Errorf("Run: %v", err)
				}
			}()
			waitReady(t, b, "unready naming auth.test", func(err error) bool {
				return err != nil && strings.Contains(err.Error(), "not connected (auth.test: ") && strings.Contains(err.Error(), tt.cause)
			})
			waitReady(t, b, "ready", func(err error) bool { return err == nil })
			if n := len(h.s.Calls("auth.test")); n != failures+1 {
				t.Errorf("auth.test called %d times, want %d", n, failures+1)
			}
		})
	}
}

// TestStartUpStopsOnARefusedToken: the answers retrying cannot fix stop
// Run at once with a fatal error naming the bot token, after one call.
func TestStartUpStopsOnARefusedToken(t *testing.T) {
	for _, code := range []string{"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type"} {
		t.Run(code, func(t *testing.T) {
			h := newHarness(t)
			h.s.FailNext("auth.test", 1, slacktest.Fault{Error: code})
			b, err := slackbot.New(startUpConfig(h.s), h.eng, h.store, testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			err = b.Run(h.ctx)
			if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") || !strings.Contains(err.Error(), code) {
				t.Errorf("Run = %v, want a fatal error naming SLACK_BOT_TOKEN and %s", err, code)
			}
			if n := len(h.s.Calls("auth.test")); n != 1 {
				t.Errorf("auth.test called %d times, want 1", n)
			}
		})
	}
}

// TestStartUpStopsWhenCancelled: Run, retrying an unreachable Slack,
// returns nil when its context ends.
func TestStartUpStopsWhenCancelled(t *testing.T) {
	h := newHarness(t)
	h.s.FailNext("auth.test", 1000, slacktest.Fault{Status: 502})
	cfg := startUpConfig(h.s)
	cfg.ReconnectBackoff = time.Minute // cancelled while it sleeps
	b, err := slackbot.New(cfg, h.eng, h.store, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(h.ctx)
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	waitReady(t, b, "unready naming auth.test", func(err error) bool {
		return err != nil && strings.Contains(err.Error(), "auth.test")
	})
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-h.ctx.Done():
		t.Fatal("Run did not return")
	}
}

// startUpConfig is testConfig with start-up retries quick enough to watch.
func startUpConfig(s *slacktest.Server) slackbot.Config {
	cfg := testConfig(s)
	cfg.ReconnectBackoff = 20 * time.Millisecond
	cfg.ReconnectBackoffMax = 80 * time.Millisecond
	return cfg
}
