package slackbot

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot"
)

// sock is one Socket Mode connection: a slack-go client of its own, read
// through a frameWatch (wire.go), whose envelopes are acked on it. It lives
// for one websocket: once that closes, or Slack asks it to go and its
// successor is up, its slot (socket.go) has another sock serve instead.
type sock struct {
	b      *Bot
	slot   int
	sm     *socketmode.Client
	ctx    context.Context
	cancel context.CancelCauseFunc
	opened time.Time

	lastFrame atomic.Int64 // unix nanos of the last frame or event
	// connected is true from Slack's hello until the socket closes (or
	// slack-go starts connecting again).
	connected atomic.Bool

	hello      chan struct{} // closed at Slack's first hello
	helloOnce  sync.Once
	retire     chan struct{} // closed when Slack asks this connection to go
	retireOnce sync.Once
	done       chan struct{} // closed when the sock has stopped
	err        error         // slack-go's answer, once done is closed
}

// newSock builds a sock for slot that lives at most as long as parent; it
// does no I/O until start.
func (b *Bot) newSock(parent context.Context, slot int) *sock {
	s := &sock{b: b, slot: slot, hello: make(chan struct{}), retire: make(chan struct{}), done: make(chan struct{})}
	s.ctx, s.cancel = context.WithCancelCause(parent)
	s.sm = socketmode.New(b.client,
		socketmode.OptionDialer(s.dialer()), // reads frames first: wire.go
		socketmode.OptionLog(discardLog{}),
	)
	s.touch()
	return s
}

// start connects the sock and serves it until its context ends; done is
// closed after that.
func (s *sock) start() {
	b := s.b
	s.opened = time.Now()
	b.sockMu.Lock()
	b.socks[s] = struct{}{}
	b.sockMu.Unlock()
	b.sockWG.Go(func() {
		var wg sync.WaitGroup
		wg.Go(s.readEvents)
		s.err = s.run()
		s.connected.Store(false)
		s.cancel(nil) // ends readEvents
		wg.Wait()
		b.sockMu.Lock()
		delete(b.socks, s)
		b.sockMu.Unlock()
		close(s.done)
	})
}

// run runs slack-go's loop, recovering a panic. Its reconnections stay
// within this sock only until the first socket is up: lost ends the sock.
func (s *sock) run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.b.metrics.Panic()
			err = fmt.Errorf("socket loop panic: %v", r)
		}
	}()
	return s.sm.RunContext(s.ctx)
}

// lost ends the sock when its websocket has closed: its slot opens the
// next one, while the bot's other connections carry the envelopes.
func (s *sock) lost() {
	s.connected.Store(false)
	s.cancel(errConnLost)
}

// helloed reports whether Slack said hello on the socket.
func (s *sock) helloed() bool {
	select {
	case <-s.hello:
		return true
	default:
		return false
	}
}

func (s *sock) touch() { s.lastFrame.Store(time.Now().UnixNano()) }

func (s *sock) sinceFrame() time.Duration {
	return time.Since(time.Unix(0, s.lastFrame.Load()))
}

// onDisconnect acts on Slack's disconnect message, which slack-go never
// sees (it would close the socket at once).
func (s *sock) onDisconnect(reason string) {
	b := s.b
	b.metrics.Reconnect(reason)
	switch reason {
	case "link_disabled":
		b.log.Error("Slack disabled Socket Mode for this app (link_disabled)")
		s.cancel(errLinkDisabled)
	case "too_many_websockets":
		b.log.Warn("Slack refused the connection: too many websockets for this app", "socket", s.slot)
		s.cancel(errTooManyWebsockets)
	default: // refresh_requested, warning: this socket serves until its successor is up
		b.log.Info("Slack asked to replace a socket; opening the new one first", "reason", reason, "socket", s.slot)
		s.retireOnce.Do(func() { close(s.retire) })
	}
}

// retireAfter ends the sock d after its successor said hello: meanwhile
// it acks what Slack sent it before moving to the successor.
func (s *sock) retireAfter(d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-s.ctx.Done():
	}
	s.cancel(errReplaced)
}

// readEvents reads the client's events until the sock ends.
func (s *sock) readEvents() {
	for {
		select {
		case <-s.ctx.Done():
			return
		case evt := <-s.sm.Events:
			s.touch()
			s.onEvent(evt)
		}
	}
}

// onEvent handles one socket client event on the read loop: it must be
// quick (ack first, queue the work).
func (s *sock) onEvent(evt socketmode.Event) {
	b := s.b
	defer bot.LogPanic(b.log, "event loop")
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		b.onEventsAPI(s, evt)
	case socketmode.EventTypeSlashCommand:
		b.onSlash(s, evt)
	case socketmode.EventTypeInteractive:
		b.onInteractive(s, evt)
	case socketmode.EventTypeConnecting:
		s.connected.Store(false)
		if e, ok := evt.Data.(*slack.ConnectingEvent); ok {
			b.log.Debug("socket connecting", "socket", s.slot, "attempt", e.Attempt)
		}
	case socketmode.EventTypeIncomingError:
		if e, ok := evt.Data.(*slack.IncomingEventError); ok {
			b.log.Debug("socket read failed", "socket", s.slot, "err", e.ErrorObj)
		}
	case socketmode.EventTypeConnected:
		b.log.Info("socket connected", "socket", s.slot)
	case socketmode.EventTypeHello:
		// Slack accepted the socket (one it refuses gets a disconnect
		// instead): from now on envelopes arrive.
		s.connected.Store(true)
		s.helloOnce.Do(func() { close(s.hello) })
		if evt.Request != nil && evt.Request.NumConnections >= 10 {
			b.log.Warn("Slack reports many Socket Mode connections for this app", "connections", evt.Request.NumConnections)
		}
	case socketmode.EventTypeConnectionError:
		s.connected.Store(false)
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok && s.ctx.Err() == nil {
			b.log.Warn("socket connection failed", "socket", s.slot, "attempt", e.Attempt, "backoff", e.Backoff, "err", e.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		s.connected.Store(false)
		b.log.Error("Slack refused the app token")
	case socketmode.EventTypeErrorBadMessage:
		b.log.Warn("undecodable envelope ignored")
	case socketmode.EventTypeErrorWriteFailed:
		if e, ok := evt.Data.(*socketmode.ErrorWriteFailed); ok && e.Response != nil {
			b.log.Warn("ack write failed", "envelope", e.Response.EnvelopeID, "err", e.Cause)
		}
	}
}

// ack acknowledges an envelope on the connection that brought it (Slack
// takes an ack on that socket); payload may be nil. It is called before
// any slow work.
func (s *sock) ack(req *socketmode.Request, payload any, kind string, received time.Time) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	s.ackWith(req.EnvelopeID, payload, kind, received)
}

// ackID acknowledges the envelope id without a payload.
func (s *sock) ackID(id, kind string, received time.Time) { s.ackWith(id, nil, kind, received) }

func (s *sock) ackWith(id string, payload any, kind string, received time.Time) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := s.sm.AckCtx(ctx, id, payload); err != nil {
		s.b.log.Warn("ack failed", "kind", kind, "envelope", id, "err", err)
		return
	}
	s.b.metrics.EnvelopeAcked(kind, time.Since(received))
}
