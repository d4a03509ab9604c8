package teams_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
)

// sleeper is the connector's clock in tests: sleeping advances the fake
// clock at once and records the wait, so pacing and backoff are checked
// by their waits, never by elapsed time.
type sleeper struct {
	clock *fakeClock
	mu    sync.Mutex
	waits []time.Duration
}

func (s *sleeper) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	s.clock.Advance(d)
	return nil
}

func (s *sleeper) total() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	var t time.Duration
	for _, w := range s.waits {
		t += w
	}
	return t
}

func textMsg(s string) *teams.Activity { return &teams.Activity{Type: teams.TypeMessage, Text: s} }

type connEnv struct {
	bf    *teamstest.Server
	conn  *teams.Connector
	sleep *sleeper
	ann   teams.ConversationRef
}

func newConnEnv(t *testing.T, change ...func(*teams.ConnectorConfig)) *connEnv {
	t.Helper()
	bf := teamstest.New(t)
	trusted := teams.NewServiceURLs()
	if err := trusted.Trust(bf.ServiceURL()); err != nil {
		t.Fatal(err)
	}
	sl := &sleeper{clock: &fakeClock{now: time.Unix(1700000000, 0)}}
	cfg := teams.ConnectorConfig{AppID: teamstest.AppID, AppPassword: teamstest.AppPassword,
		TokenURL: bf.TokenURL(teamstest.MultiTenant), Trusted: trusted, Now: sl.clock.Now, Sleep: sl.Sleep}
	for _, c := range change {
		c(&cfg)
	}
	conn, err := teams.NewConnector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ann := teamstest.User("ann")
	ref := teams.ConversationRef{ServiceURL: bf.ServiceURL(), ChannelID: "msteams", ConversationID: teamstest.PersonalConversation(ann),
		ConversationType: "personal", TenantID: teamstest.TenantID, UserID: ann.ID, UserAADObjectID: ann.AADObjectID, BotID: teamstest.BotID}
	return &connEnv{bf: bf, conn: conn, sleep: sl, ann: ref}
}

func TestConnectorSendReplyUpdate(t *testing.T) {
	e := newConnEnv(t)
	ctx := context.Background()
	id, err := e.conn.Send(ctx, e.ann, textMsg("Hello *there*"))
	if err != nil {
		t.Fatal(err)
	}
	thread := e.ann
	thread.ConversationID = teamstest.ThreadConversation(teamstest.ChannelConversation("general"), "1700000000042")
	if _, err := e.conn.Reply(ctx, thread, "1700000000042", textMsg("In the thread")); err != nil {
		t.Fatal(err)
	}
	if err := e.conn.Update(ctx, e.ann, id, textMsg("Updated")); err != nil {
		t.Fatal(err)
	}
	posted := e.bf.Activities(e.ann.ConversationID)
	if len(posted) != 1 || posted[0].ID != id || posted[0].Updates != 1 {
		t.Fatalf("personal chat holds %+v", posted)
	}
	if got := posted[0].Activity.Text; got != "Updated" {
		t.Errorf("updated text %q", got)
	}
	replies := e.bf.Activities(thread.ConversationID)
	if len(replies) != 1 || replies[0].ReplyToID != "1700000000042" {
		t.Fatalf("thread holds %+v", replies)
	}
	if n := e.bf.TokenCalls(); n != 1 {
		t.Errorf("%d token requests for three calls, want 1 (cached)", n)
	}
	if s := e.conn.Stats(); s.Sent != 3 || s.Retried != 0 {
		t.Errorf("stats %+v", s)
	}
}

func TestConnectorTokenOnlyToTrustedServiceURLs(t *testing.T) {
	e := newConnEnv(t)
	evil := e.ann
	evil.ServiceURL = "https://evil.example/amer/"
	_, err := e.conn.Send(context.Background(), evil, textMsg("hi"))
	if !errors.Is(err, teams.ErrUntrustedServiceURL) {
		t.Fatalf("err %v, want ErrUntrustedServiceURL", err)
	}
	if n := e.bf.TokenCalls(); n != 0 {
		t.Errorf("a token was requested (%d) for an untrusted service URL", n)
	}
}

