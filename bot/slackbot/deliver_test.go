package slackbot

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/bot"
)

// fakeCaller is an apiCaller on a fixed clock whose sleeps are recorded and
// return at once (or fail with the context's error when it is done).
type fakeCaller struct {
	*apiCaller
	mu     sync.Mutex
	sleeps []time.Duration
}

var fakeNow = time.Unix(1_000_000, 0)

func newFakeCaller(cfg Config, rate float64, burst int) *fakeCaller {
	f := &fakeCaller{}
	f.apiCaller = &apiCaller{
		cfg:     cfg.withDefaults(),
		metrics: bot.NopMetrics{},
		pace:    newPacer(rate, burst),
		now:     func() time.Time { return fakeNow },
		sleep: func(ctx context.Context, d time.Duration) error {
			f.mu.Lock()
			f.sleeps = append(f.sleeps, d)
			f.mu.Unlock()
			if d > 0 {
				return ctx.Err()
			}
			return nil
		},
	}
	return f
}

// lastSleep is the last recorded sleep, or -1.
func (f *fakeCaller) lastSleep() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.sleeps) == 0 {
		return -1
	}
	return f.sleeps[len(f.sleeps)-1]
}

// post runs a chat.postMessage call to channel whose answers are errs (then
// success) and returns the number of attempts and the error.
func (f *fakeCaller) post(ctx context.Context, channel string, errs ...error) (int, error) {
	calls := 0
	err := f.call(ctx, "chat.postMessage", channel, func(context.Context) error {
		calls++
		if calls <= len(errs) {
			return errs[calls-1]
		}
		return nil
	})
	return calls, err
}

func TestPacerCancelledWaitReturnsTurn(t *testing.T) {
	f := newFakeCaller(Config{}, 1, 1)
	if n, err := f.post(context.Background(), "C1"); err != nil || n != 1 {
		t.Fatalf("first post: err %v, %d calls", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n, err := f.post(ctx, "C1")
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Fatalf("cancelled post: err %v, %d calls; want context.Canceled before any call", err, n)
	}
	if w := f.lastSleep(); w != time.Second {
		t.Fatalf("cancelled post waited for %v, want its turn 1s ahead", w)
	}
	// The cancelled turn is free again: the next post gets it, not the one
	// after.
	if w := f.pace.reserve("C1", fakeNow); w != time.Second {
		t.Errorf("next turn in %v, want 1s (the cancelled turn given back)", w)
	}
}

func TestPaceWaitBeyondLimitFailsWithoutBooking(t *testing.T) {
	t.Run("deadline", func(t *testing.T) {
		f := newFakeCaller(Config{}, 1, 1)
		f.pace.reserve("C1", fakeNow) // the burst is spent: the next turn is 1s ahead
		ctx, cancel := context.WithDeadline(context.Background(), fakeNow.Add(500*time.Millisecond))
		defer cancel()
		n, err := f.post(ctx, "C1")
		if !errors.Is(err, errChannelBusy) || n != 0 {
			t.Fatalf("err %v, %d calls; want errChannelBusy before any call", err, n)
		}
		if w := f.lastSleep(); w != -1 {
			t.Errorf("slept %v; want no wait", w)
		}
		if w := f.pace.reserve("C1", fakeNow); w != time.Second {
			t.Errorf("next turn in %v, want 1s (nothing booked)", w)
		}
	})
	t.Run("PostMaxWait", func(t *testing.T) {
		f := newFakeCaller(Config{PostMaxWait: 2 * time.Second}, 1, 1)
		var errs []error
		for range 4 { // turns at 0s, 1s, 2s, then 3s: too far
			_, err := f.post(context.Background(), "C1")
			errs = append(errs, err)
		}
		if errs[0] != nil || errs[1] != nil || errs[2] != nil || !errors.Is(errs[3], errChannelBusy) {
			t.Fatalf("errs = %v; want three posts then errChannelBusy", errs)
		}
		if w := f.pace.reserve("C1", fakeNow); w != 3*time.Second {
			t.Errorf("next turn in %v, want 3s (the refused post booked nothing)", w)
		}
		if n, err := f.post(context.Background(), "C2"); err != nil || n != 1 {
			t.Errorf("another channel: err %v, %d calls", err, n)
		}
	})
}

// countingTransport answers every request with a 429 and counts them.
type countingTransport struct {
	mu         sync.Mutex
	calls      int
	retryAfter string
}

func (rt *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rt.mu.Lock()
	rt.calls++
	rt.mu.Unlock()
	h := http.Header{"Content-Type": {"application/json"}}
	if rt.retryAfter != "" {
		h.Set("Retry-After", rt.retryAfter)
	}
	return &http.Response{
		StatusCode: http.StatusTooManyRequests,
		Status:     "429 Too Many Requests",
		Header:     h,
		Body:       io.NopCloser(strings.NewReader(`{"ok":false,"error":"ratelimited"}`)),
		Request:    r,
	}, nil
}

func TestRetryAfterBeyondCapGivesUp(t *testing.T) {
	tests := []struct {
		name       string
		retryAfter string
		deadline   time.Duration // 0: none
	}{
		{"Retry-After above RetryAfterMax", "60", 0},
		{"Retry-After past the deadline", "5", 2 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := &countingTransport{retryAfter: tt.retryAfter}
			client := slack.New("xoxb-test", slack.OptionAPIURL("http://slack.invalid/api/"), slack.OptionHTTPClient(&http.Client{Transport: rt}))
			f := newFakeCaller(Config{RetryAfterMax: 30 * time.Second, APIAttempts: 5}, 1000, 100)
			f.now = time.Now // the deadline is a real one
			ctx := context.Background()
			if tt.deadline > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.deadline)
				defer cancel()
			}
			err := f.call(ctx, "chat.postMessage", "C1", func(ctx context.Context) error {
				_, _, err := client.PostMessageContext(ctx, "C1", slack.MsgOptionText("hi", false))
				return err
			})
			if _, ok := errors.AsType[*slack.RateLimitedError](err); !ok {
				t.Fatalf("err = %v (%T); want the 429", err, err)
			}
			if rt.calls != 1 {
				t.Errorf("requests = %d, want 1 (no pointless retry)", rt.calls)
			}
			for _, w := range f.sleeps {
				if w > 0 {
					t.Errorf("slept %v before giving up", w)
				}
			}
		})
	}
}

