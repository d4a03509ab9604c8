// Package refstest is the contract suite every teams.RefStore passes:
// the in-memory one (teams.MemRefs) and the Redis one (redisrefs), each
// from its own tests.
package refstest

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/conversation"
)

// Option adjusts what Run checks.
type Option func(*config)

type config struct {
	ttlLeft func(t *testing.T, s teams.RefStore, user conversation.Key) time.Duration
}

// WithTTL lets Run check that Save sets the references' time to live:
// ttlLeft reports the time the user's references have left (0 when
// none), e.g. Redis PTTL.
func WithTTL(ttlLeft func(t *testing.T, s teams.RefStore, user conversation.Key) time.Duration) Option {
	return func(c *config) { c.ttlLeft = ttlLeft }
}

// TTL is the time to live the stores under test are made with.
const TTL = time.Hour

// Run checks the teams.RefStore contract on stores made by newStore, each
// with references living TTL; every subtest gets a fresh store.
func Run(t *testing.T, newStore func(t *testing.T) teams.RefStore, opts ...Option) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	t.Run("Missing", func(t *testing.T) { testMissing(t, newStore(t)) })
	t.Run("SaveLoadKinds", func(t *testing.T) { testSaveLoad(t, newStore(t)) })
	t.Run("SaveReplacesItsKind", func(t *testing.T) { testReplace(t, newStore(t)) })
	t.Run("ThreadIgnored", func(t *testing.T) { testThreadIgnored(t, newStore(t)) })
	t.Run("DeleteKinds", func(t *testing.T) { testDelete(t, newStore(t)) })
	t.Run("UsersApart", func(t *testing.T) { testUsersApart(t, newStore(t)) })
	t.Run("InvalidUserRefused", func(t *testing.T) { testInvalid(t, newStore(t)) })
	t.Run("ConcurrentSaves", func(t *testing.T) { testConcurrent(t, newStore(t)) })
	t.Run("TTL", func(t *testing.T) {
		if cfg.ttlLeft == nil {
			t.Skip("no WithTTL hook")
		}
		testTTL(t, newStore(t), cfg.ttlLeft)
	})
}

func user(name string) conversation.Key {
	return conversation.Key{Platform: teams.Platform, Team: "tenant-1", User: name}
}

// personal and channel are references of both kinds with every field set.
func personal(u string) teams.StoredRef {
	return teams.StoredRef{
		ConversationRef: teams.ConversationRef{ServiceURL: "https://smba.trafficmanager.net/amer/", ChannelID: teams.ChannelTeams,
			ConversationID: "a:personal-" + u, ConversationType: teams.ConversationPersonal, TenantID: "tenant-1",
			UserID: "29:" + u, UserAADObjectID: "aad-" + u, BotID: "28:bot"},
		Validated: true, SavedAt: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC),
	}
}

func channel(u string) teams.StoredRef {
	r := personal(u)
	r.ConversationID, r.ConversationType = "19:general@thread.tacv2;messageid=17", teams.ConversationChannel
	r.ServiceURL, r.Validated = "https://smba.trafficmanager.net/emea/", false
	return r
}

func load(t *testing.T, s teams.RefStore, u conversation.Key) teams.Refs {
	t.Helper()
	r, err := s.Load(t.Context(), u)
	if err != nil {
		t.Fatalf("Load %s: %v", u, err)
	}
	return r
}

func save(t *testing.T, s teams.RefStore, u conversation.Key, r teams.StoredRef) {
	t.Helper()
	if err := s.Save(t.Context(), u, r); err != nil {
		t.Fatalf("Save %s: %v", u, err)
	}
}

func same(t *testing.T, what string, got *teams.StoredRef, want teams.StoredRef) {
	t.Helper()
	if got == nil {
		t.Errorf("%s: none stored, want %+v", what, want)
		return
	}
	if !got.SavedAt.Equal(want.SavedAt) || got.ConversationRef != want.ConversationRef || got.Validated != want.Validated {
		t.Errorf("%s = %+v, want %+v", what, *got, want)
	}
}

func testMissing(t *testing.T, s teams.RefStore) {
	r := load(t, s, user("nobody"))
	if r.Personal != nil || r.Elsewhere != nil {
		t.Errorf("a user never saved has %+v", r)
	}
	if err := s.Delete(t.Context(), user("nobody")); err != nil {
		t.Errorf("Delete of a user never saved: %v", err)
	}
}

func testSaveLoad(t *testing.T, s teams.RefStore) {
	ann := user("ann")
	save(t, s, ann, personal("ann"))
	r := load(t, s, ann)
	same(t, "personal", r.Personal, personal("ann"))
	if r.Elsewhere != nil {
		t.Errorf("elsewhere = %+v before any was saved", r.Elsewhere)
	}
	save(t, s, ann, channel("ann"))
	r = load(t, s, ann)
	same(t, "personal after a channel reference", r.Personal, personal("ann"))
	same(t, "elsewhere", r.Elsewhere, channel("ann"))
}