// TestConnectorFaults plays every fault of the fake connector against one
// send: what is retried, how long it waits, what is permanent.
// connectorFault is a case of TestConnectorFaults: faults injected into
// op's calls and what the connector must make of them.
type connectorFault struct {
	name      string
	op        teamstest.Op
	faults    []teamstest.Fault
	want      error // nil: delivered
	calls     int   // connector calls made
	posted    int   // activities the fake holds
	minWait   time.Duration
	blocked   uint64
	tooLarge  uint64
	retried   uint64
	isPutTest bool
}

// run injects c's faults into op and makes the call they hit: an update of
// a message sent first for an isPutTest case, else a send.
func (c connectorFault) run(ctx context.Context, t *testing.T, e *connEnv, op teamstest.Op) error {
	t.Helper()
	if c.isPutTest {
		id, serr := e.conn.Send(ctx, e.ann, textMsg("first"))
		if serr != nil {
			t.Fatal(serr)
		}
		for _, f := range c.faults {
			e.bf.FailNext(op, 1, f)
		}
		return e.conn.Update(ctx, e.ann, id, textMsg("second"))
	}
	for _, f := range c.faults {
		e.bf.FailNext(op, 1, f)
	}
	_, err := e.conn.Send(ctx, e.ann, textMsg("hello"))
	return err
}

func TestConnectorFaults(t *testing.T) {
	cases := []connectorFault{
		{name: "429 with Retry-After", faults: []teamstest.Fault{{Status: 429, RetryAfter: "3"}}, calls: 2, posted: 1, minWait: 3 * time.Second, retried: 1},
		{name: "429 without Retry-After", faults: []teamstest.Fault{{Status: 429}}, calls: 2, posted: 1, minWait: time.Second, retried: 1},
		{name: "429 asking too long a wait", faults: []teamstest.Fault{{Status: 429, RetryAfter: "120"}}, want: teams.ErrUnavailable, calls: 1},
		{name: "412", faults: []teamstest.Fault{{Status: 412}}, calls: 2, posted: 1, retried: 1},
		{name: "502 then 504", faults: []teamstest.Fault{{Status: 502}, {Status: 504}}, calls: 3, posted: 1, retried: 2},
		{name: "500", faults: []teamstest.Fault{{Status: 500}}, calls: 2, posted: 1, retried: 1},
		{name: "5xx every time", faults: []teamstest.Fault{{Status: 503}, {Status: 503}, {Status: 503}, {Status: 503}}, want: teams.ErrUnavailable, calls: 4, retried: 3},
		{name: "403 MessageWritesBlocked", faults: []teamstest.Fault{{Status: 403, Code: "MessageWritesBlocked"}}, want: teams.ErrWritesBlocked, calls: 1, blocked: 1},
		{name: "403 other", faults: []teamstest.Fault{{Status: 403, Code: "BotDisabledByAdmin"}}, want: teams.ErrRefused, calls: 1},
		{name: "413", faults: []teamstest.Fault{{Status: 413}}, want: teams.ErrTooLarge, calls: 1, tooLarge: 1},
		{name: "served, answer 502", faults: []teamstest.Fault{{Status: 502, Served: true}}, calls: 2, posted: 2, retried: 1}, // Teams' advice: retry 502; the duplicate is the price
		{name: "lost answer", faults: []teamstest.Fault{{Served: true, Drop: true}}, want: teams.ErrMaybeDelivered, calls: 1, posted: 1},
		{name: "lost answer, not served", faults: []teamstest.Fault{{Drop: true}}, want: teams.ErrMaybeDelivered, calls: 1},
		{name: "lost answer of an update", op: teamstest.OpUpdate, faults: []teamstest.Fault{{Served: true, Drop: true}}, calls: 2, posted: 1, retried: 1, isPutTest: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			metrics := &bottest.Counters{}
			e := newConnEnv(t, func(cfg *teams.ConnectorConfig) { cfg.Metrics = metrics })
			ctx := context.Background()
			op := c.op
			if op == "" {
				op = teamstest.OpSend
			}
			err := c.run(ctx, t, e, op)
			if (c.want == nil) != (err == nil) || (c.want != nil && !errors.Is(err, c.want)) {
				t.Fatalf("err %v, want %v", err, c.want)
			}
			if n := len(e.bf.Calls(op)); n != c.calls {
				t.Errorf("%d %s calls, want %d", n, op, c.calls)
			}
			if n := len(e.bf.Activities(e.ann.ConversationID)); n != c.posted {
				t.Errorf("%d activities posted, want %d", n, c.posted)
			}
			if w := e.sleep.total(); w < c.minWait {
				t.Errorf("waited %v in all, want at least %v", w, c.minWait)
			}
			s := e.conn.Stats()
			if s.WritesBlocked != c.blocked || s.TooLarge != c.tooLarge || s.Retried != c.retried {
				t.Errorf("stats %+v, want blocked %d, too large %d, retried %d", s, c.blocked, c.tooLarge, c.retried)
			}
			failed := c.calls // every attempt but a last good one failed
			if c.want == nil {
				failed--
			}
			if got := metrics.Get("api:" + string(op)); got != int64(c.calls) {
				t.Errorf("%s calls counted: %d, want %d", op, got, c.calls)
			}
			if got := metrics.Get("api_error:" + string(op)); got != int64(failed) {
				t.Errorf("failed %s calls counted: %d, want %d", op, got, failed)
			}
			if got := metrics.Get("api_retry:" + string(op)); got != int64(c.retried) {
				t.Errorf("%s retries counted: %d, want %d", op, got, c.retried)
			}
			if err != nil && strings.Contains(err.Error(), "hello") {
				t.Errorf("error shows the message text: %v", err)
			}
		})
	}
}

