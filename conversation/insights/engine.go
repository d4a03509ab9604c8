package insights

import (
	"context"

	"github.com/springfield/techleader/conversation"
)

// RecorderForgetter records events and forgets users: a Store, or any
// part of one that does both.
type RecorderForgetter interface {
	Recorder
	Forgetter
}

// EngineRecorder adapts s to the conversation engine's Recorder
// (conversation.WithRecorder): each conversation.Event becomes the Event of
// the same kind, and the engine's Forget forgets the user's texts in s.
func EngineRecorder(s RecorderForgetter) conversation.Recorder { return engineRecorder{s} }

type engineRecorder struct{ s RecorderForgetter }

// Record records e's counterpart. Errors are the store's.
func (r engineRecorder) Record(ctx context.Context, key conversation.Key, e conversation.Event) error {
	return r.s.Record(ctx, key, FromEngine(e))
}

// Forget forgets the user's texts. Errors are the store's.
func (r engineRecorder) Forget(ctx context.Context, key conversation.Key) error {
	return r.s.Forget(ctx, key)
}

// FromEngine is the Event of an engine's event. Its kinds, outcomes and
// rating subjects are this package's by value.
func FromEngine(e conversation.Event) Event {
	return Event{
		Kind: Kind(e.Kind), Article: e.Article, Text: e.Text, Outcome: string(e.Outcome),
		Step: e.Step, Score: e.Score, Where: Where(e.Rated),
	}
}
