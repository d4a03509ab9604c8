// Package webtest has the contract suites every implementation of the web
// front end's stores must pass (memweb and redisweb run them) and test
// doubles for the server's other collaborators.
package webtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
)

// PushLogFactory makes a fresh, empty PushLog keeping size pushes per
// session for ttl.
type PushLogFactory func(t *testing.T, size int, ttl time.Duration) web.PushLog

// PushLogTTL reports the time session's log in l has left to live (0 when
// it has none); for Redis that is PTTL.
type PushLogTTL func(t *testing.T, l web.PushLog, session string) time.Duration

// RunPushLog checks the web.PushLog contract; ttl, when not nil, checks
// that appends set the log's time to live.
func RunPushLog(t *testing.T, newLog PushLogFactory, ttl PushLogTTL) {
	t.Run("AppendRead", func(t *testing.T) { testAppendRead(t, newLog(t, 10, time.Hour)) })
	t.Run("ReadAfter", func(t *testing.T) { testReadAfter(t, newLog(t, 10, time.Hour)) })
	t.Run("ReadMax", func(t *testing.T) { testReadMax(t, newLog(t, 10, time.Hour)) })
	t.Run("Capped", func(t *testing.T) { testCapped(t, newLog(t, 3, time.Hour)) })
	t.Run("SessionsApart", func(t *testing.T) { testSessionsApart(t, newLog(t, 10, time.Hour)) })
	t.Run("BadID", func(t *testing.T) { testBadID(t, newLog(t, 10, time.Hour)) })
	t.Run("WaitWakesOnAppend", func(t *testing.T) { testWaitWakes(t, newLog(t, 10, time.Hour)) })
	t.Run("WaitEndsEmpty", func(t *testing.T) { testWaitEnds(t, newLog(t, 10, time.Hour)) })
	t.Run("ConcurrentAppendsOrdered", func(t *testing.T) { testConcurrentAppends(t, newLog(t, 1000, time.Hour)) })
	t.Run("Delete", func(t *testing.T) { testDeletePushes(t, newLog(t, 10, time.Hour)) })
	t.Run("Actions", func(t *testing.T) { testActions(t, newLog(t, 10, time.Hour)) })
	t.Run("TTL", func(t *testing.T) {
		if ttl == nil {
			t.Skip("no TTL hook")
		}
		l := newLog(t, 10, time.Hour)
		mustAppend(t, l, "s1", push(1))
		if got := ttl(t, l, "s1"); got <= 59*time.Minute || got > time.Hour {
			t.Fatalf("TTL after append = %v, want about 1h", got)
		}
	})
}

// Ctx is a context for one contract step, ended with the test.
func Ctx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

var at = time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)

func push(n int) web.Push {
	return web.Push{Kind: web.PushConsultant, From: "Ada, consultant",
		Text: fmt.Sprintf("message %d: <script>alert(1)</script> & *stars* ✓\nsecond line", n), At: at.Add(time.Duration(n) * time.Second)}
}

func mustAppend(t *testing.T, l web.PushLog, session string, p web.Push) string {
	t.Helper()
	id, err := l.Append(Ctx(t), session, p)
	if err != nil {
		t.Fatalf("Append: %v", err)
	}
	if !web.ValidPushID(id) {
		t.Fatalf("Append returned id %q, not a valid push id", id)
	}
	return id
}

func mustRead(t *testing.T, l web.PushLog, session, after string, max int) []web.Push {
	t.Helper()
	got, err := l.Read(Ctx(t), session, after, max, 0)
	if err != nil {
		t.Fatalf("Read(%q, after %q): %v", session, after, err)
	}
	return got
}

func texts(ps []web.Push) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

func testAppendRead(t *testing.T, l web.PushLog) {
	if got := mustRead(t, l, "s1", "", 10); len(got) != 0 {
		t.Fatalf("empty log read %d pushes", len(got))
	}
	var ids []string
	for i := 1; i <= 3; i++ {
		ids = append(ids, mustAppend(t, l, "s1", push(i)))
	}
	got := mustRead(t, l, "s1", "", 10)
	if len(got) != 3 {
		t.Fatalf("read %d pushes, want 3", len(got))
	}
	for i, p := range got {
		want := push(i + 1)
		if p.ID != ids[i] || p.Kind != want.Kind || p.From != want.From || p.Text != want.Text || !p.At.Equal(want.At) {
			t.Errorf("push %d = %+v, want %+v with id %s", i, p, want, ids[i])
		}
		if i > 0 && web.ComparePushIDs(ids[i-1], ids[i]) >= 0 {
			t.Errorf("ids do not increase: %s then %s", ids[i-1], ids[i])
		}
	}
}

func testReadAfter(t *testing.T, l web.PushLog) {
	id1 := mustAppend(t, l, "s1", push(1))
	id2 := mustAppend(t, l, "s1", push(2))
	id3 := mustAppend(t, l, "s1", push(3))
	if got := mustRead(t, l, "s1", id1, 10); len(got) != 2 || got[0].ID != id2 || got[1].ID != id3 {
		t.Fatalf("after %s: %v, want %s and %s", id1, got, id2, id3)
	}
	if got := mustRead(t, l, "s1", id3, 10); len(got) != 0 {
		t.Fatalf("after the last id: %d pushes, want none", len(got))
	}
}

