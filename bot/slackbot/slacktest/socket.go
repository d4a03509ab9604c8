package slacktest

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/gorilla/websocket"
)

// The Socket Mode side of the fake: reading acks, sending envelopes,
// disconnects and pings.

func (s *Server) readLoop(c *wsConn) {
	defer s.wg.Done()
	defer func() {
		_ = c.ws.Close()
		s.mu.Lock()
		s.removeConnLocked(c)
		s.mu.Unlock()
	}()
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(data, &ack) != nil || ack.EnvelopeID == "" {
			s.tb.Logf("slacktest: unexpected websocket message from the client: %.200s", data)
			continue
		}
		now := time.Now()
		s.mu.Lock()
		a := Ack{EnvelopeID: ack.EnvelopeID}
		if len(ack.Payload) > 0 && string(ack.Payload) != "null" {
			a.Payload = append(json.RawMessage(nil), ack.Payload...)
		}
		if at, ok := s.sentAt[ack.EnvelopeID]; ok {
			a.Latency = now.Sub(at)
		}
		s.acks = append(s.acks, a)
		delete(c.pending, ack.EnvelopeID)
		s.notifyLocked()
		s.mu.Unlock()
	}
}

func (s *Server) removeConnLocked(c *wsConn) {
	if c.gone {
		return
	}
	c.gone = true
	for id := range c.pending { // never acked on this socket: lost
		s.lost = append(s.lost, id)
	}
	clear(c.pending)
	for i, x := range s.conns {
		if x == c {
			s.conns = append(s.conns[:i:i], s.conns[i+1:]...)
			break
		}
	}
	s.notifyLocked()
}

// Send delivers e to one open socket, chosen round-robin among those not
// sent a disconnect message (among all when every one was), and returns
// its envelope_id (generated when e.EnvelopeID is empty). It waits up to
// about 5 s for a socket and returns "" if none became available; with
// SetRetries(false) it does not wait: the envelope is lost at once.
func (s *Server) Send(e Envelope) string {
	return s.send(-1, e)
}

// SendTo delivers e to the socket with index conn among the currently open
// sockets (in the order they connected; indexes shift when a socket closes).
// It waits up to about 5 s for that socket to exist and returns "" if it
// did not.
func (s *Server) SendTo(conn int, e Envelope) string {
	return s.send(conn, e)
}

func (s *Server) send(idx int, e Envelope) string {
	if e.EnvelopeID == "" {
		e.EnvelopeID = newEnvelopeID()
	}
	data, err := json.Marshal(e)
	if err != nil {
		s.tb.Errorf("slacktest: marshal envelope: %v", err)
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), sendWait)
	defer cancel()
	for {
		var c *wsConn
		err := s.wait(ctx, "a socket", func() bool {
			c = s.pickLocked(idx)
			return c != nil || s.noRetries
		})
		if err != nil {
			return ""
		}
		s.mu.Lock()
		if c != nil && c.gone && !s.noRetries {
			s.mu.Unlock()
			continue // closed meanwhile: pick again
		}
		if c == nil || c.gone {
			s.lost = append(s.lost, e.EnvelopeID)
			s.notifyLocked()
			s.mu.Unlock()
			return ""
		}
		now := time.Now()
		s.sentAt[e.EnvelopeID] = now
		c.pending[e.EnvelopeID] = true
		// A trigger_id lives 3 s from the user's action, i.e. from delivery.
		if t, ok := s.triggers[e.TriggerID()]; ok {
			t.at = now
		}
		s.mu.Unlock()
		if c.write(data) == nil {
			return e.EnvelopeID
		}
		// The socket broke under us: forget it and, unless retries are
		// off (then the envelope is lost with it), try another one.
		_ = c.ws.NetConn().Close()
		s.mu.Lock()
		if !s.noRetries {
			delete(c.pending, e.EnvelopeID)
		}
		s.removeConnLocked(c)
		noRetries := s.noRetries
		s.mu.Unlock()
		if noRetries {
			return ""
		}
	}
}

// pickLocked chooses the socket for an envelope: index idx, or (idx < 0)
// the next one round-robin among those Slack has not told to disconnect,
// else among all. nil when there is none. s.mu must be held.
func (s *Server) pickLocked(idx int) *wsConn {
	if idx >= 0 {
		if idx < len(s.conns) {
			return s.conns[idx]
		}
		return nil
	}
	open := make([]*wsConn, 0, len(s.conns))
	for _, c := range s.conns {
		if !c.closing {
			open = append(open, c)
		}
	}
	if len(open) == 0 {
		open = s.conns
	}
	if len(open) == 0 {
		return nil
	}
	s.rr++
	return open[s.rr%len(open)]
}

// SetRetries turns the fake's stand-in for Slack's redelivery on (the
// default) or off. On, Send waits up to about 5 s for a socket when none is
// open. Off, an envelope that finds no open socket is lost at once, as on
// Slack between its retries: a test can then show that nothing depended on
// a retry (Lost stays empty).
func (s *Server) SetRetries(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noRetries = !on
}

