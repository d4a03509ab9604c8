package conversation_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
)

func TestStoreUnavailableThenRecovers(t *testing.T) {
	e, s := newEngine(t)
	q := start(t, e)
	s.down.Store(true)

	down := []struct {
		in          conversation.Input
		wantNotice  bool
		wantArticle string
		wantHandoff bool
	}{
		{in: conversation.Text("what is a CIO?"), wantArticle: "what-is-cio"},
		{in: conversation.Choice(q.Round, q.ID, "s"), wantNotice: true},
		{in: conversation.Text("2"), wantNotice: true},
		{in: conversation.Cmd(conversation.CommandStart), wantNotice: true},
		{in: conversation.Text("start over"), wantNotice: true},
		{in: conversation.Cmd(conversation.CommandStatus), wantNotice: true},
		{in: conversation.Text("talk to a consultant"), wantHandoff: true},
	}
	for _, tt := range down {
		rs := handle(t, e, tt.in)
		switch {
		case tt.wantNotice && !strings.Contains(rs[0].Notice, "just now, please try again in a moment"):
			t.Errorf("%+v with the store down: %+v, want the unavailable notice", tt.in, rs)
		case tt.wantArticle != "" && rs[0].ArticleID != tt.wantArticle:
			t.Errorf("%+v with the store down: %+v, want article %s", tt.in, rs, tt.wantArticle)
		case tt.wantHandoff && !rs[0].Handoff:
			t.Errorf("%+v with the store down: %+v, want a handoff", tt.in, rs)
		}
	}
	if _, err := e.Status(context.Background(), key); err == nil {
		t.Error("Status with the store down returned nil error")
	}

	// Saves alone failing: the answer is not lost silently.
	s.down.Store(false)
	s.saveDown.Store(true)
	if rs := handle(t, e, conversation.Choice(q.Round, q.ID, "s")); rs[0].Notice != "I couldn't save that just now, please try again in a moment." {
		t.Errorf("choice with saves failing = %+v, want the unavailable notice", rs)
	}
	if rs := handle(t, e, conversation.Text("what is a CIO?")); rs[0].ArticleID != "what-is-cio" {
		t.Errorf("question with saves failing = %+v, want the answer", rs)
	}

	// Back up: the assessment resumes where it was.
	s.saveDown.Store(false)
	rs := handle(t, e, conversation.Choice(q.Round, q.ID, "s"))
	if rs[0].Answered == nil || lastQuestion(t, rs).Step != 2 {
		t.Errorf("after recovery = %+v, want the answer taken and step 2", rs)
	}
}

func TestUnreadableStateStartsAfresh(t *testing.T) {
	e, s := newEngine(t)
	if _, err := s.Store.Save(context.Background(), key, []byte{0x7f, 1, 2}, 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	if q := lastQuestion(t, handle(t, e, conversation.Cmd(conversation.CommandStart))); q.Step != 1 {
		t.Errorf("asked step %d", q.Step)
	}
	if st := status(t, e); !st.InProgress {
		t.Error("the fresh state was not saved over the unreadable one")
	}
}

func TestNoSaveWhenNothingChanged(t *testing.T) {
	tests := []struct {
		name string
		in   conversation.Input
	}{
		{"status command", conversation.Cmd(conversation.CommandStatus)},
		{"help command", conversation.Cmd(conversation.CommandHelp)},
		{"consult command", conversation.Cmd(conversation.CommandConsult)},
		{"start while in progress", conversation.Cmd(conversation.CommandStart)},
		{"stale click", conversation.Choice(0, "size", "s")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, s := newEngine(t)
			start(t, e)
			saves := s.saves.Load()
			handle(t, e, tt.in)
			if got := s.saves.Load() - saves; got != 0 {
				t.Errorf("%d saves, want none", got)
			}
		})
	}
}

