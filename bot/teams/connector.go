package teams

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/springfield/techleader/bot"
)

// Errors of the connector client.
var (
	// ErrUnavailable: Teams could not be reached or kept failing (network,
	// 5xx, 429 past the retry bounds, pacing beyond its bound). Transient:
	// the same call may succeed later.
	ErrUnavailable = errors.New("teams: connector unavailable")
	// ErrMaybeDelivered: a POST whose answer was lost after it was sent:
	// Teams may have posted the activity. Retrying may post it twice.
	ErrMaybeDelivered = errors.New("teams: activity may have been posted; its answer was lost")
	// ErrWritesBlocked: Teams refuses writes to this conversation for good
	// (403 MessageWritesBlocked: the user blocked or removed the bot).
	ErrWritesBlocked = errors.New("teams: message writes blocked")
	// ErrTooLarge: the activity is over Teams' size limit (413).
	ErrTooLarge = errors.New("teams: activity too large")
	// ErrRefused: any other refusal (400, 403, 404): permanent.
	ErrRefused = errors.New("teams: connector refused the request")
)

// MaxActivityBytes is the largest activity the client sends: Teams
// documents about 28 KB per message, cards included.
const MaxActivityBytes = 28 * 1024

// ConnectorConfig configures a Connector.
type ConnectorConfig struct {
	AppID       string
	AppPassword string
	// TokenURL is the token endpoint; default TokenURL(TenantID).
	TokenURL string
	TenantID string
	// Trusted are the service URLs the token may be sent to; required.
	Trusted *ServiceURLs
	// Client makes the requests; default a client with a 30 s timeout.
	Client *http.Client
	// Attempts bounds the tries of one call (default 4).
	Attempts int
	// RetryAfterMax: a Retry-After longer than this gives up at once
	// (default 30 s).
	RetryAfterMax time.Duration
	// PaceMaxWait bounds the wait for a conversation's next slot (default
	// 30 s); beyond it the call fails with ErrUnavailable.
	PaceMaxWait time.Duration
	// Now and Sleep are the clock; nil means real time.
	Now    func() time.Time
	Sleep  func(context.Context, time.Duration) error
	Logger *slog.Logger
	// Metrics counts each call attempt and retry by operation (OpSend,
	// OpReply, OpUpdate, OpCreate); nil: none.
	Metrics bot.Metrics
}

// ConnectorStats counts outcomes of connector calls.
type ConnectorStats struct {
	Sent, Retried, WritesBlocked, TooLarge, Refused, Failed uint64
}

// Connector writes to Teams conversations through the Bot Connector REST
// API: it gets and caches the bot's token, sends it only to trusted
// service URLs, paces each conversation within Teams' limits and retries
// 429, 412, 5xx (and a lost connection where that is safe) with backoff
// honouring Retry-After. Safe for concurrent use.
type Connector struct {
	cfg     ConnectorConfig
	tokens  *tokenSource
	pacer   *pacer
	log     *slog.Logger
	sent    atomic.Uint64
	retried atomic.Uint64
	blocked atomic.Uint64
	large   atomic.Uint64
	refused atomic.Uint64
	failed  atomic.Uint64
}

