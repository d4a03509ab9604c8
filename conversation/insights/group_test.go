package insights_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/insights"
)

func TestGroupQuestions(t *testing.T) {
	base := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	texts := []string{ // newest first, as Reader.Questions returns them
		"Do you do payroll?",
		"How much does a CTO cost?",
		"can you help with payroll",
		"do you do payroll?",
		"What does it cost to hire a CTO",
		"what is the weather in Springfield",
		"Payroll help?",
		"cost of a CTO",
		"??",
		"??",
		"Do you do PAYROLL?",
		"do you sell laptops",
	}
	var qs []insights.Question
	for i, s := range texts {
		kind := insights.KindDeclined
		if i%4 == 3 {
			kind = insights.KindClarified
		}
		qs = append(qs, insights.Question{Kind: kind, At: base.Add(-time.Duration(i) * time.Minute), Text: s})
	}
	got := insights.GroupQuestions(qs, insights.SimilarQuestions)
	var lines []string
	for _, g := range got {
		lines = append(lines, fmt.Sprintf("%d %q %s d%d c%d", g.Count, g.Example, g.LastAsked.Format("15:04"), g.Declined, g.Clarified))
	}
	want := []string{
		`5 "Do you do payroll?" 12:00 d4 c1`, // 3 of "do you do payroll" in any case; the newest wording
		`3 "How much does a CTO cost?" 11:59 d2 c1`,
		`2 "??" 11:52 d2 c0`,
		`1 "what is the weather in Springfield" 11:55 d1 c0`,
		`1 "do you sell laptops" 11:49 d0 c1`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("groups:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestGroupQuestionsThreshold(t *testing.T) {
	qs := []insights.Question{
		{Kind: insights.KindDeclined, Text: "virtual cto price"},
		{Kind: insights.KindDeclined, Text: "virtual cio price"},
	}
	// {virtual, cto, price} and {virtual, cio, price} share 2 of 4 words.
	if n := len(insights.GroupQuestions(qs, 0.5)); n != 1 {
		t.Errorf("at 0.5: %d groups, want 1", n)
	}
	if n := len(insights.GroupQuestions(qs, 0.6)); n != 2 {
		t.Errorf("at 0.6: %d groups, want 2", n)
	}
	if g := insights.GroupQuestions(nil, 0.5); len(g) != 0 {
		t.Errorf("no questions: %v", g)
	}
}

// BenchmarkGroupQuestions groups a full month of texts
// (MaxTextsPerDay for 30 days) beside a baseline that only tokenises them.
func BenchmarkGroupQuestions(b *testing.B) {
	var qs []insights.Question
	for i := range insights.MaxTextsPerDay * 30 {
		qs = append(qs, insights.Question{Kind: insights.KindDeclined, Text: fmt.Sprintf("do you help with topic %d and subject %d?", i%700, i%53)})
	}
	b.Run("baseline-fields", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for _, q := range qs {
				n += len(strings.Fields(strings.ToLower(q.Text)))
			}
			_ = n
		}
	})
	b.Run("group", func(b *testing.B) {
		for b.Loop() {
			insights.GroupQuestions(qs, insights.SimilarQuestions)
		}
	})
}
