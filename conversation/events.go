package conversation

import (
	"context"
	"log/slog"
	"time"

	"github.com/springfield/techleader/knowledge"
)

// EventKind names something the consultancy's insights count. The values
// are those of the insights package's kinds, which adapts a Recorder of its
// own to this one.
type EventKind string

// The events of a turn.
const (
	// EventAnswered: a question answered from an article (Article).
	EventAnswered EventKind = "answered"
	// EventDeclined: a question the knowledge base could not answer (Text).
	EventDeclined EventKind = "declined"
	// EventClarified: an answer that also offered "Did you mean ...?"
	// alternatives, so a low-confidence one (Text). Such a question is
	// counted as answered too: clarifications are a part of the answers.
	EventClarified EventKind = "clarified"
	// EventAssessmentStarted: an assessment begun (a start or a start over).
	EventAssessmentStarted EventKind = "assessment_started"
	// EventAssessmentCompleted: an assessment finished with a
	// recommendation (Outcome).
	EventAssessmentCompleted EventKind = "assessment_completed"
	// EventAssessmentAbandoned: an assessment cancelled or started over at
	// question Step.
	EventAssessmentAbandoned EventKind = "assessment_abandoned"
	// EventRated: a satisfaction rating (Score, Rated).
	EventRated EventKind = "rated"
)

// What a rating is about (Event.Rated).
const (
	RatedHandoff        = "handoff"        // "Did this help?" after a consultant handoff
	RatedRecommendation = "recommendation" // "Was this useful?" after a recommendation
)

// Event is one thing that happened in a turn.
type Event struct {
	Kind    EventKind
	Article string             // EventAnswered: the article's id
	Text    string             // EventDeclined, EventClarified: the question, RAW USER TEXT
	Outcome RecommendationKind // EventAssessmentCompleted
	Step    int                // EventAssessmentAbandoned: the 1-based question reached
	Score   int                // EventRated: 1 to 5
	Rated   string             // EventRated: RatedHandoff or RatedRecommendation
}

// Recorder keeps the events of turns for the consultancy's insights
// (insights.EngineRecorder adapts an insights store). Implementations are
// safe for concurrent use.
type Recorder interface {
	// Record keeps e, which happened in the conversation key. The engine
	// logs an error (never the event's text) and goes on: a turn never
	// fails for it.
	Record(ctx context.Context, key Key, e Event) error
	// Forget deletes what was kept that can be tied to the user behind key
	// (the texts of their questions).
	Forget(ctx context.Context, key Key) error
}

// EngineOption adjusts an Engine.
type EngineOption func(*Engine)

// WithRecorder has the engine record each turn's events in r once the
// turn's state is saved, so a turn recomputed after a concurrent change
// is counted once; it also offers the satisfaction ratings, whose scores
// only mean something when recorded. Forget forgets the user in r too.
// Without it (or with nil) nothing is recorded and no rating is asked.
func WithRecorder(r Recorder) EngineOption { return func(e *Engine) { e.rec = r } }

// WithClock sets the engine's clock (time.Now when nil), which bounds how
// long a rating's comment may take.
func WithClock(now func() time.Time) EngineOption {
	return func(e *Engine) {
		if now != nil {
			e.now = now
		}
	}
}

// note adds an event to the turn; it is recorded only if the turn's state
// is saved.
func (t *turn) note(e Event) {
	if t.e.rec != nil {
		t.events = append(t.events, e)
	}
}

// noteKnowledge notes what a knowledge answer to question was.
func (t *turn) noteKnowledge(question string, r knowledge.Result, rep Reply) {
	switch {
	case r.Kind == knowledge.KindArticle && rep.ArticleID != "":
		t.note(Event{Kind: EventAnswered, Article: rep.ArticleID})
		if len(rep.Alternatives) > 0 {
			t.note(Event{Kind: EventClarified, Text: question})
		}
	case r.Kind == knowledge.KindDecline:
		t.note(Event{Kind: EventDeclined, Text: question})
	}
}

// answer is the knowledge base's reply to question, noted.
func (t *turn) answerQuestion(question string, r knowledge.Result) Reply {
	rep := t.e.knowledgeReply(r)
	t.noteKnowledge(question, r, rep)
	return rep
}

// noteAbandoned notes that the assessment of s, in progress, is left: a
// correction of a finished one (Reopened) is no assessment of its own.
func (t *turn) noteAbandoned(s *state) {
	if s.Active && !s.Reopened {
		t.note(Event{Kind: EventAssessmentAbandoned, Step: s.step()})
	}
}

// record hands the events of a saved turn to the recorder; failures are
// logged without the events' text.
func (e *Engine) record(ctx context.Context, key Key, events []Event, log *slog.Logger) {
	if e.rec == nil {
		return
	}
	for _, ev := range events {
		if err := e.rec.Record(ctx, key, ev); err != nil {
			log.Warn("insights event not recorded", "event", string(ev.Kind), "err", err)
		}
	}
}
