package slackbot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/insights/insightstest"
)

// seededReport is the report of insightstest's seeded week.
func seededReport(t *testing.T) insights.Report {
	t.Helper()
	now := time.Date(2026, 3, 16, 9, 30, 0, 0, time.UTC)
	policy := insights.NewPolicy(insights.DefaultConfig(), func() time.Time { return now })
	m := insights.NewMemory(policy)
	if err := insightstest.Seed(context.Background(), m, now); err != nil {
		t.Fatal(err)
	}
	rep, err := insights.BuildReport(context.Background(), m, policy, insights.LastDays(7, now, time.UTC),
		insights.ReportOptions{Title: func(id string) string { return insightstest.SeedTitles[id] }})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestReportGolden pins the report's Block Kit (regenerate with -update).
func TestReportGolden(t *testing.T) {
	m := renderReport(seededReport(t), "Insights: last 7 days")
	checkLimits(t, m.blocks, maxMessageBlocks)
	got, err := json.MarshalIndent(golden{Text: m.text, Blocks: m.blocks}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden", "report.json")
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (regenerate with: go test ./bot/slackbot -run ReportGolden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the rendering\n%s", path, firstDiff(string(want), string(got)))
	}
	body := mrkdwnOf(t, m)
	for _, want := range []string{"7 people", "11 answered (1 clarification offered), 5 declined", "What does a CTO do? — 5",
		"median 5m 0s, 90th percentile 33m 0s (3 claims)", "4.20 of 5 from 5 ratings", "&lt;Springfield&gt; &amp;"} {
		if !strings.Contains(body, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestReportStaysWithinLimits fills a day with the most and longest
// unanswered questions a store keeps, each trying to mention everyone:
// the report stays within Block Kit's limits and shows them escaped.
func TestReportStaysWithinLimits(t *testing.T) {
	now := time.Date(2026, 3, 16, 9, 30, 0, 0, time.UTC)
	policy := insights.NewPolicy(insights.DefaultConfig(), func() time.Time { return now })
	m := insights.NewMemory(policy)
	for i := range insights.MaxTextsPerDay {
		q := fmt.Sprintf("<!channel> <@U999> question %d %s", i, strings.Repeat("<&>", insights.MaxTextRunes))
		if err := m.Record(context.Background(), conversation.Key{Platform: "slack", Team: "T", User: fmt.Sprint("U", i)}, insights.Declined(q)); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := insights.BuildReport(context.Background(), m, policy, insights.LastDays(90, now, time.UTC), insights.ReportOptions{TopQuestions: 50})
	if err != nil {
		t.Fatal(err)
	}
	msg := renderReport(rep, "Insights: last 90 days")
	checkLimits(t, msg.blocks, maxMessageBlocks)
	body := mrkdwnOf(t, msg)
	if strings.Contains(body, "<!channel>") || strings.Contains(body, "<@U999>") {
		t.Error("a question's mention reached the blocks unescaped")
	}
	if !strings.Contains(body, "&lt;!channel&gt;") {
		t.Error("the questions are missing")
	}
}

// mrkdwnOf is the text of m's blocks, one block a line.
func mrkdwnOf(t *testing.T, m message) string {
	t.Helper()
	raw, err := json.Marshal(m.blocks)
	if err != nil {
		t.Fatal(err)
	}
	var bs []struct {
		Text     *struct{ Text string }  `json:"text"`
		Elements []struct{ Text string } `json:"elements"`
	}
	if err := json.Unmarshal(raw, &bs); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, b := range bs {
		if b.Text != nil {
			lines = append(lines, b.Text.Text)
		}
		for _, e := range b.Elements {
			lines = append(lines, e.Text)
		}
	}
	return strings.Join(lines, "\n")
}
