package main

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/springfield/techleader/bot/cli"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
)

// defaultWebAddr is where `techleader web` listens when WEB_ADDR is not
// set: this machine only.
var defaultWebAddr = net.JoinHostPort("127.0.0.1", strconv.Itoa(web.DefaultPort))

// webConfig is the configuration of `techleader web`, from the
// environment.
type webConfig struct {
	Web          web.Config
	Conversation conversation.Config
	// Redis keeps the conversations and the web sessions in Redis when
	// any REDIS_* variable is set; otherwise they are in memory.
	Redis    redisstore.Config
	LogLevel logLevel // LOG_LEVEL, default warn; logs go to stderr
}

func loadWebConfig() (webConfig, error) {
	var c webConfig
	var top struct {
		LogLevel logLevel `envconfig:"LOG_LEVEL" default:"warn"`
	}
	if err := loadEnv(&c.Web, &c.Conversation, &c.Redis, &top); err != nil {
		return c, err
	}
	c.LogLevel = top.LogLevel
	c.Web.SessionTTL = c.Conversation.SessionTTL
	if c.Web.Addr == "" {
		c.Web.Addr = defaultWebAddr
	}
	return c, nil
}

// runWeb is the web chat playground: the page and its API on WEB_ADDR
// with the engine `serve` runs, in memory or on Redis when REDIS_URL is
// set. Its consultants' desk is the terminal's simulated one (printed on
// stdout, where Sam the simulated consultant claims and answers every
// request), always in memory: a playground's cards must never reach the
// real consultants' outbox.
func runWeb(ctx context.Context, args []string, e env) error {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "usage: techleader web   (configure with WEB_ADDR, REDIS_URL, SESSION_TTL, LOG_LEVEL and the other WEB_* settings)")
		return errUsage
	}
	cfg, err := loadWebConfig()
	if err != nil {
		return err
	}
	logger, kb, stopLogs, err := startLocal(e, cfg.LogLevel, "web")
	if err != nil {
		return err
	}
	defer stopLogs()
	client, store, err := openConversations(cfg.Redis)
	if err != nil {
		return fmt.Errorf("web: redis: %w", err)
	}
	if client != nil {
		defer client.Close()
	}
	// The playground's figures stay in memory, like its handoffs; they
	// make the engine ask for ratings, as serve's does.
	figures := insights.NewMemory(insights.NewPolicy(insights.DefaultConfig(), nil))
	eng := conversation.New(kb, store, cfg.Conversation, logger, conversation.WithRecorder(insights.EngineRecorder(figures)))
	stores := newWebStores(client, cfg.Redis.Prefix, cfg.Web.SessionTTL)
	defer stores.close()

	desk, hstore := cli.NewSimulatedDesk(e.stdout), handoff.NewMemStore()
	svc, err := handoff.NewService(handoff.Deps{
		Store: hstore, Desk: desk, Users: map[string]handoff.UserSide{web.Platform: web.NewUserSide(stores.pushes)},
		Status: eng, Insights: figures, Surveys: eng, Log: logger.With("component", "handoff"),
	}, handoff.Config{Poll: 200 * time.Millisecond})
	if err != nil {
		return err
	}
	srv, err := web.New(cfg.Web, web.Deps{Engine: eng, Pushes: stores.pushes, Limiter: stores.limiter,
		Sessions: stores.sessions, Handoffs: svc, Logger: logger.With("component", "web")})
	if err != nil {
		return err
	}
	l, err := listenWeb(ctx, cfg.Web.Addr, srv, logger)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "techleader web chat: open %s in your browser (Ctrl+C to stop).\n"+
		"Ask for a consultant to see the handoff: the consultants' desk is printed here.\n", pageURL(l.addr))

	var wg sync.WaitGroup
	loops, stopLoops := context.WithCancel(ctx)
	desk.Start(loops, svc, hstore)
	wg.Go(func() { svc.Run(loops) })
	err = l.serveUntil(ctx)
	stopLoops()
	wg.Wait()
	desk.Wait()
	return err
}

// pageURL is the address to open for a listener on addr: a wildcard host
// is this machine.
func pageURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr + "/"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
