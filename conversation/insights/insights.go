// Package insights is what the consultancy learns from the assistant: how
// many people talked to it, what it answered and could not answer, how the
// assessment funnel performs, how fast consultants claim handoffs and
// whether users were helped.
//
// The conversation engine (through EngineRecorder) and the handoff workflow
// record Events through a Recorder, the same for every front end; reports
// read daily figures through a Reader. Digest posts the weekly report once
// across replicas, agreeing through Claims. Figures are kept
// per calendar day (in the configured zone) as counters, a distinct-user
// estimate and a bounded sample of claim times, so they cost a few KB per
// day however many people talk to the assistant. The text of questions the
// assistant could not answer is kept, capped, for a shorter time and never
// beside the user's id; a separate daily index from an opaque user
// reference to the ids of their texts lets Forget delete them. Counters
// cannot be tied to a user and stay.
//
// Stores (the memory one here, the Redis one in redisstore) persist what a
// Policy prepares, so they agree on days, expiry and what text is kept;
// insightstest is the contract suite they all pass.
package insights

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/springfield/techleader/conversation"
)

// Kind is what happened.
type Kind string

// The kinds of event, in funnel order where they form one.
const (
	KindAnswered            Kind = "answered"             // a question answered from an article
	KindDeclined            Kind = "declined"             // a question the assistant could not answer
	KindClarified           Kind = "clarified"            // a question too unsure to answer: a clarification offered
	KindAssessmentStarted   Kind = "assessment_started"   //
	KindAssessmentCompleted Kind = "assessment_completed" // with its outcome
	KindAssessmentAbandoned Kind = "assessment_abandoned" // with the question reached
	KindConsultRequested    Kind = "consult_requested"    // the user asked for a consultant
	KindConsultClaimed      Kind = "consult_claimed"      // a consultant claimed it, with the wait
	KindConsultClosed       Kind = "consult_closed"       //
	KindRated               Kind = "rated"                // a satisfaction rating
)

// Kinds lists every Kind in report order.
var Kinds = []Kind{
	KindAnswered, KindDeclined, KindClarified,
	KindAssessmentStarted, KindAssessmentCompleted, KindAssessmentAbandoned,
	KindConsultRequested, KindConsultClaimed, KindConsultClosed, KindRated,
}

// Where says what a satisfaction rating is about.
type Where string

const (
	// RatedHandoff: "Did this help?" after a consultant closed a handoff.
	RatedHandoff Where = "handoff"
	// RatedRecommendation: "Was this useful?" after a recommendation.
	RatedRecommendation Where = "recommendation"
)

// Limits on what an event may carry; longer question texts are cut.
const (
	MaxTextRunes = 300 // question text kept, in runes
	maxToken     = 64  // article ids and outcomes
	maxStep      = 99  // assessment question numbers
	maxWait      = 90 * 24 * time.Hour
)

// Event is one thing that happened. Build events with the constructors
// (Answered, Declined, ...); set At only to record something that happened
// earlier than the call.
type Event struct {
	Kind    Kind
	At      time.Time     // when it happened; zero: the Policy's clock
	Article string        // KindAnswered: the article id
	Text    string        // KindDeclined, KindClarified: the question, RAW USER TEXT (optional)
	Outcome string        // KindAssessmentCompleted: the recommendation kind ("cto", "virtual-cio", "none", ...)
	Step    int           // KindAssessmentAbandoned: the 1-based number of the question reached
	Wait    time.Duration // KindConsultClaimed: from the request to the claim
	Score   int           // KindRated: 1 to 5
	Where   Where         // KindRated
}

// Answered is a question answered from the article with id article.
func Answered(article string) Event { return Event{Kind: KindAnswered, Article: article} }

// Declined is a question the assistant could not answer; question is the
// user's text, kept (when INSIGHTS_TEXT is on) so the knowledge base can grow.
func Declined(question string) Event { return Event{Kind: KindDeclined, Text: question} }

// Clarified is a question the assistant was too unsure to answer and asked
// the user to clarify; question is kept like a declined one.
func Clarified(question string) Event { return Event{Kind: KindClarified, Text: question} }

// AssessmentStarted is an assessment begun.
func AssessmentStarted() Event { return Event{Kind: KindAssessmentStarted} }

