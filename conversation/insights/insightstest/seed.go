package insightstest

import (
	"context"
	"fmt"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// Seeded is one event of Seed: who, what, and how many days before the
// clock's day.
type Seeded struct {
	User    string
	DaysAgo int
	Event   insights.Event
}

// SeedEvents is a week of a small consultancy's traffic that reports are
// checked against: 7 users; 11 answers, 5 declines and 1 clarification; 7
// assessments started, 5 completed, 2 abandoned; 3 consultants requested
// and claimed (after 2, 5 and 40 minutes), 2 closed; 5 ratings.
var SeedEvents = []Seeded{
	{"U1", 6, insights.Answered("what-is-cto")},
	{"U1", 6, insights.Answered("what-is-cio")},
	{"U1", 6, insights.Declined("Do you do payroll?")},
	{"U1", 6, insights.AssessmentStarted()},
	{"U1", 6, insights.AssessmentCompleted("virtual-cto")},
	{"U1", 6, insights.Rated(4, insights.RatedRecommendation)},
	{"U2", 5, insights.Answered("what-is-cto")},
	{"U2", 5, insights.Declined("can you help with payroll")},
	{"U2", 5, insights.AssessmentStarted()},
	{"U2", 5, insights.AssessmentAbandoned(3)},
	{"U3", 4, insights.Answered("difference")},
	{"U3", 4, insights.Answered("what-is-cto")},
	{"U3", 4, insights.Declined("How much does a CTO cost?")},
	{"U3", 4, insights.AssessmentStarted()},
	{"U3", 4, insights.AssessmentCompleted("cto")},
	{"U3", 4, insights.ConsultRequested()},
	{"U3", 4, insights.ConsultClaimed(2 * time.Minute)},
	{"U3", 3, insights.ConsultClosed()},
	{"U3", 3, insights.Rated(5, insights.RatedHandoff)},
	{"U4", 3, insights.Answered("what-is-cio")},
	{"U4", 3, insights.Declined("cost of a CTO")},
	{"U4", 3, insights.AssessmentStarted()},
	{"U4", 3, insights.AssessmentCompleted("virtual-cto")},
	{"U4", 3, insights.Rated(5, insights.RatedRecommendation)},
	{"U5", 2, insights.Answered("what-is-cto")},
	{"U5", 2, insights.Answered("virtual")},
	{"U5", 2, insights.Declined("what is the weather in <Springfield> & \"elsewhere\"")},
	{"U5", 2, insights.AssessmentStarted()},
	{"U5", 2, insights.AssessmentAbandoned(7)},
	{"U5", 2, insights.ConsultRequested()},
	{"U5", 1, insights.ConsultClaimed(40 * time.Minute)},
	{"U6", 1, insights.Answered("what-is-cto")},
	{"U6", 1, insights.Clarified("what about the other one")},
	{"U6", 1, insights.AssessmentStarted()},
	{"U6", 1, insights.AssessmentCompleted("cio")},
	{"U6", 1, insights.Rated(3, insights.RatedRecommendation)},
	{"U7", 0, insights.Answered("difference")},
	{"U7", 0, insights.Answered("what-is-cio")},
	{"U7", 0, insights.AssessmentStarted()},
	{"U7", 0, insights.AssessmentCompleted("virtual-cto")},
	{"U7", 0, insights.ConsultRequested()},
	{"U7", 0, insights.ConsultClaimed(5 * time.Minute)},
	{"U7", 0, insights.ConsultClosed()},
	{"U7", 0, insights.Rated(4, insights.RatedHandoff)},
}

// SeedTitles are titles for the articles of SeedEvents, as a report's
// ReportOptions.Title would give them; "virtual" is left without one.
var SeedTitles = map[string]string{
	"what-is-cto": "What does a CTO do?",
	"what-is-cio": "What does a CIO do?",
	"difference":  "CIO or CTO: the difference",
}

// Seed records SeedEvents into r, each at now's time of day on its day
// (slack users of team T1).
func Seed(ctx context.Context, r insights.Recorder, now time.Time) error {
	for i, s := range SeedEvents {
		e := s.Event
		e.At = now.AddDate(0, 0, -s.DaysAgo)
		k := conversation.Key{Platform: "slack", Team: "T1", User: s.User}
		if err := r.Record(ctx, k, e); err != nil {
			return fmt.Errorf("seed event %d: %w", i, err)
		}
	}
	return nil
}

// Key is the key of the i-th of many test users.
func Key(i int) conversation.Key {
	return conversation.Key{Platform: "slack", Team: "T1", User: fmt.Sprintf("U%05d", i)}
}