func TestConnectorTooLargeNotSent(t *testing.T) {
	e := newConnEnv(t)
	big := &teams.Activity{Type: "message", Text: strings.Repeat("x", teams.MaxActivityBytes)}
	_, err := e.conn.Send(context.Background(), e.ann, big)
	if !errors.Is(err, teams.ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
	if n := len(e.bf.Calls("")); n != 0 {
		t.Errorf("%d connector calls for an activity over the limit", n)
	}
	if e.conn.Stats().TooLarge != 1 {
		t.Errorf("stats %+v", e.conn.Stats())
	}
}

func TestConnectorTokens(t *testing.T) {
	t.Run("revoked token is renewed once", func(t *testing.T) {
		e := newConnEnv(t)
		ctx := context.Background()
		if _, err := e.conn.Send(ctx, e.ann, textMsg("one")); err != nil {
			t.Fatal(err)
		}
		e.bf.RevokeTokens()
		if _, err := e.conn.Send(ctx, e.ann, textMsg("two")); err != nil {
			t.Fatal(err)
		}
		if n := e.bf.TokenCalls(); n != 2 {
			t.Errorf("%d token requests, want 2", n)
		}
	})
	t.Run("renewed before it expires", func(t *testing.T) {
		e := newConnEnv(t)
		e.bf.SetTokenLifetime(20 * time.Minute) // renewed 5 min before: after 15
		ctx := context.Background()
		for _, step := range []time.Duration{0, 10 * time.Minute, 6 * time.Minute} {
			e.sleep.clock.Advance(step)
			if _, err := e.conn.Send(ctx, e.ann, textMsg("hi")); err != nil {
				t.Fatal(err)
			}
		}
		if n := e.bf.TokenCalls(); n != 2 {
			t.Errorf("%d token requests over 16 min with a 20 min token, want 2", n)
		}
	})
	t.Run("concurrent callers share one request", func(t *testing.T) {
		e := newConnEnv(t)
		var wg sync.WaitGroup
		errs := make(chan error, 10)
		for i := range 10 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ref := e.ann
				ref.ConversationID += string(rune('a' + i))
				_, err := e.conn.Send(context.Background(), ref, textMsg("hi"))
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if n := e.bf.TokenCalls(); n != 1 {
			t.Errorf("%d token requests for 10 concurrent sends, want 1", n)
		}
	})
	t.Run("wrong password", func(t *testing.T) {
		e := newConnEnv(t, func(c *teams.ConnectorConfig) { c.AppPassword = "wrong" })
		_, err := e.conn.Send(context.Background(), e.ann, textMsg("hi"))
		if !errors.Is(err, teams.ErrCredentials) {
			t.Fatalf("err %v, want ErrCredentials", err)
		}
		if n := e.bf.TokenCalls(); n != 1 {
			t.Errorf("%d token requests, want 1 (refused credentials are not retried)", n)
		}
		if strings.Contains(err.Error(), "wrong") {
			t.Errorf("error shows the password: %v", err)
		}
	})
}

func TestTokenURL(t *testing.T) {
	if got := teams.TokenURL(""); got != "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token" {
		t.Errorf("multi-tenant token URL %s", got)
	}
	if got := teams.TokenURL(teamstest.TenantID); got != "https://login.microsoftonline.com/"+teamstest.TenantID+"/oauth2/v2.0/token" {
		t.Errorf("single-tenant token URL %s", got)
	}
	bf := teamstest.New(t)
	bf.SetTenant(teamstest.TenantID)
	trusted := teams.NewServiceURLs()
	_ = trusted.Trust(bf.ServiceURL())
	conn, err := teams.NewConnector(teams.ConnectorConfig{AppID: teamstest.AppID, AppPassword: teamstest.AppPassword,
		TenantID: teamstest.TenantID, TokenURL: bf.TokenURL(teamstest.TenantID), Trusted: trusted})
	if err != nil {
		t.Fatal(err)
	}
	ann := teamstest.User("ann")
	ref := teams.ConversationRef{ServiceURL: bf.ServiceURL(), ConversationID: teamstest.PersonalConversation(ann), BotID: teamstest.BotID}
	if _, err := conn.Send(context.Background(), ref, textMsg("hi")); err != nil {
		t.Fatalf("single-tenant registration: %v", err)
	}
}

// TestConnectorPacing: an eighth message within a second waits for the
// next second, and the 8-in-2-s window holds the ninth; another
// conversation is not held up.
func TestConnectorPacing(t *testing.T) {
	e := newConnEnv(t)
	ctx := context.Background()
	start := e.sleep.clock.Now()
	var at []time.Duration
	for range 10 {
		if _, err := e.conn.Send(ctx, e.ann, textMsg("hi")); err != nil {
			t.Fatal(err)
		}
		at = append(at, e.sleep.clock.Now().Sub(start))
	}
	want := []time.Duration{0, 0, 0, 0, 0, 0, 0, time.Second, 2 * time.Second, 2 * time.Second}
	for i := range want {
		if at[i] != want[i] {
			t.Fatalf("send times %v, want %v", at, want)
		}
	}
	other := e.ann
	other.ConversationID = "a:other"
	before := e.sleep.clock.Now()
	if _, err := e.conn.Send(ctx, other, textMsg("hi")); err != nil {
		t.Fatal(err)
	}
	if e.sleep.clock.Now() != before {
		t.Errorf("another conversation waited %v", e.sleep.clock.Now().Sub(before))
	}
	if n := len(e.bf.Activities(e.ann.ConversationID)); n != 10 {
		t.Errorf("%d activities posted, want 10", n)
	}
}

func TestConnectorCreatePersonal(t *testing.T) {
	e := newConnEnv(t)
	bob := teamstest.User("bob")
	ref := e.ann
	ref.ConversationID, ref.UserID, ref.UserAADObjectID = teamstest.ChannelConversation("general"), bob.ID, bob.AADObjectID
	personal, err := e.conn.CreatePersonal(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	if personal.ConversationID != teamstest.PersonalConversation(bob) || personal.ConversationType != "personal" {
		t.Fatalf("ref %+v", personal)
	}
	if _, err := e.conn.Send(context.Background(), personal, textMsg("A consultant replied")); err != nil {
		t.Fatal(err)
	}
	if n := len(e.bf.Activities(personal.ConversationID)); n != 1 {
		t.Errorf("%d activities in the new personal chat", n)
	}
}
