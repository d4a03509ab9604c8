package handoff_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/handoff/handofftest"
)

func TestServiceUserSideByPlatform(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	bob := conversation.Key{Platform: "teams", Team: "t", User: "bob"}
	teams := &handofftest.Users{Style: handoff.Style{Person: func(string) string { return "your consultant" }}}
	svc, err := handoff.NewService(handoff.Deps{Store: f.store, Desk: f.desk, Users: map[string]handoff.UserSide{"web": f.users, "teams": teams}}, handoff.Config{})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := svc.Open(f.ctx, handoff.Request{User: bob})
	if err != nil {
		t.Fatal(err)
	}
	svc.Tick(f.ctx)
	svc.Claim(f.ctx, rec.ID, consultant)
	told := teams.Told(bob)
	if len(told) != 2 || !strings.HasPrefix(told[1].Text, "your consultant from Consulting Springfield") {
		t.Errorf("the Teams user was told %+v", told)
	}
	if n := len(f.users.Told(conversation.Key{})); n != 0 {
		t.Errorf("the web side was told %d messages meant for a Teams user", n)
	}
}

// pageSide is a ConsultantSide, as the web's is: it records consultants'
// messages with their authors apart from the bot's messages.
type pageSide struct {
	handofftest.Users
	mu       sync.Mutex
	authored []string // "name: text"
}

func (p *pageSide) TellFromConsultant(_ context.Context, _ conversation.Key, _, name, text string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.authored = append(p.authored, name+": "+text)
	return nil
}

func (p *pageSide) Authored() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.authored...)
}

// TestServiceNamesConsultantsForOtherPlatforms: a user side with no names
// of its own gets the desk's names of consultants (a stand-in when the
// desk knows none), and one that shows authored messages gets the
// consultant's messages as theirs, unquoted.
func TestServiceNamesConsultantsForOtherPlatforms(t *testing.T) {
	f := newFixture(t, handoff.Config{})
	deskStyle := handoff.Style{Person: func(id string) string {
		if id == consultant {
			return "Ada"
		}
		return ""
	}}
	desk := handoff.NewMemDesk(deskStyle, consultant, colleague)
	page := &pageSide{Users: handofftest.Users{Style: handoff.Style{EndCommand: "“end”"}}}
	svc, err := handoff.NewService(handoff.Deps{Store: f.store, Desk: desk, Users: map[string]handoff.UserSide{"web": page}}, handoff.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ who, want string }{{consultant, "Ada from Consulting Springfield"}, {colleague, handoff.SomeConsultant + " from"}} {
		rec, err := svc.Open(f.ctx, handoff.Request{User: alice, Contact: handoff.Contact{Name: "Alice"}})
		if err != nil {
			t.Fatal(err)
		}
		svc.Tick(f.ctx)
		if m := svc.Claim(f.ctx, rec.ID, tc.who); m != nil {
			t.Fatalf("claim: %s", render(m))
		}
		told := page.Told(alice)
		if last := told[len(told)-1].Text; !strings.HasPrefix(last, tc.want) || !strings.Contains(last, "Type “end”") {
			t.Errorf("claimed by %s: the user was told %q, want it to start %q", tc.who, last, tc.want)
		}
		rec = f.get(rec.ID)
		if !svc.RelayFromConsultant(f.ctx, rec.Card, tc.who, "Hello *there*\n> quoted") {
			t.Fatal("the card's thread was not recognised")
		}
		if m := svc.End(f.ctx, alice, ""); m != nil {
			t.Fatalf("end: %s", render(m))
		}
	}
	want := []string{"Ada: Hello *there*\n> quoted", handoff.SomeConsultant + ": Hello *there*\n> quoted"}
	if got := page.Authored(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("authored messages %q, want %q", got, want)
	}
	for _, told := range page.Told(alice) {
		if strings.Contains(told.Text, "Hello") {
			t.Errorf("a consultant's message was also told quoted: %q", told.Text)
		}
	}
}
