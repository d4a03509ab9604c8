package teams

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Deps are what a Bot works with. Engine is required.
type Deps struct {
	Engine bot.Engine
	// Refs keeps the users' conversation references (nil: in memory,
	// living SessionTTL).
	Refs       RefStore
	SessionTTL time.Duration
	// Dedupe remembers handled activities across replicas (nil: none).
	Dedupe bot.Deduper
	// Metrics and Log may be nil.
	Metrics Metrics
	Log     *slog.Logger
	// Client makes the outbound requests (tokens, keys, connector); nil:
	// clients with timeouts.
	Client *http.Client
	// ConsultantName names a consultant of the handoff desk (a desk id)
	// for Teams users; nil or "": "a consultant".
	ConsultantName func(ctx context.Context, id string) string
}

// Bot is the Teams front end: its messaging endpoint (Handler), a Runner
// that runs each conversation's turns in order on a worker pool (with
// dedupe across replicas) through the shared reply policy (bot.Core), a
// Surface over the Bot Connector, and the handoff's side for Teams users.
// Create it with New, attach the handoff with SetHandoffs, then Run.
type Bot struct {
	cfg      Config
	eng      bot.Engine
	core     *bot.Core
	handoffs *handoff.Service
	refs     RefStore
	dedupe   bot.Deduper
	trusted  *ServiceURLs
	auth     *Authenticator
	conn     *Connector
	pool     *bot.Pool
	handler  *Handler
	metrics  Metrics
	log      *slog.Logger
	names    func(ctx context.Context, id string) string

	mu       sync.RWMutex // guards closed against Submit on a closed pool
	closed   bool
	stopping atomic.Bool
	inflight atomic.Int64 // requests in the handler
}

var _ Runner = (*Bot)(nil)

// New checks cfg and builds a Bot; it does no I/O.
func New(cfg Config, d Deps) (*Bot, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if d.Engine == nil {
		return nil, errors.New("teams: no engine")
	}
	b := &Bot{cfg: cfg, eng: d.Engine, refs: d.Refs, dedupe: d.Dedupe, metrics: d.Metrics, log: d.Log,
		names: d.ConsultantName, trusted: NewServiceURLs()}
	if b.metrics == nil {
		b.metrics = nopMetrics{}
	}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	if b.refs == nil {
		b.refs = NewMemRefs(d.SessionTTL, nil)
	}
	var err error
	b.auth, err = NewAuthenticator(AuthConfig{AppID: cfg.AppID, MetadataURL: cfg.OpenIDMetadataURL, Client: d.Client, Logger: b.log})
	if err != nil {
		return nil, err
	}
	b.conn, err = NewConnector(ConnectorConfig{AppID: cfg.AppID, AppPassword: cfg.AppPassword, TokenURL: cfg.TokenURL,
		TenantID: cfg.TenantID, Trusted: b.trusted, Client: d.Client, Logger: b.log, Metrics: b.metrics})
	if err != nil {
		return nil, err
	}
	b.handler, err = NewHandler(HandlerConfig{Auth: b.auth, Trusted: b.trusted, Runner: b,
		InvokeTimeout: cfg.InvokeTimeout, Metrics: b.metrics, Logger: b.log})
	if err != nil {
		return nil, err
	}
	b.pool = bot.NewPool(bot.PoolConfig{Workers: cfg.Workers, QueueSize: cfg.QueueSize, HandleTimeout: cfg.HandleTimeout,
		DedupeTTL: cfg.DedupeTTL, DedupePrefix: Platform + ":"}, d.Dedupe, b.metrics, b.log)
	b.core = bot.NewCore(d.Engine, nil, b.log)
	return b, nil
}

// SetHandoffs lets Teams users ask for a consultant through s, whose
// desk is elsewhere (the Slack consultants' channel): register
// HandoffUsers with s for Platform first. Without it, a request for a
// consultant says plainly that there is no desk. Call it before Run.
func (b *Bot) SetHandoffs(s *handoff.Service) {
	b.handoffs = s
	var hs bot.Handoffs // stays a nil interface without a service
	if s != nil {
		hs = s
	}
	b.core = bot.NewCore(b.eng, hs, b.log)
}

// Handler is the bot's messaging endpoint, on MessagesPath.
func (b *Bot) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle(MessagesPath, b.handler)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.inflight.Add(1)
		defer b.inflight.Add(-1)
		mux.ServeHTTP(w, r)
	})
}

// Ready reports whether the bot takes activities: the signing keys are
// loaded and it is not shutting down.
func (b *Bot) Ready() error {
	if b.stopping.Load() {
		return errors.New("shutting down")
	}
	return b.auth.Ready()
}

// Run listens on TEAMS_ADDR and serves until ctx ends (see Serve).
func (b *Bot) Run(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", b.cfg.Addr)
	if err != nil {
		return fmt.Errorf("teams: listen on TEAMS_ADDR %q: %w", b.cfg.Addr, err)
	}
	return b.Serve(ctx, ln)
}

