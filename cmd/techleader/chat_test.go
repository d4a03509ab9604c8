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
