package insights_test

import (
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/insights"
)

func TestParsePeriod(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 3, 10, 23, 30, 0, 0, time.UTC) // the 11th in Berlin
	for _, c := range []struct {
		in          string
		loc         *time.Location
		first, last insights.Day // "" for an error
	}{
		{"7d", time.UTC, "2026-03-04", "2026-03-10"},
		{"1d", time.UTC, "2026-03-10", "2026-03-10"},
		{"30D", time.UTC, "2026-02-09", "2026-03-10"},
		{"90d", time.UTC, "2025-12-11", "2026-03-10"},
		{"7d", berlin, "2026-03-05", "2026-03-11"},
		{"2026-03-01", time.UTC, "2026-03-01", "2026-03-10"},
		{"2026-03-10", time.UTC, "2026-03-10", "2026-03-10"},
		{"2026-03-11", time.UTC, "", ""}, // tomorrow
		{"2026-03-11", berlin, "2026-03-11", "2026-03-11"},
		{"0d", time.UTC, "", ""},
		{"-7d", time.UTC, "", ""},
		{"1001d", time.UTC, "", ""},
		{"2020-01-01", time.UTC, "", ""}, // beyond MaxPeriodDays
		{"week", time.UTC, "", ""},
		{"2026-02-30", time.UTC, "", ""},
		{"", time.UTC, "", ""},
	} {
		p, err := insights.ParsePeriod(c.in, now, c.loc)
		switch {
		case c.first == "" && err == nil:
			t.Errorf("ParsePeriod(%q) = %v, want an error", c.in, p)
		case c.first != "" && (err != nil || p.First != c.first || p.Last != c.last):
			t.Errorf("ParsePeriod(%q, %s) = %v, %v; want %s..%s", c.in, c.loc, p, err, c.first, c.last)
		}
	}
}

func TestPeriodDays(t *testing.T) {
	p := insights.Period{First: "2024-02-27", Last: "2024-03-01"}
	got := p.Days()
	want := []insights.Day{"2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"}
	if len(got) != len(want) {
		t.Fatalf("Days() = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Days() = %v, want %v", got, want)
		}
	}
	for _, bad := range []insights.Period{{First: "2024-03-02", Last: "2024-03-01"}, {First: "x", Last: "2024-03-01"}, {}} {
		if d := bad.Days(); d != nil {
			t.Errorf("%v.Days() = %v, want nil", bad, d)
		}
	}
}

func TestDayBoundsAcrossDST(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	d := insights.Day("2026-03-08") // 23 hours long in New York
	if got := d.End(ny).Sub(d.Start(ny)); got != 23*time.Hour {
		t.Fatalf("2026-03-08 in New York lasts %v, want 23h", got)
	}
	if insights.DayOf(d.End(ny).Add(-time.Nanosecond), ny) != d || insights.DayOf(d.End(ny), ny) != d.Add(1) {
		t.Fatal("DayOf disagrees with End")
	}
}
