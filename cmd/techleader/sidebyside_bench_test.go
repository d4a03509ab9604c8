package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// BenchmarkSideBySide runs one workload against the real `techleader
// serve` binary and against a bare slack-go Socket Mode bot (barebot:
// dedupe SET NX, GET and SET of a ~500-byte state, a Block Kit reply of a
// knowledge answer's size), each through its own fake Slack, which echoes
// every post back as real Slack does, and the real Redis of TEST_REDIS_URL
// (skipped without one). Per round, SIDE_USERS people (default 250) each
// send SIDE_DMS direct messages (default 4) in a closed loop: the next as
// soon as the reply to the last one reached Slack. SIDE_ROUNDS rounds
// (default 3) alternate the two bots, the first bot changing every round.
// Reported for each bot, and serve's figure over the bare bot's: DMs per
// second, reply latency p50/p99 (envelope sent to the reply arriving at
// Slack), CPU per DM (user + system time of the process, /proc) and peak
// RSS.
//
//	TEST_REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench SideBySide -benchtime 1x ./cmd/techleader
//
// SIDE_CPUPROFILE=file builds serve with -tags pprof and writes serve's CPU
// profile of the whole run there (go tool pprof file).
func BenchmarkSideBySide(b *testing.B) {
	url := os.Getenv(redistest.EnvURL)
	if url == "" {
		b.Skip("needs a real Redis: set " + redistest.EnvURL)
	}
	users, dms, rounds := envCount("SIDE_USERS", 250), envCount("SIDE_DMS", 4), envCount("SIDE_ROUNDS", 3)
	profile := os.Getenv("SIDE_CPUPROFILE")
	dir := b.TempDir()
	var tags []string
	if profile != "" {
		tags = append(tags, "pprof")
	}
	serveBin := buildBinary(b, dir, "techleader", ".", tags...)
	bareBin := buildBinary(b, dir, "barebot", "../../bot/slackbot/slacktest/barebot")
	for range b.N {
		run := runTag()
		bare := startContender(b, "barebot", bareBin, url, "tlbare"+run)
		serveEnv := []string{"HTTP_ADDR=127.0.0.1:0", "CONSULTANT_CHANNEL=C0CONSULT"}
		if profile != "" {
			serveEnv = append(serveEnv, "TECHLEADER_CPUPROFILE="+profile)
		}
		serve := startContender(b, "serve", serveBin, url, "tlserve"+run, serveEnv...)
		both := []*contender{bare, serve}
		for _, c := range both {
			c.round(b, "W"+run, 50, 1) // warm-up: connections, scripts, caches
			c.reset()
		}
		for r := range rounds {
			for i := range both {
				c := both[(i+r)%2]
				c.record(c.round(b, fmt.Sprintf("R%s%d", run, r), users, dms))
			}
		}
		b.StopTimer()
		if profile != "" {
			saveProfile(b, serve, profile)
		}
		report(b, bare, serve)
		for _, c := range both {
			if err := c.proc.stop(30 * time.Second); err != nil {
				b.Error(err)
			}
		}
	}
}

// sideQuestions are the DMs, in turn: knowledge questions.
var sideQuestions = []string{"What does a CTO do?", "cio vs cto??", "who should own our cybersecurity", "do we need a virtual CIO?"}

// contender is one bot under the workload, with its own fake Slack.
type contender struct {
	name string
	s    *slacktest.Server
	proc *benchProc

	mu      sync.Mutex
	replies map[string]chan time.Time // DM channel -> arrival times of the replies in it

	dms     int
	wall    time.Duration
	cpu     time.Duration
	lat     []time.Duration
	perRate []float64 // DMs/s of each round
	idleRSS float64   // MB, after start-up
}

// startContender starts bin against a new echoing fake Slack and the
// Redis at url with key prefix prefix, and waits for its socket.
func startContender(b *testing.B, name, bin, url, prefix string, env ...string) *contender {
	b.Helper()
	c := &contender{name: name, s: slacktest.New(b), replies: map[string]chan time.Time{}}
	c.s.EchoBotMessages(true)
	c.s.OnPost(c.posted)
	env = append(childEnv(
		"SLACK_APP_TOKEN="+slacktest.AppToken,
		"SLACK_BOT_TOKEN="+slacktest.BotToken,
		"SLACK_API_URL="+c.s.APIURL(),
		"REDIS_URL="+url,
		"REDIS_PREFIX="+prefix,
	), env...)
	c.proc = startProc(b, name, bin, env, "serve")
	b.Cleanup(func() { deleteRedisPrefix(b, url, prefix) })
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	defer cancel()
	if err := c.s.WaitConnections(ctx, 1); err != nil {
		b.Fatalf("%s did not connect: %v", name, err)
	}
	time.Sleep(time.Second) // let start-up garbage settle before reading idle RSS
	c.idleRSS = c.proc.mustMB(b, "VmRSS")
	return c
}

// posted notes a reply's arrival for the user waiting in its channel.
func (c *contender) posted(m slacktest.Message) {
	at := time.Now()
	c.mu.Lock()
	ch := c.replies[m.Channel]
	c.mu.Unlock()
	if ch != nil {
		select {
		case ch <- at:
		default:
		}
	}
}

// roundResult is what one round measured.
type roundResult struct {
	dms  int
	wall time.Duration
	cpu  time.Duration
	lat  []time.Duration
}

