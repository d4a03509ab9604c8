// Package storetest is the contract suite every conversation.Store must pass.
// Each implementation's tests call Run with a constructor of fresh stores.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
)

// Claimer is implemented by stores that also deduplicate events; Run checks
// Claim when the store has it.
type Claimer interface {
	// Claim reports whether the caller is the first to claim id within ttl.
	Claim(ctx context.Context, id string, ttl time.Duration) (bool, error)
}

// Option adjusts what Run checks.
type Option func(*config)

type config struct {
	ttl func(t *testing.T, s conversation.Store, k conversation.Key) time.Duration
}

// WithTTL lets Run check that Save applies and refreshes the time to live.
// ttl must report the time the conversation under k has left to live in s
// (0 when there is none); for Redis that is PTTL, for the memory store the
// distance from its clock to the expiry.
func WithTTL(ttl func(t *testing.T, s conversation.Store, k conversation.Key) time.Duration) Option {
	return func(c *config) { c.ttl = ttl }
}

// Run checks the conversation.Store contract against stores made by
// newStore; each subtest gets a fresh store.
func Run(t *testing.T, newStore func(t *testing.T) conversation.Store, opts ...Option) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	t.Run("MissingKey", func(t *testing.T) { testMissingKey(t, newStore(t)) })
	t.Run("SaveLoad", func(t *testing.T) { testSaveLoad(t, newStore(t)) })
	t.Run("StaleVersionConflicts", func(t *testing.T) { testStaleVersion(t, newStore(t)) })
	t.Run("CreateOverExistingConflicts", func(t *testing.T) { testCreateConflict(t, newStore(t)) })
	t.Run("DataIsCopied", func(t *testing.T) { testCopies(t, newStore(t)) })
	t.Run("InvalidKeyRefused", func(t *testing.T) { testInvalidKey(t, newStore(t)) })
	t.Run("TTL", func(t *testing.T) {
		if cfg.ttl == nil {
			t.Skip("no WithTTL hook")
		}
		testTTL(t, newStore(t), cfg.ttl)
	})
	t.Run("ForgetOnlyThatUser", func(t *testing.T) { testForget(t, newStore(t)) })
	t.Run("UsersNeverCollide", func(t *testing.T) { testNoCollision(t, newStore(t)) })
	t.Run("ConcurrentUpdatesNotLost", func(t *testing.T) { testHammer(t, newStore(t)) })
	t.Run("Claim", func(t *testing.T) {
		c, ok := newStore(t).(Claimer)
		if !ok {
			t.Skip("store has no Claim")
		}
		testClaim(t, c)
	})
}

const ttl = time.Hour

var (
	alice  = conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	thread = conversation.Key{Platform: "slack", Team: "T1", User: "U1", Thread: "C1/1700000000.000100"}
)

func mustSave(t *testing.T, s conversation.Store, k conversation.Key, data string, version int64) int64 {
	t.Helper()
	v, err := s.Save(t.Context(), k, []byte(data), version, ttl)
	if err != nil {
		t.Fatalf("Save(%s, %q, v%d): %v", k, data, version, err)
	}
	if v <= version {
		t.Fatalf("Save(%s, v%d) returned version %d, want a newer one", k, version, v)
	}
	return v
}

// expect checks that k holds data at version (version 0: nothing at all).
func expect(t *testing.T, s conversation.Store, k conversation.Key, data string, version int64) {
	t.Helper()
	got, v, err := s.Load(t.Context(), k)
	if err != nil {
		t.Fatalf("Load(%s): %v", k, err)
	}
	if version == 0 {
		if got != nil || v != 0 {
			t.Fatalf("Load(%s) = %q, v%d; want nil, v0", k, got, v)
		}
		return
	}
	if string(got) != data || v != version {
		t.Fatalf("Load(%s) = %q, v%d; want %q, v%d", k, got, v, data, version)
	}
}

func testMissingKey(t *testing.T, s conversation.Store) {
	expect(t, s, alice, "", 0)
	expect(t, s, thread, "", 0)
}

func testSaveLoad(t *testing.T, s conversation.Store) {
	v1 := mustSave(t, s, alice, "one", 0)
	expect(t, s, alice, "one", v1)
	v2 := mustSave(t, s, alice, "two", v1)
	expect(t, s, alice, "two", v2)
	// The thread is a separate conversation.
	expect(t, s, thread, "", 0)
	v3 := mustSave(t, s, thread, "in thread", 0)
	expect(t, s, thread, "in thread", v3)
	expect(t, s, alice, "two", v2)
}

func testStaleVersion(t *testing.T, s conversation.Store) {
	v1 := mustSave(t, s, alice, "one", 0)
	v2 := mustSave(t, s, alice, "two", v1)
	for _, stale := range []int64{v1, v2 + 1, v2 + 100} {
		_, err := s.Save(t.Context(), alice, []byte("lost"), stale, ttl)
		if !errors.Is(err, conversation.ErrConflict) {
			t.Errorf("Save at version %d with %d stored: err = %v, want ErrConflict", stale, v2, err)
		}
	}
	expect(t, s, alice, "two", v2)
}

