package insights_test

import (
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/insights"
)

func TestParseSchedule(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" for an error
	}{
		{"Mon 09:00", "Mon 09:00"},
		{"monday 9:00", "Mon 09:00"},
		{"  FRI   17:05 ", "Fri 17:05"},
		{"sun 00:00", "Sun 00:00"},
		{"Thursday 23:59", "Thu 23:59"},
		{"Tue, 08:30", "Tue 08:30"},
		{"off", "off"},
		{"OFF", "off"},
		{"", ""},
		{"Mon", ""},
		{"09:00", ""},
		{"Mon 9", ""},
		{"Mon 24:00", ""},
		{"Mon 09:60", ""},
		{"Mon 09:0", ""},
		{"Mon -1:00", ""},
		{"Mon 9:00am", ""},
		{"Mon 09:00 UTC", ""},
		{"Funday 09:00", ""},
	} {
		got, err := insights.ParseSchedule(c.in)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("ParseSchedule(%q) = %v, want an error", c.in, got)
		case c.want != "" && err != nil:
			t.Errorf("ParseSchedule(%q): %v", c.in, err)
		case c.want != "" && got.String() != c.want:
			t.Errorf("ParseSchedule(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestScheduleNext(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	mon9 := insights.Schedule{On: true, Weekday: time.Monday, Hour: 9}
	sun0230 := insights.Schedule{On: true, Weekday: time.Sunday, Hour: 2, Minute: 30}
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct {
		name  string
		s     insights.Schedule
		loc   *time.Location
		after string
		want  string
	}{
		{"later the same week", mon9, time.UTC, "2026-03-05T12:00:00Z", "2026-03-09T09:00:00Z"},
		{"earlier the same day", mon9, time.UTC, "2026-03-09T08:59:59Z", "2026-03-09T09:00:00Z"},
		{"exactly at: the next week", mon9, time.UTC, "2026-03-09T09:00:00Z", "2026-03-16T09:00:00Z"},
		{"just after", mon9, time.UTC, "2026-03-09T09:00:01Z", "2026-03-16T09:00:00Z"},
		{"across a year", mon9, time.UTC, "2026-12-29T10:00:00Z", "2027-01-04T09:00:00Z"},
		{"in a zone", mon9, berlin, "2026-03-09T07:59:00Z", "2026-03-09T08:00:00Z"},      // 09:00 CET
		{"zone in summer", mon9, berlin, "2026-07-06T06:00:00Z", "2026-07-06T07:00:00Z"}, // 09:00 CEST
		{"zone's Monday while UTC's Sunday", mon9, berlin, "2026-03-08T23:30:00Z", "2026-03-09T08:00:00Z"},
		// 02:30 does not exist in Berlin on 2026-03-29: normalised to 03:30 CEST.
		{"skipped by DST", sun0230, berlin, "2026-03-28T12:00:00Z", "2026-03-29T01:30:00Z"},
	} {
		got := c.s.Next(utc(c.after), c.loc)
		if !got.Equal(utc(c.want)) {
			t.Errorf("%s: Next(%s) = %s, want %s", c.name, c.after, got.UTC().Format(time.RFC3339), c.want)
		}
		if !got.After(utc(c.after)) {
			t.Errorf("%s: Next is not after %s", c.name, c.after)
		}
	}
	if got := (insights.Schedule{}).Next(time.Now(), time.UTC); !got.IsZero() {
		t.Errorf("an off schedule runs at %v", got)
	}
}

// TestScheduleNextIsWeekly walks a year of digests in a zone with DST:
// each is on the right weekday and wall-clock time, about a week apart.
func TestScheduleNextIsWeekly(t *testing.T) {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	s := insights.Schedule{On: true, Weekday: time.Wednesday, Hour: 8, Minute: 15}
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
	for range 60 {
		next := s.Next(at, loc)
		if l := next.In(loc); l.Weekday() != time.Wednesday || l.Hour() != 8 || l.Minute() != 15 {
			t.Fatalf("Next(%s) = %s", at, l)
		}
		if gap := next.Sub(at); at.Year() == 2026 && at.Month() > 1 && (gap < 167*time.Hour || gap > 169*time.Hour) {
			t.Fatalf("Next(%s) is %v later, want a week", at, gap)
		}
		at = next
	}
}

func TestDigestPeriodAndID(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	at := time.Date(2026, 3, 8, 23, 30, 0, 0, time.UTC) // Monday 00:30 in Berlin
	p := insights.DigestPeriod(at, berlin)
	if p.First != "2026-03-02" || p.Last != "2026-03-08" || p.Len() != 7 {
		t.Fatalf("DigestPeriod = %v", p)
	}
	if id := insights.DigestID(at, berlin); id != "digest:2026-03-09" {
		t.Fatalf("DigestID = %q", id)
	}
	if insights.DigestID(at.Add(time.Hour), berlin) != insights.DigestID(at, berlin) {
		t.Fatal("two replicas an hour apart on the same day name different digests")
	}
}
