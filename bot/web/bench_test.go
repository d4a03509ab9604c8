package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/bot/web/redisweb"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

func envDuration(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil && d >= 0 {
		return d
	}
	return def
}

func envCount(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// BenchmarkWebTurns runs WEB_LOAD_SESSIONS (default 200) concurrent web
// sessions doing turns for WEB_LOAD_SECONDS (default 5): an assessment
// answered by buttons, then a question typed, over and over. Everything
// is real and shared through Redis (TEST_REDIS_URL; miniredis when unset):
// the engine's store, sessions, rate limits and the handoff's store (the
// conversation core asks it whether a consultant has the visitor), over
// HTTP on loopback.
//
//	TEST_REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench WebTurns -benchtime 1x ./bot/web/
//
// "paced" sessions wait WEB_LOAD_THINK (default 1s, a person reading)
// between turns; "saturated" ones do not wait, which measures capacity.
// Each runs twice side by side: "web" through the HTTP front end, and
// "engine" calling the engine directly with the same sessions and store,
// the baseline the front end's cost is read against.
func BenchmarkWebTurns(b *testing.B) {
	sessions := envCount("WEB_LOAD_SESSIONS", 200)
	seconds := time.Duration(envCount("WEB_LOAD_SECONDS", 5)) * time.Second
	think := envDuration("WEB_LOAD_THINK", time.Second)
	backend := "miniredis"
	if os.Getenv(redistest.EnvURL) != "" {
		backend = "redis"
	}
	b.Logf("%d sessions, %v each run, store %s, GOMAXPROCS %d", sessions, seconds, backend, runtime.GOMAXPROCS(0))
	for _, mode := range []struct {
		name  string
		think time.Duration
	}{{"paced", think}, {"saturated", 0}} {
		for _, via := range []string{"engine", "web"} {
			b.Run(mode.name+"/"+via, func(b *testing.B) {
				for range b.N {
					runTurns(b, via, sessions, seconds, mode.think)
				}
			})
		}
	}
}

// turner does one turn for session i and returns the question to answer
// next, if any.
type turner func(ctx context.Context, i int, q *web.Question) (*web.Question, error)

func runTurns(b *testing.B, via string, sessions int, length, think time.Duration) {
	b.Helper()
	rc, prefix := redistest.New(b)
	store := redisstore.New(rc, redisstore.WithPrefix(prefix))
	eng := conversation.New(bottest.Knowledge(b), store, conversation.Config{}, nil)
	var turn turner
	switch via {
	case "engine":
		turn = func(ctx context.Context, i int, q *web.Question) (*web.Question, error) {
			return question(web.Replies(eng.Handle(ctx, web.Key("bench"+strconv.Itoa(i)), nextInput(q)))), nil
		}
	default:
		turn = webTurner(b, rc, prefix, eng, sessions)
	}

	var mu sync.Mutex
	var all []time.Duration
	var failures int
	ctx := context.Background()
	deadline := time.Now().Add(length)
	var wg sync.WaitGroup
	b.ResetTimer()
	for i := range sessions {
		wg.Go(func() {
			var lat []time.Duration
			var q *web.Question
			fails := 0
			if think > 0 { // spread the sessions over one think time
				time.Sleep(rand.N(think))
			}
			for time.Now().Before(deadline) {
				start := time.Now()
				next, err := turn(ctx, i, q)
				lat = append(lat, time.Since(start))
				if err != nil {
					fails++
				}
				q = next
				if think > 0 {
					time.Sleep(think/2 + rand.N(think))
				}
			}
			mu.Lock()
			all = append(all, lat...)
			failures += fails
			mu.Unlock()
		})
	}
	wg.Wait()
	b.StopTimer()
	if failures > 0 {
		b.Errorf("%d of %d turns failed", failures, len(all))
	}
	slices.Sort(all)
	at := func(q float64) float64 { return float64(all[int(q*float64(len(all)-1))]) / float64(time.Millisecond) }
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(float64(len(all))/length.Seconds(), "turns/s")
}

// nextInput answers the pending question with its first option, or asks
// a question and starts the assessment in turn.
func nextInput(q *web.Question) conversation.Input {
	if q != nil {
		return conversation.Choice(q.Round, q.ID, q.Options[0].Value)
	}
	if rand.N(2) == 0 {
		return conversation.Text("we're 40 people growing fast, do we need a CTO or a CIO first?")
	}
	return conversation.Cmd(conversation.CommandStart)
}

// webTurner serves the engine through the web front end over HTTP, with
// every store in Redis, and gives each session a browser (cookie jar) and
// an address of its own (X-Forwarded-For through one proxy hop).
func webTurner(b *testing.B, rc redis.UniversalClient, prefix string, eng *conversation.Engine, sessions int) turner {
	b.Helper()
	h := newHarness(b, harnessOpts{
		cfg: web.Config{Rate: 1000, Burst: 1000, ProxyHops: 1},
		deps: func(d *web.Deps) {
			pl := redisweb.NewPushLog(rc, 100, time.Hour, redisweb.WithPrefix(prefix))
			b.Cleanup(func() { _ = pl.Close() })
			d.Engine, d.Pushes = eng, pl
			d.Sessions = redisweb.NewSessions(rc, redisweb.WithPrefix(prefix))
			d.Limiter = redisweb.NewLimiter(rc, redisweb.WithPrefix(prefix))
			// The handoff as in serve: the core asks it, on each typed
			// message, whether a consultant has the visitor's request.
			svc, err := handoff.NewService(handoff.Deps{
				Store: redisstore.NewHandoffStore(rc, prefix, 0), Desk: handoff.NewMemDesk(handoff.Style{}),
				Users: map[string]handoff.UserSide{web.Platform: web.NewUserSide(pl)},
			}, handoff.Config{})
			if err != nil {
				b.Fatal(err)
			}
			d.Handoffs = svc
		},
	})
	transport := &http.Transport{MaxIdleConnsPerHost: sessions, MaxIdleConns: sessions}
	b.Cleanup(transport.CloseIdleConnections)
	clients := make([]*client, sessions)
	for i := range clients {
		c := h.client()
		c.c.Transport = transport
		clients[i] = c
		c.do("GET", web.PathState, nil, c.addr(i)).Body.Close()
	}
	return func(ctx context.Context, i int, q *web.Question) (*web.Question, error) {
		c := clients[i]
		var req web.TurnRequest
		in := nextInput(q)
		switch in.Kind {
		case conversation.InputChoice:
			req.Choice = &web.Choice{Question: in.QuestionID, Round: in.Round, Value: in.Choice}
		case conversation.InputText:
			req.Text = &in.Text
		default:
			a := string(in.Command)
			req.Action = &a
		}
		return c.benchTurn(ctx, req, i)
	}
}

// benchTurn posts a turn; unlike the tests' helpers it reports errors
// instead of failing, as it runs outside the benchmark's goroutine.
func (c *client) benchTurn(ctx context.Context, req web.TurnRequest, i int) (*web.Question, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	r, err := http.NewRequestWithContext(ctx, "POST", c.h.http.URL+web.PathTurn, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	r.Header.Set("X-Forwarded-For", c.addr(i)["X-Forwarded-For"])
	resp, err := c.c.Do(r)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("turn: status %d", resp.StatusCode)
	}
	var tr web.TurnResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return nil, err
	}
	return question(tr.Replies), nil
}

// addr gives session i an address of its own.
func (c *client) addr(i int) map[string]string {
	return map[string]string{"X-Forwarded-For": "10.1." + strconv.Itoa(i/250) + "." + strconv.Itoa(i%250+1)}
}