func testCreateConflict(t *testing.T, s conversation.Store) {
	v1 := mustSave(t, s, alice, "first", 0)
	_, err := s.Save(t.Context(), alice, []byte("second"), 0, ttl)
	if !errors.Is(err, conversation.ErrConflict) {
		t.Errorf("second Save at version 0: err = %v, want ErrConflict", err)
	}
	expect(t, s, alice, "first", v1)
}

func testCopies(t *testing.T, s conversation.Store) {
	in := []byte("original")
	v, err := s.Save(t.Context(), alice, in, 0, ttl)
	if err != nil {
		t.Fatal(err)
	}
	copy(in, "XXXXXXXX")
	out, _, err := s.Load(t.Context(), alice)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != "original" {
		t.Fatalf("after changing the saved slice, Load = %q, want %q", out, "original")
	}
	copy(out, "YYYYYYYY")
	expect(t, s, alice, "original", v)
}

func testInvalidKey(t *testing.T, s conversation.Store) {
	for _, k := range []conversation.Key{
		{},
		{Platform: "slack", Team: "T1"},
		{Platform: "slack", Team: "T1", User: "U{1}"},
	} {
		if _, err := s.Save(t.Context(), k, []byte("x"), 0, ttl); err == nil {
			t.Errorf("Save(%#v) succeeded, want an error", k)
		}
		if _, _, err := s.Load(t.Context(), k); err == nil {
			t.Errorf("Load(%#v) succeeded, want an error", k)
		}
		if err := s.Forget(t.Context(), k); err == nil {
			t.Errorf("Forget(%#v) succeeded, want an error", k)
		}
	}
}