func testReplace(t *testing.T, s teams.RefStore) {
	ann := user("ann")
	save(t, s, ann, personal("ann"))
	save(t, s, ann, channel("ann"))
	newer := personal("ann")
	newer.ConversationID, newer.SavedAt = "a:moved", newer.SavedAt.Add(time.Hour)
	save(t, s, ann, newer)
	other := channel("ann")
	other.ConversationID = "19:other@thread.v2"
	other.ConversationType = teams.ConversationGroupChat
	save(t, s, ann, other)
	r := load(t, s, ann)
	same(t, "personal", r.Personal, newer)
	same(t, "elsewhere", r.Elsewhere, other)
}

func testThreadIgnored(t *testing.T, s teams.RefStore) {
	inThread := user("ann")
	inThread.Thread = "19:general@thread.tacv2/17"
	save(t, s, inThread, channel("ann"))
	same(t, "elsewhere through the direct key", load(t, s, user("ann")).Elsewhere, channel("ann"))
}

func testDelete(t *testing.T, s teams.RefStore) {
	ann, bob := user("ann"), user("bob")
	for _, u := range []string{"ann", "bob"} {
		save(t, s, user(u), personal(u))
		save(t, s, user(u), channel(u))
	}
	if err := s.Delete(t.Context(), ann, teams.RefElsewhere); err != nil {
		t.Fatal(err)
	}
	r := load(t, s, ann)
	same(t, "personal after deleting elsewhere", r.Personal, personal("ann"))
	if r.Elsewhere != nil {
		t.Errorf("elsewhere survived its deletion: %+v", r.Elsewhere)
	}
	if err := s.Delete(t.Context(), ann); err != nil {
		t.Fatal(err)
	}
	if r := load(t, s, ann); r.Personal != nil || r.Elsewhere != nil {
		t.Errorf("after deleting everything: %+v", r)
	}
	r = load(t, s, bob)
	same(t, "another user's personal", r.Personal, personal("bob"))
	same(t, "another user's elsewhere", r.Elsewhere, channel("bob"))
}

// testUsersApart saves users whose ids would collide if they were
// joined naively, or end a Redis hash tag early.
func testUsersApart(t *testing.T, s teams.RefStore) {
	users := []conversation.Key{
		{Platform: teams.Platform, Team: "t:1", User: "u"},
		{Platform: teams.Platform, Team: "t", User: "1:u"},
		{Platform: teams.Platform, Team: "t", User: "u%7Dx"},
		{Platform: "slack", Team: "t", User: "u"},
		{Platform: teams.Platform, Team: "t", User: "u"},
	}
	for i, u := range users {
		r := personal(u.User)
		r.ConversationID = "a:" + string(rune('A'+i))
		save(t, s, u, r)
	}
	for i, u := range users {
		r := load(t, s, u)
		if r.Personal == nil || r.Personal.ConversationID != "a:"+string(rune('A'+i)) {
			t.Errorf("user %+v reads %+v, want its own reference", u, r.Personal)
		}
	}
}

func testInvalid(t *testing.T, s teams.RefStore) {
	for _, u := range []conversation.Key{{Platform: teams.Platform, Team: "t"}, {Team: "t", User: "u"}, {Platform: teams.Platform, User: "a{b}"}} {
		if err := s.Save(t.Context(), u, personal("x")); !errors.Is(err, teams.ErrInvalidUser) {
			t.Errorf("Save %+v: %v, want ErrInvalidUser", u, err)
		}
		if _, err := s.Load(t.Context(), u); !errors.Is(err, teams.ErrInvalidUser) {
			t.Errorf("Load %+v: %v, want ErrInvalidUser", u, err)
		}
		if err := s.Delete(t.Context(), u); !errors.Is(err, teams.ErrInvalidUser) {
			t.Errorf("Delete %+v: %v, want ErrInvalidUser", u, err)
		}
	}
}

// testConcurrent saves both kinds at once, many times: both survive.
func testConcurrent(t *testing.T, s teams.RefStore) {
	ann := user("ann")
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for range 20 {
		wg.Go(func() { errs <- s.Save(t.Context(), ann, personal("ann")) })
		wg.Go(func() { errs <- s.Save(t.Context(), ann, channel("ann")) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	r := load(t, s, ann)
	same(t, "personal", r.Personal, personal("ann"))
	same(t, "elsewhere", r.Elsewhere, channel("ann"))
}

func testTTL(t *testing.T, s teams.RefStore, ttlLeft func(*testing.T, teams.RefStore, conversation.Key) time.Duration) {
	ann := user("ann")
	if d := ttlLeft(t, s, ann); d != 0 {
		t.Errorf("TTL before any save = %v, want 0", d)
	}
	save(t, s, ann, channel("ann"))
	if d := ttlLeft(t, s, ann); d <= TTL/2 || d > TTL {
		t.Errorf("TTL after a save = %v, want close to %v", d, TTL)
	}
	save(t, s, ann, personal("ann"))
	if d := ttlLeft(t, s, ann); d <= TTL/2 || d > TTL {
		t.Errorf("TTL after a second save = %v, want close to %v", d, TTL)
	}
}
