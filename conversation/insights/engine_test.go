package insights_test

import (
	"slices"
	"testing"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
)

// TestEngineEventsAreInsights: every event the engine records is a valid
// insights event of the same kind, and lands in the figures.
func TestEngineEventsAreInsights(t *testing.T) {
	events := []conversation.Event{
		{Kind: conversation.EventAnswered, Article: "what-is-cto"},
		{Kind: conversation.EventDeclined, Text: "payroll?"},
		{Kind: conversation.EventClarified, Text: "the other one"},
		{Kind: conversation.EventAssessmentStarted},
		{Kind: conversation.EventAssessmentCompleted, Outcome: conversation.RecommendNone},
		{Kind: conversation.EventAssessmentAbandoned, Step: 4},
		{Kind: conversation.EventRated, Score: 5, Rated: conversation.RatedRecommendation},
		{Kind: conversation.EventRated, Score: 2, Rated: conversation.RatedHandoff},
	}
	clock := insightstest.NewClock(insightstest.Start)
	policy := insights.NewPolicy(insights.DefaultConfig(), clock.Now)
	m := insights.NewMemory(policy)
	rec := insights.EngineRecorder(m)
	k := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	for _, e := range events {
		ie := insights.FromEngine(e)
		if err := ie.Validate(); err != nil || !slices.Contains(insights.Kinds, ie.Kind) {
			t.Errorf("%+v: %v (kind %q)", e, err, ie.Kind)
		}
		if err := rec.Record(t.Context(), k, e); err != nil {
			t.Fatal(err)
		}
	}
	day := insights.DayOf(clock.Now(), policy.Location())
	tot, err := m.Totals(t.Context(), insights.Period{First: day, Last: day})
	if err != nil {
		t.Fatal(err)
	}
	if tot.Outcomes["none"] != 1 || tot.AbandonedAt[4] != 1 || tot.Ratings[insights.RatedHandoff][1] != 1 ||
		tot.Ratings[insights.RatedRecommendation][4] != 1 || tot.Events[insights.KindClarified] != 1 {
		t.Errorf("totals %+v", tot)
	}
	if err := rec.Forget(t.Context(), k); err != nil {
		t.Fatal(err)
	}
	if qs, _ := m.Questions(t.Context(), insights.Period{First: day, Last: day}); len(qs) != 0 {
		t.Errorf("texts kept after Forget: %v", qs)
	}
}
