package teams

import (
	"testing"
	"time"
)

// violates reports the first window that slots break: more than n slots
// in some span of d.
func violates(slots []time.Time, limits []window) (window, bool) {
	for _, w := range limits {
		for i := range slots {
			n := 0
			for j := 0; j <= i; j++ {
				if slots[i].Sub(slots[j]) < w.d {
					n++
				}
			}
			if n > w.n {
				return w, true
			}
		}
	}
	return window{}, false
}

// TestPacerKeepsEveryWindow books a burst of 200 operations on one
// conversation, each caller waiting for its slot, and checks every window
// of Teams' per-thread limits over the slots handed out.
func TestPacerKeepsEveryWindow(t *testing.T) {
	p := newPacer(threadLimits)
	now := time.Unix(1700000000, 0)
	var slots []time.Time
	for range 200 {
		slot, ok := p.reserve("conv", now, time.Hour)
		if !ok {
			t.Fatal("refused within an hour's wait")
		}
		if slot.Before(now) {
			t.Fatalf("slot %v before now %v", slot, now)
		}
		slots = append(slots, slot)
		now = slot
	}
	if w, bad := violates(slots, threadLimits); bad {
		t.Fatalf("slots break the window %d per %v", w.n, w.d)
	}
	start := slots[0]
	if got := slots[60].Sub(start); got < 30*time.Second {
		t.Errorf("the 61st operation came %v after the first, want at least 30s", got)
	}
	// The pacing costs no more than the limits need: 200 operations take
	// about 3 windows of 30 s plus the tail, not much more.
	if got := slots[199].Sub(start); got > 100*time.Second {
		t.Errorf("200 operations spread over %v", got)
	}
}

func TestPacerBoundsHoldsAndReleases(t *testing.T) {
	p := newPacer(threadLimits)
	now := time.Unix(1700000000, 0)
	p.hold("c", now.Add(20*time.Second))
	if _, ok := p.reserve("c", now, 10*time.Second); ok {
		t.Fatal("a slot 20 s away was booked with a 10 s bound")
	}
	slot, ok := p.reserve("c", now, 30*time.Second)
	if !ok || !slot.Equal(now.Add(20*time.Second)) {
		t.Fatalf("slot %v ok %v, want the end of the hold", slot, ok)
	}
	p.release("c", slot)
	again, _ := p.reserve("c", now, 30*time.Second)
	if !again.Equal(slot) {
		t.Errorf("a released slot was not given back: %v", again)
	}
	if other, _ := p.reserve("d", now, 0); !other.Equal(now) {
		t.Errorf("another conversation waits: %v", other)
	}
	// Idle conversations are forgotten.
	p.reserve("e", now.Add(3*time.Hour), 0)
	p.mu.Lock()
	n := len(p.convs)
	p.mu.Unlock()
	if n != 1 {
		t.Errorf("%d conversations kept after 3 idle hours, want 1", n)
	}
}
