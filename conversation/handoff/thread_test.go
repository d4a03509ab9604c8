package handoff_test

import (
	"context"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// statuses is a StatusReader with one status per conversation key.
type statuses map[string]conversation.Status

func (s statuses) Status(_ context.Context, key conversation.Key) (conversation.Status, error) {
	return s[key.String()], nil
}

// A handoff asked from a thread that is the user's alone (Slack's
// assistant panel) shows that thread's conversation on its card, reaches
// the user there, and relays only what they write there.
func TestServiceHandoffFromThread(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	thread := alice
	thread.Thread = "D1/1700000000.000100"
	other := alice
	other.Thread = "D1/1700000000.000900"
	st := statuses{thread.String(): {
		Last:   &conversation.Recommendation{Title: "A virtual CTO"},
		Recent: []string{"we are 40 people, mostly engineers"},
	}}
	svc, err := handoff.NewService(handoff.Deps{
		Store: f.store, Desk: f.desk, Users: map[string]handoff.UserSide{"web": f.users}, Status: st, Now: f.clock.now,
	}, handoff.Config{})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := svc.Open(f.ctx, handoff.Request{User: thread, UserRef: "ref-thread", Thread: thread.Thread, Origin: "C7",
		Contact: handoff.Contact{Name: "Alice", Email: "alice@acme.example"}})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if rec.User != alice || rec.Thread != thread.Thread || rec.Origin != "C7" || rec.UserRef != "ref-thread" {
		t.Errorf("opened %+v; want alice's direct key, the thread, its origin and ref", rec)
	}
	if rec.Recommendation != "A virtual CTO" || len(rec.Recent) != 1 {
		t.Errorf("card snapshot = %q %q, want the thread's conversation", rec.Recommendation, rec.Recent)
	}
	svc.Tick(f.ctx)
	rec = f.get(rec.ID)
	svc.Claim(f.ctx, rec.ID, consultant)
	for _, told := range f.users.Told(alice) {
		if told.Ref != "ref-thread" {
			t.Errorf("alice told %q at %q, want the thread's ref", told.Text, told.Ref)
		}
	}

	if svc.RelayFromUser(f.ctx, alice, "from the direct conversation") {
		t.Error("a message of the direct conversation was relayed for a thread's handoff")
	}
	if svc.RelayFromUser(f.ctx, other, "from another thread") {
		t.Error("a message of another thread was relayed")
	}
	if !svc.RelayFromUser(f.ctx, thread, "from the thread") {
		t.Fatal("the thread's message was not relayed")
	}
	lines := f.card(rec.Card).Thread
	if got := lines[len(lines)-1]; !strings.Contains(got, "from the thread") {
		t.Errorf("card thread ends with %q", got)
	}
}

func TestCardNamesOrigin(t *testing.T) {
	rec := handoff.Handoff{ID: handoff.NewID(), User: alice, Origin: "C7", State: handoff.StateOpen}
	withOrigin := testStyle
	withOrigin.Origin = func(_ conversation.Key, origin string) string { return "#" + origin }
	tests := []struct {
		name  string
		style handoff.Style
		rec   handoff.Handoff
		want  string // "" for no line
	}{
		{"named", withOrigin, rec, "*Asked from:* #C7\n"},
		{"style without origins", testStyle, rec, ""},
		{"no origin", withOrigin, handoff.Handoff{ID: rec.ID, User: alice, State: handoff.StateOpen}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			who := handoff.CardOf(tt.rec, tt.style).Who
			if tt.want == "" && strings.Contains(who, "Asked from") || tt.want != "" && !strings.Contains(who, tt.want) {
				t.Errorf("Who = %q, want line %q", who, tt.want)
			}
		})
	}
}
