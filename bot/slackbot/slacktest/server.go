// Package slacktest is a fake Slack for tests: an httptest server that serves
// the Web API methods techleader uses and the Socket Mode websocket, delivers
// envelopes built with Slack's real payload shapes, and records what the bot
// did (Web API calls, acks, messages as Slack would hold them, views).
//
// Typical use:
//
//	s := slacktest.New(t)
//	api := slack.New(slacktest.BotToken,
//		slack.OptionAppLevelToken(slacktest.AppToken),
//		slack.OptionAPIURL(s.APIURL()))
//	// run the bot with socketmode.New(api) ...
//	s.WaitConnections(ctx, 1)
//	id := s.Send(s.MessageIM("U1", s.IMChannel("U1"), "hello"))
//	s.WaitAck(ctx, id)
//	s.WaitMessage(ctx, func(m slacktest.Message) bool { return m.Channel == s.IMChannel("U1") })
//
// What it enforces, like Slack: tokens (bot token for Web API methods, app
// token for apps.connections.open; "not_authed" when missing, "invalid_auth"
// when wrong, "not_allowed_token_type" for the other kind), Block Kit limits
// on chat.postMessage/postEphemeral/update and response_urls ("invalid_blocks"
// with response_metadata.messages) and on views.* ("invalid_arguments", as
// Slack answers for views), trigger_id lifetime (3 s from delivery,
// "expired_trigger_id"), views.push depth, view hash conflicts, response_url
// use count (5) and 10 sockets per app ("too_many_websockets").
//
// Messages lists only what the bot posted; people's messages built with the
// envelope builders are not stored. Envelopes are not retried automatically:
// use Envelope.Retry and Send to play Slack's redelivery.
//
// All methods of Server are safe for concurrent use.
package slacktest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Identities of the fake workspace and app.
const (
	BotToken  = "xoxb-test-token"
	AppToken  = "xapp-test-token"
	TeamID    = "T0TEST"
	BotUserID = "UBOT"
	BotID     = "BBOT"
	AppID     = "A0TEST"

	// TeamDomain is the workspace's domain (team_domain, team.domain).
	TeamDomain = "techleader-test"
	// BotName is the bot user's name.
	BotName = "techleader"
	// Command is the slash command SlashCommand builds.
	Command = "/techleader"
)

// DefaultPingInterval is how often the fake pings each socket unless changed
// with SetPingInterval. slack-go's client drops a socket that has not been
// pinged for 30 s, so the default stays well below that.
const DefaultPingInterval = 10 * time.Second

// DefaultMaxConnections is Slack's limit of simultaneous Socket Mode
// connections per app.
const DefaultMaxConnections = 10

// sendWait is how long Send waits for a socket.
const sendWait = 5 * time.Second

// Ack is a Socket Mode acknowledgement the bot sent back.
type Ack struct {
	EnvelopeID string
	// Payload is the ack's payload, nil when the ack had none.
	Payload json.RawMessage
	// Latency is the time from writing the envelope to reading its ack; zero
	// when the envelope id was never sent by this server.
	Latency time.Duration
}

// Server is a fake Slack. Create it with New.
type Server struct {
	tb     testing.TB
	hs     *httptest.Server
	apiURL string
	done   chan struct{}
	wg     sync.WaitGroup

	mu      sync.Mutex
	changed chan struct{} // closed and replaced on every state change
	closed  bool

	// Socket Mode.
	conns        []*wsConn // open sockets that got hello, in connection order
	rr           int
	connectCount int
	tickets      map[string]bool // ticket -> used
	sentAt       map[string]time.Time
	acks         []Ack
	pings        bool
	pingInterval time.Duration
	pingReset    chan struct{}
	pongs        int
	openErr      string
	maxConns     int

	// Web API.
	calls        []Call
	faults       map[string][]Fault
	msgs         []*Message
	tsSeq        int64
	lastTS       int64            // the last ts handed out, in microseconds
	clock        func() time.Time // nil: ts count up from 1700000000
	triggers     map[string]*trigger
	triggerTTL   time.Duration
	responseURLs map[string]*responseURL
	views        []*View
	users        map[string]User
	members      map[string][]string
}

type wsConn struct {
	ws   *websocket.Conn
	wmu  sync.Mutex
	gone bool
}

func (c *wsConn) write(b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if err := c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second)); err != nil {
		return err
	}
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// New starts a fake Slack and registers t.Cleanup(s.Close).
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{
		tb:           t,
		done:         make(chan struct{}),
		changed:      make(chan struct{}),
		tickets:      map[string]bool{},
		sentAt:       map[string]time.Time{},
		pings:        true,
		pingInterval: DefaultPingInterval,
		pingReset:    make(chan struct{}, 1),
		maxConns:     DefaultMaxConnections,
		faults:       map[string][]Fault{},
		triggers:     map[string]*trigger{},
		triggerTTL:   defaultTriggerTTL,
		responseURLs: map[string]*responseURL{},
		users:        map[string]User{},
		members:      map[string][]string{},
	}
	s.users[BotUserID] = User{ID: BotUserID, Name: BotName, RealName: "Techleader", TZ: "UTC", IsBot: true}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.serveAPI)
	mux.HandleFunc("/link/", s.serveSocket)
	mux.HandleFunc("/response/", s.serveResponseURL)
	s.hs = httptest.NewServer(mux)
	s.apiURL = s.hs.URL + "/api/"
	s.wg.Add(1)
	go s.pinger()
	t.Cleanup(s.Close)
	return s
}

