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
// use count (5) and 10 sockets per app ("too_many_websockets"). It also
// plays Slack's assistant panel (assistant.go): threads started with
// NewAssistantThread, their events, the assistant.threads.* methods (and
// the feature being off: SetAssistantError), a status cleared by the
// app's post in its thread, and conversations.replies.
//
// Messages lists only what the bot posted; people's messages built with the
// envelope builders are not stored.
//
// Socket Mode delivery is Slack's: each envelope goes to one of the app's
// open sockets, not to one that was sent a disconnect message while another
// is open (Slack is moving the app off it); an envelope whose socket closes
// before the ack comes back on that same socket is lost (Lost). Slack would
// retry it after about a minute; the fake never does by itself (use
// Envelope.Retry and Send to play a redelivery). Send waits for a socket when
// none is open, standing in for Slack's retry; SetRetries(false) turns that
// off, so an envelope that finds no socket is lost too.
//
// All methods of Server are safe for concurrent use.
package slacktest

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
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
	noRetries    bool     // SetRetries(false)
	lost         []string // envelope ids Slack could not deliver (Lost)

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

	// Assistant threads (assistant.go), by "channel/ts".
	assistant    map[string]*AssistantThread
	assistantErr string

	echo   bool          // EchoBotMessages
	onPost func(Message) // OnPost
}

type wsConn struct {
	ws   *websocket.Conn
	wmu  sync.Mutex
	gone bool
	// closing: the socket was sent a disconnect message.
	closing bool
	// pending holds the envelopes sent on this socket and not acked on it.
	pending map[string]bool
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
	return NewAt(t, "")
}

// NewAt is New listening on addr ("host:port"; "" for any free port on
// the loopback): a test can point a bot at a port first and start Slack
// there later.
func NewAt(t testing.TB, addr string) *Server {
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
	s.hs = httptest.NewUnstartedServer(mux)
	if addr != "" {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			t.Fatalf("slacktest: listen on %s: %v", addr, err)
		}
		_ = s.hs.Listener.Close()
		s.hs.Listener = l
	}
	s.hs.Start()
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
	c := &wsConn{ws: ws, pending: map[string]bool{}}
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
