package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata")

// reportEnvVars are the variables report reads.
var reportEnvVars = []string{"REDIS_URL", "REDIS_SENTINEL_ADDRS", "REDIS_SENTINEL_MASTER", "REDIS_CLUSTER_ADDRS",
	"REDIS_PASSWORD", "REDIS_TLS", "REDIS_PREFIX", "INSIGHTS_RETENTION", "INSIGHTS_RETENTION_TEXT", "INSIGHTS_TEXT",
	"INSIGHTS_TZ", "INSIGHTS_DIGEST"}

// runReportWith runs "techleader report args" at now with only vars set
// among the variables it reads, and returns stdout and stderr.
func runReportWith(t *testing.T, vars map[string]string, now time.Time, args ...string) (string, string, error) {
	t.Helper()
	for _, k := range reportEnvVars {
		t.Setenv(k, "") // restored after the test
		os.Unsetenv(k)
	}
	for k, v := range vars {
		t.Setenv(k, v)
	}
	var out, errOut bytes.Buffer
	err := reportAt(context.Background(), args, env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut},
		func() time.Time { return now }, func(id string) string { return insightstest.SeedTitles[id] })
	return out.String(), errOut.String(), err
}

// seededRedis records insightstest's week into the test's Redis and
// returns the REDIS_URL and REDIS_PREFIX that reach it.
func seededRedis(t *testing.T) map[string]string {
	t.Helper()
	c, prefix := redistest.New(t)
	o := c.(*redis.Client).Options()
	url := os.Getenv(redistest.EnvURL)
	if url == "" {
		url = "redis://" + o.Addr + "/" + strconv.Itoa(o.DB)
	}
	policy := insights.NewPolicy(insights.DefaultConfig(), insightstest.NewClock(insightstest.Start).Now)
	if err := insightstest.Seed(t.Context(), redisstore.NewInsightsStore(c, prefix, policy), insightstest.Start); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"REDIS_URL": url, "REDIS_PREFIX": prefix}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestReportJSONGolden seeds a week of events in Redis with a fixed clock
// and checks `techleader report --json` against the golden file, which
// follows conversation/insights/testdata/report.schema.json.
func TestReportJSONGolden(t *testing.T) {
	vars := seededRedis(t)
	out, stderr, err := runReportWith(t, vars, insightstest.Start, "--json")
	if err != nil {
		t.Fatalf("report --json: %v\n%s", err, stderr)
	}
	checkGolden(t, "report.golden.json", out)
	// The insights package checks its golden report, made from the same
	// events in memory, against the schema: the command prints the same.
	schemaChecked, err := os.ReadFile(filepath.Join("..", "..", "conversation", "insights", "testdata", "report.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	if out != string(schemaChecked) {
		t.Errorf("report --json differs from the schema-checked report of the same events:\n%s", out)
	}
}

// TestReportArticleTitles checks titles come from the knowledge base.
func TestReportArticleTitles(t *testing.T) {
	title := articleTitles()
	if title == nil || title("what-is-cto") == "" || title("no-such-article") != "" {
		t.Fatal("articleTitles does not name what-is-cto from the knowledge base, or names an unknown id")
	}
}

func TestReportTextGolden(t *testing.T) {
	vars := seededRedis(t)
	out, stderr, err := runReportWith(t, vars, insightstest.Start)
	if err != nil {
		t.Fatalf("report: %v\n%s", err, stderr)
	}
	checkGolden(t, "report.golden.txt", out)
}

// TestReportPeriods checks --since: a shorter period sees fewer events,
// a first day is honoured, INSIGHTS_TZ moves the days.
func TestReportPeriods(t *testing.T) {
	vars := seededRedis(t)
	for _, c := range []struct {
		since, tz, want string
	}{
		{"1d", "", "Insights 2026-03-10 to 2026-03-10 (1 day, UTC)\n\nConversations          1 person\n"},
		{"2026-03-08", "", "Insights 2026-03-08 to 2026-03-10 (3 days, UTC)\n\nConversations          3 people\n"},
		{"30d", "Asia/Tokyo", "Insights 2026-02-09 to 2026-03-10 (30 days, Asia/Tokyo)\n\nConversations          7 people\n"},
	} {
		v := map[string]string{"REDIS_URL": vars["REDIS_URL"], "REDIS_PREFIX": vars["REDIS_PREFIX"]}
		if c.tz != "" {
			v["INSIGHTS_TZ"] = c.tz
		}
		out, stderr, err := runReportWith(t, v, insightstest.Start, "--since", c.since)
		if err != nil || !strings.HasPrefix(out, c.want) {
			t.Errorf("--since %s (tz %q): %v %s\n%s\nwant it to start %q", c.since, c.tz, err, stderr, out, c.want)
		}
	}
}

func TestReportErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"no redis", nil, nil, "report needs REDIS_URL: insights are kept in Redis"},
		{"bad period", map[string]string{"REDIS_URL": "redis://127.0.0.1:1/0"}, []string{"--since", "fortnight"}, "report: --since: period \"fortnight\": want 7d, 30d, 90d or a first day such as 2006-01-02"},
		{"bad zone", map[string]string{"REDIS_URL": "redis://127.0.0.1:1/0", "INSIGHTS_TZ": "Mars/Base"}, nil, `invalid INSIGHTS_TZ "Mars/Base": unknown zone`},
		{"bad url", map[string]string{"REDIS_URL": "mysql://:pw@x"}, nil, `redis: REDIS_URL has scheme "mysql"`},
		{"redis down", map[string]string{"REDIS_URL": "redis://:s3cret@127.0.0.1:1/0"}, nil, "report: Redis cannot be reached"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, _, err := runReportWith(t, c.vars, insightstest.Start, c.args...)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("err = %v, want one starting %q", err, c.want)
			}
			if strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "s3cret") || out != "" {
				t.Fatalf("err %q is not one clean line, or output %q was printed", err, out)
			}
		})
	}
}

func TestReportUsage(t *testing.T) {
	_, stderr, err := runReportWith(t, nil, insightstest.Start, "30d")
	if err != errUsage || !strings.Contains(stderr, "usage: techleader report [--since 7d] [--json]") {
		t.Fatalf("positional argument: %v\n%s", err, stderr)
	}
	_, stderr, err = runReportWith(t, nil, insightstest.Start, "-h")
	if err != nil || !strings.Contains(stderr, "-since") || !strings.Contains(stderr, "-json") {
		t.Fatalf("-h: %v\n%s", err, stderr)
	}
}
