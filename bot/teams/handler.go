package teams

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"time"
)

// MessagesPath is where the Bot Framework posts activities (the bot's
// messaging endpoint is https://<host>/api/messages).
const MessagesPath = "/api/messages"

// Runner runs turns. The handler calls it only for authenticated, parsed
// activities that concern the bot; the integration with the conversation
// core implements it (the ordered pool with dedupe, the reply policy).
type Runner interface {
	// Accept queues a turn (a message, an install, an uninstall) to run in
	// order with the conversation's other turns, and returns at once.
	// An error (queue full, shutting down) is answered 503 so that the Bot
	// Framework delivers the activity again.
	Accept(t *Turn) error
	// Invoke runs a card click now and returns the invoke response (the
	// card that replaces the clicked one, or a message); ctx ends before
	// Teams stops waiting.
	Invoke(ctx context.Context, t *Turn) (*InvokeResponse, error)
}

// InvokeResponse is the answer to an invoke activity: the HTTP status and
// the JSON body Teams reads.
type InvokeResponse struct {
	Status int
	Body   any
}

// Content types of Action.Execute responses.
const (
	contentTypeCard    = "application/vnd.microsoft.card.adaptive"
	contentTypeMessage = "application/vnd.microsoft.activity.message"
)

// CardResponse replaces the clicked card with card.
func CardResponse(card *Card) *InvokeResponse {
	return &InvokeResponse{Status: http.StatusOK, Body: map[string]any{"statusCode": http.StatusOK, "type": contentTypeCard, "value": card}}
}

// MessageResponse leaves the clicked card as it is and shows text to the
// user who clicked.
func MessageResponse(text string) *InvokeResponse {
	return &InvokeResponse{Status: http.StatusOK, Body: map[string]any{"statusCode": http.StatusOK, "type": contentTypeMessage, "value": text}}
}

// Texts of the invoke answers the handler gives itself.
const (
	TextNotYourCard  = "These buttons belong to the person I was answering. Mention me to start your own conversation."
	TextInvokeFailed = "Sorry, I couldn't handle that click just now. Please try again in a moment."
	TextBusy         = "I'm very busy right now; please try again in a moment."
)

// HandlerConfig configures a Handler.
type HandlerConfig struct {
	Auth    *Authenticator
	Trusted *ServiceURLs
	Runner  Runner
	// MaxBody bounds the request body (default 256 KiB).
	MaxBody int64
	// InvokeTimeout bounds a card click's turn (default 10 s: Teams gives
	// up on a bot after 15 s).
	InvokeTimeout time.Duration
	// Metrics counts activities and refusals (nil: none).
	Metrics Metrics
	Logger  *slog.Logger
}

// Handler is the bot's messaging endpoint: it authenticates each request
// before anything else, parses the activity, trusts its service URL, and
// hands the turn to the Runner, answering at once (card clicks: with the
// invoke response). Safe for concurrent use.
type Handler struct {
	cfg HandlerConfig
	log *slog.Logger
}