func testTTL(t *testing.T, s conversation.Store, remaining func(*testing.T, conversation.Store, conversation.Key) time.Duration) {
	if d := remaining(t, s, alice); d != 0 {
		t.Fatalf("TTL of a missing conversation = %v, want 0", d)
	}
	v, err := s.Save(t.Context(), alice, []byte("x"), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if d := remaining(t, s, alice); d <= 50*time.Minute || d > time.Hour {
		t.Fatalf("after Save with ttl 1h, TTL = %v, want about 1h", d)
	}
	// A later save refreshes the time to live to its own ttl, up or down.
	if v, err = s.Save(t.Context(), alice, []byte("x"), v, 3*time.Hour); err != nil {
		t.Fatal(err)
	}
	if d := remaining(t, s, alice); d <= 2*time.Hour || d > 3*time.Hour {
		t.Fatalf("after Save with ttl 3h, TTL = %v, want about 3h", d)
	}
	if _, err = s.Save(t.Context(), alice, []byte("x"), v, 30*time.Minute); err != nil {
		t.Fatal(err)
	}
	if d := remaining(t, s, alice); d <= 20*time.Minute || d > 30*time.Minute {
		t.Fatalf("after Save with ttl 30m, TTL = %v, want about 30m", d)
	}
}

func testForget(t *testing.T, s conversation.Store) {
	mine := []conversation.Key{
		alice,
		thread,
		{Platform: "slack", Team: "T1", User: "U1", Thread: "C2/1700000000.000200"},
		{Platform: "slack", Team: "T1", User: "U1", Thread: "dm"},
	}
	others := []conversation.Key{
		{Platform: "slack", Team: "T1", User: "U2"},                               // same team, other user
		{Platform: "slack", Team: "T1", User: "U2", Thread: thread.Thread},        // same thread, other user
		{Platform: "slack", Team: "T2", User: "U1"},                               // same user id, other team
		{Platform: "slack", Team: "T2", User: "U1", Thread: thread.Thread},        // same, in a thread
		{Platform: "cli", Team: "T1", User: "U1"},                                 // other platform
		{Platform: "slack", Team: "T1", User: "U10"},                              // id with alice's as prefix
		{Platform: "slack", Team: "T1", User: "U1:x"},                             // id extending alice's with ':'
		{Platform: "slack", Team: "T1", User: "U", Thread: "1"},                   // concatenations that look alike
		{Platform: "slack", Team: "T1:U1", User: "x", Thread: "C1/1.1"},           // team containing alice's id
		{Platform: "slack:T1", Team: "U1", User: "c", Thread: "C1/1700000000.01"}, // platform containing ':'
	}
	versions := map[conversation.Key]int64{}
	for _, k := range append(append([]conversation.Key{}, mine...), others...) {
		versions[k] = mustSave(t, s, k, "state of "+k.String(), 0)
	}
	// Forget through one of the threads: every conversation of alice goes.
	if err := s.Forget(t.Context(), thread); err != nil {
		t.Fatalf("Forget: %v", err)
	}
	for _, k := range mine {
		expect(t, s, k, "", 0)
	}
	for _, k := range others {
		expect(t, s, k, "state of "+k.String(), versions[k])
	}
	// Forgetting again, or a user with nothing saved, is fine.
	if err := s.Forget(t.Context(), alice); err != nil {
		t.Fatalf("second Forget: %v", err)
	}
	if err := s.Forget(t.Context(), conversation.Key{Platform: "slack", Team: "T9", User: "nobody"}); err != nil {
		t.Fatalf("Forget of an unknown user: %v", err)
	}
	// Alice can start afresh.
	v := mustSave(t, s, thread, "again", 0)
	expect(t, s, thread, "again", v)
}

func testNoCollision(t *testing.T, s conversation.Store) {
	// Pairs whose UserID or String are equal when the parts are joined with ':'.
	keys := []conversation.Key{
		{Platform: "slack", Team: "T1", User: "U1:x"},
		{Platform: "slack", Team: "T1:U1", User: "x"},
		{Platform: "slack:T1", Team: "U1", User: "x"},
		{Platform: "slack", Team: "T1", User: "U1", Thread: "x"},
		{Platform: "slack", Team: "T1", User: "U1"},
		{Platform: "slack", Team: "T1", User: "U1", Thread: "dm"},
		{Platform: "slack", Team: "T1", User: "U1", Thread: "c:dm"},
		{Platform: "slack", Team: "T1", User: "U1", Thread: "%64m"},
		{Platform: "slack", Team: "", User: "T1:U1"},
		{Platform: "slack", Team: "T1", User: "U1%3Ax"},
		{Platform: "slack", Team: "T1", User: "U1 x"},
		{Platform: "slack", Team: "T1", User: "U1\x00x"},
		{Platform: "slack", Team: "T1", User: "Ü1"},
	}
	versions := make([]int64, len(keys))
	for i, k := range keys {
		versions[i] = mustSave(t, s, k, fmt.Sprintf("state %d", i), 0)
	}
	for i, k := range keys {
		expect(t, s, k, fmt.Sprintf("state %d", i), versions[i])
	}
	// Forgetting the user "U1:x" leaves "T1:U1"/"x" and everyone else.
	if err := s.Forget(t.Context(), keys[0]); err != nil {
		t.Fatal(err)
	}
	expect(t, s, keys[0], "", 0)
	for i, k := range keys[1:] {
		expect(t, s, k, fmt.Sprintf("state %d", i+1), versions[i+1])
	}
}

func testHammer(t *testing.T, s conversation.Store) {
	const workers = 50
	ctx := t.Context()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			id := fmt.Sprintf("w%02d", w)
			for attempt := 0; ; attempt++ {
				if attempt == 10*workers*workers {
					t.Errorf("%s: gave up after %d conflicts", id, attempt)
					return
				}
				data, v, err := s.Load(ctx, alice)
				if err != nil {
					t.Errorf("%s: Load: %v", id, err)
					return
				}
				var ids []string
				if data != nil {
					if err := json.Unmarshal(data, &ids); err != nil {
						t.Errorf("%s: stored state %q: %v", id, data, err)
						return
					}
				}
				runtime.Gosched() // let others in between load and save
				next, err := json.Marshal(append(ids, id))
				if err != nil {
					t.Errorf("%s: %v", id, err)
					return
				}
				_, err = s.Save(ctx, alice, next, v, ttl)
				if errors.Is(err, conversation.ErrConflict) {
					continue
				}
				if err != nil {
					t.Errorf("%s: Save: %v", id, err)
				}
				return
			}
		})
	}
	wg.Wait()
	data, _, err := s.Load(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	if err := json.Unmarshal(data, &ids); err != nil {
		t.Fatalf("final state %q: %v", data, err)
	}
	seen := map[string]int{}
	for _, id := range ids {
		seen[id]++
	}
	for w := range workers {
		id := fmt.Sprintf("w%02d", w)
		if seen[id] != 1 {
			t.Errorf("%s appears %d times in the final state, want once", id, seen[id])
		}
	}
	if len(ids) != workers {
		t.Errorf("final state has %d ids, want %d: %s", len(ids), workers, bytes.TrimSpace(data))
	}
}

func testClaim(t *testing.T, c Claimer) {
	ctx := t.Context()
	claim := func(id string) bool {
		t.Helper()
		ok, err := c.Claim(ctx, id, time.Minute)
		if err != nil {
			t.Fatalf("Claim(%q): %v", id, err)
		}
		return ok
	}
	if !claim("Ev1") {
		t.Fatal("first Claim(Ev1) = false, want true")
	}
	if claim("Ev1") {
		t.Fatal("second Claim(Ev1) = true, want false")
	}
	if !claim("Ev2") {
		t.Fatal("first Claim(Ev2) = false, want true")
	}
	if !claim("Ev1:x") || !claim("{Ev1}") {
		t.Fatal("ids extending Ev1 were taken as Ev1")
	}

	// Of many concurrent claims of one id exactly one wins.
	const n = 20
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for range n {
		wg.Go(func() {
			ok, err := c.Claim(ctx, "race", time.Minute)
			if err != nil {
				t.Errorf("Claim(race): %v", err)
				return
			}
			if ok {
				mu.Lock()
				wins++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if wins != 1 {
		t.Errorf("%d of %d concurrent claims won, want exactly 1", wins, n)
	}
}
