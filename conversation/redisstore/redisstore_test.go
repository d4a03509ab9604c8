package redisstore

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
	"github.com/springfield/techleader/conversation/storetest"
)

func newStore(t testing.TB) *Store {
	t.Helper()
	c, prefix := redistest.New(t)
	return New(c, WithPrefix(prefix))
}

// pttl is the time key has left to live: 0 when it does not exist, -1 when it
// never expires.
func pttl(t *testing.T, s *Store, key string) time.Duration {
	t.Helper()
	d, err := s.client.PTTL(context.Background(), key).Result()
	if err != nil {
		t.Fatalf("PTTL %s: %v", key, err)
	}
	switch d {
	case -2:
		return 0
	case -1:
		return -1
	}
	return d
}

func TestContract(t *testing.T) {
	storetest.Run(t,
		func(t *testing.T) conversation.Store { return newStore(t) },
		storetest.WithTTL(func(t *testing.T, s conversation.Store, k conversation.Key) time.Duration {
			return pttl(t, s.(*Store), s.(*Store).convKey(k))
		}),
	)
}

var alice = conversation.Key{Platform: "slack", Team: "T1", User: "U1"}

// hashTag is the part of key Redis Cluster hashes: between the first '{' and
// the first '}' after it.
func hashTag(key string) string {
	i := strings.IndexByte(key, '{')
	if i < 0 {
		return key
	}
	j := strings.IndexByte(key[i+1:], '}')
	if j <= 0 {
		return key
	}
	return key[i+1 : i+1+j]
}

func TestKeys(t *testing.T) {
	s := New(nil)
	if got, want := s.convKey(alice), "techleader:{slack:T1:U1}:c:dm"; got != want {
		t.Errorf("convKey(direct) = %q, want %q", got, want)
	}
	th := alice
	th.Thread = "C1/1700000000.000100"
	if got, want := s.convKey(th), "techleader:{slack:T1:U1}:c:t:C1/1700000000.000100"; got != want {
		t.Errorf("convKey(thread) = %q, want %q", got, want)
	}
	if got, want := s.indexKey(th), "techleader:{slack:T1:U1}:idx"; got != want {
		t.Errorf("indexKey = %q, want %q", got, want)
	}
	if got, want := s.claimKey("Ev1:{x}"), "techleader:dedupe:Ev1%3A%7Bx%7D"; got != want {
		t.Errorf("claimKey = %q, want %q", got, want)
	}

	// Ids with characters that would break the tag or the key layout, which
	// Key.Valid refuses but the key scheme withstands anyway.
	users := []conversation.Key{
		alice,
		{Platform: "slack", Team: "T1", User: "U1}x"},
		{Platform: "slack", Team: "T1", User: "{U1}"},
		{Platform: "slack", Team: "T1}", User: "U1"},
		{Platform: "slack", Team: "T1", User: "U1:x"},
		{Platform: "slack", Team: "T1:U1", User: "x"},
		{Platform: "slack", Team: "T1", User: "U1%7Dx"},
		{Platform: "slack", Team: "T1", User: "U1\n"},
	}
	seen := map[string]conversation.Key{}
	tags := map[string]conversation.Key{}
	for _, u := range users {
		for _, thread := range []string{"", "dm", "t:x", "C1}/1.2", "x:c:dm"} {
			k := u
			k.Thread = thread
			ck := s.convKey(k)
			if prev, dup := seen[ck]; dup {
				t.Errorf("%#v and %#v share key %q", prev, k, ck)
			}
			seen[ck] = k
			if tag, want := hashTag(ck), hashTag(s.indexKey(u)); tag != want {
				t.Errorf("convKey(%#v) = %q hashes on %q, index on %q", k, ck, tag, want)
			}
		}
		tag := hashTag(s.indexKey(u))
		if prev, dup := tags[tag]; dup {
			t.Errorf("%#v and %#v share hash tag %q", prev, u, tag)
		}
		tags[tag] = u
	}

	// A prefix cannot open a hash tag of its own.
	if k := New(nil, WithPrefix("a{b}c")).convKey(alice); hashTag(k) != "slack:T1:U1" {
		t.Errorf("with prefix a{b}c, key %q hashes on %q", k, hashTag(k))
	}
}

