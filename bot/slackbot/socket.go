package slackbot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// The bot keeps cfg.Sockets Socket Mode connections open, each in a slot
// of its own, so that Slack always has a connection to deliver to: when one
// is replaced or drops, the others carry the envelopes (Slack delivers each
// to one of the app's open connections). A connection Slack asks to go
// (refresh_requested, warning) keeps serving until its successor is up:
// make before break, even with one slot.

// Reasons for ending a connection from our side.
var (
	errWatchdog          = errors.New("watchdog: no frame from the socket")
	errTooManyWebsockets = errors.New("slack: too_many_websockets")
	errLinkDisabled      = errors.New("slack: link_disabled")
	errConnLost          = errors.New("socket closed")
	errReplaced          = errors.New("socket replaced by its successor")
)

// retireGrace is how long a connection Slack asked to go keeps reading
// after its successor said hello, to ack what Slack sent it before moving
// to the successor.
const retireGrace = time.Second

// discardLog takes slack-go socketmode's log lines: debug mode is off, and
// its few other lines concern handlers the bot does not use.
type discardLog struct{}

func (discardLog) Output(int, string) error { return nil }

// liveSocks returns the socks running now.
func (b *Bot) liveSocks() []*sock {
	b.sockMu.Lock()
	defer b.sockMu.Unlock()
	out := make([]*sock, 0, len(b.socks))
	for s := range b.socks {
		out = append(out, s)
	}
	return out
}

// watchdog ends a connection when no frame arrived on it for cfg.Watchdog;
// its slot then reconnects. It guards against half-open sockets, which
// slack-go's own ping check does not always catch.
func (b *Bot) watchdog(ctx context.Context) {
	tick := max(b.cfg.Watchdog/4, 5*time.Millisecond)
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			for _, s := range b.liveSocks() {
				if d := s.sinceFrame(); d > b.cfg.Watchdog && s.ctx.Err() == nil {
					b.log.Warn("socket watchdog: no frame received; reconnecting", "socket", s.slot, "silence", d.Round(time.Second))
					b.metrics.Reconnect("watchdog")
					s.touch()
					s.cancel(errWatchdog)
				}
			}
		}
	}
}

// keepSlot keeps one Socket Mode connection open until ctx ends. A
// connection Slack asks to go is replaced by opening its successor first;
// one that closed is reopened (at once after a drop or the watchdog, with
// backoff after failures). It returns nil when ctx ends and an error
// wrapping ErrFatal when retrying cannot help.
func (b *Bot) keepSlot(ctx context.Context, slot int) error {
	wait, crowd := b.cfg.ReconnectBackoff, b.cfg.TooManyWebsocketsBackoff
	cur := b.openSock(ctx, slot)
	var next *sock
	handingOver := false // cur was asked to go; next, if any, replaces it
	for {
		var retire, nextHello, nextDone <-chan struct{}
		if !handingOver {
			retire = cur.retire
		}
		if next != nil {
			nextHello, nextDone = next.hello, next.done
		}
		select {
		case <-ctx.Done():
			return nil // the socks end with ctx; Run waits for them
		case <-retire:
			handingOver = true
			next = b.openSock(ctx, slot)
		case <-nextHello:
			old := cur
			b.sockWG.Go(func() { old.retireAfter(retireGrace) })
			cur, next, handingOver = next, nil, false
		case <-nextDone:
			// The successor failed (too_many_websockets, say): the old
			// connection serves until Slack closes it.
			if err := b.fatalEnd(next); err != nil {
				return err
			}
			next = nil
		case <-cur.done:
			if err := b.fatalEnd(cur); err != nil {
				return err
			}
			if next != nil { // already connecting
				cur, next, handingOver = next, nil, false
				continue
			}
			if sleepCtx(ctx, b.reopenPause(cur, &wait, &crowd)) != nil {
				return nil
			}
			cur, handingOver = b.openSock(ctx, slot), false
		}
	}
}

// openSock starts a new connection in slot.
func (b *Bot) openSock(ctx context.Context, slot int) *sock {
	s := b.newSock(ctx, slot)
	s.start()
	return s
}

// fatalEnd returns an error wrapping ErrFatal when the stopped sock s
// ended for a reason retrying cannot fix.
func (b *Bot) fatalEnd(s *sock) error {
	switch {
	case errors.Is(context.Cause(s.ctx), errLinkDisabled):
		return fmt.Errorf("%w: Socket Mode is disabled for this app (link_disabled); turn it on in the app's settings", ErrFatal)
	case !sockCancelled(s) && s.err != nil && isFatalSocketErr(s.err):
		return fmt.Errorf("%w: Slack refused SLACK_APP_TOKEN (%v); it must be an app-level token with connections:write", ErrFatal, s.err)
	}
	return nil
}

// sockCancelled reports whether s was ended by the bot or by its
// websocket closing, rather than by slack-go giving up.
func sockCancelled(s *sock) bool {
	c := context.Cause(s.ctx)
	return c != nil && !errors.Is(c, context.Canceled)
}

// reopenPause returns how long to wait before reopening slot's connection
// after the stopped sock s, updating the backoffs.
func (b *Bot) reopenPause(s *sock, wait, crowd *time.Duration) time.Duration {
	if time.Since(s.opened) > 2*b.cfg.ReconnectBackoffMax {
		*wait = b.cfg.ReconnectBackoff // it ran fine for a while
	}
	cause := context.Cause(s.ctx)
	switch {
	case errors.Is(cause, errTooManyWebsockets):
		pause := *crowd
		*crowd = min(2**crowd, 10*b.cfg.TooManyWebsocketsBackoff)
		b.log.Warn("too many Socket Mode connections; backing off", "socket", s.slot, "wait", pause)
		return pause
	case errors.Is(cause, errWatchdog), errors.Is(cause, errReplaced):
		return 0
	case errors.Is(cause, errConnLost) && s.helloed():
		b.metrics.Reconnect("dropped")
		b.log.Info("socket closed; reconnecting", "socket", s.slot)
		return 0
	}
	pause := *wait
	*wait = min(2**wait, b.cfg.ReconnectBackoffMax)
	b.metrics.Reconnect("restart")
	b.log.Warn("socket loop ended; restarting", "socket", s.slot, "err", s.err, "wait", pause)
	return pause
}

func isFatalSocketErr(err error) bool {
	if fatalAuthErrors[err.Error()] || fatalAuthErrors[slackErrCode(err)] {
		return true
	}
	return classify(err).status == http.StatusNotFound
}
