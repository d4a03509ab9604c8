package slackbot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot"
)

// Reasons for ending a socket run from our side.
var (
	errWatchdog          = errors.New("watchdog: no frame from the socket")
	errTooManyWebsockets = errors.New("slack: too_many_websockets")
	errLinkDisabled      = errors.New("slack: link_disabled")
)

// discardLog takes slack-go socketmode's log lines: debug mode is off, and
// its few other lines concern handlers the bot does not use.
type discardLog struct{}

func (discardLog) Output(int, string) error { return nil }

func (b *Bot) touch() { b.lastFrame.Store(time.Now().UnixNano()) }

func (b *Bot) sinceFrame() time.Duration {
	return time.Since(time.Unix(0, b.lastFrame.Load()))
}

// cancelRun ends the current socket run with cause.
func (b *Bot) cancelRun(cause error) {
	b.runMu.Lock()
	if b.runCancel != nil {
		b.runCancel(cause)
	}
	b.runMu.Unlock()
}

func (b *Bot) onDisconnect(reason string) {
	b.metrics.Reconnect(reason)
	switch reason {
	case "link_disabled":
		b.log.Error("Slack disabled Socket Mode for this app (link_disabled)")
		b.cancelRun(errLinkDisabled)
	case "too_many_websockets":
		b.log.Warn("Slack refused the connection: too many websockets for this app")
		b.cancelRun(errTooManyWebsockets)
	default:
		b.log.Info("Slack asked to reconnect", "reason", reason)
	}
}

// watchdog ends the socket run when no frame arrived for cfg.Watchdog;
// the supervisor then reconnects. It guards against half-open sockets,
// which slack-go's own ping check does not always catch.
func (b *Bot) watchdog(ctx context.Context) {
	tick := max(b.cfg.Watchdog/4, 5*time.Millisecond)
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if b.sinceFrame() > b.cfg.Watchdog {
				b.log.Warn("socket watchdog: no frame received; reconnecting", "silence", b.sinceFrame().Round(time.Second))
				b.metrics.Reconnect("watchdog")
				b.touch()
				b.cancelRun(errWatchdog)
			}
		}
	}
}

// superviseSocket runs slack-go's socket loop and restarts it when it
// returns, with backoff; it returns nil when ctx ends and an error wrapping
// ErrFatal when retrying cannot help.
func (b *Bot) superviseSocket(ctx context.Context) error {
	wait := b.cfg.ReconnectBackoff
	crowd := b.cfg.TooManyWebsocketsBackoff
	for {
		runCtx, cancel := context.WithCancelCause(ctx)
		b.runMu.Lock()
		b.runCancel = cancel
		b.runMu.Unlock()
		b.touch()
		started := time.Now()
		err := b.runSocket(runCtx)
		b.connected.Store(false)
		cause := context.Cause(runCtx)
		cancel(nil)
		if ctx.Err() != nil {
			return nil
		}
		if time.Since(started) > 2*b.cfg.ReconnectBackoffMax {
			wait = b.cfg.ReconnectBackoff // it ran fine for a while
		}
		var pause time.Duration
		switch {
		case errors.Is(cause, errLinkDisabled):
			return fmt.Errorf("%w: Socket Mode is disabled for this app (link_disabled); turn it on in the app's settings", ErrFatal)
		case errors.Is(cause, errTooManyWebsockets):
			pause, crowd = crowd, min(2*crowd, 10*b.cfg.TooManyWebsocketsBackoff)
			b.log.Warn("too many Socket Mode connections; backing off", "wait", pause)
		case errors.Is(cause, errWatchdog):
			pause = 0
		case err != nil && isFatalSocketErr(err):
			return fmt.Errorf("%w: Slack refused SLACK_APP_TOKEN (%v); it must be an app-level token with connections:write", ErrFatal, err)
		default:
			pause, wait = wait, min(2*wait, b.cfg.ReconnectBackoffMax)
			b.metrics.Reconnect("restart")
			b.log.Warn("socket loop ended; restarting", "err", err, "wait", pause)
		}
		if sleepCtx(ctx, pause) != nil {
			return nil
		}
	}
}

// runSocket runs slack-go's loop once, recovering a panic.
func (b *Bot) runSocket(ctx context.Context) (err error) {
	defer func() {
		if r := recover(); r != nil {
			b.metrics.Panic()
			err = fmt.Errorf("socket loop panic: %v", r)
		}
	}()
	return b.sm.RunContext(ctx)
}

func isFatalSocketErr(err error) bool {
	if fatalAuthErrors[err.Error()] || fatalAuthErrors[slackErrCode(err)] {
		return true
	}
	return classify(err).status == http.StatusNotFound
}

// readEvents reads the socket client's events until ctx ends.
func (b *Bot) readEvents(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case evt := <-b.sm.Events:
			b.touch()
			b.onEvent(evt)
		}
	}
}

// onEvent handles one socket client event on the read loop: it must be
// quick (ack first, queue the work).
func (b *Bot) onEvent(evt socketmode.Event) {
	defer bot.LogPanic(b.log, "event loop")
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		b.onEventsAPI(evt)
	case socketmode.EventTypeSlashCommand:
		b.onSlash(evt)
	case socketmode.EventTypeInteractive:
		b.onInteractive(evt)
	case socketmode.EventTypeConnecting:
		b.connected.Store(false)
		if e, ok := evt.Data.(*slack.ConnectingEvent); ok {
			b.log.Debug("socket connecting", "attempt", e.Attempt, "connection", e.ConnectionCount)
		}
	case socketmode.EventTypeIncomingError:
		// The socket broke; slack-go reconnects.
		if e, ok := evt.Data.(*slack.IncomingEventError); ok {
			b.log.Debug("socket read failed", "err", e.ErrorObj)
		}
	case socketmode.EventTypeConnected:
		b.log.Info("socket connected")
	case socketmode.EventTypeHello:
		// Slack accepted the socket (one it refuses gets a disconnect
		// instead): from now on envelopes arrive.
		b.connected.Store(true)
		if evt.Request != nil && evt.Request.NumConnections >= 10 {
			b.log.Warn("Slack reports many Socket Mode connections for this app", "connections", evt.Request.NumConnections)
		}
	case socketmode.EventTypeConnectionError:
		b.connected.Store(false)
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			b.log.Warn("socket connection failed", "attempt", e.Attempt, "backoff", e.Backoff, "err", e.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		b.connected.Store(false)
		b.log.Error("Slack refused the app token")
	case socketmode.EventTypeErrorBadMessage:
		b.log.Warn("undecodable envelope ignored")
	case socketmode.EventTypeErrorWriteFailed:
		if e, ok := evt.Data.(*socketmode.ErrorWriteFailed); ok && e.Response != nil {
			b.log.Warn("ack write failed", "envelope", e.Response.EnvelopeID, "err", e.Cause)
		}
	}
}

// ack acknowledges an envelope; payload may be nil. It is called before
// any slow work.
func (b *Bot) ack(req *socketmode.Request, payload any, kind string, received time.Time) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	b.ackWith(req.EnvelopeID, payload, kind, received)
}

// ackID acknowledges the envelope id without a payload.
func (b *Bot) ackID(id, kind string, received time.Time) { b.ackWith(id, nil, kind, received) }

func (b *Bot) ackWith(id string, payload any, kind string, received time.Time) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := b.sm.AckCtx(ctx, id, payload); err != nil {
		b.log.Warn("ack failed", "kind", kind, "envelope", id, "err", err)
		return
	}
	b.metrics.EnvelopeAcked(kind, time.Since(received))
}