func TestIndexOutlivesConversations(t *testing.T) {
	s := newStore(t)
	ctx := t.Context()
	th := alice
	th.Thread = "C1/1.2"
	if _, err := s.Save(ctx, th, []byte("t"), 0, 3*time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ctx, alice, []byte("d"), 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	if d := pttl(t, s, s.indexKey(alice)); d <= 2*time.Hour || d > 3*time.Hour {
		t.Fatalf("index PTTL = %v after saves with 3h and 1h, want about 3h", d)
	}
	members, err := s.client.SMembers(ctx, s.indexKey(alice)).Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != 2 {
		t.Fatalf("index lists %q, want the 2 conversations", members)
	}
	// Without a ttl neither the conversation nor the index expire.
	if _, err := s.Save(ctx, conversation.Key{Platform: "slack", Team: "T1", User: "U1", Thread: "x"}, []byte("p"), 0, 0); err != nil {
		t.Fatal(err)
	}
	if d := pttl(t, s, s.indexKey(alice)); d != -1 {
		t.Fatalf("index PTTL = %v after a save without ttl, want -1 (none)", d)
	}
	if _, err := s.Save(ctx, th, []byte("t2"), 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	if d := pttl(t, s, s.indexKey(alice)); d != -1 {
		t.Fatalf("index PTTL = %v, want it to stay without expiry", d)
	}
}

func TestClaimTTL(t *testing.T) {
	s := newStore(t)
	ok, err := s.Claim(t.Context(), "Ev1", time.Minute)
	if err != nil || !ok {
		t.Fatalf("Claim = %v, %v; want true, nil", ok, err)
	}
	if d := pttl(t, s, s.claimKey("Ev1")); d <= 50*time.Second || d > time.Minute {
		t.Fatalf("claim PTTL = %v, want about 1m", d)
	}
}

// The time to live really expires the data (miniredis can move time).
func TestExpiry(t *testing.T) {
	m := miniredis.RunT(t)
	c := redis.NewClient(&redis.Options{Addr: m.Addr()})
	t.Cleanup(func() { _ = c.Close() })
	s := New(c)
	ctx := t.Context()
	if _, err := s.Save(ctx, alice, []byte("a"), 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Claim(ctx, "Ev1", time.Minute); !ok {
		t.Fatal("first Claim = false")
	}
	m.FastForward(time.Minute)
	if ok, _ := s.Claim(ctx, "Ev1", time.Minute); !ok {
		t.Fatal("Claim after the claim's ttl = false, want true")
	}
	if data, _, _ := s.Load(ctx, alice); string(data) != "a" {
		t.Fatalf("Load before expiry = %q", data)
	}
	m.FastForward(time.Hour)
	if data, v, err := s.Load(ctx, alice); data != nil || v != 0 || err != nil {
		t.Fatalf("Load after expiry = %q, %d, %v; want nil, 0, nil", data, v, err)
	}
	if m.Exists(s.indexKey(alice)) {
		t.Fatal("index outlived its conversations")
	}
}

func shortTimeouts(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:         addr,
		DialTimeout:  200 * time.Millisecond,
		ReadTimeout:  200 * time.Millisecond,
		WriteTimeout: 200 * time.Millisecond,
		MaxRetries:   -1,
	})
}

func checkUnavailable(t *testing.T, s *Store) {
	t.Helper()
	ctx := t.Context()
	_, _, err := s.Load(ctx, alice)
	if !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Load: err = %v, want ErrUnavailable", err)
	}
	if err != nil && !strings.Contains(err.Error(), "load conversation slack:T1:U1") {
		t.Errorf("Load error %q does not say what failed", err)
	}
	if _, err := s.Save(ctx, alice, []byte("x"), 0, time.Hour); !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Save: err = %v, want ErrUnavailable", err)
	}
	if err := s.Forget(ctx, alice); !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Forget: err = %v, want ErrUnavailable", err)
	}
	if _, err := s.Claim(ctx, "Ev1", time.Minute); !errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Claim: err = %v, want ErrUnavailable", err)
	}
}

func TestUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now: connection refused
	c := shortTimeouts(addr)
	t.Cleanup(func() { _ = c.Close() })
	checkUnavailable(t, New(c))
}

func TestOutageAndRecovery(t *testing.T) {
	m := miniredis.RunT(t)
	c := shortTimeouts(m.Addr())
	t.Cleanup(func() { _ = c.Close() })
	s := New(c)
	ctx := t.Context()
	v, err := s.Save(ctx, alice, []byte("before"), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}

	m.Close()
	checkUnavailable(t, s)

	if err := m.Restart(); err != nil {
		t.Fatal(err)
	}
	data, got, err := s.Load(ctx, alice)
	if err != nil || string(data) != "before" || got != v {
		t.Fatalf("after restart Load = %q, v%d, %v; want %q, v%d", data, got, err, "before", v)
	}
	if _, err := s.Save(ctx, alice, []byte("after"), v, time.Hour); err != nil {
		t.Fatalf("after restart Save: %v", err)
	}
}

func TestServerErrors(t *testing.T) {
	m := miniredis.RunT(t)
	c := shortTimeouts(m.Addr())
	t.Cleanup(func() { _ = c.Close() })
	s := New(c)
	ctx := t.Context()

	for _, reply := range []string{
		"LOADING Redis is loading the dataset in memory",
		"CLUSTERDOWN The cluster is down",
		"MASTERDOWN Link with MASTER is down",
		"READONLY You can't write against a read only replica.",
		"TRYAGAIN Multiple keys request during rehashing of slot",
		"BUSY Redis is busy running a script.",
	} {
		m.SetError(reply)
		if _, _, err := s.Load(ctx, alice); !errors.Is(err, conversation.ErrUnavailable) {
			t.Errorf("reply %q: Load err = %v, want ErrUnavailable", reply, err)
		}
		if _, err := s.Save(ctx, alice, []byte("x"), 0, time.Hour); !errors.Is(err, conversation.ErrUnavailable) {
			t.Errorf("reply %q: Save err = %v, want ErrUnavailable", reply, err)
		}
	}
	m.SetError("")

	// A key of the wrong type is a permanent error, neither conflict nor outage.
	if err := m.Set(s.convKey(alice), "not a hash"); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.Load(ctx, alice)
	if err == nil || errors.Is(err, conversation.ErrUnavailable) || errors.Is(err, conversation.ErrConflict) {
		t.Errorf("Load of a string key: err = %v, want a permanent error", err)
	}
	_, err = s.Save(ctx, alice, []byte("x"), 0, time.Hour)
	if err == nil || errors.Is(err, conversation.ErrUnavailable) || errors.Is(err, conversation.ErrConflict) {
		t.Errorf("Save over a string key: err = %v, want a permanent error", err)
	}

	// A caller that gives up is not an outage.
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := s.Load(canceled, alice); err == nil || errors.Is(err, conversation.ErrUnavailable) {
		t.Errorf("Load with a canceled context: err = %v, want context.Canceled only", err)
	}
}
