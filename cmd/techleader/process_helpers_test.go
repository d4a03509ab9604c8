package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/slackbot/slacktest"
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

// serveProcess is a running `techleader serve`: the test binary started
// again with envRunMain set.
type serveProcess struct {
	name  string
	cmd   *exec.Cmd
	log   *bottest.Buffer // stderr: serve's JSON log
	ops   chan string     // the ops server's address, once logged
	web   chan string     // the web chat's address, once logged
	teams chan string     // the Teams endpoint's address, once logged
	done  chan struct{}   // closed when the process has exited
	err   error           // cmd.Wait's result; read after done is closed
	addr  string          // the ops server's address, after waitReady
	// teamsURL is the Teams messaging endpoint, after waitTeams.
	teamsURL string
	webAddr  string // the web chat's address, after waitWeb
}

// startServe starts serve with env (see childEnv). The process is killed
// when the test ends if it is still running, and its log is shown when
// the test failed.
func startServe(t *testing.T, name string, env []string) *serveProcess {
	t.Helper()
	p := &serveProcess{
		name:  name,
		cmd:   exec.Command(os.Args[0], "-test.run=^$"),
		log:   &bottest.Buffer{},
		ops:   make(chan string, 1),
		web:   make(chan string, 1),
		teams: make(chan string, 1),
		done:  make(chan struct{}),
	}
	p.cmd.Env = env
	p.cmd.Stderr = io.MultiWriter(p.log, &addrWatcher{found: map[string]chan<- string{
		"ops server listening": p.ops, "web server listening": p.web, "teams endpoint listening": p.teams,
	}})
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		if !p.exited() {
			_ = p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("%s's log:\n%s", name, tail(p.log.String(), 4000))
		}
	})
	return p
}

func (p *serveProcess) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// waitReady waits until the process logged its ops server's address.
func (p *serveProcess) waitReady(ctx context.Context) error {
	select {
	case p.addr = <-p.ops:
		return nil
	case <-p.done:
		return fmt.Errorf("%s exited before serving: %v", p.name, p.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: no ops server address logged: %w", p.name, ctx.Err())
	}
}

// waitTeams waits until the process logged its Teams endpoint's address.
func (p *serveProcess) waitTeams(ctx context.Context) error {
	select {
	case addr := <-p.teams:
		p.teamsURL = "http://" + addr + "/api/messages"
		return nil
	case <-p.done:
		return fmt.Errorf("%s exited before serving Teams: %v", p.name, p.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: no Teams endpoint address logged: %w", p.name, ctx.Err())
	}
}

// waitWeb waits until the process logged its web chat's address and
// returns it.
func (p *serveProcess) waitWeb(ctx context.Context) (string, error) {
	select {
	case p.webAddr = <-p.web:
		return p.webAddr, nil
	case <-p.done:
		return "", fmt.Errorf("%s exited before serving the web chat: %v", p.name, p.err)
	case <-ctx.Done():
		return "", fmt.Errorf("%s: no web chat address logged: %w", p.name, ctx.Err())
	}
}

// signal sends sig to the process.
func (p *serveProcess) signal(sig os.Signal) error {
	if err := p.cmd.Process.Signal(sig); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	return nil
}

// wait waits for the process to exit and returns an error unless it
// exited with status 0.
func (p *serveProcess) wait(ctx context.Context) error {
	select {
	case <-p.done:
		if p.err != nil {
			return fmt.Errorf("%s exited with %v, want status 0", p.name, p.err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s did not exit: %w", p.name, ctx.Err())
	}
}

// stop sends SIGTERM and waits for a clean exit.
func (p *serveProcess) stop(ctx context.Context) error {
	if err := p.signal(syscall.SIGTERM); err != nil {
		return err
	}
	return p.wait(ctx)
}

// counters reads the envelope counters from the process's /metrics as
// "received:<kind>", "handled:<kind>" and "duplicate:<kind>" (the names
// bottest.Counters uses), Teams' with "teams_" before them, and the web
// chat's turns as "web_turns:<kind>".
func (p *serveProcess) counters(ctx context.Context) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+p.addr+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: /metrics: %w", p.name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: /metrics: %s", p.name, resp.Status)
	}
	names := map[string]string{
		"techleader_slack_envelopes_received_total":   "received:",
		"techleader_slack_envelopes_handled_total":    "handled:",
		"techleader_slack_envelopes_duplicate_total":  "duplicate:",
		"techleader_teams_activities_received_total":  "teams_received:",
		"techleader_teams_activities_handled_total":   "teams_handled:",
		"techleader_teams_activities_duplicate_total": "teams_duplicate:",
		"techleader_web_turn_duration_seconds_count":  "web_turns:",
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		name, rest, ok := strings.Cut(line, `{kind="`)
		if !ok || names[name] == "" {
			continue
		}
		kind, val, ok := strings.Cut(rest, `"} `)
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: /metrics line %q: %v", p.name, line, err)
		}
		out[names[name]+kind] = v
	}
	return out, sc.Err()
}

