package cli_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/cli"
	"github.com/springfield/techleader/conversation/handoff"
)

// waitOutput polls out until it contains want; the bound only guards
// against hangs.
func waitOutput(t *testing.T, out *bottest.Buffer, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestChatSimulatedConsultant: asking for a consultant posts a card on
// the printed desk; Sam claims it, greets the user, relays both ways, and
// /end closes it.
func TestChatSimulatedConsultant(t *testing.T) {
	out := &bottest.Buffer{}
	s, err := cli.New(cli.Config{Engine: engine(t), User: "ada", Handoff: handoff.Config{Poll: 10 * time.Millisecond}}, out)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.Start(ctx)
	defer func() { cancel(); s.Close() }()

	s.Handle(ctx, "/consult")
	waitOutput(t, out, "[consultants' desk] new card: Consultant request from ada")
	waitOutput(t, out, "Sam from Consulting Springfield will help you")
	waitOutput(t, out, "Sam (Consulting Springfield):\n>"+handoff.SimulatedGreeting)

	s.Handle(ctx, "we have 40 people, who do we hire?")
	waitOutput(t, out, "thread: ada wrote:")
	waitOutput(t, out, handoff.SimulatedReply)
	if st, err := s.Desk().IsConsultant(ctx, cli.SimulatedID); err != nil || !st {
		t.Errorf("Sam is not a consultant of the desk: %v %v", st, err)
	}
	if strings.Contains(out.String(), "Question 1 of") {
		t.Error("the relayed message reached the engine")
	}
	s.Handle(ctx, "/end")
	waitOutput(t, out, "You ended the conversation with the consultant")
	rec, err := s.Handoffs().Active(ctx, s.Key())
	if err == nil {
		t.Errorf("a handoff is still active after /end: %+v", rec)
	}
}
