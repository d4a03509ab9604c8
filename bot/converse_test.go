package bot_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/conversation"
)

var (
	dm     = conversation.Key{Platform: "test", Team: "T", User: "U1"}
	thread = conversation.Key{Platform: "test", Team: "T", User: "U1", Thread: "C1/1"}
)

func question(id string, round int) *conversation.Question {
	return &conversation.Question{ID: id, Round: round, Prompt: "Q " + id, Options: []conversation.Option{{Value: "a", Label: "A"}}}
}

// scripted answers each input text with the replies given for it.
func scripted(replies map[string][]conversation.Reply) *bottest.FakeEngine {
	return &bottest.FakeEngine{Reply: func(_ conversation.Key, in conversation.Input) []conversation.Reply {
		return replies[in.Text+string(in.Command)+in.Choice]
	}}
}

func TestConverseShowsRepliesInOrder(t *testing.T) {
	eng := scripted(map[string][]conversation.Reply{
		"start":  {{Text: "intro", Started: true}, {Question: question("q1", 1)}},
		"a":      {{Answered: &conversation.Answered{QuestionID: "q1", Round: 1, Answer: "A"}}, {Question: question("q2", 1)}},
		"cancel": {{Notice: "There's no assessment in progress.", Actions: []conversation.Action{{ID: "start"}}}},
		"human":  {{Text: "Happy to help", Handoff: true}},
		"both":   {{Answered: &conversation.Answered{QuestionID: "q2", Round: 1}, Text: "and more"}},
	})
	core := bot.NewCore(eng, nil, nil)
	s := &bottest.RecordingSurface{}
	ctx := context.Background()
	core.Converse(ctx, dm, conversation.Cmd(conversation.CommandStart), s)
	core.Converse(ctx, dm, conversation.Choice(1, "q1", "a"), s) // a click
	core.Converse(ctx, dm, conversation.Text("cancel"), s)
	core.Converse(ctx, dm, conversation.Text("human"), s)
	core.Converse(ctx, dm, conversation.Text("both"), s)

	want := []string{"show", "show", "answered", "show", "private", "show", "handoff", "answered", "show"}
	if got := s.Kinds(); !slices.Equal(got, want) {
		t.Fatalf("calls = %v, want %v", got, want)
	}
	ev := s.Events()
	if ev[2].Ref != "m2" || ev[2].Answered.QuestionID != "q1" {
		t.Errorf("answer to q1 updated %q (%+v), want the question's message m2", ev[2].Ref, ev[2].Answered)
	}
	if ev[7].Ref != "m3" {
		t.Errorf("answer to q2 updated %q, want m3", ev[7].Ref)
	}
	if ev[8].Reply.Text != "and more" || ev[8].Reply.Answered != nil {
		t.Errorf("the rest of an answered reply = %+v", ev[8].Reply)
	}
}

// A typed answer to a question the core never saw (another process showed
// it, or it belongs to another round) leaves the reference to the surface.
func TestConverseAnswerOfUnknownQuestion(t *testing.T) {
	eng := scripted(map[string][]conversation.Reply{
		"start": {{Question: question("q1", 2)}},
		"old":   {{Answered: &conversation.Answered{QuestionID: "q1", Round: 1}}},
	})
	core := bot.NewCore(eng, nil, nil)
	s := &bottest.RecordingSurface{}
	core.Converse(context.Background(), dm, conversation.Cmd(conversation.CommandStart), s)
	core.Converse(context.Background(), dm, conversation.Text("old"), s)
	if ev := s.Events(); len(ev) != 2 || ev[1].Kind != "answered" || ev[1].Ref != "" {
		t.Errorf("events = %+v, want an update without a reference", ev)
	}
	// Without references nothing is remembered.
	s = &bottest.RecordingSurface{NoRefs: true}
	core = bot.NewCore(scripted(map[string][]conversation.Reply{
		"start": {{Question: question("q1", 1)}},
		"a":     {{Answered: &conversation.Answered{QuestionID: "q1", Round: 1}}},
	}), nil, nil)
	core.Converse(context.Background(), dm, conversation.Cmd(conversation.CommandStart), s)
	core.Converse(context.Background(), dm, conversation.Text("a"), s)
	if ev := s.Events(); ev[1].Ref != "" {
		t.Errorf("answered ref %q from a surface without references", ev[1].Ref)
	}
}

func TestConverseRelaysDuringLiveHandoff(t *testing.T) {
	tests := []struct {
		name    string
		key     conversation.Key
		in      conversation.Input
		relayed bool
	}{
		{"text in the DM", dm, conversation.Text("hello consultant"), true},
		// The handoffs decide where their relay runs (a thread of the
		// user's own, such as Slack's assistant panel, can be one).
		{"text in a thread the handoff relays", thread, conversation.Text("hello"), true},
		{"a command", dm, conversation.Cmd(conversation.CommandStatus), false},
		{"a click", dm, conversation.Choice(1, "q1", "a"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng := &bottest.FakeEngine{}
			hs := &bottest.FakeHandoffs{Relay: true}
			s := &bottest.RecordingSurface{}
			bot.NewCore(eng, hs, nil).Converse(context.Background(), tt.key, tt.in, s)
			handled := len(eng.Inputs(tt.key)) > 0
			if handled == tt.relayed || (len(hs.Relayed()) > 0) != tt.relayed {
				t.Errorf("engine handled %v, relayed %q; want relayed %v", handled, hs.Relayed(), tt.relayed)
			}
		})
	}
}

