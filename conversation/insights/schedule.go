package insights

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Schedule is a weekly time of the digest: a weekday and a wall-clock time
// in the insights zone. The zero Schedule is off.
type Schedule struct {
	On      bool
	Weekday time.Weekday
	Hour    int // 0-23
	Minute  int // 0-59
}

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday,
	"mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tues": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "thursday": time.Thursday,
	"fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

// ParseSchedule parses "Mon 09:00" (any case, full or short day names,
// 24-hour time, "9:00" too) or "off".
func ParseSchedule(s string) (Schedule, error) {
	fields := strings.Fields(strings.ToLower(s))
	if len(fields) == 1 && (fields[0] == "off" || fields[0] == "none") {
		return Schedule{}, nil
	}
	const want = `want a weekday and a 24-hour time such as "Mon 09:00", or "off"`
	if len(fields) != 2 {
		return Schedule{}, errors.New(want)
	}
	wd, ok := weekdays[strings.TrimSuffix(fields[0], ",")]
	if !ok {
		return Schedule{}, fmt.Errorf("unknown weekday: %s", want)
	}
	hh, mm, ok := strings.Cut(fields[1], ":")
	h, m := atoi2(hh), atoi2(mm)
	if !ok || len(mm) != 2 || h < 0 || h > 23 || m < 0 || m > 59 {
		return Schedule{}, fmt.Errorf("bad time: %s", want)
	}
	return Schedule{On: true, Weekday: wd, Hour: h, Minute: m}, nil
}

// atoi2 parses one or two decimal digits; anything else is -1.
func atoi2(s string) int {
	if len(s) == 0 || len(s) > 2 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// UnmarshalText parses the schedule for envconfig.
func (s *Schedule) UnmarshalText(b []byte) error {
	v, err := ParseSchedule(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// String is the form ParseSchedule reads: "Mon 09:00" or "off".
func (s Schedule) String() string {
	if !s.On {
		return "off"
	}
	return fmt.Sprintf("%s %02d:%02d", s.Weekday.String()[:3], s.Hour, s.Minute)
}

// Next returns the first digest time strictly after after, in loc. On a
// day whose wall-clock time is skipped by a daylight-saving change, the
// digest runs at the same offset past midnight as time.Date normalises it
// to (e.g. 02:30 becomes 03:30). The zero time is returned when the
// schedule is off.
func (s Schedule) Next(after time.Time, loc *time.Location) time.Time {
	if !s.On {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	a := after.In(loc)
	ahead := (int(s.Weekday) - int(a.Weekday()) + 7) % 7
	// Two candidates at most: this week's (maybe already past) and the
	// next one.
	for _, days := range []int{ahead, ahead + 7} {
		t := time.Date(a.Year(), a.Month(), a.Day()+days, s.Hour, s.Minute, 0, 0, loc)
		if t.After(after) {
			return t
		}
	}
	return time.Date(a.Year(), a.Month(), a.Day()+ahead+14, s.Hour, s.Minute, 0, 0, loc)
}

// DigestPeriod is the week a digest sent at at reports on: the seven whole
// days before at's day, in loc.
func DigestPeriod(at time.Time, loc *time.Location) Period {
	last := DayOf(at, loc).Add(-1)
	return Period{First: last.Add(-6), Last: last}
}

// DigestID names the digest due at at, the same on every replica: "digest:"
// and at's day in loc. Replicas use it to claim the digest once (SET NX).
func DigestID(at time.Time, loc *time.Location) string {
	return "digest:" + string(DayOf(at, loc))
}