// Serve serves the messaging endpoint on ln until ctx ends; then it stops
// taking activities, answers the requests under way (card clicks wait for
// their turn), finishes the queued turns within TEAMS_SHUTDOWN_TIMEOUT
// and returns nil. An activity not answered 200 is delivered again by the
// Bot Framework, to this or another replica. Run or Serve is called once.
func (b *Bot) Serve(ctx context.Context, ln net.Listener) error {
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	b.pool.Start(workCtx)
	var wg sync.WaitGroup
	defer wg.Wait()
	keysCtx, stopKeys := context.WithCancel(ctx)
	defer stopKeys()
	wg.Go(func() { b.loadKeys(keysCtx) })

	srv := &http.Server{
		Handler:           b.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      b.cfg.InvokeTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(b.log.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	b.log.Info("teams endpoint listening", "addr", ln.Addr().String(), "path", MessagesPath)

	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
		err = fmt.Errorf("teams: serve: %w", err)
	}
	b.stopping.Store(true)
	b.stopHTTP(srv)
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	if !bot.Drain(b.cfg.ShutdownTimeout, stopWork, b.pool) {
		b.log.Warn("teams: shutdown timeout: remaining turns cancelled")
	}
	b.log.Info("teams front end stopped")
	return err
}

// stopHTTP stops taking requests, waits (up to TEAMS_SHUTDOWN_TIMEOUT)
// until the requests under way are answered, then closes every
// connection. http.Server.Shutdown alone would also wait 5 s for each
// connection that was opened but sent nothing yet.
func (b *Bot) stopHTTP(srv *http.Server) {
	done := make(chan struct{})
	go func() {
		_ = srv.Shutdown(context.Background())
		close(done)
	}()
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	deadline := time.Now().Add(b.cfg.ShutdownTimeout)
wait:
	for b.inflight.Load() > 0 && time.Now().Before(deadline) {
		select {
		case <-done:
			break wait
		case <-t.C:
		}
	}
	_ = srv.Close()
	<-done
}

// loadKeys loads the signing keys at start, trying again until they are
// loaded or ctx ends.
func (b *Bot) loadKeys(ctx context.Context) {
	wait := time.Second
	for {
		err := b.auth.LoadKeys(ctx)
		if err == nil {
			return
		}
		b.log.Warn("teams: signing keys not loaded; trying again", "err", err, "in", wait)
		if sleepCtx(ctx, wait) != nil {
			return
		}
		wait = min(2*wait, time.Minute)
	}
}

// Errors of Accept.
var (
	errBusy     = errors.New("teams: worker queue full")
	errStopping = errors.New("teams: shutting down")
)

// submit queues j unless the bot is shutting down or j's queue is full.
func (b *Bot) submit(j bot.Job) error {
	b.mu.RLock()
	defer b.mu.RUnlock()
	switch {
	case b.closed:
		return errStopping
	case !b.pool.Submit(j):
		return errBusy
	}
	return nil
}

// job is the pool job of turn t, without its work.
func (b *Bot) job(t *Turn) bot.Job {
	kind := t.Kind.String()
	return bot.Job{Shard: t.Key.String(), Kind: kind, Received: time.Now(),
		Log: b.log.With("kind", kind, "activity", t.Activity.ID, "conversation_type", t.Activity.ConversationType(),
			"tenant", t.Key.Team, "user", t.Key.User)}
}

// Accept queues a message, install or uninstall turn, deduplicated by
// conversation and activity id.
func (b *Bot) Accept(t *Turn) error {
	j := b.job(t)
	if t.Activity.ID != "" {
		j.DedupeID = t.Activity.Conversation.ID + " " + t.Activity.ID
	}
	j.Run = func(ctx context.Context) { b.runTurn(ctx, t) }
	return b.submit(j)
}

// Texts of card clicks.
const (
	// textClicked answers a click whose effect is a new message (the
	// clicked card stays as it is).
	textClicked = "Got it."
	// textStillWorking answers a click whose turn did not finish in time;
	// its effect still follows.
	textStillWorking = "Got it — one moment, please."
)

// Invoke runs a card click in order with the conversation's other turns
// and returns its invoke response: the clicked question replaced by its
// answer, the contact form again with its errors, a note only the clicker
// sees, or a short acknowledgement. When ctx ends first it answers at
// once; the click's effect still follows, by connector calls.
func (b *Bot) Invoke(ctx context.Context, t *Turn) (*InvokeResponse, error) {
	inv := newInvoke()
	j := b.job(t)
	j.Run = func(ctx context.Context) {
		defer inv.finish()
		b.runClick(ctx, t, inv)
	}
	if err := b.submit(j); err != nil {
		b.metrics.Refused(RefusedBusy)
		return MessageResponse(TextBusy), nil
	}
	select {
	case <-inv.ready:
		return inv.response(), nil
	case <-ctx.Done():
		if res := inv.abandon(); res != nil {
			return res, nil
		}
		j.Log.Warn("teams: card click not answered in time; it goes on")
		return MessageResponse(textStillWorking), nil
	}
}

// invoke is the answer a card click's turn gives its waiting request.
type invoke struct {
	mu        sync.Mutex
	res       *InvokeResponse
	abandoned bool
	ready     chan struct{}
}

func newInvoke() *invoke { return &invoke{ready: make(chan struct{})} }

// respond sets the answer; false when one was set or the request stopped
// waiting (the caller then does its part by connector calls).
func (v *invoke) respond(res *InvokeResponse) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.abandoned || v.res != nil {
		return false
	}
	v.res = res
	close(v.ready)
	return true
}

// finish answers a turn that set no answer; a panicking turn is answered
// as failed (the pool recovers the panic).
func (v *invoke) finish() {
	if r := recover(); r != nil {
		v.respond(MessageResponse(TextInvokeFailed))
		panic(r)
	}
	v.respond(MessageResponse(textClicked))
}

func (v *invoke) response() *InvokeResponse {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.res
}

// abandon stops waiting: it returns the answer if one was set just now,
// else nil, and later answers are refused.
func (v *invoke) abandon() *InvokeResponse {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.res != nil {
		return v.res
	}
	v.abandoned = true
	return nil
}

// logFor is the logger of the turn running under ctx.
func (b *Bot) logFor(ctx context.Context) *slog.Logger { return conversation.LoggerFrom(ctx, b.log) }