// addrWatcher reads serve's JSON log as it is written and sends the
// address of each "... listening" line it watches for (by message) to its
// channel, once.
type addrWatcher struct {
	found   map[string]chan<- string
	partial []byte
}

func (w *addrWatcher) Write(b []byte) (int, error) {
	if len(w.found) == 0 {
		return len(b), nil
	}
	w.partial = append(w.partial, b...)
	for {
		i := bytes.IndexByte(w.partial, '\n')
		if i < 0 {
			return len(b), nil
		}
		line := w.partial[:i]
		w.partial = w.partial[i+1:]
		var rec struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal(line, &rec) != nil || rec.Addr == "" {
			continue
		}
		if ch, ok := w.found[rec.Msg]; ok {
			ch <- rec.Addr
			delete(w.found, rec.Msg)
		}
	}
}

// replicaProcs is a fake Slack and several serve processes on one Redis.
type replicaProcs struct {
	t      *testing.T
	ctx    context.Context // hang guard of every wait
	s      *slacktest.Server
	procs  []*serveProcess
	redis  *redis.Client
	run    string // tag for ids unique to this run
	prefix string // REDIS_PREFIX of this run's processes: its keys are deleted at the end
}

// replicaHangGuard bounds the waits of the process tests; it only guards
// against hangs.
const replicaHangGuard = 60 * time.Second

// startReplicaProcesses starts n serve processes against a new fake Slack
// and one shared Redis, with env added to their environment, and waits
// until each serves and all n sockets are open. Each process opens one
// socket (SLACK_SOCKETS=1), so the n socket indexes of the fake are the n
// processes.
func startReplicaProcesses(t *testing.T, n int, env ...string) *replicaProcs {
	t.Helper()
	return startReplicaProcessesAfter(t, n, nil, env...)
}

