package teams_test

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
)

// TestE2EHandoffRatingButtons: the rating asked once a handoff is closed
// reaches a Teams user's personal chat with its five buttons, and a click
// rates it once (a second click is thanked, not counted).
func TestE2EHandoffRatingButtons(t *testing.T) {
	w := newWorld(t)
	figures := insights.NewMemory(insights.NewPolicy(insights.DefaultConfig(), nil))
	w.eng = conversation.New(bottest.Knowledge(t), w.store, conversation.Config{}, nil, conversation.WithRecorder(insights.EngineRecorder(figures)))
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "hello"))
	w.wait("the greeting", personal, func(v []message) bool { return len(v) == 1 })

	prompt := w.eng.Handle(w.ctx, keyOf(ann), conversation.HandoffClosed("0123456789abcdef"))
	teller, ok := r.b.HandoffUsers().(handoff.ReplyTeller)
	if len(prompt) != 1 || !ok {
		t.Fatalf("prompt %+v, teller %v", prompt, ok)
	}
	if err := teller.TellReply(w.ctx, keyOf(ann), "", prompt[0]); err != nil {
		t.Fatal(err)
	}
	v := w.wait("the rating card", personal, func(v []message) bool { return count(v, containing("Did this help?")) == 1 })
	card := v[len(v)-1]
	var four teamstest.Button
	for _, b := range card.Card.Buttons() {
		if b.Title == "4" && b.Verb == teams.VerbAction {
			four = b
		}
	}
	if len(card.Card.Buttons()) != 5 || four.Title == "" {
		t.Fatalf("rating card buttons %+v, want 1 to 5", card.Card.Buttons())
	}
	w.click(r, ann, card.Posted, four, nil)
	w.click(r, ann, card.Posted, four, nil)
	w.wait("the thanks", personal, func(v []message) bool { return count(v, containing("rating this conversation 4/5")) == 1 })
	day := insights.DayOf(time.Now(), time.UTC)
	tot, err := figures.Totals(w.ctx, insights.Period{First: day.Add(-1), Last: day.Add(1)})
	if err != nil || tot.Ratings[insights.RatedHandoff] != [5]int64{0, 0, 0, 1, 0} {
		t.Errorf("handoff ratings %v (%v), want one 4", tot.Ratings, err)
	}
	if v := w.view(personal); strings.Count(dumpView(v), "rating this conversation 4/5") != 1 {
		t.Errorf("the rating was taken twice:\n%s", dumpView(v))
	}
}
