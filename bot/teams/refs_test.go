package teams_test

import (
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/refstest"
	"github.com/springfield/techleader/conversation"
)

func TestMemRefsContract(t *testing.T) {
	refstest.Run(t, func(*testing.T) teams.RefStore { return teams.NewMemRefs(refstest.TTL, nil) })
}

// TestMemRefsExpire: references are gone TTL after their last save, and
// a save renews them.
func TestMemRefsExpire(t *testing.T) {
	var mu sync.Mutex
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	m := teams.NewMemRefs(time.Hour, clock)
	ann := conversation.Key{Platform: teams.Platform, Team: "t", User: "ann"}
	ref := teams.StoredRef{ConversationRef: teams.ConversationRef{ConversationID: "a:1", ConversationType: teams.ConversationPersonal}}
	if err := m.Save(t.Context(), ann, ref); err != nil {
		t.Fatal(err)
	}
	advance(50 * time.Minute)
	if err := m.Save(t.Context(), ann, ref); err != nil { // renews
		t.Fatal(err)
	}
	advance(50 * time.Minute)
	if r, _ := m.Load(t.Context(), ann); r.Personal == nil {
		t.Fatal("gone 50 min after a renewing save, with a 1 h TTL")
	}
	advance(11 * time.Minute)
	if r, _ := m.Load(t.Context(), ann); r.Personal != nil {
		t.Fatalf("still there 61 min after the last save: %+v", r.Personal)
	}
}
