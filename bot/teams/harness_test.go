package teams_test

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/redisrefs"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// hangGuard bounds every wait of a test; it only guards against hangs.
const hangGuard = 30 * time.Second

// consultant is the desk id of the in-memory desk's consultant.
const consultant = "UC1"

// world is the Teams front end end to end: the fake Bot Framework, the
// real engine with its conversations, dedupe and references in Redis
// (TEST_REDIS_URL, else miniredis), and the handoff on an in-memory desk.
// Bots started with start share all of it, as replicas or a restarted
// process do.
type world struct {
	t       *testing.T
	ctx     context.Context
	bf      *teamstest.Server
	client  redis.UniversalClient
	store   *redisstore.Store
	eng     *conversation.Engine
	refs    *redisrefs.Store
	hoStore handoff.Store
	desk    *handoff.MemDesk
	metrics *bottest.Counters

	// noDesk: bots start without a handoff (Teams without Slack).
	noDesk bool

	mu       sync.Mutex
	replaced map[string]teamstest.Card // activity id -> the card an invoke answer put there
}

func newWorld(t *testing.T) *world {
	t.Helper()
	client, prefix := redistest.New(t)
	store := redisstore.New(client, redisstore.WithPrefix(prefix))
	ctx, cancel := context.WithTimeout(context.Background(), 3*hangGuard)
	t.Cleanup(cancel)
	return &world{
		t: t, ctx: ctx, bf: teamstest.New(t), client: client, store: store,
		eng:  conversation.New(bottest.Knowledge(t), store, conversation.Config{}, nil),
		refs: redisrefs.New(client, prefix, time.Hour), hoStore: handoff.NewMemStore(),
		desk: handoff.NewMemDesk(handoff.Style{}, consultant), metrics: &bottest.Counters{},
		replaced: map[string]teamstest.Card{},
	}
}

