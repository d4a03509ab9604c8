package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/bot/web/memweb"
	"github.com/springfield/techleader/bot/web/redisweb"
	"github.com/springfield/techleader/conversation/handoff"
)

// The web chat in `serve` (WEB_ADDR), and what `techleader web` shares
// with it: its stores and its listener.

// webPushesKept is how many pushes (consultants' messages, notes) a
// session keeps for a visitor who comes back.
const webPushesKept = 200

// webShutdown bounds the web listener's graceful shutdown.
const webShutdown = 5 * time.Second

// webStores are the web chat's stores: in Redis through client when it is
// set (shared by replicas), else in memory. Close ends the push log's
// subscription.
type webStores struct {
	pushes   web.PushLog
	limiter  web.Limiter
	sessions web.Sessions
	close    func()
}

func newWebStores(client redis.UniversalClient, prefix string, ttl time.Duration) webStores {
	if client == nil {
		return webStores{pushes: memweb.NewPushLog(webPushesKept, ttl), limiter: memweb.NewLimiter(),
			sessions: memweb.NewSessions(), close: func() {}}
	}
	pushes := redisweb.NewPushLog(client, webPushesKept, ttl, redisweb.WithPrefix(prefix))
	return webStores{
		pushes: pushes, limiter: redisweb.NewLimiter(client, redisweb.WithPrefix(prefix)),
		sessions: redisweb.NewSessions(client, redisweb.WithPrefix(prefix)), close: func() { _ = pushes.Close() },
	}
}

// webFront is the web chat of serve. It is prepared before the Slack bot,
// whose handoff service reaches web visitors through its user side, and
// started once that service exists (or not: no consultants' desk).
type webFront struct {
	cfg     web.Config
	stores  webStores
	users   handoff.UserSide
	metrics web.Metrics
	log     *slog.Logger
}

// prepareWeb returns the web chat of cfg, nil when WEB_ADDR is not set.
func prepareWeb(cfg web.Config, client redis.UniversalClient, prefix string, metrics web.Metrics, log *slog.Logger) *webFront {
	if cfg.Addr == "" {
		return nil
	}
	stores := newWebStores(client, prefix, cfg.SessionTTL)
	return &webFront{cfg: cfg, stores: stores, users: web.NewUserSide(stores.pushes), metrics: metrics,
		log: log.With("component", "web")}
}

// start builds the web server over eng and handoffs (nil: no
// consultants' desk) and listens on WEB_ADDR; the front end serves until
// its run's ctx ends, then closes its event streams and shuts down.
func (w *webFront) start(ctx context.Context, eng bot.Engine, handoffs *handoff.Service) (frontEnd, error) {
	var hs web.Handoffs
	if handoffs != nil {
		hs = handoffs
	} else {
		w.log.Warn("no consultants' desk (Slack with CONSULTANT_CHANNEL): the web chat says consultants aren't connected")
	}
	srv, err := web.New(w.cfg, web.Deps{Engine: eng, Pushes: w.stores.pushes, Limiter: w.stores.limiter,
		Sessions: w.stores.sessions, Handoffs: hs, Metrics: w.metrics, Logger: w.log})
	if err != nil {
		w.stores.close()
		return frontEnd{}, err
	}
	l, err := listenWeb(ctx, w.cfg.Addr, srv, w.log)
	if err != nil {
		w.stores.close()
		return frontEnd{}, err
	}
	return frontEnd{
		name:  "web",
		ready: observe.Check{Name: "web", Func: l.ready},
		run: func(ctx context.Context) error {
			err := l.serveUntil(ctx)
			w.stores.close()
			return err
		},
	}, nil
}

// webListener serves a web.Server on a listener of its own: public, apart
// from the operations port.
type webListener struct {
	web  *web.Server
	bg   *backgroundServer
	addr string
}

// listenWeb listens on addr and serves srv in the background. Listening
// errors (address in use) are returned at once.
func listenWeb(ctx context.Context, addr string, srv *web.Server, log *slog.Logger) (*webListener, error) {
	bg, err := serveInBackground(ctx, addr, &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		// No WriteTimeout: it would end every event stream; the
		// server gives each write a deadline of its own.
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 32 << 10,
		BaseContext:    func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
		ErrorLog:       slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	})
	if err != nil {
		return nil, fmt.Errorf("web chat: listen on WEB_ADDR %q: %w", addr, err)
	}
	log.Info("web server listening", "addr", bg.addr)
	return &webListener{web: srv, bg: bg, addr: bg.addr}, nil
}

// serveUntil serves until ctx ends, then stops: the open event streams
// end first (their pages reconnect, to another replica if this one is
// going away), since Shutdown does not wait for long requests to end by
// themselves.
func (l *webListener) serveUntil(ctx context.Context) error {
	select {
	case err := <-l.bg.done:
		return fmt.Errorf("web chat: %w", err)
	case <-ctx.Done():
	}
	l.web.Close()
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), webShutdown)
	defer cancel()
	return l.bg.stop(sctx)
}

// ready reports whether the listener accepts connections.
func (l *webListener) ready(ctx context.Context) error {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", l.addr)
	if err != nil {
		return fmt.Errorf("not accepting connections on %s", l.addr)
	}
	return c.Close()
}