// startReplicaProcessesAfter is startReplicaProcesses with setup run on
// the fake Slack before the processes start (nil: none).
func startReplicaProcessesAfter(t *testing.T, n int, setup func(*slacktest.Server), env ...string) *replicaProcs {
	t.Helper()
	if testing.Short() {
		t.Skip("starts processes")
	}
	url, client, real := sharedRedis(t)
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	t.Cleanup(cancel)
	run := runTag()
	r := &replicaProcs{t: t, ctx: ctx, s: slacktest.New(t), redis: client, run: run, prefix: "tltest" + run}
	if real {
		// Registered before the processes start, so it runs after they
		// are gone.
		t.Cleanup(r.deleteKeys)
	}
	if setup != nil {
		setup(r.s)
	}
	base := childEnv(append([]string{
		envRunMain + "=1",
		"SLACK_APP_TOKEN=" + slacktest.AppToken,
		"SLACK_BOT_TOKEN=" + slacktest.BotToken,
		"SLACK_API_URL=" + r.s.APIURL(),
		"SLACK_SHUTDOWN_TIMEOUT=20s",
		"SLACK_POST_RATE=1000", // no pacing: an assessment posts many messages to one DM
		"SLACK_POST_BURST=100",
		"SLACK_USER_BURST=1000", // nor flood control: tests type whole assessments quickly
		"REDIS_URL=" + url,
		"REDIS_PREFIX=" + r.prefix,
		"HTTP_ADDR=127.0.0.1:0",
		"LOG_LEVEL=debug",
		"INSIGHTS_DIGEST=off", // a test that wants the digest sets it (a later value wins)
		"SLACK_SOCKETS=1",     // one socket each: socket i is process i
	}, env...)...)
	for i := range n {
		r.procs = append(r.procs, startServe(t, fmt.Sprintf("replica %d", i), base))
	}
	for _, p := range r.procs {
		if err := p.waitReady(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.s.WaitConnections(ctx, n); err != nil {
		t.Fatalf("the %d processes did not all connect: %v", n, err)
	}
	return r
}

// user returns a user id unique to this run.
func (r *replicaProcs) user(suffix string) string { return "U" + r.run + suffix }

// deleteKeys deletes from a real Redis everything this run's processes
// wrote: all of it is under the run's own REDIS_PREFIX.
func (r *replicaProcs) deleteKeys() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := redistest.DeletePrefix(ctx, r.redis, r.prefix); err != nil {
		r.t.Errorf("cleanup %s: %v", r.prefix, err)
	}
}

// sendTo delivers e to socket conn without waiting for the ack and
// returns its envelope id.
func (r *replicaProcs) sendTo(conn int, e slacktest.Envelope) string {
	r.t.Helper()
	id := r.s.SendTo(conn, e)
	if id == "" {
		r.t.Fatalf("no socket %d", conn)
	}
	return id
}

// waitAcks waits for the acks of the envelopes ids.
func (r *replicaProcs) waitAcks(ids ...string) {
	r.t.Helper()
	for _, id := range ids {
		if _, err := r.s.WaitAck(r.ctx, id); err != nil {
			r.t.Fatalf("no ack: %v", err)
		}
	}
}

// waitMessage waits for a message of the fake Slack matching match.
func (r *replicaProcs) waitMessage(what string, match func(slacktest.Message) bool) slacktest.Message {
	r.t.Helper()
	m, err := r.s.WaitMessage(r.ctx, match)
	if err != nil {
		r.t.Fatalf("waiting for %s: %v", what, err)
	}
	return m
}

// counters reads every process's envelope counters.
func (r *replicaProcs) counters() []map[string]float64 {
	r.t.Helper()
	out := make([]map[string]float64, len(r.procs))
	for i, p := range r.procs {
		c, err := p.counters(r.ctx)
		if err != nil {
			r.t.Fatal(err)
		}
		out[i] = c
	}
	return out
}

// waitCounters polls the processes' counters until done accepts them. The
// poll is bounded by the hang guard only.
func (r *replicaProcs) waitCounters(what string, done func([]map[string]float64) bool) []map[string]float64 {
	r.t.Helper()
	for {
		cs := r.counters()
		if done(cs) {
			return cs
		}
		select {
		case <-r.ctx.Done():
			r.t.Fatalf("waiting for %s: %v; counters: %v", what, r.ctx.Err(), cs)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// stopAll sends SIGTERM to every process at once and waits until all
// exited with status 0.
func (r *replicaProcs) stopAll() {
	r.t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(r.procs))
	for i, p := range r.procs {
		wg.Go(func() { errs[i] = p.stop(r.ctx) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		r.t.Fatal(err)
	}
}

// counterSum adds the counters whose name starts with prefix.
func counterSum(c map[string]float64, prefix string) float64 {
	var n float64
	for k, v := range c {
		if strings.HasPrefix(k, prefix) {
			n += v
		}
	}
	return n
}

// countersSum adds counterSum over processes.
func countersSum(cs []map[string]float64, prefix string) float64 {
	var n float64
	for _, c := range cs {
		n += counterSum(c, prefix)
	}
	return n
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