func TestSessionTTLSlidesOnEverySave(t *testing.T) {
	e, s := newEngine(t)
	q := start(t, e)
	handle(t, e, conversation.Choice(q.Round, q.ID, "s"))
	handle(t, e, conversation.Text("hello"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.ttls) != 3 {
		t.Fatalf("%d saves, want 3", len(s.ttls))
	}
	for _, ttl := range s.ttls {
		if ttl != 48*time.Hour {
			t.Errorf("saved with ttl %v, want the configured 48h", ttl)
		}
	}
	if got := s.TTL(key); got != 48*time.Hour {
		t.Errorf("stored ttl = %v, want 48h", got)
	}
}

func TestDefaultSessionTTL(t *testing.T) {
	s := newTestStore()
	e := conversation.New(fakeKB{}, s, conversation.Config{}, nil)
	e.Handle(context.Background(), key, conversation.Text("hello"))
	if got := s.TTL(key); got != 720*time.Hour {
		t.Errorf("ttl = %v, want 720h", got)
	}
}

func TestInvalidKeyRefused(t *testing.T) {
	e, s := newEngine(t)
	rs := e.Handle(context.Background(), conversation.Key{Platform: "test"}, conversation.Text("hello"))
	if len(rs) != 1 || rs[0].Notice == "" || s.loads.Load() != 0 {
		t.Errorf("replies = %+v, loads = %d; want a notice and no store access", rs, s.loads.Load())
	}
}

func TestLogsNeverContainMessageText(t *testing.T) {
	var buf bytes.Buffer
	s := newTestStore()
	e := conversation.New(fakeKB{}, s, conversation.Config{}, slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	const secret = "our-secret-merger-plan"
	e.Handle(context.Background(), key, conversation.Text(secret))
	s.down.Store(true)
	e.Handle(context.Background(), key, conversation.Text(secret))
	s.down.Store(false)
	s.saveDown.Store(true)
	e.Handle(context.Background(), key, conversation.Text(secret))
	if strings.Contains(buf.String(), secret) {
		t.Errorf("logs contain the message text:\n%s", buf.String())
	}
	if !strings.Contains(buf.String(), key.String()) {
		t.Errorf("logs lack the key:\n%s", buf.String())
	}
}

// TestConcurrentChoicesOneConversation clicks every question from 20
// goroutines at once: exactly one click per question is taken, the rest
// are stale.
func TestConcurrentChoicesOneConversation(t *testing.T) {
	e, s := newEngine(t)
	defer func() { t.Logf("%d save conflicts resolved", s.conflicts.Load()) }()
	q := start(t, e)
	const clicks = 20
	for step := 1; step <= q.Total; step++ {
		var answered, stale atomic.Int32
		var wg sync.WaitGroup
		for i := range clicks {
			wg.Go(func() {
				v := q.Options[i%len(q.Options)].Value
				rs := e.Handle(context.Background(), key, conversation.Choice(q.Round, q.ID, v))
				switch {
				case len(rs) == 2 && rs[0].Answered != nil:
					answered.Add(1)
				case len(rs) == 1 && strings.Contains(rs[0].Notice, "already answered"):
					stale.Add(1)
				default:
					t.Errorf("step %d: unexpected replies %+v", step, rs)
				}
			})
		}
		wg.Wait()
		if answered.Load() != 1 || stale.Load() != clicks-1 {
			t.Fatalf("step %d: %d answered, %d stale; want 1 and %d", step, answered.Load(), stale.Load(), clicks-1)
		}
		st := status(t, e)
		if step < q.Total {
			if !st.InProgress || st.Step != step+1 || len(st.Answers) != step {
				t.Fatalf("after step %d: status step %d with %d answers", step, st.Step, len(st.Answers))
			}
			q = st.Pending
		} else if st.InProgress || st.Last == nil || len(st.Last.Answers) != q.Total {
			t.Fatalf("after the last step: %+v", st)
		}
	}
}

// TestConcurrentTextAnswers types "1" from 20 goroutines at once: every
// reply that says an answer was taken matches exactly one stored answer,
// and no answer is lost or doubled.
func TestConcurrentTextAnswers(t *testing.T) {
	e, s := newEngine(t)
	defer func() { t.Logf("%d save conflicts resolved", s.conflicts.Load()) }()
	start(t, e)
	const senders = 20
	var answered, recommended, busy atomic.Int32
	var wg sync.WaitGroup
	for range senders {
		wg.Go(func() {
			for _, r := range e.Handle(context.Background(), key, conversation.Text("1")) {
				switch {
				case r.Answered != nil:
					answered.Add(1)
				case r.Recommendation != nil:
					recommended.Add(1)
				case strings.Contains(r.Notice, "couldn't keep up"):
					busy.Add(1)
				}
			}
		})
	}
	wg.Wait()
	st := status(t, e)
	n := int(answered.Load())
	t.Logf("%d answered, %d busy", n, busy.Load())
	switch {
	case n < 10:
		if !st.InProgress || len(st.Answers) != n || st.Step != n+1 || recommended.Load() != 0 {
			t.Errorf("%d answers replied, status has %d (step %d)", n, len(st.Answers), st.Step)
		}
	case n == 10:
		if st.InProgress || st.Last == nil || recommended.Load() != 1 {
			t.Errorf("finished: status %+v, %d recommendations", st, recommended.Load())
		}
	default:
		t.Errorf("%d answers replied for 10 questions", n)
	}
	if n+int(busy.Load()) > senders {
		t.Errorf("more outcomes than inputs")
	}
}
