package insights_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// seededReport is the report of the last 7 days after insightstest.Seed.
func seededReport(t *testing.T, cfg insights.Config) insights.Report {
	t.Helper()
	clock := insightstest.NewClock(insightstest.Start)
	policy := insights.NewPolicy(cfg, clock.Now)
	store := insights.NewMemory(policy)
	if err := insightstest.Seed(t.Context(), store, clock.Now()); err != nil {
		t.Fatal(err)
	}
	rep, err := insights.BuildReport(t.Context(), store, policy, insights.LastDays(7, clock.Now(), policy.Location()),
		insights.ReportOptions{Title: func(id string) string { return insightstest.SeedTitles[id] }})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestReportOfSeededWeek(t *testing.T) {
	rep := seededReport(t, insights.DefaultConfig())
	funnel := []int64{}
	for _, s := range rep.Funnel {
		funnel = append(funnel, s.Count)
	}
	c := rep.Handoffs.TimeToClaim
	for _, check := range []struct {
		name      string
		got, want any
	}{
		{"period", rep.Period, insights.ReportPeriod{First: "2026-03-04", Last: "2026-03-10", Days: 7, TimeZone: "UTC"}},
		{"conversations", rep.Conversations, int64(7)},
		{"questions", [3]int64{rep.Questions.Answered, rep.Questions.Declined, rep.Questions.Clarifications}, [3]int64{11, 5, 1}},
		{"top article", rep.Questions.TopArticles[0], insights.ArticleCount{ID: "what-is-cto", Title: "What does a CTO do?", Count: 5}},
		{"funnel", funnel, []int64{7, 5, 3, 3}},
		{"outcomes", rep.Assessments.Outcomes[0], insights.NamedCount{Name: "virtual-cto", Count: 3}},
		{"abandoned at", rep.Assessments.AbandonedAt, []insights.StepCount{{Question: 3, Count: 1}, {Question: 7, Count: 1}}},
		{"time to claim", *c, insights.ClaimTimes{Samples: 3, MedianSeconds: 300, P90Seconds: 1980}},
		{"ratings", rep.Satisfaction.All.Distribution, [5]int64{0, 0, 1, 2, 2}},
		{"average", *rep.Satisfaction.All.Average, 4.2},
		{"handoff average", *rep.Satisfaction.Handoff.Average, 4.5},
		{"groups", len(rep.Unanswered.Groups), 4},
		{"largest group", rep.Unanswered.Groups[0].Count, 2},
	} {
		if !jsonEqual(check.got, check.want) {
			t.Errorf("%s = %+v, want %+v", check.name, check.got, check.want)
		}
	}
	var out bytes.Buffer
	if err := insights.WriteJSON(&out, rep); err != nil {
		t.Fatal(err)
	}
	b := out.Bytes()
	if errs := validateJSON(loadSchema(t), b); len(errs) > 0 {
		t.Errorf("the report does not match its schema:\n%s", strings.Join(errs, "\n"))
	}
	golden(t, "report.golden.json", b)
	var text bytes.Buffer
	if err := insights.WriteText(&text, rep); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.golden.txt", text.Bytes())
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// TestReportEmpty checks a report with nothing recorded and text off:
// lists are [], averages and the time to claim null, and it still matches
// the schema.
func TestReportEmpty(t *testing.T) {
	cfg := insights.DefaultConfig()
	cfg.Text = false
	policy := insights.NewPolicy(cfg, insightstest.NewClock(insightstest.Start).Now)
	rep, err := insights.BuildReport(t.Context(), insights.NewMemory(policy), policy,
		insights.LastDays(30, insightstest.Start, time.UTC), insights.ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(rep)
	if errs := validateJSON(loadSchema(t), b); len(errs) > 0 {
		t.Fatalf("empty report does not match the schema:\n%s\n%s", strings.Join(errs, "\n"), b)
	}
	for _, want := range []string{`"top_articles":[]`, `"time_to_claim":null`, `"average":null`, `"groups":[]`, `"texts_kept":false`, `"days":30`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("empty report lacks %s: %s", want, b)
		}
	}
	var text bytes.Buffer
	if err := insights.WriteText(&text, rep); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"0 people", "no claims", "no ratings", "not kept (INSIGHTS_TEXT=off)", "    -"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("empty text report lacks %q:\n%s", want, text.String())
		}
	}
}

func TestReportRefusesEmptyPeriod(t *testing.T) {
	policy := insights.NewPolicy(insights.DefaultConfig(), nil)
	_, err := insights.BuildReport(t.Context(), insights.NewMemory(policy), policy, insights.Period{First: "2026-03-10", Last: "2026-03-01"}, insights.ReportOptions{})
	if err == nil {
		t.Fatal("a period ending before it starts was reported")
	}
}

func TestTimeToClaimPercentiles(t *testing.T) {
	for _, c := range []struct {
		waits       []int
		median, p90 int64
	}{
		{[]int{60}, 60, 60},
		{[]int{60, 120}, 90, 114},
		{[]int{300, 120, 2400}, 300, 1980},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 6, 9}, // 5.5 rounds to 6, 9.1 to 9
	} {
		policy := insights.NewPolicy(insights.DefaultConfig(), insightstest.NewClock(insightstest.Start).Now)
		m := insights.NewMemory(policy)
		for i, w := range c.waits {
			k := insightstest.Key(i)
			if err := m.Record(t.Context(), k, insights.ConsultClaimed(time.Duration(w)*time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		rep, err := insights.BuildReport(t.Context(), m, policy, insights.LastDays(1, insightstest.Start, time.UTC), insights.ReportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Handoffs.TimeToClaim; got == nil || got.MedianSeconds != c.median || got.P90Seconds != c.p90 {
			t.Errorf("waits %v: %+v, want median %d, p90 %d", c.waits, got, c.median, c.p90)
		}
	}
}

// TestWriteTextCleansUserText checks a question text cannot move the
// terminal's cursor or colour its output.
func TestWriteTextCleansUserText(t *testing.T) {
	rep := seededReport(t, insights.DefaultConfig())
	rep.Unanswered.Groups[0].Example = "\x1b[2J\x1b[31mred alert\r\nsecond line\u202e"
	var b bytes.Buffer
	if err := insights.WriteText(&b, rep); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\x1b\r\u202e") || !strings.Contains(b.String(), "red alert second line") {
		t.Fatalf("control characters reach the terminal: %q", b.String())
	}
}
