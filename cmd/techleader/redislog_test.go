package main

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
)

// TestRedisLogsGoThroughSlog: go-redis's own log lines (here: failing to
// dial an unreachable Redis) become debug records of the command's slog
// logger, not raw lines on stderr; at a higher level they are dropped.
func TestRedisLogsGoThroughSlog(t *testing.T) {
	var debug, warn bottest.Buffer
	stop := routeRedisLogs(slog.New(slog.NewJSONHandler(&debug, &slog.HandlerOptions{Level: slog.LevelDebug})))
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: time.Second})
	defer client.Close()
	ctx := context.Background()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(debug.String(), `"msg":"redis client"`) && time.Now().Before(deadline) {
		_ = client.Ping(ctx).Err()
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	out := debug.String()
	if !strings.Contains(out, `"level":"DEBUG","msg":"redis client","detail":`) {
		t.Fatalf("no go-redis record through slog:\n%s", out)
	}
	for line := range strings.Lines(out) {
		if !strings.HasPrefix(line, "{") {
			t.Errorf("not a JSON record: %q", line)
		}
	}

	stop = routeRedisLogs(slog.New(slog.NewJSONHandler(&warn, &slog.HandlerOptions{Level: slog.LevelWarn})))
	defer stop()
	for range 3 {
		_ = client.Ping(ctx).Err()
	}
	redisLogger{}.Printf(ctx, "redis: %s", "a line")
	if s := warn.String(); s != "" {
		t.Errorf("go-redis lines logged above debug level:\n%s", s)
	}
}
