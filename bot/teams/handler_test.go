package teams_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
)

// recorder is a Runner that records the turns it gets.
type recorder struct {
	mu        sync.Mutex
	accepted  []*teams.Turn
	invoked   []*teams.Turn
	acceptErr error
	invokeRes *teams.InvokeResponse
}

func (r *recorder) Accept(t *teams.Turn) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.acceptErr != nil {
		return r.acceptErr
	}
	r.accepted = append(r.accepted, t)
	return nil
}

func (r *recorder) Invoke(_ context.Context, t *teams.Turn) (*teams.InvokeResponse, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.invoked = append(r.invoked, t)
	if r.invokeRes == nil {
		return nil, errors.New("no response configured")
	}
	return r.invokeRes, nil
}

func (r *recorder) turns() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.accepted) + len(r.invoked)
}

// fakeClock is a settable clock.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// botEnv is the handler behind an httptest server, with the fake Bot
// Framework in front of it.
type botEnv struct {
	bf       *teamstest.Server
	runner   *recorder
	trusted  *teams.ServiceURLs
	clock    *fakeClock
	metrics  *bottest.Counters
	endpoint string
}

func newBotEnv(t *testing.T) *botEnv {
	t.Helper()
	bf := teamstest.New(t)
	e := &botEnv{bf: bf, runner: &recorder{}, trusted: teams.NewServiceURLs(), clock: &fakeClock{now: time.Now()}, metrics: &bottest.Counters{}}
	auth, err := teams.NewAuthenticator(teams.AuthConfig{AppID: teamstest.AppID, MetadataURL: bf.MetadataURL(), Now: e.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	h, err := teams.NewHandler(teams.HandlerConfig{Auth: auth, Trusted: e.trusted, Runner: e.runner, MaxBody: 64 << 10, Metrics: e.metrics})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle(teams.MessagesPath, h)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	e.endpoint = srv.URL + teams.MessagesPath
	bf.SetClock(e.clock.Now)
	return e
}

func (e *botEnv) deliver(t *testing.T, a teamstest.Activity, opts ...teamstest.TokenOption) *teamstest.Response {
	t.Helper()
	res, err := e.bf.Deliver(context.Background(), e.endpoint, a, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestHandlerAcceptsSignedMessage(t *testing.T) {
	e := newBotEnv(t)
	ann := teamstest.User("ann")
	res := e.deliver(t, e.bf.Message(ann, "Do I need a CTO?"))
	if res.Status != http.StatusOK {
		t.Fatalf("status %d (%s), want 200", res.Status, res.Body)
	}
	if len(e.runner.accepted) != 1 {
		t.Fatalf("runner got %d turns, want 1", len(e.runner.accepted))
	}
	turn := e.runner.accepted[0]
	if turn.Kind != teams.TurnMessage || turn.Text != "Do I need a CTO?" || turn.Key.User != ann.AADObjectID || turn.Key.Team != teamstest.TenantID || !turn.Personal() {
		t.Errorf("turn = %+v", turn)
	}
	if _, ok := e.trusted.Trusted(e.bf.ServiceURL()); !ok {
		t.Error("the service URL of a validated activity is not trusted")
	}
}

// TestHandlerRefusesBadTokens: every forged or wrong token is refused
// before any turn reaches the runner, and its service URL is not trusted.
func TestHandlerRefusesBadTokens(t *testing.T) {
	type opts = []teamstest.TokenOption
	cases := []struct {
		name   string
		opts   func(e *botEnv) opts
		change func(*teamstest.Activity)
		want   int
	}{
		{name: "no header", opts: func(*botEnv) opts { return opts{teamstest.WithoutToken()} }, want: 401},
		{name: "not bearer", opts: func(*botEnv) opts { return opts{teamstest.WithScheme("Basic")} }, want: 401},
		{name: "wrong issuer", opts: func(*botEnv) opts {
			return opts{teamstest.WithIssuer("https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/")}
		}, want: 401},
		{name: "wrong audience", opts: func(*botEnv) opts { return opts{teamstest.WithAudience("another-bot")} }, want: 401},
		{name: "expired beyond skew", opts: func(*botEnv) opts { return opts{teamstest.WithExpiry(time.Now().Add(-6 * time.Minute))} }, want: 401},
		{name: "bad signature", opts: func(*botEnv) opts { return opts{teamstest.WithBadSignature()} }, want: 401},
		{name: "unknown key", opts: func(e *botEnv) opts { return opts{teamstest.WithKey(e.bf.UnpublishedKey())} }, want: 401},
		{name: "alg none", opts: func(*botEnv) opts { return opts{teamstest.WithAlg("none")} }, want: 401},
		{name: "alg HS256", opts: func(*botEnv) opts { return opts{teamstest.WithAlg("HS256")} }, want: 401},
		{name: "service URL mismatch", opts: func(*botEnv) opts { return opts{teamstest.WithServiceURLClaim("https://evil.example/amer/")} }, want: 403},
		{name: "no service URL claim", opts: func(*botEnv) opts { return opts{teamstest.WithoutServiceURLClaim()} }, want: 403},
		{name: "activity names another service URL", change: func(a *teamstest.Activity) { a.ServiceURL = "https://evil.example/" },
			opts: func(e *botEnv) opts { return opts{teamstest.WithServiceURLClaim(e.bf.ServiceURL())} }, want: 403},
		{name: "missing endorsement", opts: func(e *botEnv) opts { return opts{teamstest.WithKey(e.bf.AddKey("webchat"))} }, want: 403},
		{name: "channel not endorsed", change: func(a *teamstest.Activity) { a.ChannelID = "directline" }, want: 403},
		{name: "good token", want: 200}, // the setup accepts what the cases above change
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newBotEnv(t)
			a := e.bf.Message(teamstest.User("ann"), "hello")
			if c.change != nil {
				c.change(&a)
			}
			var o opts
			if c.opts != nil {
				o = c.opts(e)
			}
			res := e.deliver(t, a, o...)
			if res.Status != c.want {
				t.Errorf("status %d (%s), want %d", res.Status, res.Body, c.want)
			}
			if strings.Contains(string(res.Body), "goroutine") || strings.Contains(string(res.Body), "eyJ") {
				t.Errorf("answer leaks internals: %s", res.Body)
			}
			wantTurns := 0
			if c.want == 200 {
				wantTurns = 1
			}
			if n := e.runner.turns(); n != wantTurns {
				t.Errorf("runner got %d turns, want %d", n, wantTurns)
			}
			if _, ok := e.trusted.Trusted(a.ServiceURL); ok != (c.want == 200) {
				t.Errorf("service URL %s trusted: %v", a.ServiceURL, ok)
			}
			reason := map[int]string{401: teams.RefusedUnauthenticated, 403: teams.RefusedForbidden}[c.want]
			if got := e.metrics.Get("refused_reason:" + reason); reason != "" && got != 1 {
				t.Errorf("refusals counted as %s: %d, want 1; counters %v", reason, got, e.metrics.Snapshot())
			}
			if got := e.metrics.Get("received:message"); got != int64(wantTurns) {
				t.Errorf("activities counted as received: %d, want %d", got, wantTurns)
			}
		})
	}
}

func TestHandlerAcceptsExpiryWithinSkew(t *testing.T) {
	e := newBotEnv(t)
	res := e.deliver(t, e.bf.Message(teamstest.User("ann"), "hi"), teamstest.WithExpiry(time.Now().Add(-4*time.Minute)))
	if res.Status != http.StatusOK || e.runner.turns() != 1 {
		t.Fatalf("token expired 4 min ago (skew 5 min): status %d, %d turns", res.Status, e.runner.turns())
	}
}

// TestHandlerKeyRefresh: a rotated key is fetched on its first use; more
// unknown key ids within the refresh interval do not fetch again; the
// keys are fetched again once a day.
func TestHandlerKeyRefresh(t *testing.T) {
	e := newBotEnv(t)
	ann := teamstest.User("ann")
	if res := e.deliver(t, e.bf.Message(ann, "one")); res.Status != 200 {
		t.Fatalf("status %d", res.Status)
	}
	if n := e.bf.KeyFetches(); n != 1 {
		t.Fatalf("key fetches after the first request: %d, want 1", n)
	}
	e.clock.Advance(6 * time.Minute)
	e.bf.RotateKey()
	if res := e.deliver(t, e.bf.Message(ann, "two")); res.Status != 200 {
		t.Fatalf("rotated key: status %d (%s)", res.Status, res.Body)
	}
	if n := e.bf.KeyFetches(); n != 2 {
		t.Fatalf("key fetches after a rotation: %d, want 2", n)
	}
	forged := e.bf.UnpublishedKey()
	for range 3 {
		if res := e.deliver(t, e.bf.Message(ann, "forged"), teamstest.WithKey(forged)); res.Status != 401 {
			t.Fatalf("unknown key: status %d", res.Status)
		}
	}
	if n := e.bf.KeyFetches(); n != 2 {
		t.Errorf("unknown key ids within 5 min made %d fetches in all, want 2 (no new one)", n)
	}
	e.clock.Advance(25 * time.Hour)
	if res := e.deliver(t, e.bf.Message(ann, "next day")); res.Status != 200 {
		t.Fatalf("status %d", res.Status)
	}
	if n := e.bf.KeyFetches(); n != 3 {
		t.Errorf("key fetches after a day: %d, want 3", n)
	}
	if got := e.runner.turns(); got != 3 {
		t.Errorf("runner got %d turns, want 3", got)
	}
}

func TestHandlerKeysUnavailable(t *testing.T) {
	bf := teamstest.New(t)
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	auth, err := teams.NewAuthenticator(teams.AuthConfig{AppID: teamstest.AppID, MetadataURL: down.URL + "/v1/.well-known/openidconfiguration"})
	if err != nil {
		t.Fatal(err)
	}
	r := &recorder{}
	h, _ := teams.NewHandler(teams.HandlerConfig{Auth: auth, Trusted: teams.NewServiceURLs(), Runner: r})
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := bf.Deliver(context.Background(), srv.URL, bf.Message(teamstest.User("ann"), "hi"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != http.StatusServiceUnavailable || r.turns() != 0 {
		t.Fatalf("status %d, %d turns; want 503 and none", res.Status, r.turns())
	}
}

func TestHandlerBadRequests(t *testing.T) {
	e := newBotEnv(t)
	svc := e.bf.ServiceURL()
	cases := []struct {
		name string
		body string
		want int
	}{
		{"not JSON", "{not json", 400},
		{"an array", `[1,2]`, 400},
		{"no type", `{"serviceUrl":"` + svc + `","channelId":"msteams","conversation":{"id":"a:1"}}`, 400},
		{"two objects", `{"type":"message","serviceUrl":"` + svc + `","conversation":{"id":"a"}} {}`, 400},
		{"too large", `{"type":"message","text":"` + strings.Repeat("x", 70<<10) + `"}`, 413},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := e.bf.DeliverRaw(context.Background(), e.endpoint, svc, []byte(c.body))
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != c.want {
				t.Errorf("status %d (%s), want %d", res.Status, res.Body, c.want)
			}
			if b := string(res.Body); strings.Contains(b, "goroutine") || strings.Contains(b, "json:") || strings.Contains(b, "invalid character") {
				t.Errorf("answer shows internals: %q", b)
			}
		})
	}
	// Without a token, bad JSON is still a 401: nothing is read first.
	res, err := e.bf.DeliverRaw(context.Background(), e.endpoint, svc, []byte("{not json"), teamstest.WithoutToken())
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != 401 {
		t.Errorf("bad JSON without a token: status %d, want 401", res.Status)
	}
	req, _ := http.NewRequest(http.MethodGet, e.endpoint, nil)
	get, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	get.Body.Close()
	if get.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d, want 405", get.StatusCode)
	}
	if e.runner.turns() != 0 {
		t.Errorf("runner got %d turns", e.runner.turns())
	}
}

// TestHandlerIgnoresWhatIsNotForTheBot: unknown activity types, channel
// messages without a mention of the bot, and other channels are answered
// 200 and reach no runner.
func TestHandlerIgnoresWhatIsNotForTheBot(t *testing.T) {
	e := newBotEnv(t)
	ann := teamstest.User("ann")
	channel := teamstest.ChannelConversation("general")
	noMention := e.bf.ChannelMention(ann, channel, "hello all")
	noMention.Entities = noMention.Entities[:1] // only clientInfo: the <at> text alone does not count
	unknown := e.bf.Message(ann, "hi")
	unknown.Type = "messageReaction"
	for name, a := range map[string]teamstest.Activity{
		"typing": e.bf.Typing(ann), "unknown type": unknown, "channel message without mention entity": noMention,
	} {
		if res := e.deliver(t, a); res.Status != http.StatusOK {
			t.Errorf("%s: status %d, want 200", name, res.Status)
		}
	}
	if n := e.runner.turns(); n != 0 {
		t.Errorf("runner got %d turns, want 0", n)
	}
}

func TestHandlerCardClicks(t *testing.T) {
	e := newBotEnv(t)
	ann, bob := teamstest.User("ann"), teamstest.User("bob")
	channel := teamstest.ThreadConversation(teamstest.ChannelConversation("general"), "1700000000001")
	data := map[string]any{"tlOwner": ann.AADObjectID, "tlRound": "1", "tlQuestion": "size", "tlValue": "small"}

	res := e.deliver(t, e.bf.CardAction(bob, channel, "channel", teams.VerbChoice, data))
	var body struct {
		StatusCode int    `json:"statusCode"`
		Type       string `json:"type"`
		Value      any    `json:"value"`
	}
	if err := res.JSON(&body); err != nil {
		t.Fatal(err)
	}
	if res.Status != 200 || body.Type != "application/vnd.microsoft.activity.message" || body.Value != teams.TextNotYourCard {
		t.Errorf("another user's click: status %d, body %s", res.Status, res.Body)
	}
	if e.runner.turns() != 0 {
		t.Fatalf("another user's click reached the runner")
	}
	if got := e.metrics.Get("refused_reason:" + teams.RefusedNotYourCard); got != 1 {
		t.Errorf("refusals of another user's click counted: %d, want 1", got)
	}

	e.runner.invokeRes = teams.CardResponse(&teams.Card{Type: "AdaptiveCard", Version: teams.CardVersion})
	res = e.deliver(t, e.bf.CardAction(ann, channel, "channel", teams.VerbChoice, data))
	if err := res.JSON(&body); err != nil {
		t.Fatal(err)
	}
	if res.Status != 200 || body.Type != "application/vnd.microsoft.card.adaptive" {
		t.Errorf("owner's click: status %d, body %s", res.Status, res.Body)
	}
	if len(e.runner.invoked) != 1 {
		t.Fatalf("runner invoked %d times, want 1", len(e.runner.invoked))
	}
	turn := e.runner.invoked[0]
	if turn.Input.Choice != "small" || turn.Input.QuestionID != "size" || turn.Input.Round != 1 || turn.Key.Thread == "" {
		t.Errorf("turn = %+v, input %+v", turn, turn.Input)
	}

	e.runner.invokeRes = nil // the runner fails: the user is told, nothing breaks
	res = e.deliver(t, e.bf.CardAction(ann, channel, "channel", teams.VerbChoice, data))
	if err := res.JSON(&body); err != nil {
		t.Fatal(err)
	}
	if res.Status != 200 || body.Value != teams.TextInvokeFailed {
		t.Errorf("failed invoke: status %d, body %s", res.Status, res.Body)
	}
}

func TestHandlerBusyIs503(t *testing.T) {
	e := newBotEnv(t)
	e.runner.acceptErr = errors.New("queue full")
	res := e.deliver(t, e.bf.Message(teamstest.User("ann"), "hi"))
	if res.Status != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want 503", res.Status)
	}
	if res.Header.Get("Retry-After") == "" {
		t.Error("a 503 without Retry-After")
	}
	if got := e.metrics.Get("refused_reason:" + teams.RefusedBusy); got != 1 {
		t.Errorf("busy refusals counted: %d, want 1", got)
	}
}

// TestAuthenticatorReady: not ready until the keys are loaded; LoadKeys
// loads them (or says they are unavailable).
func TestAuthenticatorReady(t *testing.T) {
	bf := teamstest.New(t)
	auth, err := teams.NewAuthenticator(teams.AuthConfig{AppID: teamstest.AppID, MetadataURL: bf.MetadataURL()})
	if err != nil {
		t.Fatal(err)
	}
	if auth.Ready() == nil {
		t.Fatal("ready before any key was loaded")
	}
	if err := auth.LoadKeys(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := auth.Ready(); err != nil {
		t.Fatalf("not ready after LoadKeys: %v", err)
	}
	if n := bf.KeyFetches(); n != 1 {
		t.Errorf("%d key fetches, want 1", n)
	}

	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	auth, _ = teams.NewAuthenticator(teams.AuthConfig{AppID: teamstest.AppID, MetadataURL: down.URL + "/v1/.well-known/openidconfiguration"})
	if err := auth.LoadKeys(t.Context()); !errors.Is(err, teams.ErrKeysUnavailable) {
		t.Errorf("LoadKeys without a metadata server: %v, want ErrKeysUnavailable", err)
	}
	if auth.Ready() == nil {
		t.Error("ready without keys")
	}
}