// NewConnector returns a Connector for cfg.
func NewConnector(cfg ConnectorConfig) (*Connector, error) {
	if cfg.AppID == "" || cfg.AppPassword == "" {
		return nil, errors.New("teams: connector needs the app id and password")
	}
	if cfg.Trusted == nil {
		return nil, errors.New("teams: connector needs the trusted service URLs")
	}
	if cfg.TokenURL == "" {
		cfg.TokenURL = TokenURL(cfg.TenantID)
	}
	if err := checkFetchURL(cfg.TokenURL); err != nil {
		return nil, fmt.Errorf("teams: token URL: %w", err)
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = 4
	}
	if cfg.RetryAfterMax <= 0 {
		cfg.RetryAfterMax = 30 * time.Second
	}
	if cfg.PaceMaxWait <= 0 {
		cfg.PaceMaxWait = 30 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleepCtx
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = bot.NopMetrics{}
	}
	c := &Connector{cfg: cfg, pacer: newPacer(threadLimits), log: cfg.Logger}
	c.tokens = &tokenSource{url: cfg.TokenURL, clientID: cfg.AppID, secret: cfg.AppPassword, client: cfg.Client, now: cfg.Now}
	return c, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stats returns the counters so far.
func (c *Connector) Stats() ConnectorStats {
	return ConnectorStats{Sent: c.sent.Load(), Retried: c.retried.Load(), WritesBlocked: c.blocked.Load(),
		TooLarge: c.large.Load(), Refused: c.refused.Load(), Failed: c.failed.Load()}
}

// Send posts act as a new message in ref's conversation and returns its id.
func (c *Connector) Send(ctx context.Context, ref ConversationRef, act *Activity) (string, error) {
	return c.post(ctx, ref, "", act)
}

// Reply posts act as a reply to the activity replyTo (in a channel: the
// thread's root) and returns its id.
func (c *Connector) Reply(ctx context.Context, ref ConversationRef, replyTo string, act *Activity) (string, error) {
	if replyTo == "" {
		return "", fmt.Errorf("%w: reply without an activity id", ErrRefused)
	}
	return c.post(ctx, ref, replyTo, act)
}

func (c *Connector) post(ctx context.Context, ref ConversationRef, replyTo string, act *Activity) (string, error) {
	out := c.outbound(ref, act)
	out.ReplyToID = replyTo
	path := "v3/conversations/" + url.PathEscape(ref.ConversationID) + "/activities"
	if replyTo != "" {
		path += "/" + url.PathEscape(replyTo)
	}
	var res struct {
		ID string `json:"id"`
	}
	op := OpSend
	if replyTo != "" {
		op = OpReply
	}
	if err := c.call(ctx, ref, op, http.MethodPost, path, out, &res); err != nil {
		return "", err
	}
	return res.ID, nil
}

// Update replaces the activity id (a card once its question is answered).
func (c *Connector) Update(ctx context.Context, ref ConversationRef, id string, act *Activity) error {
	if id == "" {
		return fmt.Errorf("%w: update without an activity id", ErrRefused)
	}
	out := c.outbound(ref, act)
	out.ID = id
	path := "v3/conversations/" + url.PathEscape(ref.ConversationID) + "/activities/" + url.PathEscape(id)
	return c.call(ctx, ref, OpUpdate, http.MethodPut, path, out, nil)
}

// CreatePersonal opens (or finds) the bot's personal chat with ref's user,
// for a proactive message to someone last seen in a channel, and returns
// its reference.
func (c *Connector) CreatePersonal(ctx context.Context, ref ConversationRef) (ConversationRef, error) {
	if ref.UserID == "" || ref.BotID == "" {
		return ConversationRef{}, fmt.Errorf("%w: create conversation without user or bot id", ErrRefused)
	}
	body := map[string]any{
		"bot":         map[string]string{"id": ref.BotID},
		"members":     []map[string]string{{"id": ref.UserID}},
		"isGroup":     false,
		"tenantId":    ref.TenantID,
		"channelData": map[string]any{"tenant": map[string]string{"id": ref.TenantID}},
	}
	var res struct {
		ID string `json:"id"`
	}
	if err := c.call(ctx, ref, OpCreate, http.MethodPost, "v3/conversations", body, &res); err != nil {
		return ConversationRef{}, err
	}
	if res.ID == "" {
		return ConversationRef{}, fmt.Errorf("teams: create conversation: no id in the answer: %w", ErrUnavailable)
	}
	ref.ConversationID, ref.ConversationType = res.ID, ConversationPersonal
	return ref, nil
}

// outbound is the activity as sent: a message to ref's conversation.
func (c *Connector) outbound(ref ConversationRef, act *Activity) *Activity {
	out := *act
	if out.Type == "" {
		out.Type = TypeMessage
	}
	out.Conversation = &ConversationAccount{ID: ref.ConversationID}
	if ref.BotID != "" {
		out.From = &ChannelAccount{ID: ref.BotID}
	}
	if ref.UserID != "" && out.Recipient == nil {
		out.Recipient = &ChannelAccount{ID: ref.UserID}
	}
	return &out
}

// call runs one connector request (op names it in the metrics) with
// pacing, the token and retries.
func (c *Connector) call(ctx context.Context, ref ConversationRef, op, method, path string, body, out any) error {
	base, ok := c.cfg.Trusted.Trusted(ref.ServiceURL)
	if !ok {
		c.failed.Add(1)
		c.cfg.Metrics.APICall(op, ErrUntrustedServiceURL)
		return ErrUntrustedServiceURL
	}
	payload, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("teams: marshal activity: %w", err)
	}
	log := c.log.With("method", method, "conversation", ref.ConversationID)
	if len(payload) > MaxActivityBytes {
		c.large.Add(1)
		log.Warn("teams: activity too large; not sent", "bytes", len(payload))
		return fmt.Errorf("%w: %d bytes", ErrTooLarge, len(payload))
	}
	r := request{op: op, method: method, url: base + path, payload: payload, out: out, paceKey: base + ref.ConversationID, log: log}
	return c.attempts(ctx, r)
}

