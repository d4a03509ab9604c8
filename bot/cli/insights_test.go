package cli_test

import (
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/cli"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/memstore"
)

// TestChatRatesHandoff: in the terminal, ending a conversation with the
// simulated consultant asks "Did this help?"; a typed number rates it, the
// next line is a comment, and both reach the desk's thread and the figures.
func TestChatRatesHandoff(t *testing.T) {
	store := insights.NewMemory(insights.NewPolicy(insights.DefaultConfig(), nil))
	eng := conversation.New(bottest.Knowledge(t), memstore.New(), conversation.Config{}, nil, conversation.WithRecorder(insights.EngineRecorder(store)))
	out := &bottest.Buffer{}
	s, err := cli.New(cli.Config{Engine: eng, User: "ada", Insights: store}, out)
	if err != nil {
		t.Fatal(err)
	}
	s.Start(t.Context())
	t.Cleanup(s.Close)

	s.Handle(t.Context(), "/consult")
	waitOutput(t, out, "Sam from Consulting Springfield will help you")
	s.Handle(t.Context(), "/end")
	waitOutput(t, out, "Did this help?")
	if strings.Contains(out.String(), "/rate:") {
		t.Errorf("the terminal shows the rating's action ids:\n%s", out.String())
	}
	s.Handle(t.Context(), "5")
	waitOutput(t, out, "thread: ada rated this conversation 5/5.")
	s.Handle(t.Context(), "Sam was very helpful")
	waitOutput(t, out, "ada commented on their 5/5 rating:")

	day := insights.DayOf(time.Now(), time.UTC)
	tot, err := store.Totals(t.Context(), insights.Period{First: day, Last: day})
	if err != nil {
		t.Fatal(err)
	}
	ev := tot.Events
	if ev[insights.KindConsultRequested] != 1 || ev[insights.KindConsultClaimed] != 1 || ev[insights.KindConsultClosed] != 1 ||
		tot.Ratings[insights.RatedHandoff] != [5]int64{0, 0, 0, 0, 1} {
		t.Errorf("figures %+v, ratings %v", ev, tot.Ratings)
	}
}
