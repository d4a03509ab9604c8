package slackbot

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func TestSkimObject(t *testing.T) {
	tests := []struct {
		in   string
		want string // "k=v;..." of the members read, "!" when unreadable
	}{
		{`{}`, ""},
		{` { "a" : 1 , "b":"x" } `, `a=1;b="x";`},
		{`{"a":{"b":[1,{"c":"}"}]},"d":null}`, `a={"b":[1,{"c":"}"}]};d=null;`},
		{`{"a":"q\"uote","b":"back\\","c":true}`, `a="q\"uote";b="back\\";c=true;`},
		{`{"a\"b":1}`, `a\"b=1;`},
		{`{"a":[]}`, `a=[];`},
		{`{"a":1,}`, "!"},
		{`{"a" 1}`, "!"},
		{`{"a":"open}`, "!"},
		{`{"a":{"b":1}`, "!"},
		{`[1,2]`, "!"},
		{`{"a":}`, "!"},
		{``, "!"},
	}
	for _, tt := range tests {
		var got strings.Builder
		ok := skimObject([]byte(tt.in), func(k, v []byte) bool {
			got.WriteString(string(k) + "=" + string(v) + ";")
			return true
		})
		if !ok {
			got.Reset()
			got.WriteString("!")
		}
		if got.String() != tt.want {
			t.Errorf("skim %s = %s, want %s", tt.in, got.String(), tt.want)
		}
	}
}

// wireBot is a connection of a Bot, neither started, whose acks queue in
// slack-go's socket client: enough for dropFrame (at most 20 acks fit).
func wireBot(t *testing.T) (*sock, *bottest.Counters) {
	t.Helper()
	m := &bottest.Counters{}
	b, err := New(Config{AppToken: slacktest.AppToken, BotToken: slacktest.BotToken}, &bottest.FakeEngine{}, nil, nil, WithMetrics(m))
	if err != nil {
		t.Fatal(err)
	}
	b.botUserID = slacktest.BotUserID
	return b.newSock(t.Context(), 0), m
}

