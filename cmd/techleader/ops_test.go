package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/observe"
)

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestOpsServer(t *testing.T) {
	m := observe.NewMetrics()
	m.Reconnect("warning")
	mr := miniredis.RunT(t)
	rc := redis.NewClient(&redis.Options{Addr: mr.Addr(), MaxRetries: -1})
	t.Cleanup(func() { _ = rc.Close() })
	var slackDown atomic.Bool
	checks := []observe.Check{
		{Name: "slack", Func: func(context.Context) error {
			if slackDown.Load() {
				return errors.New("socket down")
			}
			return nil
		}},
		redisReady(rc),
	}
	o, err := startOps(t.Context(), observe.Config{HTTPAddr: "127.0.0.1:0"}, checks, m.Registry(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + o.Addr()

	if code, _ := httpGet(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d", code)
	}
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusOK {
		t.Errorf("/readyz = %d %q", code, body)
	}
	mr.Close()
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "redis") {
		t.Errorf("/readyz with Redis down = %d %q", code, body)
	}
	slackDown.Store(true)
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: socket down") {
		t.Errorf("/readyz with Slack down = %d %q", code, body)
	}
	if code, body := httpGet(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz with dependencies down = %d %q (liveness must not depend on them)", code, body)
	}
	if code, body := httpGet(t, base+"/metrics"); code != http.StatusOK || !strings.Contains(body, `techleader_slack_reconnects_total{reason="warning"} 1`) {
		t.Errorf("/metrics = %d, lacks the reconnect counter:\n%.1500s", code, body)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := o.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if _, err := (&http.Client{Timeout: time.Second}).Get(base + "/healthz"); err == nil {
		t.Error("the server still answers after Stop")
	}
}

func TestOpsServerAddressInUse(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	reg := prometheus.NewRegistry()
	first, err := startOps(t.Context(), observe.Config{HTTPAddr: "127.0.0.1:0"}, nil, reg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Stop(context.Background())
	_, err = startOps(t.Context(), observe.Config{HTTPAddr: first.Addr()}, nil, reg, log)
	if err == nil || !strings.Contains(err.Error(), "HTTP_ADDR") {
		t.Errorf("second listener on %s: err = %v, want one naming HTTP_ADDR", first.Addr(), err)
	}
}

func TestOpsConfig(t *testing.T) {
	t.Setenv("HTTP_ADDR", "")
	os.Unsetenv("HTTP_ADDR")
	c, err := loadOpsConfig()
	if err != nil || c.HTTPAddr != ":8080" {
		t.Errorf("default: %+v, %v; want :8080", c, err)
	}
	t.Setenv("HTTP_ADDR", "127.0.0.1:9090")
	if c, err := loadOpsConfig(); err != nil || c.HTTPAddr != "127.0.0.1:9090" {
		t.Errorf("HTTP_ADDR set: %+v, %v", c, err)
	}
}