// request is one connector call being made.
type request struct {
	op, method, url string
	payload         []byte
	out             any
	paceKey         string
	log             *slog.Logger
}

// attempts makes r until it succeeds, fails for good or runs out of
// attempts.
func (c *Connector) attempts(ctx context.Context, r request) error {
	reauthed := false
	for attempt := 1; ; attempt++ {
		if err := c.waitTurn(ctx, r.paceKey); err != nil {
			return err
		}
		res, tok, err := c.send(ctx, r.method, r.url, r.payload)
		if err != nil {
			c.cfg.Metrics.APICall(r.op, err)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, ErrCredentials) {
				c.failed.Add(1)
				r.log.Error("teams: the login service refused the app credentials", "err", err)
				return err
			}
			if !errors.Is(err, errNotSent) && r.method == http.MethodPost {
				c.failed.Add(1)
				r.log.Warn("teams: answer lost; the activity may have been posted", "err", err)
				return fmt.Errorf("%w: %v", ErrMaybeDelivered, err)
			}
			if retryErr := c.retryWait(ctx, r, attempt, 0, err.Error()); retryErr != nil {
				return retryErr
			}
			continue
		}
		status, retryAfter := res.StatusCode, res.Header.Get("Retry-After")
		if status >= 200 && status < 300 {
			err := decodeAnswer(res, r.out)
			c.cfg.Metrics.APICall(r.op, err)
			if err == nil {
				c.sent.Add(1)
			}
			return err
		}
		code := errorCode(res)
		c.cfg.Metrics.APICall(r.op, fmt.Errorf("status %d", status))
		switch {
		case status == http.StatusUnauthorized && !reauthed:
			reauthed = true
			c.tokens.Invalidate(tok)
			attempt--
			continue
		case retryable(status):
			wait, ok := parseRetryAfter(retryAfter, c.cfg.Now())
			if status == http.StatusTooManyRequests {
				c.pacer.hold(r.paceKey, c.cfg.Now().Add(max(wait, time.Second)))
			}
			if !ok {
				wait = 0
			}
			if err := c.retryWait(ctx, r, attempt, wait, fmt.Sprintf("status %d %s", status, code)); err != nil {
				return err
			}
			continue
		}
		return c.permanent(r.log, status, code)
	}
}

// errNotSent marks transport errors where the request surely did not reach
// Teams (the connection could not be made), so a POST is safe to retry.
var errNotSent = errors.New("request not sent")