func envelopeJSON(t *testing.T, e slacktest.Envelope) []byte {
	t.Helper()
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestDropFrame reads Slack's real payload shapes: the envelopes the bot
// ignores are acked and dropped, everything else goes on to slack-go.
func TestDropFrame(t *testing.T) {
	s := slacktest.New(t)
	dm := slacktest.IMChannel("U1")
	tests := []struct {
		name string
		msg  []byte
		drop bool
	}{
		{"own post echoed", envelopeJSON(t, s.SelfMessageIM(dm, "my answer")), true},
		{"another bot", envelopeJSON(t, s.BotMessageIM(dm, "beep")), true},
		{"edit", envelopeJSON(t, s.MessageSubtype("U1", dm, "message_changed", "edited")), true},
		{"deletion", envelopeJSON(t, s.MessageSubtype("U1", dm, "message_deleted", "")), true},
		{"join", envelopeJSON(t, s.MessageSubtype("U1", "C1", "channel_join", "joined")), true},
		{"thread broadcast", envelopeJSON(t, s.MessageSubtype("U1", "C1", "thread_broadcast", "hi")), false},
		{"a person's DM", envelopeJSON(t, s.MessageIM("U1", dm, "What does a CTO do? bot_id")), false},
		{"a DM quoting JSON", envelopeJSON(t, s.MessageIM("U1", dm, `"bot_id":"BBOT","user":"UBOT"`)), false},
		{"thread reply", envelopeJSON(t, s.ThreadMessage("U1", "C1", "1700000000.000001", "1")), false},
		{"mention", envelopeJSON(t, s.AppMention("U1", "C1", "<@UBOT> hi", "")), false},
		{"home opened", envelopeJSON(t, s.AppHomeOpened("U1")), false},
		{"slash command", envelopeJSON(t, s.SlashCommand("U1", dm, "help")), false},
		{"hello", []byte(`{"type":"hello","num_connections":1}`), false},
		{"escaped user", []byte(`{"type":"events_api","envelope_id":"e1","payload":{"type":"event_callback","event":{"type":"message","user":"UB\u004fT","text":"x"}}}`), false},
		{"null bot_id", []byte(`{"type":"events_api","envelope_id":"e2","payload":{"type":"event_callback","event":{"type":"message","bot_id":null,"user":"U1","text":"x"}}}`), false},
		{"no envelope id", []byte(`{"type":"events_api","payload":{"type":"event_callback","event":{"type":"message","bot_id":"B1","user":"U9"}}}`), false},
		{"malformed", []byte(`{"type":"events_api","envelope_id":"e3","payload":{"type":"event_callback","event":{"type":"message","bot_id":"B1"`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, m := wireBot(t)
			if got := b.dropFrame(tt.msg); got != tt.drop {
				t.Errorf("dropFrame = %v, want %v: %.300s", got, tt.drop, tt.msg)
			}
			if acked := m.Get("acked:events_api:message"); tt.drop != (acked == 1) {
				t.Errorf("acked %d, want an ack only for a dropped envelope", acked)
			}
		})
	}
}

// TestDropFrameDisconnect: the bot takes Slack's disconnect messages from
// slack-go (which would close the socket at once) and acts on them.
func TestDropFrameDisconnect(t *testing.T) {
	for _, tt := range []struct {
		reason string
		retire bool  // the socket is to be replaced, serving meanwhile
		cause  error // the socket ends at once with this cause
	}{
		{"refresh_requested", true, nil},
		{"warning", true, nil},
		{"something_new", true, nil},
		{"too_many_websockets", false, errTooManyWebsockets},
		{"link_disabled", false, errLinkDisabled},
	} {
		t.Run(tt.reason, func(t *testing.T) {
			s, m := wireBot(t)
			if !s.dropFrame([]byte(`{"type":"disconnect","reason":"` + tt.reason + `","debug_info":{"host":"x"}}`)) {
				t.Error("the disconnect went on to slack-go")
			}
			if m.Get("reconnect:"+tt.reason) != 1 {
				t.Errorf("reason not counted: %v", m.Snapshot())
			}
			retiring := false
			select {
			case <-s.retire:
				retiring = true
			default:
			}
			if retiring != tt.retire {
				t.Errorf("asked to retire: %v, want %v", retiring, tt.retire)
			}
			if got := context.Cause(s.ctx); got != tt.cause {
				t.Errorf("socket ended with %v, want %v", got, tt.cause)
			}
		})
	}
}

// frame encodes one server-to-client websocket frame.
func frame(first byte, payload []byte) []byte {
	var h []byte
	switch n := len(payload); {
	case n < 126:
		h = []byte{first, byte(n)}
	case n <= 0xffff:
		h = binary.BigEndian.AppendUint16([]byte{first, 126}, uint16(n))
	default:
		h = binary.BigEndian.AppendUint64([]byte{first, 127}, uint64(n))
	}
	return append(h, payload...)
}

// chunkConn yields its data in reads of random sizes.
type chunkConn struct {
	net.Conn
	r   *bytes.Reader
	rnd *rand.Rand
}

func (c *chunkConn) Read(p []byte) (int, error) {
	n := 1 + c.rnd.IntN(min(len(p), 3000))
	return c.r.Read(p[:n])
}

// TestFrameWatchStream reads a handshake response and a mix of frames
// through frameWatch in random pieces: exactly the ignored envelopes that
// are whole plain text frames disappear, byte for byte.
func TestFrameWatchStream(t *testing.T) {
	s := slacktest.New(t)
	dm := slacktest.IMChannel("U1")
	echo := envelopeJSON(t, s.SelfMessageIM(dm, "my answer"))
	person := envelopeJSON(t, s.MessageIM("U1", dm, "What does a CTO do?"))
	bigEcho := envelopeJSON(t, s.SelfMessageIM(dm, strings.Repeat("long ", maxWatched/5)))
	mid := envelopeJSON(t, s.SelfMessageIM(dm, strings.Repeat("m", 70000))) // 64-bit length
	const text, cont, ping, binaryOp, fin = 0x1, 0x0, 0x9, 0x2, 0x80
	parts := []struct {
		bytes []byte
		kept  bool
	}{
		{[]byte("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"), true},
		{frame(fin|text, []byte(`{"type":"hello","num_connections":1}`)), true},
		{frame(fin|text, echo), false},
		{frame(fin|ping, []byte("p")), true},
		{frame(fin|text, person), true},
		{frame(fin|text, mid), false},
		{frame(text, echo[:40]), true}, // fragmented: left to gorilla
		{frame(fin|cont, echo[40:]), true},
		{frame(fin|binaryOp, echo), true},
		{frame(fin|0x40|text, echo), true}, // RSV1: compressed
		{frame(fin|text, bigEcho), true},   // too big to look at
		{frame(fin|text, echo), false},
		{frame(fin|text, person), true},
	}
	var in, want []byte
	for _, p := range parts {
		in = append(in, p.bytes...)
		if p.kept {
			want = append(want, p.bytes...)
		}
	}
	for seed := range uint64(20) {
		b, m := wireBot(t)
		rnd := rand.New(rand.NewPCG(seed, 1))
		fw := &frameWatch{Conn: &chunkConn{r: bytes.NewReader(in), rnd: rnd}, s: b}
		var got []byte
		buf := make([]byte, 1+rnd.IntN(5000))
		for {
			n, err := fw.Read(buf)
			got = append(got, buf[:n]...)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("seed %d: %d bytes out, want %d", seed, len(got), len(want))
		}
		if n := m.Get("acked:events_api:message"); n != 3 {
			t.Errorf("seed %d: %d envelopes acked on the wire, want 3", seed, n)
		}
	}
}

// TestDialViaProxy connects through an HTTP CONNECT proxy.
func TestDialViaProxy(t *testing.T) {
	target, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer target.Close()
	go func() {
		c, err := target.Accept()
		if err == nil {
			_, _ = c.Write([]byte("hello through the tunnel"))
			_ = c.Close()
		}
	}()
	proxy, connects := connectProxy(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	viaProxy := func(*http.Request) (*url.URL, error) { return url.Parse("http://user:pw@" + proxy) }
	conn, err := dialVia(ctx, viaProxy, "https", target.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	got, _ := io.ReadAll(conn)
	if string(got) != "hello through the tunnel" {
		t.Errorf("read %q through the proxy", got)
	}
	if c := <-connects; c != "CONNECT "+target.Addr().String()+" Basic dXNlcjpwdw==" {
		t.Errorf("proxy saw %q", c)
	}

	badScheme := func(*http.Request) (*url.URL, error) { return url.Parse("socks5://" + proxy) }
	if _, err := dialVia(ctx, badScheme, "https", target.Addr().String()); err == nil || !strings.Contains(err.Error(), "http:// proxies only") {
		t.Errorf("socks5 proxy: %v", err)
	}
}

// connectProxy is a one-shot CONNECT proxy; it sends what it was asked on
// connects.
func connectProxy(t *testing.T) (addr string, connects chan string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	connects = make(chan string, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		req, err := http.ReadRequest(bufio.NewReader(c))
		if err != nil {
			return
		}
		connects <- req.Method + " " + req.Host + " " + req.Header.Get("Proxy-Authorization")
		up, err := net.Dial("tcp", req.Host)
		if err != nil {
			_, _ = c.Write([]byte("HTTP/1.1 502 Bad Gateway\r\n\r\n"))
			return
		}
		defer up.Close()
		_, _ = c.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
		_, _ = io.Copy(c, up)
	}()
	return l.Addr().String(), connects
}
