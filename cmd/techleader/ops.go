package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/observe"
)

// loadOpsConfig reads HTTP_ADDR (default ":8080").
func loadOpsConfig() (observe.Config, error) {
	var c observe.Config
	err := loadEnv(&c)
	return c, err
}

// opsServer serves /healthz, /readyz and /metrics (see observe.Handler).
type opsServer struct {
	bg *backgroundServer
}

// startOps listens on cfg.HTTPAddr and serves the ops endpoints in the
// background until Stop. Listening errors (address in use) are returned
// at once. Requests' contexts derive from ctx.
func startOps(ctx context.Context, cfg observe.Config, checks []observe.Check, reg *prometheus.Registry, log *slog.Logger) (*opsServer, error) {
	bg, err := serveInBackground(ctx, cfg.HTTPAddr, &http.Server{
		Handler:           observe.Handler(reg, checks...),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       time.Minute,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	})
	if err != nil {
		return nil, fmt.Errorf("ops server: listen on HTTP_ADDR %q: %w", cfg.HTTPAddr, err)
	}
	log.Info("ops server listening", "addr", bg.addr)
	return &opsServer{bg: bg}, nil
}

// Addr is the address the server listens on (with the real port when
// HTTP_ADDR asked for port 0).
func (o *opsServer) Addr() string { return o.bg.addr }

// Stop shuts the server down gracefully, bounded by ctx, and returns the
// error that ended serving, if any.
func (o *opsServer) Stop(ctx context.Context) error { return o.bg.stop(ctx) }

// redisReady is a readiness check that pings Redis.
func redisReady(c redis.UniversalClient) observe.Check {
	return observe.Check{Name: "redis", Func: func(ctx context.Context) error { return c.Ping(ctx).Err() }}
}
