package slacktest_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

// rawSocket opens a Socket Mode websocket by hand, so a test decides what
// is acked and on which socket, and returns it after Slack's hello.
func rawSocket(t *testing.T, s *slacktest.Server) *websocket.Conn {
	t.Helper()
	_, url, err := newAPI(s).StartSocketModeContext(guard(t))
	if err != nil {
		t.Fatal(err)
	}
	ws, _, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ws.Close() })
	if typ, _ := readMsg(t, ws, time.Second); typ != "hello" {
		t.Fatalf("first message %q, want hello", typ)
	}
	return ws
}

// readMsg reads one message's type and envelope id, "" when none came
// within wait.
func readMsg(t *testing.T, ws *websocket.Conn, wait time.Duration) (typ, envelope string) {
	t.Helper()
	_ = ws.SetReadDeadline(time.Now().Add(wait))
	_, data, err := ws.ReadMessage()
	if err != nil {
		return "", ""
	}
	var m struct {
		Type       string
		EnvelopeID string `json:"envelope_id"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m.Type, m.EnvelopeID
}

func ack(t *testing.T, ws *websocket.Conn, id string) {
	t.Helper()
	if err := ws.WriteJSON(map[string]string{"envelope_id": id}); err != nil {
		t.Fatal(err)
	}
}

// TestDeliveryLikeSlack: envelopes go to the sockets not told to go; one
// not acked on its own socket before that closes is lost; with retries
// off an envelope that finds no socket is lost at once.
func TestDeliveryLikeSlack(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	a, b := rawSocket(t, s), rawSocket(t, s)
	if !s.DisconnectConn(0, "refresh_requested") {
		t.Fatal("no socket 0")
	}
	if typ, _ := readMsg(t, a, time.Second); typ != "disconnect" {
		t.Fatalf("socket 0 got %q, want disconnect", typ)
	}
	for range 4 {
		id := s.Send(s.MessageIM("U1", s.IMChannel("U1"), "hi"))
		if typ, got := readMsg(t, b, time.Second); typ != "events_api" || got != id {
			t.Fatalf("socket 1 got %q %q, want the envelope %q", typ, got, id)
		}
		ack(t, b, id)
	}
	if typ, _ := readMsg(t, a, 50*time.Millisecond); typ != "" {
		t.Fatalf("the socket told to go got %q", typ)
	}

	unacked := s.SendTo(0, s.MessageIM("U1", s.IMChannel("U1"), "never acked"))
	wrong := s.SendTo(1, s.MessageIM("U1", s.IMChannel("U1"), "acked on the other socket"))
	ack(t, a, wrong)
	if _, err := s.WaitAck(ctx, wrong); err != nil {
		t.Fatal(err)
	}
	_ = a.Close()
	_ = b.Close()
	waitLost := func(n int) []string {
		for len(s.Lost()) < n && ctx.Err() == nil {
			time.Sleep(5 * time.Millisecond)
		}
		return s.Lost()
	}
	if lost := waitLost(2); len(lost) != 2 || !slices.Contains(lost, unacked) || !slices.Contains(lost, wrong) {
		t.Fatalf("Lost() = %v, want %s and %s", lost, unacked, wrong)
	}

	s.SetRetries(false)
	start := time.Now()
	if id := s.Send(s.MessageIM("U1", s.IMChannel("U1"), "nobody there")); id != "" {
		t.Errorf("Send with no socket = %q", id)
	}
	if time.Since(start) > time.Second {
		t.Error("Send waited for a socket with retries off")
	}
	if lost := waitLost(3); len(lost) != 3 {
		t.Errorf("Lost() = %v, want 3", lost)
	}
}
