package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// envRunMain makes the test binary run main() instead of the tests: the
// process tests start the binary itself as the real `techleader serve`.
const envRunMain = "TECHLEADER_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(envRunMain) == "1" {
		os.Args = []string{"techleader", "serve"}
		main() // exits 1 on error
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// childEnv is the parent's environment without anything serve reads,
// plus kv.
func childEnv(kv ...string) []string {
	var env []string
	for _, e := range os.Environ() {
		name, _, _ := strings.Cut(e, "=")
		if strings.HasPrefix(name, "SLACK_") || strings.HasPrefix(name, "TEAMS_") || strings.HasPrefix(name, "REDIS_") ||
			strings.HasPrefix(name, "HANDOFF_") || strings.HasPrefix(name, "WEB_") || strings.HasPrefix(name, "INSIGHTS_") ||
			name == "HTTP_ADDR" || name == "LOG_LEVEL" || name == "CONSULTANT_CHANNEL" || name == "SESSION_TTL" {
			continue
		}
		env = append(env, e)
	}
	return append(env, kv...)
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// runTag is a random upper-case tag for ids unique to one test run: a
// real Redis is shared between runs.
func runTag() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return strings.ToUpper(hex.EncodeToString(b[:]))
}

// sharedRedis returns the REDIS_URL for serve processes and a client for
// the test to the same server: the one named by TEST_REDIS_URL when set,
// else a miniredis listening on a local port, stopped when the test ends
// (after the processes, which are started later and so stopped first).
// real reports a real server: the test must then delete what it wrote.
func sharedRedis(t *testing.T) (url string, c *redis.Client, real bool) {
	t.Helper()
	url = os.Getenv(redistest.EnvURL)
	real = url != ""
	if !real {
		m := miniredis.RunT(t)
		url = "redis://" + m.Addr() + "/0"
	}
	opt, err := redis.ParseURL(url)
	if err != nil {
		t.Fatalf("%s: %v", redistest.EnvURL, err)
	}
	c = redis.NewClient(opt)
	t.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		t.Fatalf("Redis at %s does not answer: %v", opt.Addr, err)
	}
	return url, c, real
}

// inProcessRun is run(args) in this process, in the background, for the
// tests that drive serve or web through their endpoints without a child
// process.
type inProcessRun struct {
	name        string // in the "did not stop" failure: args[0], else "serve"
	out, errOut bottest.Buffer
	cancel      context.CancelFunc
	done        chan error
}

// runInBackground starts run(args); the test's end cancels it.
func runInBackground(t *testing.T, args []string) *inProcessRun {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	r := &inProcessRun{name: "serve", cancel: cancel, done: make(chan error, 1)}
	if len(args) > 0 {
		r.name = args[0]
	}
	go func() { r.done <- run(ctx, args, strings.NewReader(""), &r.out, &r.errOut) }()
	return r
}

// logOnFailure logs the tail of serve's log if the test has failed; defer
// it.
func (r *inProcessRun) logOnFailure(t *testing.T) {
	if t.Failed() {
		t.Logf("serve's log:\n%s", tail(r.errOut.String(), 4000))
	}
}

// stop cancels the run and fails t unless it returns nil before ctx (the
// test's hang guard) ends; errPrefix opens the message of its error.
func (r *inProcessRun) stop(ctx context.Context, t *testing.T, errPrefix string) {
	t.Helper()
	r.cancel()
	select {
	case err := <-r.done:
		if err != nil {
			t.Fatalf("%s: %v", errPrefix, err)
		}
	case <-ctx.Done():
		t.Fatalf("%s did not stop", r.name)
	}
}
