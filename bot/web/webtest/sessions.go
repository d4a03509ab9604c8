package webtest

import (
	"errors"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
)

// SessionsTTL reports the time id has left to live in s (0 when it has
// none).
type SessionsTTL func(t *testing.T, s web.Sessions, id string) time.Duration

// RunSessions checks the web.Sessions contract; ttl, when not nil, checks
// the time to live Create and Touch set.
func RunSessions(t *testing.T, newSessions func(t *testing.T) web.Sessions, ttl SessionsTTL) {
	t.Run("CreateTouch", func(t *testing.T) {
		s := newSessions(t)
		if ok := touch(t, s, "s1"); ok {
			t.Fatal("unknown session touched")
		}
		if err := s.Create(Ctx(t), "s1", time.Hour); err != nil {
			t.Fatalf("Create: %v", err)
		}
		if ok := touch(t, s, "s1"); !ok {
			t.Fatal("created session unknown")
		}
		if ok := touch(t, s, "s2"); ok {
			t.Fatal("another id touched")
		}
	})
	t.Run("CreateTaken", func(t *testing.T) {
		s := newSessions(t)
		if err := s.Create(Ctx(t), "s1", time.Hour); err != nil {
			t.Fatalf("Create: %v", err)
		}
		if err := s.Create(Ctx(t), "s1", time.Hour); !errors.Is(err, web.ErrSessionExists) {
			t.Fatalf("second Create: %v, want ErrSessionExists", err)
		}
	})
	t.Run("Delete", func(t *testing.T) {
		s := newSessions(t)
		if err := s.Create(Ctx(t), "s1", time.Hour); err != nil {
			t.Fatalf("Create: %v", err)
		}
		if err := s.Delete(Ctx(t), "s1"); err != nil {
			t.Fatalf("Delete: %v", err)
		}
		if touch(t, s, "s1") {
			t.Fatal("deleted session still live")
		}
	})
	t.Run("TTL", func(t *testing.T) {
		if ttl == nil {
			t.Skip("no TTL hook")
		}
		s := newSessions(t)
		if err := s.Create(Ctx(t), "s1", time.Minute); err != nil {
			t.Fatalf("Create: %v", err)
		}
		if got := ttl(t, s, "s1"); got <= 50*time.Second || got > time.Minute {
			t.Fatalf("TTL after Create(1m) = %v", got)
		}
		if _, err := s.Touch(Ctx(t), "s1", time.Hour); err != nil {
			t.Fatalf("Touch: %v", err)
		}
		if got := ttl(t, s, "s1"); got <= 59*time.Minute || got > time.Hour {
			t.Fatalf("TTL after Touch(1h) = %v", got)
		}
	})
}

func touch(t *testing.T, s web.Sessions, id string) bool {
	t.Helper()
	ok, err := s.Touch(Ctx(t), id, time.Hour)
	if err != nil {
		t.Fatalf("Touch(%q): %v", id, err)
	}
	return ok
}