// send makes one request with a fresh token.
func (c *Connector) send(ctx context.Context, method, u string, payload []byte) (*http.Response, string, error) {
	tok, err := c.tokens.Token(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %w", errNotSent, err)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(payload))
	if err != nil {
		return nil, tok, fmt.Errorf("%w: %w", errNotSent, err)
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := c.cfg.Client.Do(req)
	if err != nil {
		var op *net.OpError
		if errors.As(err, &op) && op.Op == "dial" {
			err = fmt.Errorf("%w: %w", errNotSent, err)
		}
		return nil, tok, err
	}
	return res, tok, nil
}

// waitTurn waits for the conversation's next slot.
func (c *Connector) waitTurn(ctx context.Context, key string) error {
	now := c.cfg.Now()
	slot, ok := c.pacer.reserve(key, now, c.cfg.PaceMaxWait)
	if !ok {
		c.failed.Add(1)
		return fmt.Errorf("%w: the conversation's rate limit leaves no slot within %s", ErrUnavailable, c.cfg.PaceMaxWait)
	}
	if err := c.cfg.Sleep(ctx, slot.Sub(now)); err != nil {
		c.pacer.release(key, slot)
		return err
	}
	return nil
}

// retryWait waits before attempt+1, or gives up with ErrUnavailable when
// the attempts are spent or the server asks for too long a wait.
func (c *Connector) retryWait(ctx context.Context, r request, attempt int, retryAfter time.Duration, why string) error {
	wait := retryAfter
	if wait <= 0 {
		wait = backoff(attempt)
	}
	if attempt >= c.cfg.Attempts || wait > c.cfg.RetryAfterMax {
		c.failed.Add(1)
		r.log.Warn("teams: connector call failed", "attempts", attempt, "reason", why)
		return fmt.Errorf("%w: %s after %d attempts", ErrUnavailable, why, attempt)
	}
	c.retried.Add(1)
	c.cfg.Metrics.APIRetry(r.op)
	r.log.Debug("teams: retrying connector call", "attempt", attempt, "wait", wait, "reason", why)
	return c.cfg.Sleep(ctx, wait)
}

// permanent classifies a refusal that retrying will not change.
func (c *Connector) permanent(log *slog.Logger, status int, code string) error {
	switch {
	case status == http.StatusForbidden && (code == "MessageWritesBlocked" || code == "ConversationBlockedByUser"):
		c.blocked.Add(1)
		log.Warn("teams: writes to the conversation are blocked", "status", status, "code", code)
		return fmt.Errorf("%w (%s)", ErrWritesBlocked, code)
	case status == http.StatusRequestEntityTooLarge:
		c.large.Add(1)
		log.Warn("teams: activity refused as too large", "status", status, "code", code)
		return fmt.Errorf("%w (%s)", ErrTooLarge, code)
	case status >= 500:
		c.failed.Add(1)
		log.Warn("teams: connector error", "status", status, "code", code)
		return fmt.Errorf("%w: status %d %s", ErrUnavailable, status, code)
	default:
		c.refused.Add(1)
		log.Warn("teams: connector refused the request", "status", status, "code", code)
		return fmt.Errorf("%w: status %d %s", ErrRefused, status, code)
	}
}

// retryable statuses: Teams asks bots to retry 429, 412, 502 and 504; 500
// and 503 are transient too.
func retryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusPreconditionFailed, http.StatusInternalServerError,
		http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// backoff is exponential with jitter: about 0.5 s, 1 s, 2 s, ... capped at
// 8 s, each between half and all of that.
func backoff(attempt int) time.Duration {
	d := 500 * time.Millisecond << min(attempt-1, 4)
	return d/2 + rand.N(d/2+1)
}

// parseRetryAfter reads Retry-After in seconds or as an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// errorCode reads the Bot Framework error code of a failed answer and
// closes its body.
func errorCode(res *http.Response) string {
	defer res.Body.Close()
	var e struct {
		Error struct {
			Code string `json:"code"`
		} `json:"error"`
	}
	_ = json.NewDecoder(io.LimitReader(res.Body, 64<<10)).Decode(&e)
	return safeCode(e.Error.Code)
}

func decodeAnswer(res *http.Response, out any) error {
	defer res.Body.Close()
	if out == nil {
		_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
		return nil
	}
	if err := json.NewDecoder(io.LimitReader(res.Body, 64<<10)).Decode(out); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("teams: connector answer: %w", err)
	}
	return nil
}