func testReadMax(t *testing.T, l web.PushLog) {
	for i := 1; i <= 5; i++ {
		mustAppend(t, l, "s1", push(i))
	}
	got := mustRead(t, l, "s1", "", 2)
	if len(got) != 2 || got[0].Text != push(1).Text || got[1].Text != push(2).Text {
		t.Fatalf("max 2: %q, want the two oldest", texts(got))
	}
}

func testCapped(t *testing.T, l web.PushLog) {
	for i := 1; i <= 7; i++ {
		mustAppend(t, l, "s1", push(i))
	}
	got := mustRead(t, l, "s1", "", 100)
	want := []string{push(5).Text, push(6).Text, push(7).Text}
	if fmt.Sprint(texts(got)) != fmt.Sprint(want) {
		t.Fatalf("capped at 3: %q, want the newest three %q", texts(got), want)
	}
}

func testSessionsApart(t *testing.T, l web.PushLog) {
	mustAppend(t, l, "alice", push(1))
	mustAppend(t, l, "bob", push(2))
	if got := mustRead(t, l, "alice", "", 10); len(got) != 1 || got[0].Text != push(1).Text {
		t.Fatalf("alice reads %q", texts(got))
	}
	if got := mustRead(t, l, "bob", "", 10); len(got) != 1 || got[0].Text != push(2).Text {
		t.Fatalf("bob reads %q", texts(got))
	}
}

func testBadID(t *testing.T, l web.PushLog) {
	for _, id := range []string{"x", "1-", "-1", "1-2-3", "$", "+", "0-0 ", "99999999999999999999-0"} {
		if _, err := l.Read(Ctx(t), "s1", id, 10, 0); !errors.Is(err, web.ErrBadPushID) {
			t.Errorf("Read after %q: err %v, want ErrBadPushID", id, err)
		}
	}
}

func testWaitWakes(t *testing.T, l web.PushLog) {
	last := mustAppend(t, l, "s1", push(1))
	type result struct {
		got []web.Push
		err error
	}
	done := make(chan result, 1)
	go func() {
		// A wait far longer than the test takes: only the append ends it.
		got, err := l.Read(Ctx(t), "s1", last, 10, time.Hour)
		done <- result{got, err}
	}()
	mustAppend(t, l, "other", push(9)) // another session's push does not count
	mustAppend(t, l, "s1", push(2))
	r := <-done
	if r.err != nil || len(r.got) != 1 || r.got[0].Text != push(2).Text {
		t.Fatalf("waiting read = %q, %v; want the push appended", texts(r.got), r.err)
	}
}

func testWaitEnds(t *testing.T, l web.PushLog) {
	got, err := l.Read(Ctx(t), "s1", "", 10, 20*time.Millisecond)
	if err != nil || len(got) != 0 {
		t.Fatalf("wait with nothing appended = %q, %v; want none, nil", texts(got), err)
	}
}

func testConcurrentAppends(t *testing.T, l web.PushLog) {
	const writers, each = 8, 25
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				if _, err := l.Append(Ctx(t), "s1", push(w*100+i)); err != nil {
					t.Errorf("Append: %v", err)
				}
			}
		})
	}
	wg.Wait()
	var all []web.Push
	after := ""
	for {
		got := mustRead(t, l, "s1", after, 30)
		if len(got) == 0 {
			break
		}
		all = append(all, got...)
		after = got[len(got)-1].ID
	}
	if len(all) != writers*each {
		t.Fatalf("paged through %d pushes, want %d", len(all), writers*each)
	}
	seen := map[string]bool{}
	for i, p := range all {
		if seen[p.Text] {
			t.Fatalf("push %q read twice", p.Text)
		}
		seen[p.Text] = true
		if i > 0 && web.ComparePushIDs(all[i-1].ID, p.ID) >= 0 {
			t.Fatalf("ids out of order: %s then %s", all[i-1].ID, p.ID)
		}
	}
}

func testDeletePushes(t *testing.T, l web.PushLog) {
	mustAppend(t, l, "s1", push(1))
	mustAppend(t, l, "s2", push(2))
	if err := l.Delete(Ctx(t), "s1"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if got := mustRead(t, l, "s1", "", 10); len(got) != 0 {
		t.Fatalf("after Delete: %q", texts(got))
	}
	if got := mustRead(t, l, "s2", "", 10); len(got) != 1 {
		t.Fatalf("Delete of s1 touched s2: %q", texts(got))
	}
}

// testActions: a reply's buttons come back as appended, in order; a push
// without any reads none.
func testActions(t *testing.T, l web.PushLog) {
	acts := []conversation.Action{{ID: "rate:h0123abcd:1", Label: "1"}, {ID: "rate:h0123abcd:5", Label: "5 <b>"}}
	p := web.Push{Kind: web.PushReply, Text: "*Did this help?*", Actions: acts, At: at}
	mustAppend(t, l, "s1", p)
	acts[0].Label = "changed after Append"
	mustAppend(t, l, "s1", push(1))
	got := mustRead(t, l, "s1", "", 10)
	if len(got) != 2 {
		t.Fatalf("read %d pushes, want 2", len(got))
	}
	want := []conversation.Action{{ID: "rate:h0123abcd:1", Label: "1"}, {ID: "rate:h0123abcd:5", Label: "5 <b>"}}
	if g := got[0]; g.Kind != web.PushReply || g.Text != p.Text || !slices.Equal(g.Actions, want) {
		t.Errorf("reply push read as %+v, want actions %+v", g, want)
	}
	if len(got[1].Actions) != 0 {
		t.Errorf("a push without actions read %+v", got[1].Actions)
	}
}
