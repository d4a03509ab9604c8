package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// clearSlackEnv unsets the variables serve reads, for the test, and
// points HTTP_ADDR at a free loopback port: a test never binds :8080.
func clearSlackEnv(t *testing.T) {
	for _, k := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "SLACK_API_URL", "SLACK_WATCHDOG", "TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "REDIS_URL", "REDIS_PREFIX", "LOG_LEVEL",
		"CONSULTANT_CHANNEL", "SESSION_TTL", "WEB_ADDR", "WEB_ALLOWED_ORIGINS"} {
		t.Setenv(k, "") // restored after the test
		os.Unsetenv(k)
	}
	t.Setenv("HTTP_ADDR", "127.0.0.1:0")
}

func TestDefaultWithoutTokensExplains(t *testing.T) {
	clearSlackEnv(t)
	var out, errOut bytes.Buffer
	err := run(context.Background(), nil, strings.NewReader(""), &out, &errOut)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	for _, want := range []string{"slack-app-manifest.yaml", "SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "connections:write", "techleader chat", "techleader web", "WEB_ADDR"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("guide lacks %q:\n%s", want, out.String())
		}
	}
}

func TestServeConfigErrors(t *testing.T) {
	const secret = "xoxp-very-secret-user-token"
	tests := []struct {
		name    string
		env     map[string]string
		want    string
		notWant string
	}{
		{"missing app token", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_APP_TOKEN is not set", ""},
		{"no front end", map[string]string{"LOG_LEVEL": "info"}, "nothing to serve: set SLACK_APP_TOKEN and SLACK_BOT_TOKEN for Slack, TEAMS_APP_ID for Teams, WEB_ADDR for the web chat", ""},
		{"missing bot token with the web chat", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "WEB_ADDR": "127.0.0.1:0"}, "SLACK_BOT_TOKEN is not set", ""},
		{"bad web origin", map[string]string{"WEB_ADDR": "127.0.0.1:0", "WEB_ALLOWED_ORIGINS": "https://a.example/page"}, `WEB_ALLOWED_ORIGINS: "https://a.example/page" is not an origin`, ""},
		{"bad web rate", map[string]string{"WEB_ADDR": "127.0.0.1:0", "WEB_RATE": "fast"}, `invalid WEB_RATE "fast"`, ""},
		{"user token as bot token", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": secret}, `SLACK_BOT_TOKEN does not look like the bot token (it should start with "xoxb-")`, secret},
		{"swapped tokens", map[string]string{"SLACK_APP_TOKEN": "xoxb-1", "SLACK_BOT_TOKEN": "xapp-1"}, "SLACK_APP_TOKEN does not look like", "xoxb-1"},
		{"bad log level", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1", "LOG_LEVEL": "loud"}, `serve: invalid LOG_LEVEL "loud": want debug, info, warn or error`, ""},
		{"bad duration", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_WATCHDOG": "soon"}, `serve: invalid SLACK_WATCHDOG "soon": time: invalid duration "soon"`, ""},
		{"negative duration", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_WATCHDOG": "-1m"}, `serve: invalid SLACK_WATCHDOG "-1m": must not be negative`, ""},
		{"empty duration", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1", "SESSION_TTL": ""}, `serve: invalid SESSION_TTL "": time: invalid duration ""`, ""},
		{"bad ops address", map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1", "HTTP_ADDR": "127.0.0.1:http-ops"}, "HTTP_ADDR", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearSlackEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			err := run(context.Background(), []string{"serve"}, strings.NewReader(""), &out, &errOut)
			if err == nil {
				t.Fatal("serve succeeded")
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error %q lacks %q", msg, tt.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error is not one line: %q", msg)
			}
			if tt.notWant != "" && strings.Contains(msg+errOut.String()+out.String(), tt.notWant) {
				t.Errorf("output leaks %q", tt.notWant)
			}
		})
	}
}

// TestServeAgainstFakeSlack runs `techleader` (no sub-command) with tokens
// set against the fake Slack: it serves, answers a DM and stops cleanly.
func TestServeAgainstFakeSlack(t *testing.T) {
	clearSlackEnv(t)
	s := slacktest.New(t)
	t.Setenv("SLACK_APP_TOKEN", slacktest.AppToken)
	t.Setenv("SLACK_BOT_TOKEN", slacktest.BotToken)
	t.Setenv("SLACK_API_URL", strings.TrimSuffix(s.APIURL(), "/")) // the slash is added
	if u := os.Getenv("TEST_REDIS_URL"); u != "" {
		t.Setenv("REDIS_URL", u)
	}
	proc := runInBackground(t, nil)

	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer wcancel()
	if err := s.WaitConnections(wctx, 1); err != nil {
		t.Fatal(err)
	}
	dm := slacktest.IMChannel("U1")
	if _, err := s.WaitAck(wctx, s.Send(s.MessageIM("U1", dm, "What does a CTO do?"))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitMessage(wctx, func(m slacktest.Message) bool { return m.Channel == dm }); err != nil {
		t.Fatal(err)
	}
	proc.stop(wctx, t, "run")
	if strings.Contains(proc.errOut.String(), slacktest.BotToken) || strings.Contains(proc.errOut.String(), slacktest.AppToken) {
		t.Error("a token reached the logs")
	}
}

func TestServeInvalidTokenStops(t *testing.T) {
	clearSlackEnv(t)
	s := slacktest.New(t)
	t.Setenv("SLACK_APP_TOKEN", slacktest.AppToken)
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-wrong")
	t.Setenv("SLACK_API_URL", s.APIURL())
	var out, errOut bottest.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := run(ctx, []string{"serve"}, strings.NewReader(""), &out, &errOut)
	if !errors.Is(err, slackbot.ErrFatal) || !strings.Contains(err.Error(), "invalid_auth") {
		t.Fatalf("err = %v, want a fatal invalid_auth", err)
	}
	if strings.Contains(err.Error()+errOut.String(), "xoxb-wrong") {
		t.Error("the token leaked")
	}
}

// TestDefaultWithWebAddrServes: plain `techleader` with WEB_ADDR and no
// Slack tokens serves the web chat, and stops cleanly.
func TestDefaultWithWebAddrServes(t *testing.T) {
	clearSlackEnv(t)
	t.Setenv("WEB_ADDR", "127.0.0.1:0")
	proc := runInBackground(t, nil)
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second) // hang guard
	defer wcancel()
	v := newWebClient(t, waitLogAddr(wctx, t, &proc.errOut, "web server listening"))
	v.state()
	if got := allText(v.say("what does a CIO do?")); !strings.Contains(strings.ToLower(got), "chief information officer") {
		t.Errorf("the answer: %q", got)
	}
	proc.stop(wctx, t, "run")
	if strings.Contains(proc.out.String(), "nothing to serve") {
		t.Error("the setup guide was printed")
	}
}