func TestConverseForgetsEverywhere(t *testing.T) {
	for _, in := range []conversation.Input{conversation.Text("forget me"), conversation.Cmd(conversation.CommandForget)} {
		eng := scripted(map[string][]conversation.Reply{"start": {{Question: question("q1", 1)}},
			"a": {{Answered: &conversation.Answered{QuestionID: "q1", Round: 1}}}})
		hs := &bottest.FakeHandoffs{Relay: true} // forget wins over a live relay
		core := bot.NewCore(eng, hs, nil)
		s := &bottest.RecordingSurface{}
		ctx := context.Background()
		core.Converse(ctx, thread, conversation.Cmd(conversation.CommandStart), s)
		core.Converse(ctx, dm, in, s)
		if got := eng.Forgotten(); len(got) != 1 || got[0] != dm {
			t.Errorf("%+v: engine forgot %v", in, got)
		}
		if got := hs.Forgotten(); len(got) != 1 || got[0] != dm {
			t.Errorf("%+v: handoffs forgot %v", in, got)
		}
		if len(hs.Relayed()) != 0 || len(eng.Inputs(dm)) != 0 {
			t.Errorf("%+v: relayed %q, engine handled %v", in, hs.Relayed(), eng.Inputs(dm))
		}
		ev := s.Events()
		last := ev[len(ev)-1]
		if ev[len(ev)-2].Kind != "forget" || last.Kind != "show" || !strings.Contains(last.Reply.Text, "deleted everything") ||
			!strings.Contains(last.Reply.Text, "consultant") {
			t.Errorf("%+v: events %v, last %+v", in, s.Kinds(), last.Reply)
		}
		// The thread's question is forgotten too: its answer finds no
		// reference (and the handoff, forgotten, relays nothing more).
		hs.Relay = false
		core.Converse(ctx, thread, conversation.Text("a"), s)
		if ev := s.Events(); ev[len(ev)-1].Kind != "answered" || ev[len(ev)-1].Ref != "" {
			t.Errorf("%+v: after forget the old question is still known: %+v", in, ev[len(ev)-1])
		}
	}
}

func TestConverseForgetFails(t *testing.T) {
	tests := []struct {
		name string
		eng  error
		ho   error
	}{
		{"conversations", conversation.ErrUnavailable, nil},
		{"handoffs", nil, errors.New("handoff store down")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng := &bottest.FakeEngine{ForgetErr: tt.eng}
			hs := &bottest.FakeHandoffs{ForgetErr: tt.ho}
			s := &bottest.RecordingSurface{}
			bot.NewCore(eng, hs, nil).Converse(context.Background(), dm, conversation.Text("forget me"), s)
			ev := s.Events()
			if len(ev) != 1 || ev[0].Kind != "private" || !strings.Contains(ev[0].Reply.Notice, "couldn't delete") {
				t.Errorf("events = %+v, want one private failure notice", ev)
			}
		})
	}
}

func TestConverseWithoutHandoffs(t *testing.T) {
	eng := &bottest.FakeEngine{}
	s := &bottest.RecordingSurface{}
	bot.NewCore(eng, nil, nil).Converse(context.Background(), dm, conversation.Text("forget me"), s)
	ev := s.Events()
	if len(ev) != 2 || strings.Contains(ev[1].Reply.Text, "consultant") {
		t.Errorf("events = %+v: the confirmation speaks of handoffs that are off", ev)
	}
}

// TestConverseRatingReachesHandoffs: a reply carrying a handoff's rating
// is shown and the rating passed on to the handoffs.
func TestConverseRatingReachesHandoffs(t *testing.T) {
	r := conversation.Rating{Handoff: "0123456789abcdef", Score: 4, Comment: "great"}
	eng := scripted(map[string][]conversation.Reply{"great": {{Text: "Thanks", Rating: &r}}, "hi": {{Text: "Hello"}}})
	hs := &bottest.FakeHandoffs{}
	core := bot.NewCore(eng, hs, nil)
	s := &bottest.RecordingSurface{}
	core.Converse(context.Background(), dm, conversation.Text("hi"), s)
	core.Converse(context.Background(), dm, conversation.Text("great"), s)
	if got := hs.Ratings(); len(got) != 1 || got[0] != r {
		t.Errorf("ratings passed on %+v, want %+v", got, r)
	}
	if got := s.Kinds(); !slices.Equal(got, []string{"show", "show"}) {
		t.Errorf("calls %v", got)
	}
}
