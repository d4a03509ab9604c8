package memweb_test

import (
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/bot/web/memweb"
	"github.com/springfield/techleader/bot/web/webtest"
)

func TestPushLogContract(t *testing.T) {
	webtest.RunPushLog(t,
		func(t *testing.T, size int, ttl time.Duration) web.PushLog { return memweb.NewPushLog(size, ttl) },
		func(t *testing.T, l web.PushLog, session string) time.Duration {
			return l.(*memweb.PushLog).TTL(session)
		})
}

func TestLimiterContract(t *testing.T) {
	webtest.RunLimiter(t, func(t *testing.T, now func() time.Time) web.Limiter {
		return memweb.NewLimiter(memweb.WithClock(now))
	})
}

func TestSessionsContract(t *testing.T) {
	webtest.RunSessions(t,
		func(t *testing.T) web.Sessions { return memweb.NewSessions() },
		func(t *testing.T, s web.Sessions, id string) time.Duration { return s.(*memweb.Sessions).TTL(id) })
}

// Expiry needs a clock the test moves; Redis expires keys by itself.
func TestExpiry(t *testing.T) {
	c := webtest.NewClock()
	ctx := t.Context()
	pl := memweb.NewPushLog(10, time.Hour, memweb.WithClock(c.Now))
	ss := memweb.NewSessions(memweb.WithClock(c.Now))
	if _, err := pl.Append(ctx, "s1", web.Push{Text: "hi"}); err != nil {
		t.Fatal(err)
	}
	if err := ss.Create(ctx, "s1", time.Hour); err != nil {
		t.Fatal(err)
	}
	c.Advance(59 * time.Minute)
	if got, _ := pl.Read(ctx, "s1", "", 10, 0); len(got) != 1 {
		t.Fatalf("log gone before its TTL: %v", got)
	}
	if ok, _ := ss.Touch(ctx, "s1", time.Hour); !ok {
		t.Fatal("session gone before its TTL")
	}
	c.Advance(time.Hour) // the session was touched 1 h ago; the log appended to 1 h 59 min ago
	if got, _ := pl.Read(ctx, "s1", "", 10, 0); len(got) != 0 {
		t.Fatalf("log kept past its TTL: %v", got)
	}
	if ok, _ := ss.Touch(ctx, "s1", time.Hour); ok {
		t.Fatal("session kept past its TTL")
	}
}