// APIURL returns the Web API base URL with its trailing slash, for
// slack.OptionAPIURL.
func (s *Server) APIURL() string { return s.apiURL }

// URL returns the server's base URL ("http://127.0.0.1:PORT").
func (s *Server) URL() string { return s.hs.URL }

// Close closes every socket and stops the server. It is idempotent.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	conns := s.conns
	s.conns = nil
	close(s.done)
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.NetConn().Close()
	}
	s.hs.CloseClientConnections()
	s.hs.Close()
	s.wg.Wait()
}

// notifyLocked wakes every waiter. s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait calls check under s.mu until it reports done or ctx ends.
func (s *Server) wait(ctx context.Context, what string, check func() bool) error {
	for {
		s.mu.Lock()
		if check() {
			s.mu.Unlock()
			return nil
		}
		ch := s.changed
		closed := s.closed
		s.mu.Unlock()
		if closed {
			return fmt.Errorf("slacktest: waiting for %s: server closed", what)
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("slacktest: waiting for %s: %w", what, ctx.Err())
		}
	}
}

// ---- Socket Mode ----

// WaitConnections waits until at least n sockets are open and got hello.
func (s *Server) WaitConnections(ctx context.Context, n int) error {
	return s.wait(ctx, fmt.Sprintf("%d connections", n), func() bool { return len(s.conns) >= n })
}

// Connections returns the number of open sockets that got hello.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// ConnectCount returns how many sockets were ever established (each after an
// apps.connections.open call).
func (s *Server) ConnectCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connectCount
}

// WaitConnectCount waits until ConnectCount() >= n: useful after Disconnect
// or DropConnections to wait for the client to come back.
func (s *Server) WaitConnectCount(ctx context.Context, n int) error {
	return s.wait(ctx, fmt.Sprintf("%d connects", n), func() bool { return s.connectCount >= n })
}

// SetConnectionsOpenError makes apps.connections.open answer
// {"ok":false,"error":err} until it is called again with "".
func (s *Server) SetConnectionsOpenError(err string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.openErr = err
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	ticket := r.URL.Query().Get("ticket")
	s.mu.Lock()
	used, known := s.tickets[ticket]
	if known && !used {
		s.tickets[ticket] = true
	}
	closed := s.closed
	s.mu.Unlock()
	if !known || used || closed {
		http.Error(w, "invalid ticket", http.StatusUnauthorized)
		return
	}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &wsConn{ws: ws}
	ws.SetPongHandler(func(string) error {
		s.mu.Lock()
		s.pongs++
		s.notifyLocked()
		s.mu.Unlock()
		return nil
	})

	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		_ = ws.Close()
		return
	}
	if len(s.conns) >= s.maxConns {
		// Like Slack: a socket beyond the limit is told to go away and gets
		// no envelopes; closing it is up to the client.
		s.connectCount++
		s.wg.Add(1)
		s.notifyLocked()
		s.mu.Unlock()
		_ = c.write(disconnectMessage("too_many_websockets"))
		go s.readLoop(c)
		return
	}
	hello, _ := json.Marshal(map[string]any{
		"type":            "hello",
		"num_connections": len(s.conns) + 1,
		"debug_info": map[string]any{
			"host":                        "applink-slacktest-" + randAlnum(5),
			"build_number":                10,
			"approximate_connection_time": 18060,
		},
		"connection_info": map[string]any{"app_id": AppID},
	})
	// Hello is written under s.mu so no envelope can overtake it.
	if err := c.write(hello); err != nil {
		s.mu.Unlock()
		_ = ws.Close()
		return
	}
	s.conns = append(s.conns, c)
	s.connectCount++
	s.wg.Add(1)
	s.notifyLocked()
	s.mu.Unlock()

	go s.readLoop(c)
}

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
		s.notifyLocked()
		s.mu.Unlock()
	}
}

func (s *Server) removeConnLocked(c *wsConn) {
	if c.gone {
		return
	}
	c.gone = true
	for i, x := range s.conns {
		if x == c {
			s.conns = append(s.conns[:i:i], s.conns[i+1:]...)
			break
		}
	}
	s.notifyLocked()
}

// Send delivers e to one open socket, chosen round-robin, and returns its
// envelope_id (generated when e.EnvelopeID is empty). It waits up to about
// 5 s for a socket and returns "" if none became available.
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
			if idx < 0 {
				if len(s.conns) == 0 {
					return false
				}
				s.rr++
				c = s.conns[s.rr%len(s.conns)]
				return true
			}
			if idx < len(s.conns) {
				c = s.conns[idx]
				return true
			}
			return false
		})
		if err != nil {
			return ""
		}
		s.mu.Lock()
		now := time.Now()
		s.sentAt[e.EnvelopeID] = now
		// A trigger_id lives 3 s from the user's action, i.e. from delivery.
		if t, ok := s.triggers[e.TriggerID()]; ok {
			t.at = now
		}
		s.mu.Unlock()
		if c.write(data) == nil {
			return e.EnvelopeID
		}
		// The socket broke under us: forget it and try another one.
		_ = c.ws.NetConn().Close()
		s.mu.Lock()
		s.removeConnLocked(c)
		s.mu.Unlock()
	}
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
// every open socket. Like Slack, it leaves closing the socket to the client.
func (s *Server) Disconnect(reason string) {
	msg := disconnectMessage(reason)
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.write(msg)
	}
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
