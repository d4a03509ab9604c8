package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/redis/go-redis/v9"
)

// go-redis has a logger of its own, process-global, that prints raw lines
// ("redis: 2026/11/28 … pool.go:770: redis: connection pool: failed to
// dial …") to stderr: into the chat, and between serve's JSON records.
// The commands that use Redis (chat, serve) route those lines through
// their slog logger instead, at debug level: the errors that matter reach
// the logs anyway, through the store's own error handling.
var (
	redisLogOnce sync.Once
	redisLogTo   atomic.Pointer[slog.Logger]
)

// routeRedisLogs sends go-redis's internal log lines to log, at debug
// level, until the returned function is called (after which they are
// dropped). go-redis's logger is set once per process; log only replaces
// the destination, so a later command (or test) takes over cleanly.
func routeRedisLogs(log *slog.Logger) (stop func()) {
	redisLogOnce.Do(func() { redis.SetLogger(redisLogger{}) })
	redisLogTo.Store(log)
	return func() { redisLogTo.CompareAndSwap(log, nil) }
}

// redisLogger implements go-redis's internal Logging interface.
type redisLogger struct{}

func (redisLogger) Printf(ctx context.Context, format string, v ...any) {
	log := redisLogTo.Load()
	if ctx == nil {
		ctx = context.Background()
	}
	if log == nil || !log.Enabled(ctx, slog.LevelDebug) {
		return
	}
	log.DebugContext(ctx, "redis client", "detail", strings.TrimPrefix(fmt.Sprintf(format, v...), "redis: "))
}