// Lost returns the envelope ids Slack could not deliver: sent to a socket
// that closed before acking them on it, or (SetRetries(false)) finding no
// open socket. Slack would retry them later; the fake does not.
func (s *Server) Lost() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.lost...)
}

// WaitAck waits for the ack of envelopeID (including one already received).
func (s *Server) WaitAck(ctx context.Context, envelopeID string) (Ack, error) {
	var got Ack
	err := s.wait(ctx, "ack of "+envelopeID, func() bool {
		for _, a := range s.acks {
			if a.EnvelopeID == envelopeID {
				got = a
				return true
			}
		}
		return false
	})
	return got, err
}

// Acks returns every ack received, in order.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Ack(nil), s.acks...)
}

// Disconnect sends Slack's disconnect message with reason (for example
// "refresh_requested", "warning", "link_disabled", "too_many_websockets") to
// every open socket. Like Slack, it leaves closing the socket to the client;
// from then on Send prefers the app's other sockets.
func (s *Server) Disconnect(reason string) {
	s.disconnect(-1, reason)
}

// DisconnectConn is Disconnect for the socket with index conn only (as in
// SendTo), as Slack refreshes one connection at a time. It reports whether
// that socket was open.
func (s *Server) DisconnectConn(conn int, reason string) bool {
	return s.disconnect(conn, reason)
}

func (s *Server) disconnect(idx int, reason string) bool {
	msg := disconnectMessage(reason)
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	if idx >= 0 {
		if idx >= len(conns) {
			s.mu.Unlock()
			return false
		}
		conns = conns[idx : idx+1]
	}
	for _, c := range conns {
		c.closing = true
	}
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.write(msg)
	}
	return true
}

func disconnectMessage(reason string) []byte {
	msg, _ := json.Marshal(map[string]any{
		"type":       "disconnect",
		"reason":     reason,
		"debug_info": map[string]any{"host": "applink-slacktest-" + randAlnum(5)},
	})
	return msg
}

// SetMaxConnections sets how many sockets may be open at once
// (DefaultMaxConnections, like Slack, unless changed). A socket beyond the
// limit gets a disconnect message with reason "too_many_websockets" instead
// of hello; it counts in ConnectCount but not in Connections.
func (s *Server) SetMaxConnections(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.maxConns = n
}

// DropConnections closes every open socket abruptly, without a close frame.
func (s *Server) DropConnections() {
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	s.drop(conns)
}

// DropConn closes the socket with index conn (as in SendTo) abruptly. It
// reports whether that socket was open.
func (s *Server) DropConn(conn int) bool {
	s.mu.Lock()
	if conn >= len(s.conns) {
		s.mu.Unlock()
		return false
	}
	c := s.conns[conn]
	s.mu.Unlock()
	s.drop([]*wsConn{c})
	return true
}

func (s *Server) drop(conns []*wsConn) {
	s.mu.Lock()
	for _, c := range conns {
		s.removeConnLocked(c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.NetConn().Close()
	}
}

// SetPings turns the periodic websocket pings on (the default) or off. With
// pings off, slack-go's client drops the socket after its ping timeout (30 s
// by default) and a bot's own watchdog can be tested.
func (s *Server) SetPings(enabled bool) {
	s.mu.Lock()
	s.pings = enabled
	s.mu.Unlock()
	s.kickPinger()
}

// SetPingInterval sets how often every socket is pinged (DefaultPingInterval
// unless changed; Slack itself pings about every 30 s).
func (s *Server) SetPingInterval(d time.Duration) {
	if d <= 0 {
		panic("slacktest: SetPingInterval needs a positive duration")
	}
	s.mu.Lock()
	s.pingInterval = d
	s.mu.Unlock()
	s.kickPinger()
}

// Ping pings every open socket once, now.
func (s *Server) Ping() {
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.WriteControl(websocket.PingMessage, []byte("slacktest"), time.Now().Add(5*time.Second))
	}
}

// Pongs returns how many pongs the clients sent back.
func (s *Server) Pongs() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pongs
}

func (s *Server) kickPinger() {
	select {
	case s.pingReset <- struct{}{}:
	default:
	}
}

func (s *Server) pinger() {
	defer s.wg.Done()
	for {
		s.mu.Lock()
		d, on := s.pingInterval, s.pings
		s.mu.Unlock()
		t := time.NewTimer(d)
		select {
		case <-s.done:
			t.Stop()
			return
		case <-s.pingReset:
			t.Stop()
			continue
		case <-t.C:
		}
		if on {
			s.Ping()
		}
	}
}

// WaitPongs waits until the clients answered at least n pings in total.
func (s *Server) WaitPongs(ctx context.Context, n int) error {
	return s.wait(ctx, fmt.Sprintf("%d pongs", n), func() bool { return s.pongs >= n })
}
