package slackbot

import (
	"testing"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// fakeGate is a floodGate on a clock the test moves, whose timers fire
// when the test says so.
type fakeGate struct {
	*floodGate
	now       time.Time
	timers    []func() // pending
	submitted []bot.Job
}

func newFakeGate(rate float64, burst, maxUsers int) *fakeGate {
	f := &fakeGate{now: time.Unix(1_000_000, 0)}
	f.floodGate = newFloodGate(rate, burst, maxUsers, func(j bot.Job) bool {
		f.submitted = append(f.submitted, j)
		return true
	})
	f.floodGate.now = func() time.Time { return f.now }
	f.floodGate.after = func(d time.Duration, fn func()) func() bool {
		f.timers = append(f.timers, fn)
		return func() bool { return true }
	}
	return f
}

// fire runs the pending timers.
func (f *fakeGate) fire() {
	ts := f.timers
	f.timers = nil
	for _, fn := range ts {
		fn()
	}
}

// admitN admits n ordinary messages of user named id0, id1, ...; it
// returns how many got through and how many notes were due.
func (f *fakeGate) admitN(user string, n int) (passed, notes int) {
	for i := range n {
		ok, note, _ := f.admit(user, bot.Job{DedupeID: user + string(rune('a'+i%26))}, false)
		if ok {
			passed++
		}
		if note {
			notes++
		}
	}
	return passed, notes
}

func TestFloodGateNotesOncePerSpell(t *testing.T) {
	g := newFakeGate(1, 3, 100) // 3 at once, then one a second
	passed, notes := g.admitN("U1", 20)
	if passed != 3 || notes != 1 {
		t.Fatalf("20 at once: %d through, %d notes; want 3 and 1", passed, notes)
	}
	// The held message is the latest; it goes out when its turn comes.
	if len(g.timers) != 1 {
		t.Fatalf("%d timers, want 1", len(g.timers))
	}
	g.now = g.now.Add(time.Second)
	g.fire()
	if len(g.submitted) != 1 || g.submitted[0].DedupeID != "U1"+string(rune('a'+19)) {
		t.Fatalf("released %+v, want the 20th message alone", g.submitted)
	}
	// Still the same spell: held again, no second note.
	if passed, notes := g.admitN("U1", 5); passed != 0 || notes != 0 {
		t.Errorf("same spell: %d through, %d notes; want 0 and 0", passed, notes)
	}
	g.now = g.now.Add(time.Second)
	g.fire()
	// Once the allowance has refilled, a new spell may bring a new note.
	g.now = g.now.Add(10 * time.Second)
	if passed, notes := g.admitN("U1", 5); passed != 3 || notes != 1 {
		t.Errorf("new spell: %d through, %d notes; want 3 and 1", passed, notes)
	}
	// Another user is not affected.
	if passed, notes := g.admitN("U2", 3); passed != 3 || notes != 0 {
		t.Errorf("other user: %d through, %d notes; want 3 and 0", passed, notes)
	}
}

func TestFloodGateLetsControlThrough(t *testing.T) {
	g := newFakeGate(1, 2, 100)
	g.admitN("U1", 5) // allowance spent, one message held
	for _, text := range []string{"help", "Help!", "what can you do?", "cancel", "stop", "forget", "forget me", "delete my data"} {
		if !conversation.IsControl(textInput(text)) {
			t.Errorf("%q is not a control input", text)
			continue
		}
		if ok, note, _ := g.admit("U1", bot.Job{}, conversation.IsControl(textInput(text))); !ok || note {
			t.Errorf("%q held back (note %v)", text, note)
		}
	}
	for _, text := range []string{"What does a CTO do?", "how do I stop ransomware", "help me choose a CIO or a CTO"} {
		if conversation.IsControl(textInput(text)) {
			t.Errorf("%q taken for a control input", text)
		}
	}
	if ok, _, _ := g.admit("U1", bot.Job{}, false); ok {
		t.Error("an ordinary message got through with the allowance spent")
	}
}

func TestFloodGateBoundsUsers(t *testing.T) {
	g := newFakeGate(1, 1, 2)
	for _, u := range []string{"U1", "U2"} {
		g.admitN(u, 3) // each holds a message: neither can be forgotten
	}
	if passed, _ := g.admitN("U3", 3); passed != 3 {
		t.Errorf("untracked user: %d of 3 through, want all (fail open)", passed)
	}
	if len(g.users) != 2 {
		t.Errorf("%d users tracked, want 2", len(g.users))
	}
	// Once their allowance is full and nothing is held, users are forgotten
	// to make room.
	g.now = g.now.Add(time.Second)
	g.fire()
	g.now = g.now.Add(time.Minute)
	if passed, notes := g.admitN("U3", 3); passed != 1 || notes != 1 {
		t.Errorf("U3 tracked: %d through, %d notes; want 1 and 1", passed, notes)
	}
	if n := g.close(); n != 1 {
		t.Errorf("close dropped %d held messages, want 1", n)
	}
	if ok, _, _ := g.admit("U3", bot.Job{}, false); !ok {
		t.Error("closed gate held a message")
	}
}
