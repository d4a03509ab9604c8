// Package bot is the conversation core every front end (Slack, Teams, the
// web chat, the terminal) runs on. It knows no platform:
//
//   - the contracts a front end consumes: Engine (the conversation
//     engine), Deduper (handled-input ids) and Metrics;
//   - Pool, the bounded worker pool that keeps each conversation's inputs
//     in order, drops redelivered ones, recovers panics and drains on
//     shutdown;
//   - Core.Converse, the reply policy: replies shown in order, an answered
//     question updated in place, notices shown privately, a handoff reply
//     starting a handoff, a live handoff relaying the user's messages, and
//     forget deleting everything about the user.
//
// A front end implements Surface (where one input's replies are shown)
// and hands each input to Converse; see bot/slackbot and bot/cli.
// bot/bottest holds the shared test doubles and the conformance suite
// every front end runs.
package bot

import (
	"context"

	"github.com/springfield/techleader/conversation"
)

// Engine is what a front end needs of the conversation engine
// (*conversation.Engine implements it). Implementations are safe for
// concurrent use.
type Engine interface {
	// Handle runs one input and returns the replies; it never fails.
	Handle(ctx context.Context, key conversation.Key, in conversation.Input) []conversation.Reply
	// Status tells where the conversation stands (Home tab, handoff card).
	// Errors wrap conversation.ErrUnavailable when the store is down.
	Status(ctx context.Context, key conversation.Key) (conversation.Status, error)
	// Forget deletes every conversation of the user behind key.
	Forget(ctx context.Context, key conversation.Key) error
}
