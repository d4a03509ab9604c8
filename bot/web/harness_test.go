package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/bot/web/memweb"
	"github.com/springfield/techleader/bot/web/webtest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/memstore"
)

// harness is a web server over the real engine (embedded knowledge,
// memory store), the memory stores and a real consultant handoff on a
// MemDesk (its loops running), served by httptest.
type harness struct {
	t        testing.TB
	srv      *web.Server
	http     *httptest.Server
	eng      *conversation.Engine
	pushes   web.PushLog
	sessions web.Sessions
	handoffs *handoff.Service
	hstore   handoff.Store
	desk     *handoff.MemDesk
	metrics  *webtest.Metrics
	logs     *syncBuffer
	// figures are the insights recorded, with harnessOpts.ratings.
	figures *insights.Memory
}

// deskStyle names the MemDesk's people: consultant is Ada.
var deskStyle = handoff.Style{Person: func(id string) string {
	if id == consultant {
		return "Ada"
	}
	return id
}}

// consultant is the desk id of the harness's consultant.
const consultant = "UADA"

type harnessOpts struct {
	cfg     web.Config
	deps    func(*web.Deps)
	logAt   slog.Level
	handler func(http.Handler) http.Handler
	// ratings records insights (figures) and has the handoff ask for a
	// rating once closed, as serve does with insights on.
	ratings bool
}

func newHarness(t testing.TB, o harnessOpts) *harness {
	t.Helper()
	h := &harness{t: t, metrics: &webtest.Metrics{}, logs: &syncBuffer{}}
	logger := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: o.logAt}))
	h.pushes = memweb.NewPushLog(100, time.Hour)
	h.sessions = memweb.NewSessions()
	var engOpts []conversation.EngineOption
	if o.ratings {
		h.figures = insights.NewMemory(insights.NewPolicy(insights.DefaultConfig(), nil))
		engOpts = append(engOpts, conversation.WithRecorder(insights.EngineRecorder(h.figures)))
	}
	h.eng = conversation.New(bottest.Knowledge(t), memstore.New(), conversation.Config{}, logger, engOpts...)
	h.hstore, h.desk = handoff.NewMemStore(), handoff.NewMemDesk(deskStyle, consultant)
	hd := handoff.Deps{
		Store: h.hstore, Desk: h.desk, Users: map[string]handoff.UserSide{web.Platform: web.NewUserSide(h.pushes)},
		Status: h.eng, Log: logger,
	}
	if o.ratings {
		hd.Insights, hd.Surveys = h.figures, h.eng
	}
	svc, err := handoff.NewService(hd, handoff.Config{Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	h.handoffs = svc
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); svc.Run(ctx) }()
	t.Cleanup(func() { stop(); <-done })
	d := web.Deps{Engine: h.eng, Pushes: h.pushes, Limiter: memweb.NewLimiter(), Sessions: h.sessions,
		Handoffs: svc, Metrics: h.metrics, Logger: logger}
	if o.deps != nil {
		o.deps(&d)
	}
	if o.cfg.Rate == 0 {
		o.cfg.Rate, o.cfg.Burst = 1000, 1000 // tests click fast; the limit tests set their own
	}
	srv, err := web.New(o.cfg, d)
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	h.srv = srv
	var handler http.Handler = srv
	if o.handler != nil {
		handler = o.handler(srv)
	}
	h.http = httptest.NewServer(handler)
	t.Cleanup(func() { srv.Close(); h.http.Close() })
	return h
}

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// client is one browser: a cookie jar against the harness.
type client struct {
	t testing.TB
	h *harness
	c *http.Client
}

func (h *harness) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: h.t, h: h, c: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
}

// do sends a request with the headers a same-origin fetch has.
func (c *client) do(method, path string, body any, hdr map[string]string) *http.Response {
	c.t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			c.t.Fatal(err)
		}
		r = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(context.Background(), method, c.h.http.URL+path, r)
	if err != nil {
		c.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range hdr {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := c.c.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	return resp
}

// decode reads a JSON response with the wanted status.
func decode[T any](t testing.TB, resp *http.Response, status int) T {
	t.Helper()
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Fatalf("status %d, want %d; body %s", resp.StatusCode, status, raw)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON; body %s", ct, raw)
	}
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("decoding %s: %v", raw, err)
	}
	return v
}

type apiError struct {
	Error struct {
		Code    string            `json:"code"`
		Message string            `json:"message"`
		Fields  map[string]string `json:"fields"`
	} `json:"error"`
}

func (c *client) state() web.StateResponse {
	c.t.Helper()
	return decode[web.StateResponse](c.t, c.do("GET", web.PathState, nil, nil), http.StatusOK)
}

func (c *client) turn(req web.TurnRequest) []web.Reply {
	c.t.Helper()
	return decode[web.TurnResponse](c.t, c.do("POST", web.PathTurn, req, nil), http.StatusOK).Replies
}

func (c *client) say(text string) []web.Reply { return c.turn(web.TurnRequest{Text: &text}) }

func (c *client) act(id string) []web.Reply { return c.turn(web.TurnRequest{Action: &id}) }

func (c *client) choose(q *web.Question, i int) []web.Reply {
	return c.turn(web.TurnRequest{Choice: &web.Choice{Question: q.ID, Round: q.Round, Value: q.Options[i].Value}})
}

// session returns the public id of the client's session.
func (c *client) session() string {
	c.t.Helper()
	for _, ck := range c.c.Jar.Cookies(mustURL(c.t, c.h.http.URL)) {
		if ck.Name == "tl_web" {
			return web.PublicID(ck.Value)
		}
	}
	c.t.Fatal("no session cookie")
	return ""
}

// question returns the question among replies, or nil.
func question(rs []web.Reply) *web.Question {
	for _, r := range rs {
		if r.Question != nil {
			return r.Question
		}
	}
	return nil
}

// plainText flattens rich text for assertions.
func plainText(rt web.RichText) string {
	var b strings.Builder
	for _, blk := range rt {
		for _, line := range blk.Lines {
			for _, sp := range line {
				b.WriteString(sp.Text)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
