package main

import (
	"context"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/bot/web/memweb"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/knowledge"
)

// TestWebPlayground runs `techleader web`: it prints the URL to open, the
// page answers there, and a request for a consultant reaches the printed
// simulated desk, whose consultant claims it and answers the visitor over
// the event stream; ending it asks for a rating with buttons. It stops
// cleanly when its context ends.
func TestWebPlayground(t *testing.T) {
	clearSlackEnv(t)
	t.Setenv("WEB_ADDR", "127.0.0.1:0")
	proc := runInBackground(t, []string{"web"})
	defer func() {
		if t.Failed() {
			t.Logf("stdout:\n%s\nstderr:\n%s", proc.out.String(), proc.errOut.String())
		}
	}()

	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second) // hang guard
	defer wcancel()
	addr := waitOutputMatch(wctx, t, &proc.out, regexp.MustCompile(`open http://(127\.0\.0\.1:\d+)/ in your browser`))
	v := newWebClient(t, addr)
	if code, body := httpGet(t, v.base+"/"); code != http.StatusOK || !strings.Contains(body, "Do you need a CIO or a CTO?") {
		t.Fatalf("the page: %d", code)
	}
	v.state()
	pushes := v.events(wctx)
	if got := allText(v.say("what does a CIO do")); !strings.Contains(strings.ToLower(got), "chief information officer") {
		t.Errorf("the answer: %q", got)
	}
	v.post(web.PathContact, web.ContactRequest{Name: "Ada", Email: "ada@example.com"})
	waitPush(wctx, t, pushes, "Sam from Consulting Springfield will help you")
	waitPush(wctx, t, pushes, "simulated consultant")
	v.say("hello Sam")
	waitPush(wctx, t, pushes, "A real consultant would answer")
	for _, want := range []string{"[consultants' desk] new card: Consultant request from a visitor on the website", "a visitor on the website wrote:"} {
		if !strings.Contains(proc.out.String(), want) {
			t.Errorf("the printed desk lacks %q", want)
		}
	}
	// Ending it asks for a rating, with its buttons over the event stream;
	// one pressed is told to the desk.
	v.say("end")
	rating := waitPush(wctx, t, pushes, "Did this help?")
	if rating.Kind != web.PushReply || len(rating.Actions) != 5 {
		t.Fatalf("the rating came as %+v, want a reply with 5 buttons", rating)
	}
	if got := allText(v.act(rating.Actions[4].ID)); !strings.Contains(got, "rating this conversation 5/5") {
		t.Errorf("pressing 5: %q", got)
	}
	waitOutputMatch(wctx, t, &proc.out, regexp.MustCompile(`(rated this conversation 5/5)`))

	proc.stop(wctx, t, "web")
}

// waitOutputMatch waits until out matches re and returns its first group.
func waitOutputMatch(ctx context.Context, t *testing.T, out *bottest.Buffer, re *regexp.Regexp) string {
	t.Helper()
	for {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		select {
		case <-ctx.Done():
			t.Fatalf("output never matched %s:\n%s", re, out.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestPageURL(t *testing.T) {
	for addr, want := range map[string]string{
		"127.0.0.1:8090": "http://127.0.0.1:8090/",
		"[::]:8090":      "http://localhost:8090/",
		"0.0.0.0:80":     "http://localhost:80/",
		"[::1]:8090":     "http://[::1]:8090/",
	} {
		if got := pageURL(addr); got != want {
			t.Errorf("pageURL(%q) = %q, want %q", addr, got, want)
		}
	}
}

// TestWebListenerStopsWithStreamsOpen: the web listener is ready while it
// serves; stopping it ends the open event streams first, so the graceful
// shutdown completes (without that, it would wait for the streams until
// its deadline and fail), and it is no longer ready.
func TestWebListenerStopsWithStreamsOpen(t *testing.T) {
	kb, err := knowledge.New()
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(web.Config{}, web.Deps{
		Engine: conversation.New(kb, memstore.New(), conversation.Config{}, nil),
		Pushes: memweb.NewPushLog(10, time.Hour), Limiter: memweb.NewLimiter(), Sessions: memweb.NewSessions(),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := listenWeb(ctx, "127.0.0.1:0", srv, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := l.ready(ctx); err != nil {
		t.Fatalf("not ready while serving: %v", err)
	}
	v := newWebClient(t, l.addr)
	v.state()
	sctx, scancel := context.WithCancel(context.Background())
	defer scancel()
	stream := v.events(sctx)
	stopped := make(chan error, 1)
	go func() { stopped <- l.serveUntil(ctx) }()
	cancel()
	if err := <-stopped; err != nil {
		t.Fatalf("stop with a stream open: %v", err)
	}
	if _, open := <-stream; open {
		t.Error("the event stream sent a push instead of ending")
	}
	if err := l.ready(context.Background()); err == nil {
		t.Error("ready after stopping")
	}
}