// NewHandler returns a Handler for cfg.
func NewHandler(cfg HandlerConfig) (*Handler, error) {
	if cfg.Auth == nil || cfg.Trusted == nil || cfg.Runner == nil {
		return nil, errors.New("teams: handler needs an authenticator, the trusted service URLs and a runner")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 256 << 10
	}
	if cfg.InvokeTimeout <= 0 {
		cfg.InvokeTimeout = 10 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = nopMetrics{}
	}
	return &Handler{cfg: cfg, log: cfg.Logger}, nil
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "Use POST.", http.StatusMethodNotAllowed)
		return
	}
	received := time.Now()
	id, err := h.cfg.Auth.Verify(r.Context(), r.Header.Get("Authorization"))
	if err != nil {
		h.refuse(w, r, err)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			h.cfg.Metrics.Refused(RefusedTooLarge)
			http.Error(w, "The activity is too large.", http.StatusRequestEntityTooLarge)
			return
		}
		h.cfg.Metrics.Refused(RefusedBadActivity)
		http.Error(w, "The request body could not be read.", http.StatusBadRequest)
		return
	}
	act, err := ParseActivity(body)
	if err != nil {
		h.cfg.Metrics.Refused(RefusedBadActivity)
		h.log.Info("teams: bad activity", "err", err)
		http.Error(w, "The request body is not a valid activity.", http.StatusBadRequest)
		return
	}
	if err := id.Covers(act); err != nil {
		h.refuse(w, r, err)
		return
	}
	if err := h.cfg.Trusted.Trust(act.ServiceURL); err != nil {
		h.cfg.Metrics.Refused(RefusedServiceURL)
		h.log.Warn("teams: service URL not trusted", "err", err)
		http.Error(w, "The service URL is not acceptable.", http.StatusForbidden)
		return
	}
	t := ParseTurn(act)
	kind := t.Kind.String()
	h.cfg.Metrics.EnvelopeReceived(kind)
	if h.turn(w, r, t) {
		h.cfg.Metrics.EnvelopeAcked(kind, time.Since(received))
	}
}

// turn answers an authenticated activity and reports whether it was
// taken (not refused).
func (h *Handler) turn(w http.ResponseWriter, r *http.Request, t *Turn) bool {
	log := h.log.With("activity", t.Activity.ID, "type", t.Activity.Type, "turn", t.Kind.String())
	switch t.Kind {
	case TurnIgnore:
		w.WriteHeader(http.StatusOK)
	case TurnCardAction:
		if t.Action.Owner != t.Key.User {
			h.cfg.Metrics.Refused(RefusedNotYourCard)
			log.Info("teams: click on another user's card refused")
			writeInvoke(w, MessageResponse(TextNotYourCard))
			return false
		}
		ctx, cancel := context.WithTimeout(r.Context(), h.cfg.InvokeTimeout)
		defer cancel()
		res, err := h.cfg.Runner.Invoke(ctx, t)
		if err != nil || res == nil {
			log.Warn("teams: card click failed", "err", err)
			res = MessageResponse(TextInvokeFailed)
		}
		writeInvoke(w, res)
	default:
		if err := h.cfg.Runner.Accept(t); err != nil {
			h.cfg.Metrics.Refused(RefusedBusy)
			log.Warn("teams: turn refused", "err", err)
			w.Header().Set("Retry-After", "1")
			http.Error(w, TextBusy, http.StatusServiceUnavailable)
			return false
		}
		w.WriteHeader(http.StatusOK)
	}
	return true
}

func writeInvoke(w http.ResponseWriter, res *InvokeResponse) {
	b, err := json.Marshal(res.Body)
	if err != nil {
		b, _ = json.Marshal(MessageResponse(TextInvokeFailed).Body)
		res = &InvokeResponse{Status: http.StatusOK}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(res.Status)
	_, _ = w.Write(b)
}

// refuse answers an authentication failure: 401, 403 or 503.
func (h *Handler) refuse(w http.ResponseWriter, r *http.Request, err error) {
	h.log.Info("teams: request refused", "remote", r.RemoteAddr, "reason", err.Error())
	switch {
	case errors.Is(err, ErrKeysUnavailable):
		h.cfg.Metrics.Refused(RefusedKeysUnavailable)
		w.Header().Set("Retry-After", "5")
		http.Error(w, "Authentication is unavailable right now.", http.StatusServiceUnavailable)
	case errors.Is(err, ErrForbidden):
		h.cfg.Metrics.Refused(RefusedForbidden)
		http.Error(w, "Forbidden.", http.StatusForbidden)
	default:
		h.cfg.Metrics.Refused(RefusedUnauthenticated)
		w.Header().Set("WWW-Authenticate", `Bearer realm="techleader"`)
		http.Error(w, "Unauthorized.", http.StatusUnauthorized)
	}
}
