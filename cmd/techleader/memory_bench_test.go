package main

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
	"github.com/springfield/techleader/knowledge"
)

// BenchmarkServeMemory reports the real serve binary's memory: resident
// (VmRSS) once idle after start-up, then with MEM_CONVERSATIONS live
// conversations in Redis (default 10,000, written through the engine)
// of which MEM_ACTIVE users (default 1,000) have just sent two DMs each
// through the fake Slack (echoes on); with serve's Go heap in use from
// its /metrics. Skipped without TEST_REDIS_URL.
//
//	TEST_REDIS_URL=redis://127.0.0.1:6379/0 go test -run '^$' -bench ServeMemory -benchtime 1x ./cmd/techleader
func BenchmarkServeMemory(b *testing.B) {
	url := os.Getenv(redistest.EnvURL)
	if url == "" {
		b.Skip("needs a real Redis: set " + redistest.EnvURL)
	}
	convs, active := envCount("MEM_CONVERSATIONS", 10000), envCount("MEM_ACTIVE", 1000)
	bin := buildBinary(b, b.TempDir(), "techleader", ".")
	for range b.N {
		run := runTag()
		prefix := "tlmem" + run
		serve := startContender(b, "serve", bin, url, prefix, "HTTP_ADDR=127.0.0.1:0", "CONSULTANT_CHANNEL=C0CONSULT")
		idleHeap := heapInUse(b, serve)
		tag := "M" + run
		seedConversations(b, url, prefix, tag, convs)
		start := time.Now()
		serve.round(b, tag, active, 2)
		took := time.Since(start)
		time.Sleep(time.Second) // what a scrape a moment later would see
		rss, peak, heap := serve.proc.mustMB(b, "VmRSS"), serve.proc.mustMB(b, "VmHWM"), heapInUse(b, serve)
		b.ReportMetric(serve.idleRSS, "idle-RSS-MB")
		b.ReportMetric(idleHeap, "idle-heap-MB")
		b.ReportMetric(rss, "busy-RSS-MB")
		b.ReportMetric(peak, "peak-RSS-MB")
		b.ReportMetric(heap, "busy-heap-MB")
		b.Logf("serve: idle RSS %.1f MB (heap in use %.1f MB); with %d conversations in Redis and %d users active in the last %v: RSS %.1f MB (heap %.1f MB), peak RSS %.1f MB",
			serve.idleRSS, idleHeap, convs, active, took.Round(time.Second), rss, heap, peak)
		if err := serve.proc.stop(30 * time.Second); err != nil {
			b.Error(err)
		}
	}
}

// seedConversations writes n conversations (a knowledge question each)
// of users "U<tag><i>" under prefix, through the engine and the Redis
// store, as serve would.
func seedConversations(b *testing.B, url, prefix, tag string, n int) {
	b.Helper()
	opt, err := redis.ParseURL(url)
	if err != nil {
		b.Fatal(err)
	}
	c := redis.NewClient(opt)
	defer c.Close()
	kb, err := knowledge.New()
	if err != nil {
		b.Fatal(err)
	}
	eng := conversation.New(kb, redisstore.New(c, redisstore.WithPrefix(prefix)), conversation.Config{}, nil)
	ctx := context.Background()
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := w; i < n; i += 8 {
				key := conversation.Key{Platform: "slack", Team: slacktest.TeamID, User: fmt.Sprintf("U%s%04d", tag, i)}
				eng.Handle(ctx, key, conversation.Text(sideQuestions[i%len(sideQuestions)]))
			}
		})
	}
	wg.Wait()
}

// heapInUse reads go_memstats_heap_inuse_bytes from serve's /metrics, in
// MB.
func heapInUse(b *testing.B, c *contender) float64 {
	b.Helper()
	addr := opsAddrOf(c.proc.log.String())
	if addr == "" {
		b.Fatal("serve logged no ops address")
	}
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "go_memstats_heap_inuse_bytes "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				b.Fatal(err)
			}
			return f / (1 << 20)
		}
	}
	b.Fatal("no go_memstats_heap_inuse_bytes in /metrics")
	return 0
}

// opsAddrOf finds the address of serve's "ops server listening" line.
func opsAddrOf(log string) string {
	ch := make(chan string, 1)
	w := &addrWatcher{found: map[string]chan<- string{"ops server listening": ch}}
	_, _ = w.Write([]byte(log))
	select {
	case a := <-ch:
		return a
	default:
		return ""
	}
}