func TestRateLimitHoldsOnlyItsChannel(t *testing.T) {
	t.Run("others wait after the retry", func(t *testing.T) {
		f := newFakeCaller(Config{APIAttempts: 3}, 1, 4)
		n, err := f.post(context.Background(), "C1", &slack.RateLimitedError{RetryAfter: 3 * time.Second})
		if err != nil || n != 2 {
			t.Fatalf("rate-limited post: err %v, %d calls; want success on the retry", err, n)
		}
		if w := f.lastSleep(); w != 3*time.Second {
			t.Fatalf("retried after %v, want Retry-After 3s", w)
		}
		// Another post to C1 comes after the hold and the retried post.
		if _, err := f.post(context.Background(), "C1"); err != nil {
			t.Fatal(err)
		}
		if w := f.lastSleep(); w != 4*time.Second {
			t.Errorf("next post to C1 waited %v, want 4s (after the hold and the retry's turn)", w)
		}
		// A post to C2 does not wait.
		if _, err := f.post(context.Background(), "C2"); err != nil {
			t.Fatal(err)
		}
		if w := f.lastSleep(); w != 0 {
			t.Errorf("post to C2 waited %v, want 0", w)
		}
	})
	t.Run("a 429 that is not retried still holds", func(t *testing.T) {
		f := newFakeCaller(Config{APIAttempts: 1}, 1, 4)
		if _, err := f.post(context.Background(), "C1", slack.StatusCodeError{Code: 429}); err == nil {
			t.Fatal("no error; want the 429")
		}
		if _, err := f.post(context.Background(), "C1"); err != nil {
			t.Fatal(err)
		}
		if w, want := f.lastSleep(), f.cfg.RetryAfterDefault; w != want {
			t.Errorf("next post to C1 waited %v, want %v (RetryAfterDefault)", w, want)
		}
	})
	t.Run("chat.update holds its channel", func(t *testing.T) {
		f := newFakeCaller(Config{APIAttempts: 1}, 1, 4)
		f.call(context.Background(), "chat.update", "C3", func(context.Context) error {
			return &slack.RateLimitedError{RetryAfter: 2 * time.Second}
		})
		f.call(context.Background(), "conversations.open", "", func(context.Context) error {
			return &slack.RateLimitedError{RetryAfter: 2 * time.Second}
		})
		f.post(context.Background(), "C3")
		if w := f.lastSleep(); w != 2*time.Second {
			t.Errorf("post to C3 waited %v, want 2s", w)
		}
		f.post(context.Background(), "C4")
		if w := f.lastSleep(); w != 0 {
			t.Errorf("post to C4 waited %v, want 0", w)
		}
	})
	t.Run("a hold longer than PostMaxWait fails other posts at once", func(t *testing.T) {
		f := newFakeCaller(Config{APIAttempts: 1, PostMaxWait: 5 * time.Second}, 1, 4)
		f.post(context.Background(), "C1", &slack.RateLimitedError{RetryAfter: 60 * time.Second})
		n, err := f.post(context.Background(), "C1")
		if !errors.Is(err, errChannelBusy) || n != 0 {
			t.Errorf("err %v, %d calls; want errChannelBusy before any call", err, n)
		}
	})
}
