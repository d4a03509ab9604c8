package web_test

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/bot/web/redisweb"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

type sseEvent struct {
	id, event string
	push      web.PushJSON
}

// stream is an open event stream.
type stream struct {
	t    *testing.T
	resp *http.Response
	r    *bufio.Reader
}

func (c *client) events(hdr map[string]string) *stream {
	c.t.Helper()
	resp := c.do("GET", web.PathEvents, nil, hdr)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		c.t.Fatalf("event stream: %d %q %s", resp.StatusCode, resp.Header.Get("Content-Type"), raw)
	}
	s := &stream{t: c.t.(*testing.T), resp: resp, r: bufio.NewReader(resp.Body)}
	c.t.Cleanup(func() { resp.Body.Close() })
	return s
}

// next reads the next event, skipping comments and the retry field.
func (s *stream) next() sseEvent {
	s.t.Helper()
	var ev sseEvent
	var data string
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			s.t.Fatalf("reading the stream: %v", err)
		}
		line = strings.TrimSuffix(line, "\n")
		switch {
		case line == "" && data != "":
			if err := json.Unmarshal([]byte(data), &ev.push); err != nil {
				s.t.Fatalf("event data %q: %v", data, err)
			}
			return ev
		case strings.HasPrefix(line, "id: "):
			ev.id = strings.TrimPrefix(line, "id: ")
		case strings.HasPrefix(line, "event: "):
			ev.event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data = strings.TrimPrefix(line, "data: ")
		}
	}
}

func (s *stream) close() { s.resp.Body.Close() }

func appendPush(t *testing.T, l web.PushLog, session, text string) string {
	t.Helper()
	id, err := l.Append(t.Context(), session, web.Push{Kind: web.PushConsultant, From: "Ada, consultant", Text: text, At: time.Now()})
	if err != nil {
		t.Fatalf("Append: %v", err)
	}
	return id
}

func TestEventsResumeAfterReconnect(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	c.state()
	sess := c.session()
	id1 := appendPush(t, h.pushes, sess, "first <script>x</script>")

	s := c.events(nil)
	ev := s.next()
	if ev.id != id1 || ev.event != "push" || ev.push.ID != id1 || plainText(ev.push.Text) != "first <script>x</script>\n" || ev.push.From != "Ada, consultant" {
		t.Fatalf("first event %+v", ev)
	}
	id2 := appendPush(t, h.pushes, sess, "second") // pushed while the stream is open
	if ev := s.next(); ev.id != id2 {
		t.Fatalf("live event %+v, want %s", ev, id2)
	}
	s.close()

	id3 := appendPush(t, h.pushes, sess, "third") // while disconnected
	id4 := appendPush(t, h.pushes, sess, "fourth")
	s = c.events(map[string]string{"Last-Event-ID": id2})
	if a, b := s.next(), s.next(); a.id != id3 || b.id != id4 {
		t.Fatalf("after reconnecting from %s: %s, %s; want %s, %s", id2, a.id, b.id, id3, id4)
	}
	s.close()

	// A page that loaded the state resumes after its lastEventId.
	st := c.state()
	if st.LastEventID != id4 || len(st.Pushes) != 4 {
		t.Fatalf("state: lastEventId %q with %d pushes, want %s and 4", st.LastEventID, len(st.Pushes), id4)
	}
	id5 := appendPush(t, h.pushes, sess, "fifth")
	resp := c.do("GET", web.PathEvents+"?after="+st.LastEventID, nil, nil)
	s = &stream{t: t, resp: resp, r: bufio.NewReader(resp.Body)}
	if ev := s.next(); ev.id != id5 {
		t.Fatalf("after=%s: %s, want %s", st.LastEventID, ev.id, id5)
	}
	s.close()

	// Another session never sees these.
	other := h.client()
	other.state()
	appendPush(t, h.pushes, other.session(), "for the other one")
	if ev := other.events(nil).next(); plainText(ev.push.Text) != "for the other one\n" {
		t.Fatalf("other session read %+v", ev)
	}
}

func TestEventsBadLastEventID(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	for _, id := range []string{"x", "1-2-3", "$"} {
		if e := decode[apiError](t, c.do("GET", web.PathEvents, nil, map[string]string{"Last-Event-ID": id}), 400); e.Error.Code != "bad_request" {
			t.Fatalf("Last-Event-ID %q: %+v", id, e)
		}
	}
}

func TestEventsBounded(t *testing.T) {
	h := newHarness(t, harnessOpts{cfg: web.Config{MaxStreams: 1}})
	c := h.client()
	c.state()
	s := c.events(nil)
	resp := c.do("GET", web.PathEvents, nil, nil)
	if resp.Header.Get("Retry-After") == "" {
		t.Error("refused stream without Retry-After")
	}
	decode[apiError](t, resp, http.StatusServiceUnavailable)
	if h.metrics.Count("refused:"+web.RefusedStreams) != 1 {
		t.Fatal("refused stream not counted")
	}
	// Close ends the open stream, so a server can shut down.
	h.srv.Close()
	if _, err := io.ReadAll(s.r); err != nil {
		t.Fatalf("stream after Close: %v", err)
	}
	// The handler's deferred calls ran before the server ended the body.
	if h.metrics.Count("stream_open") != 1 || h.metrics.Count("stream_close") != 1 {
		t.Fatalf("streams opened %d, closed %d", h.metrics.Count("stream_open"), h.metrics.Count("stream_close"))
	}
}

// TestEventsOnAnyReplica: two servers sharing Redis (TEST_REDIS_URL, else
// miniredis) are two replicas; a push appended through one reaches a
// stream open on the other, and a page moving between them resumes
// without a gap.
func TestEventsOnAnyReplica(t *testing.T) {
	rc, prefix := redistest.New(t)
	eng := conversation.New(bottest.Knowledge(t), memstore.New(), conversation.Config{}, nil)
	sessions := redisweb.NewSessions(rc, redisweb.WithPrefix(prefix))
	replica := func() (*harness, *redisweb.PushLog) {
		pl := redisweb.NewPushLog(rc, 100, time.Hour, redisweb.WithPrefix(prefix))
		t.Cleanup(func() { _ = pl.Close() })
		h := newHarness(t, harnessOpts{deps: func(d *web.Deps) {
			d.Engine, d.Pushes, d.Sessions = eng, pl, sessions
			d.Limiter = redisweb.NewLimiter(rc, redisweb.WithPrefix(prefix))
		}})
		return h, pl
	}
	a, logA := replica()
	b, logB := replica()

	ca := a.client()
	ca.state()
	sess := ca.session()
	// The same browser talking to replica b: same cookie.
	cb := b.client()
	cb.c.Jar.SetCookies(mustURL(t, b.http.URL), ca.c.Jar.Cookies(mustURL(t, a.http.URL)))
	if st := cb.state(); cb.session() != sess || len(st.Replies) == 0 {
		t.Fatal("replica b did not know the session made on a")
	}

	s := cb.events(nil)
	id1 := appendPush(t, logA, sess, "appended on a")
	if ev := s.next(); ev.id != id1 {
		t.Fatalf("stream on b got %+v, want %s appended on a", ev, id1)
	}
	s.close()
	id2 := appendPush(t, logB, sess, "appended on b")
	s = ca.events(map[string]string{"Last-Event-ID": id1})
	if ev := s.next(); ev.id != id2 {
		t.Fatalf("reconnected to a after %s: %+v, want %s", id1, ev, id2)
	}
}