// round runs users people sending dms DMs each in a closed loop and waits
// until every envelope (echoes included) is acked before reading the CPU
// time, so each round is charged for its own work.
func (c *contender) round(b *testing.B, tag string, users, dms int) roundResult {
	b.Helper()
	chans := make(map[string]chan time.Time, users)
	for i := range users {
		chans[slacktest.IMChannel(fmt.Sprintf("U%s%04d", tag, i))] = make(chan time.Time, dms+1)
	}
	c.mu.Lock()
	c.replies = chans
	c.mu.Unlock()
	acked := len(c.s.Acks())
	cpu0, err := c.proc.cpu()
	if err != nil {
		b.Fatal(err)
	}
	lats := make([][]time.Duration, users)
	errs := make([]error, users)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range users {
		wg.Go(func() { lats[i], errs[i] = c.converse(fmt.Sprintf("U%s%04d", tag, i), dms, chans) })
	}
	wg.Wait()
	wall := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		b.Fatalf("%s: %v", c.name, err)
	}
	c.waitAcks(b, acked+2*users*dms) // each DM and the echo of its reply
	cpu1, err := c.proc.cpu()
	if err != nil {
		b.Fatal(err)
	}
	return roundResult{dms: users * dms, wall: wall, cpu: cpu1 - cpu0, lat: slices.Concat(lats...)}
}

// converse is one person: dms DMs, each after the reply to the last.
func (c *contender) converse(user string, dms int, chans map[string]chan time.Time) ([]time.Duration, error) {
	ch := slacktest.IMChannel(user)
	var lat []time.Duration
	for k := range dms {
		at := time.Now()
		if c.s.Send(c.s.MessageIM(user, ch, sideQuestions[k%len(sideQuestions)])) == "" {
			return lat, fmt.Errorf("%s: no socket", user)
		}
		select {
		case got := <-chans[ch]:
			lat = append(lat, got.Sub(at))
		case <-time.After(30 * time.Second):
			return lat, fmt.Errorf("%s: no reply to DM %d within 30 s", user, k+1)
		}
	}
	return lat, nil
}

// waitAcks waits until the fake Slack holds n acks.
func (c *contender) waitAcks(b *testing.B, n int) {
	b.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), replicaHangGuard)
	defer cancel()
	if err := c.s.WaitAcks(ctx, n); err != nil {
		b.Fatalf("%s: %v", c.name, err)
	}
}

func (c *contender) record(r roundResult) {
	c.dms += r.dms
	c.wall += r.wall
	c.cpu += r.cpu
	c.lat = append(c.lat, r.lat...)
	c.perRate = append(c.perRate, float64(r.dms)/r.wall.Seconds())
}

func (c *contender) reset() {
	*c = contender{name: c.name, s: c.s, proc: c.proc, replies: c.replies, idleRSS: c.idleRSS}
}

// figures are a contender's results over all rounds.
type figures struct{ rate, p50, p99, cpuPerDM, peakRSS, idleRSS float64 }

func (c *contender) figures(b *testing.B) figures {
	return figures{
		rate:     float64(c.dms) / c.wall.Seconds(),
		p50:      ms(pct(c.lat, 0.50)),
		p99:      ms(pct(c.lat, 0.99)),
		cpuPerDM: ms(c.cpu) / float64(c.dms),
		peakRSS:  c.proc.mustMB(b, "VmHWM"),
		idleRSS:  c.idleRSS,
	}
}

// report prints both bots' figures and serve's ratios.
func report(b *testing.B, bare, serve *contender) {
	fb, fs := bare.figures(b), serve.figures(b)
	for _, m := range []struct {
		name         string
		bare, served float64
	}{
		{"DMs/s", fb.rate, fs.rate},
		{"p50-ms", fb.p50, fs.p50},
		{"p99-ms", fb.p99, fs.p99},
		{"cpu-ms/DM", fb.cpuPerDM, fs.cpuPerDM},
		{"peakRSS-MB", fb.peakRSS, fs.peakRSS},
		{"idleRSS-MB", fb.idleRSS, fs.idleRSS},
	} {
		b.ReportMetric(m.bare, "bare-"+m.name)
		b.ReportMetric(m.served, "serve-"+m.name)
		b.ReportMetric(m.served/m.bare, "ratio-"+m.name)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d DMs per bot (%d rounds alternated; DMs/s per round: bare %.0f, serve %.0f)\n",
		serve.dms, len(serve.perRate), bare.perRate, serve.perRate)
	fmt.Fprintf(&sb, "| bot | DMs/s | reply p50 | reply p99 | CPU per DM | peak RSS | idle RSS |\n|---|---|---|---|---|---|---|\n")
	row := func(name string, f figures) {
		fmt.Fprintf(&sb, "| %s | %.0f | %.1f ms | %.1f ms | %.3f ms | %.1f MB | %.1f MB |\n", name, f.rate, f.p50, f.p99, f.cpuPerDM, f.peakRSS, f.idleRSS)
	}
	row("barebot", fb)
	row("serve", fs)
	fmt.Fprintf(&sb, "| serve / bare | %.2fx | %.2fx | %.2fx | %.2fx | %.2fx | %.2fx |", fs.rate/fb.rate, fs.p50/fb.p50, fs.p99/fb.p99, fs.cpuPerDM/fb.cpuPerDM, fs.peakRSS/fb.peakRSS, fs.idleRSS/fb.idleRSS)
	b.Log("\n" + sb.String())
}

// saveProfile asks serve (built with -tags pprof) to finish its CPU
// profile and waits for the file.
func saveProfile(b *testing.B, serve *contender, path string) {
	if err := serve.proc.cmd.Process.Signal(syscall.SIGUSR1); err != nil {
		b.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := os.Stat(path); err == nil {
			b.Logf("serve's CPU profile: %s", path)
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("no CPU profile at %s", path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func envCount(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func pct(d []time.Duration, q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[int(q*float64(len(s)-1))]
}