func testLogger() *slog.Logger {
	if os.Getenv("BOT_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// running is a started bot with its handoff service.
type running struct {
	b        *teams.Bot
	svc      *handoff.Service
	endpoint string
	cancel   context.CancelFunc
	done     chan error
	once     sync.Once
	err      error
}

// start runs a new bot (and handoff service) on the world's stores.
func (w *world) start(change ...func(*teams.Config, *teams.Deps)) *running {
	w.t.Helper()
	cfg := teams.Config{AppID: teamstest.AppID, AppPassword: teamstest.AppPassword, TokenURL: w.bf.TokenURL(teamstest.MultiTenant),
		OpenIDMetadataURL: w.bf.MetadataURL(), Workers: 4, ShutdownTimeout: 10 * time.Second}
	deps := teams.Deps{Engine: w.eng, Refs: w.refs, Dedupe: w.store, Metrics: w.metrics, Log: testLogger(),
		ConsultantName: func(_ context.Context, id string) string {
			if id == consultant {
				return "Carla *Consultant*"
			}
			return ""
		}}
	for _, c := range change {
		c(&cfg, &deps)
	}
	b, err := teams.New(cfg, deps)
	if err != nil {
		w.t.Fatal(err)
	}
	svc, err := handoff.NewService(handoff.Deps{Store: w.hoStore, Desk: w.desk, Users: map[string]handoff.UserSide{teams.Platform: b.HandoffUsers()},
		Status: w.eng, Log: testLogger()}, handoff.Config{Poll: 20 * time.Millisecond})
	if err != nil {
		w.t.Fatal(err)
	}
	if !w.noDesk {
		b.SetHandoffs(svc)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		w.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{b: b, svc: svc, endpoint: "http://" + ln.Addr().String() + teams.MessagesPath, cancel: cancel, done: make(chan error, 1)}
	go svc.Run(ctx)
	go func() { r.done <- b.Serve(ctx, ln) }()
	w.t.Cleanup(func() { _ = r.stop() })
	return r
}

// stop stops the bot and returns Serve's error; later calls return the
// same.
func (r *running) stop() error {
	r.once.Do(func() {
		r.cancel()
		select {
		case r.err = <-r.done:
		case <-time.After(hangGuard):
			r.err = errors.New("bot did not stop")
		}
	})
	return r.err
}

// deliver sends a to r's endpoint and fails the test unless it is
// answered 200.
func (w *world) deliver(r *running, a teamstest.Activity) *teamstest.Response {
	w.t.Helper()
	res, err := w.bf.Deliver(w.ctx, r.endpoint, a)
	if err != nil {
		w.t.Fatal(err)
	}
	if res.Status != 200 {
		w.t.Fatalf("%s activity answered %d: %s", a.Type, res.Status, res.Body)
	}
	return res
}

// click clicks button b of p as u and returns the invoke answer; a card
// answer replaces p's card, as the Teams client does.
func (w *world) click(r *running, u teamstest.Account, p teamstest.Posted, b teamstest.Button, inputs map[string]any) teamstest.InvokeAnswer {
	w.t.Helper()
	ans, err := w.deliver(r, w.bf.Click(u, p, b, inputs)).Invoke()
	if err != nil {
		w.t.Fatal(err)
	}
	if c, err := ans.Card(); err == nil {
		w.mu.Lock()
		w.replaced[p.ID] = c
		w.mu.Unlock()
	}
	return ans
}

// message is a posted activity as the user sees it now.
type message struct {
	teamstest.Posted
	Card     teamstest.Card
	Replaced bool // its card was replaced by an invoke answer or updated
}

func (m message) Text() string { return m.Card.Text() + "\n" + m.Activity.Text }

// Question: a card with answer buttons still to click.
func (m message) Question() bool {
	for _, b := range m.Card.Buttons() {
		if b.Verb == teams.VerbChoice {
			return true
		}
	}
	return false
}

// Answered: a question replaced by its answer.
func (m message) Answered() bool { return m.Replaced && strings.Contains(m.Card.Text(), "✅") }

// view is conversation as its members see it now.
func (w *world) view(conversation string) []message {
	var out []message
	for _, p := range w.bf.Activities(conversation) {
		c, _ := teamstest.CardOf(p)
		m := message{Posted: p, Card: c, Replaced: p.Updates > 0}
		w.mu.Lock()
		if rc, ok := w.replaced[p.ID]; ok {
			m.Card, m.Replaced = rc, true
		}
		w.mu.Unlock()
		out = append(out, m)
	}
	return out
}

// wait waits until ok holds for the view of conversation and returns it.
func (w *world) wait(what, conversation string, ok func([]message) bool) []message {
	w.t.Helper()
	for {
		changed := w.bf.Changed()
		v := w.view(conversation)
		if ok(v) {
			return v
		}
		select {
		case <-changed:
		case <-time.After(50 * time.Millisecond): // invoke answers change the view without the fake
		case <-w.ctx.Done():
			w.t.Fatalf("waiting for %s in %s: %v; it holds:\n%s", what, conversation, w.ctx.Err(), dumpView(v))
		}
	}
}

func dumpView(v []message) string {
	var b strings.Builder
	for _, m := range v {
		b.WriteString("  [" + m.ID + "] " + strings.ReplaceAll(strings.TrimSpace(m.Text()), "\n", " ⏎ "))
		if m.Replaced {
			b.WriteString(" (replaced)")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func count(v []message, f func(message) bool) int {
	n := 0
	for _, m := range v {
		if f(m) {
			n++
		}
	}
	return n
}

func containing(s string) func(message) bool {
	return func(m message) bool { return strings.Contains(strings.ToLower(m.Text()), strings.ToLower(s)) }
}

// lastQuestion is the last question still open in v.
func lastQuestion(t testing.TB, v []message) message {
	t.Helper()
	for i := len(v) - 1; i >= 0; i-- {
		if v[i].Question() {
			return v[i]
		}
	}
	t.Fatalf("no open question:\n%s", dumpView(v))
	return message{}
}

// choices are the answer buttons of a question.
func choices(m message) []teamstest.Button {
	var out []teamstest.Button
	for _, b := range m.Card.Buttons() {
		if b.Verb == teams.VerbChoice {
			out = append(out, b)
		}
	}
	return out
}

// button is the first button of m with verb.
func button(t testing.TB, m message, verb string) teamstest.Button {
	t.Helper()
	for _, b := range m.Card.Buttons() {
		if b.Verb == verb {
			return b
		}
	}
	t.Fatalf("no %s button on %s", verb, m.Text())
	return teamstest.Button{}
}

// keyOf is the conversation key of u's personal chat.
func keyOf(u teamstest.Account) conversation.Key {
	return conversation.Key{Platform: teams.Platform, Team: teamstest.TenantID, User: u.AADObjectID}
}
