package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// chatEnvVars are the variables chat reads (USER aside).
var chatEnvVars = []string{"SESSION_TTL", "LOG_LEVEL", "REDIS_URL", "REDIS_SENTINEL_ADDRS", "REDIS_SENTINEL_MASTER", "REDIS_CLUSTER_ADDRS", "REDIS_PASSWORD", "REDIS_TLS"}

// setChatEnv unsets the variables chat reads and then sets vars, for the
// rest of the test (so the test cannot be parallel).
func setChatEnv(t *testing.T, vars map[string]string) {
	t.Helper()
	for _, k := range chatEnvVars {
		t.Setenv(k, "") // restored after the test
		os.Unsetenv(k)
	}
	for k, v := range vars {
		t.Setenv(k, v)
	}
}

// runChatWith runs "techleader chat" with the environment vars (see
// setChatEnv) and stdin, and returns stdout.
func runChatWith(t *testing.T, vars map[string]string, stdin string) (string, error) {
	t.Helper()
	setChatEnv(t, vars)
	return runChatStdin(t, stdin)
}

// runChatStdin runs "techleader chat" in the current environment with
// stdin, and returns stdout.
func runChatStdin(t *testing.T, stdin string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errOut,
	}
	err := runChat(context.Background(), nil, e)
	if errOut.Len() > 0 {
		t.Logf("stderr:\n%s", errOut.String())
	}
	return out.String(), err
}

func TestChatFullAssessmentByNumbers(t *testing.T) {
	tests := []struct {
		name  string
		input []string
		want  string
	}{
		{"scaling fintech with budget", []string{"/start", "3", "2", "3", "2", "3", "3", "3", "3", "2", "1"}, "Recommendation: Both a CIO and a CTO"},
		{"15-person startup on a small budget, typed", []string{"start the assessment", "15", "1", "2", "1", "1", "2", "3", "3", "2", "3"}, "Recommendation: A virtual CTO"},
		{"logistics firm, words and numbers", []string{"assess me", "about 300 people", "established", "3", "2", "data silos", "ransomware", "no", "somewhat", "1", "yes"}, "Recommendation: A CIO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runChatWith(t, nil, strings.Join(tt.input, "\n")+"\n")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
			if n := strings.Count(out, "Noted: "); n != 10 {
				t.Errorf("%d answers noted, want 10", n)
			}
			for _, s := range []string{"Question 10 of 10", "  1) 1–10 people", "Why:", "/consult (Talk to a consultant)"} {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q", s)
				}
			}
		})
	}
}

func TestChatWelcomeAndQuit(t *testing.T) {
	out, err := runChatWith(t, nil, "/quit\nhello\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "run a short assessment") || !strings.Contains(out, "Bye.") {
		t.Errorf("output:\n%s", out)
	}
	if strings.Contains(out, "Hi!") {
		t.Error("kept reading after /quit")
	}
}

// TestChatBareQuitWords: "quit", "exit" or "bye" as the whole message
// ends the chat like /quit, also mid-assessment; inside a sentence they
// do not.
func TestChatBareQuitWords(t *testing.T) {
	for _, input := range []string{"quit\nhello\n", "exit\nhello\n", "bye\nhello\n", "Bye!\nhello\n", "/start\nQuit\nhello\n"} {
		out, err := runChatWith(t, nil, input)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "Bye.") || strings.Contains(out, "Hi!") {
			t.Errorf("%q: want the chat to end:\n%s", input, out)
		}
	}
	out, err := runChatWith(t, nil, "how do I exit a contract with our IT vendor?\n")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "Bye.") {
		t.Errorf("a question mentioning exit ended the chat:\n%s", out)
	}
}

func TestChatQuestionMidAssessment(t *testing.T) {
	out, err := runChatWith(t, nil, "/start\n2\nwhat does a CTO do?\n1\n")
	if err != nil {
		t.Fatal(err)
	}
	q2 := strings.Count(out, "Question 2 of 10")
	if q2 != 2 {
		t.Errorf("question 2 asked %d times, want 2 (before and after the knowledge answer):\n%s", q2, out)
	}
	if !strings.Contains(out, "Chief Technology Officer") {
		t.Errorf("no knowledge answer:\n%s", out)
	}
	if !strings.Contains(out, "Noted: Early-stage startup") || !strings.Contains(out, "Question 3 of 10") {
		t.Errorf("the place was lost:\n%s", out)
	}
}

