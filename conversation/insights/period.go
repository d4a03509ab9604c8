package insights

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Day is a calendar day in the insights zone, "2006-01-02".
type Day string

const dayLayout = "2006-01-02"

// DayOf is the day t falls on in loc.
func DayOf(t time.Time, loc *time.Location) Day {
	if loc == nil {
		loc = time.UTC
	}
	return Day(t.In(loc).Format(dayLayout))
}

// ParseDay parses "2006-01-02".
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(dayLayout, s)
	if err != nil {
		return "", fmt.Errorf("%w: day %q: want YYYY-MM-DD", ErrInvalid, s)
	}
	return Day(t.Format(dayLayout)), nil
}

// date is the day as a UTC midnight, for calendar arithmetic.
func (d Day) date() time.Time {
	t, err := time.Parse(dayLayout, string(d))
	if err != nil {
		return time.Time{}
	}
	return t
}

// Valid reports whether d is a well-formed day.
func (d Day) Valid() bool { return !d.date().IsZero() }

// Add is the day n days after d (before, for negative n).
func (d Day) Add(n int) Day { return Day(d.date().AddDate(0, 0, n).Format(dayLayout)) }

// Start is the moment d begins in loc.
func (d Day) Start(loc *time.Location) time.Time {
	t := d.date()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
}

// End is the moment d ends (the next day begins) in loc.
func (d Day) End(loc *time.Location) time.Time { return d.Add(1).Start(loc) }

// Period is a range of whole days, First to Last inclusive.
type Period struct {
	First, Last Day
}

// MaxPeriodDays bounds a period, so a report reads a bounded number of days.
const MaxPeriodDays = 1000

// Days lists the days of p in order; nil for an invalid period.
func (p Period) Days() []Day {
	if !p.First.Valid() || !p.Last.Valid() || p.Last < p.First {
		return nil
	}
	var out []Day
	for d := p.First; d <= p.Last && len(out) < MaxPeriodDays; d = d.Add(1) {
		out = append(out, d)
	}
	return out
}

// Len is the number of days in p.
func (p Period) Len() int { return len(p.Days()) }

// LastDays is the n days ending with now's day in loc.
func LastDays(n int, now time.Time, loc *time.Location) Period {
	today := DayOf(now, loc)
	return Period{First: today.Add(1 - n), Last: today}
}

// ParsePeriod reads a report period ending today (now's day in loc): "7d",
// "30d", "90d" (any number of days), or a first day "2006-01-02".
func ParsePeriod(s string, now time.Time, loc *time.Location) (Period, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	today := DayOf(now, loc)
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil || days < 1 || days > MaxPeriodDays {
			return Period{}, fmt.Errorf("%w: period %q: want a number of days from 1 to %d, such as 7d, 30d or 90d", ErrInvalid, s, MaxPeriodDays)
		}
		return LastDays(days, now, loc), nil
	}
	first, err := ParseDay(s)
	if err != nil {
		return Period{}, fmt.Errorf("%w: period %q: want 7d, 30d, 90d or a first day such as 2006-01-02", ErrInvalid, s)
	}
	if first > today {
		return Period{}, fmt.Errorf("%w: period starts %s, after today (%s)", ErrInvalid, first, today)
	}
	if today.date().Sub(first.date()) >= MaxPeriodDays*day {
		return Period{}, fmt.Errorf("%w: period from %s is longer than %d days", ErrInvalid, first, MaxPeriodDays)
	}
	return Period{First: first, Last: today}, nil
}
