package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation/handoff"
)

// Deps are the server's collaborators.
type Deps struct {
	Engine   bot.Engine // required
	Pushes   PushLog    // required
	Limiter  Limiter    // required
	Sessions Sessions   // required
	// Handoffs, nil when no consultants' desk is connected: then the chat
	// offers no "Talk to a consultant" button and says plainly, when asked
	// for one, that consultants can't be reached from it.
	Handoffs Handoffs
	Metrics  Metrics      // nil: NopMetrics
	Logger   *slog.Logger // nil: logs are discarded
}

// Server is the web front end: the page, the widget script and the JSON
// and Server-Sent Events API behind them. It keeps no conversation state
// of its own, so any number of replicas may serve the same sessions. A
// Server is safe for concurrent use.
type Server struct {
	cfg      Config
	eng      bot.Engine
	core     *bot.Core
	pushes   PushLog
	limiter  Limiter
	sessions Sessions
	handoffs Handoffs // nil: no consultants' desk
	metrics  Metrics
	log      *slog.Logger

	pageCSP       string
	sessionLimit  Limit
	addrLimit     Limit
	assets        assets
	handler       http.Handler
	streams       atomic.Int64
	closing       context.Context
	closeStreams  context.CancelFunc
	now           func() time.Time
	crossOriginOK *http.CrossOriginProtection
}

// New returns a Server. It fails when cfg is invalid or a required
// collaborator is missing.
func New(cfg Config, d Deps) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("web config: %w", err)
	}
	if d.Engine == nil || d.Pushes == nil || d.Limiter == nil || d.Sessions == nil {
		return nil, errors.New("web: Engine, Pushes, Limiter and Sessions are required")
	}
	s := &Server{
		cfg: cfg, eng: d.Engine, pushes: d.Pushes, limiter: d.Limiter, sessions: d.Sessions,
		handoffs: d.Handoffs, metrics: d.Metrics, log: d.Logger,
		pageCSP:      pageCSP(cfg.AllowedOrigins),
		sessionLimit: Limit{Rate: cfg.Rate, Burst: cfg.Burst},
		addrLimit:    Limit{Rate: cfg.IPRate, Burst: cfg.IPBurst},
		now:          time.Now,
	}
	if s.metrics == nil {
		s.metrics = NopMetrics{}
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if svc, ok := s.handoffs.(*handoff.Service); ok && svc == nil {
		s.handoffs = nil // a Slack bot without a consultants' channel has none
	}
	var hs bot.Handoffs // a nil interface when handoffs are off
	if s.handoffs != nil {
		hs = s.handoffs
	}
	s.core = bot.NewCore(s.eng, hs, s.log)
	if s.assets, err = loadAssets(); err != nil {
		return nil, err
	}
	s.closing, s.closeStreams = context.WithCancel(context.Background())
	s.crossOriginOK = http.NewCrossOriginProtection()
	s.crossOriginOK.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, errCrossOrigin)
	}))
	s.handler = s.recoverPanics(s.crossOriginOK.Handler(http.HandlerFunc(s.route)))
	return s, nil
}

// ServeHTTP serves the page, the widget and the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Close ends the open event streams (their pages reconnect, to another
// replica if this one is going away). Call it before http.Server.Shutdown,
// which does not wait for long-lived requests to end by themselves.
func (s *Server) Close() { s.closeStreams() }

// Paths the server answers.
const (
	PathPage    = "/"
	PathWidget  = "/widget.js"
	PathState   = "/api/state"
	PathTurn    = "/api/turn"
	PathContact = "/api/contact"
	PathEvents  = "/api/events"
	pathStatic  = "/static/"
)

func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	secure(w.Header())
	p := r.URL.Path
	if !strings.HasPrefix(p, "/api/") {
		s.serveAsset(w, r)
		return
	}
	var h func(http.ResponseWriter, *http.Request)
	method := http.MethodPost
	switch p {
	case PathState:
		h, method = s.serveState, http.MethodGet
	case PathEvents:
		h, method = s.serveEvents, http.MethodGet
	case PathTurn:
		h = s.serveTurn
	case PathContact:
		h = s.serveContact
	default:
		s.fail(w, errNotFound)
		return
	}
	if r.Method != method {
		w.Header().Set("Allow", method)
		s.fail(w, errMethod)
		return
	}
	if !s.allow(w, r, "addr:"+s.clientAddr(r), s.addrLimit, RefusedRateIP) {
		return
	}
	h(w, r)
}

// sessionFor finds or makes the caller's session and applies its rate
// limit; on refusal it has answered already.
func (s *Server) sessionFor(w http.ResponseWriter, r *http.Request, renew bool) (session, bool) {
	sess, err := s.session(w, r, renew)
	if err != nil {
		s.fail(w, errUnavailable)
		return session{}, false
	}
	if !s.allow(w, r, "session:"+sess.id, s.sessionLimit, RefusedRateSession) {
		return session{}, false
	}
	return sess, true
}

// recoverPanics turns a panic in a handler into a JSON 500 and a log line
// (the panic value may quote a request: it is logged at debug only).
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("web handler panicked", "path", r.URL.Path)
				s.log.Debug("web handler panic value", "panic", fmt.Sprint(v))
				s.fail(w, errInternal)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