func TestChatCommands(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"back", "/start\n1\n/back\n", "Going back one question."},
		{"restart", "/start\n1\n/restart\n", "Starting over."},
		{"cancel", "/start\n/cancel\n", "Assessment cancelled"},
		{"unknown", "/frobnicate\n", "Unknown command."},
		{"status", "/start\n1\n/status\n", "question 2 of 10"},
		{"consult", "/consult\n", "a consultant would now be asked"},
		{"typed handoff", "can I talk to a human?\n", "a consultant would now be asked"},
		{"forget", "/start\n/forget\n/status\n", "haven't taken the assessment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runChatWith(t, nil, tt.input)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

// TestChatHandoffSaysItOnce: the handoff reply is not followed by the
// contact article, which says the same thing again.
func TestChatHandoffSaysItOnce(t *testing.T) {
	for _, input := range []string{"/consult\n", "can i talk to a human?\n"} {
		out, err := runChatWith(t, nil, input)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(out, "Happy to put you in touch"); n != 1 {
			t.Errorf("%q: %d handoff texts, want 1:\n%s", input, n, out)
		}
		if strings.Contains(out, "talk to a human") || strings.Contains(out, "Start the assessment first") {
			t.Errorf("%q: output repeats the contact article:\n%s", input, out)
		}
	}
}

func TestChatMalformedEnv(t *testing.T) {
	tests := []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"SESSION_TTL": "abc"}, `invalid SESSION_TTL "abc": time: invalid duration "abc"`},
		{map[string]string{"SESSION_TTL": "-1h"}, `invalid SESSION_TTL "-1h": must not be negative`},
		{map[string]string{"LOG_LEVEL": "loud"}, `invalid LOG_LEVEL "loud": want debug, info, warn or error`},
		{map[string]string{"REDIS_TLS": "maybe"}, `invalid REDIS_TLS "maybe": strconv.ParseBool: parsing "maybe": invalid syntax`},
		{map[string]string{"REDIS_URL": "mysql://x"}, `redis: REDIS_URL has scheme "mysql"`},
		{map[string]string{"REDIS_SENTINEL_ADDRS": "a:1,b:2"}, `redis: REDIS_SENTINEL_ADDRS is set but REDIS_SENTINEL_MASTER is empty`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := runChatWith(t, tt.vars, "hello\n")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("err = %v, want one line starting %q", err, tt.want)
			}
		})
	}
}

func TestChatEnvThroughMain(t *testing.T) {
	setChatEnv(t, map[string]string{"SESSION_TTL": "abc"})
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"chat"}, strings.NewReader(""), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), `invalid SESSION_TTL "abc"`) {
		t.Errorf("run chat with SESSION_TTL=abc: err = %v", err)
	}
}

func TestChatPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*CIO* and *CTO*", "CIO and CTO"},
		{"an _important_ point", "an important point"},
		{"see https://example.com/a_b_c now", "see https://example.com/a_b_c now"},
		{"• bullet", "• bullet"},
		{"2 * 3", "2 * 3"},
	}
	for _, tt := range tests {
		if got := plainText(tt.in); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestChatResumesOnRedis restarts the process between two answers: with
// REDIS_URL set, the second run resumes at the same question.
func TestChatResumesOnRedis(t *testing.T) {
	c, _ := redistest.New(t)
	client, ok := c.(*redis.Client)
	if !ok {
		t.Skip("redistest returned a non-single-node client")
	}
	url := "redis://" + client.Options().Addr + "/" + strconv.Itoa(client.Options().DB)
	var b [6]byte
	_, _ = rand.Read(b[:])
	// Set before the cleanup is registered, so still set when it runs.
	setChatEnv(t, map[string]string{"REDIS_URL": url, "USER": "chattest-" + hex.EncodeToString(b[:])})
	t.Cleanup(func() {
		// Leave nothing behind on a shared Redis.
		if _, err := runChatStdin(t, "/forget\n"); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})

	out, err := runChatStdin(t, "/start\n3\n2\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Question 3 of 10") {
		t.Fatalf("first run did not reach question 3:\n%s", out)
	}
	out, err = runChatStdin(t, "1\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Welcome back: you're on question 3 of 10") {
		t.Errorf("second run did not resume:\n%s", out)
	}
	if !strings.Contains(out, "Noted: A little: basic tools") || !strings.Contains(out, "Question 4 of 10") {
		t.Errorf("second run did not take the answer to question 3:\n%s", out)
	}
}

func TestLoadChatConfig(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		want func(c chatConfig) bool
	}{
		{"defaults", map[string]string{"USER": ""}, func(c chatConfig) bool {
			return c.Conversation.SessionTTL == 720*time.Hour && slog.Level(c.LogLevel) == slog.LevelWarn && !c.Redis.Enabled() && c.User == "you"
		}},
		{"set", map[string]string{"SESSION_TTL": "1h30m", "LOG_LEVEL": "debug", "REDIS_URL": "redis://h:1/2", "REDIS_TLS": "true", "USER": "ada"}, func(c chatConfig) bool {
			return c.Conversation.SessionTTL == 90*time.Minute && slog.Level(c.LogLevel) == slog.LevelDebug && c.Redis.URL == "redis://h:1/2" && c.Redis.TLS && c.User == "ada"
		}},
		{"list", map[string]string{"REDIS_CLUSTER_ADDRS": "a:1,b:2"}, func(c chatConfig) bool {
			return slices.Equal(c.Redis.ClusterAddrs, []string{"a:1", "b:2"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setChatEnv(t, tt.vars)
			c, err := loadChatConfig()
			if err != nil {
				t.Fatal(err)
			}
			if !tt.want(c) {
				t.Errorf("config = %+v", c)
			}
		})
	}
}
