package slackbot

import (
	"context"
	"strconv"
	"testing"
)

// TestNameCache: a name is looked up once while cached, an unknown one
// too (for a shorter while), and the cache stays bounded.
func TestNameCache(t *testing.T) {
	var c nameCache
	calls := map[string]int{}
	lookup := func(_ context.Context, id string) string {
		calls[id]++
		if id == "UNKNOWN" {
			return ""
		}
		return "Name of " + id
	}
	ctx := context.Background()
	for range 3 {
		if got := c.get(ctx, "UC1", lookup); got != "Name of UC1" {
			t.Fatalf("name %q", got)
		}
		if got := c.get(ctx, "UNKNOWN", lookup); got != "" {
			t.Fatalf("unknown name %q", got)
		}
	}
	if calls["UC1"] != 1 || calls["UNKNOWN"] != 1 {
		t.Errorf("lookups %v, want one each", calls)
	}
	for i := range namesMax + 10 {
		c.get(ctx, "U"+strconv.Itoa(i), lookup)
	}
	if n := len(c.names); n > namesMax {
		t.Errorf("%d names cached, want at most %d", n, namesMax)
	}
}
