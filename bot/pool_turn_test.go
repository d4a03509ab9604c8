package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// turnDeduper is a TurnClaimer that records the turns it claimed and
// marks the context it returns.
type turnDeduper struct {
	fakeDeduper
	turns chan conversation.Key
}

type readAheadMark struct{}

func (d *turnDeduper) ClaimTurn(ctx context.Context, id string, ttl time.Duration, key conversation.Key) (context.Context, bool, error) {
	d.turns <- key
	first, err := d.Claim(ctx, id, ttl)
	return context.WithValue(ctx, readAheadMark{}, key), first, err
}

// TestPoolClaimsTurns: a job naming its turn is claimed with ClaimTurn and
// runs with the context it returned; a job without one uses Claim; a
// duplicate does not run.
func TestPoolClaimsTurns(t *testing.T) {
	d := &turnDeduper{turns: make(chan conversation.Key, 4)}
	p, _ := startPool(t, d, 2, 8)
	key := conversation.Key{Platform: "slack", Team: "T", User: "U1"}
	ran := make(chan any, 4)
	job := func(id string, turn conversation.Key) bot.Job {
		return bot.Job{Shard: key.String(), DedupeID: id, Turn: turn, Run: func(ctx context.Context) { ran <- ctx.Value(readAheadMark{}) }}
	}
	for _, j := range []bot.Job{job("e1", key), job("e1", key), job("e2", conversation.Key{})} {
		if !p.Submit(j) {
			t.Fatal("refused")
		}
	}
	if got := <-ran; got != key {
		t.Errorf("first job's context carries %v, want the read-ahead of %v", got, key)
	}
	if got := <-ran; got != nil {
		t.Errorf("job without a turn ran with %v", got)
	}
	if k := <-d.turns; k != key {
		t.Errorf("ClaimTurn got %v", k)
	}
	if k := <-d.turns; k != key { // the duplicate was claimed, and refused
		t.Errorf("second ClaimTurn got %v", k)
	}
	select {
	case k := <-d.turns:
		t.Errorf("ClaimTurn for a job without a turn: %v", k)
	case got := <-ran:
		t.Errorf("the duplicate ran: %v", got)
	default:
	}
}