// AssessmentCompleted is an assessment finished with a recommendation of
// kind outcome.
func AssessmentCompleted(outcome string) Event {
	return Event{Kind: KindAssessmentCompleted, Outcome: outcome}
}

// AssessmentAbandoned is an assessment cancelled, restarted or left to
// expire at question step (1-based).
func AssessmentAbandoned(step int) Event { return Event{Kind: KindAssessmentAbandoned, Step: step} }

// ConsultRequested is a user asking for a consultant.
func ConsultRequested() Event { return Event{Kind: KindConsultRequested} }

// ConsultClaimed is a consultant claiming a request wait after it was made.
func ConsultClaimed(wait time.Duration) Event { return Event{Kind: KindConsultClaimed, Wait: wait} }

// ConsultClosed is a handoff closed, by the consultant or the user.
func ConsultClosed() Event { return Event{Kind: KindConsultClosed} }

// Rated is a satisfaction rating of score (1-5) about where.
func Rated(score int, where Where) Event { return Event{Kind: KindRated, Score: score, Where: where} }

// ErrInvalid marks an event, key or period that cannot be recorded or read.
var ErrInvalid = errors.New("invalid insights input")

// Validate reports whether e can be recorded; errors wrap ErrInvalid.
func (e Event) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s event: %s", ErrInvalid, e.Kind, fmt.Sprintf(format, a...))
	}
	switch e.Kind {
	case KindAnswered:
		if !isToken(e.Article) {
			return bad("article id %q", e.Article)
		}
	case KindAssessmentCompleted:
		if !isToken(e.Outcome) {
			return bad("outcome %q", e.Outcome)
		}
	case KindAssessmentAbandoned:
		if e.Step < 1 || e.Step > maxStep {
			return bad("step %d not in 1..%d", e.Step, maxStep)
		}
	case KindConsultClaimed:
		if e.Wait < 0 || e.Wait > maxWait {
			return bad("wait %v", e.Wait)
		}
	case KindRated:
		if e.Score < 1 || e.Score > 5 {
			return bad("score %d not in 1..5", e.Score)
		}
		if e.Where != RatedHandoff && e.Where != RatedRecommendation {
			return bad("rating of %q", e.Where)
		}
	case KindDeclined, KindClarified, KindAssessmentStarted, KindConsultRequested, KindConsultClosed:
	default:
		return fmt.Errorf("%w: unknown event kind %q", ErrInvalid, e.Kind)
	}
	return nil
}

// isToken reports whether s is a short id of letters, digits, '.', '_' or
// '-': safe in a storage field name and bounded in number by the caller's
// vocabulary.
func isToken(s string) bool {
	if s == "" || len(s) > maxToken {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// Recorder records events. Implementations are safe for concurrent use.
type Recorder interface {
	// Record adds e, which happened to the user behind user, to the
	// figures of its day. The key serves only to count distinct users and
	// to index the user's question texts for Forget; it is never stored
	// beside a text. Events older than the retention are ignored. Errors
	// wrap ErrInvalid for a bad event or key, and
	// conversation.ErrUnavailable when the store cannot be reached;
	// callers should log them rather than fail the user's turn.
	Record(ctx context.Context, user conversation.Key, e Event) error
}

// Reader reads what was recorded. Implementations are safe for concurrent use.
type Reader interface {
	// Totals adds up the figures of the days of p that are still kept.
	Totals(ctx context.Context, p Period) (Totals, error)
	// Questions returns the question texts kept for the days of p, newest
	// first.
	Questions(ctx context.Context, p Period) ([]Question, error)
}

// Forgetter deletes what can be tied to a user.
type Forgetter interface {
	// Forget deletes the question texts of the user behind user (any key
	// of theirs) and their entries in the index. Counters and the distinct-user estimate
	// hold nothing that identifies the user and stay. Forgetting a user
	// with nothing kept is not an error.
	Forget(ctx context.Context, user conversation.Key) error
}

// Store is a Recorder, Reader and Forgetter over one storage.
type Store interface {
	Recorder
	Reader
	Forgetter
}

// Question is a kept question text.
type Question struct {
	Kind Kind      // KindDeclined or KindClarified
	At   time.Time // when it was asked, to the second
	Text string    // RAW USER TEXT, cleaned of control characters: escape it where shown
}
