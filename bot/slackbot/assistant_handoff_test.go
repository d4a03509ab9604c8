package slackbot

import (
	"testing"

	"github.com/springfield/techleader/conversation"
)

func TestOfferBlockIDRoundTrip(t *testing.T) {
	dm := conversation.Key{Platform: platform, Team: "T", User: "U1"}
	panel := dm
	panel.Thread = "D0U1/1700000000.000100"
	for _, key := range []conversation.Key{dm, panel} {
		id := offerBlockID(key)
		if len(id) > maxBlockID {
			t.Fatalf("block id %q too long", id)
		}
		owner, thread := offerOwner(id)
		if owner != key.User || thread != key.Thread {
			t.Errorf("offerOwner(%q) = %q, %q; want %q, %q", id, owner, thread, key.User, key.Thread)
		}
	}
	// An offer's block id naming a channel thread gives no thread.
	if _, thread := offerOwner(blockHoChoice + "|U1|C1/1700000000.000100"); thread != "" {
		t.Errorf("a channel thread was taken from an offer: %q", thread)
	}
}
