package insights

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	// The zone database is embedded so INSIGHTS_TZ works in images
	// without one (distroless, scratch).
	_ "time/tzdata"
)

// Config is the insights configuration, read from the environment with
// envconfig. DefaultConfig gives the defaults to code that does not read
// the environment.
type Config struct {
	// Retention is INSIGHTS_RETENTION: how long the daily figures are kept
	// ("400d", or a Go duration such as "9600h").
	Retention Duration `envconfig:"INSIGHTS_RETENTION" default:"400d"`
	// TextRetention is INSIGHTS_RETENTION_TEXT: how long the text of
	// unanswered questions is kept.
	TextRetention Duration `envconfig:"INSIGHTS_RETENTION_TEXT" default:"30d"`
	// Text is INSIGHTS_TEXT: on keeps the text of unanswered questions,
	// off keeps none at all.
	Text Switch `envconfig:"INSIGHTS_TEXT" default:"on"`
	// TZ is INSIGHTS_TZ, an IANA zone name: where days begin and end, and
	// the zone of the digest schedule.
	TZ Zone `envconfig:"INSIGHTS_TZ" default:"UTC"`
	// Digest is INSIGHTS_DIGEST: when the weekly digest is posted
	// ("Mon 09:00"), or "off".
	Digest Schedule `envconfig:"INSIGHTS_DIGEST" default:"Mon 09:00"`
	// Flush is INSIGHTS_FLUSH: how long serve lets an event wait in its
	// queue before writing it to Redis (AsyncConfig.Interval).
	Flush Duration `envconfig:"INSIGHTS_FLUSH" default:"1s"`
}

// DefaultConfig is the configuration with every variable unset.
func DefaultConfig() Config {
	return Config{
		Retention:     Duration(400 * day),
		TextRetention: Duration(30 * day),
		Text:          true,
		TZ:            Zone{time.UTC},
		Digest:        Schedule{On: true, Weekday: time.Monday, Hour: 9},
		Flush:         Duration(time.Second),
	}
}

const day = 24 * time.Hour

// Duration is a positive time.Duration that also takes whole days: "400d",
// "36h", "90m".
type Duration time.Duration

// UnmarshalText parses "<n>d" or a Go duration; it must be positive.
func (d *Duration) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	var v time.Duration
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil || days > 100*365 {
			return fmt.Errorf("want a number of days such as 30d, or a duration such as 720h")
		}
		v = time.Duration(days) * day
	} else {
		var err error
		if v, err = time.ParseDuration(s); err != nil {
			return fmt.Errorf("want a number of days such as 30d, or a duration such as 720h")
		}
	}
	if v <= 0 {
		return errors.New("must be positive")
	}
	*d = Duration(v)
	return nil
}

// String is the duration in days when whole, else Go's form.
func (d Duration) String() string {
	if v := time.Duration(d); v%day == 0 {
		return strconv.Itoa(int(v/day)) + "d"
	}
	return time.Duration(d).String()
}

// Switch is on or off; it takes on/off, true/false, yes/no and 1/0.
type Switch bool

// UnmarshalText parses the switch.
func (s *Switch) UnmarshalText(b []byte) error {
	switch strings.ToLower(strings.TrimSpace(string(b))) {
	case "on", "true", "yes", "1":
		*s = true
	case "off", "false", "no", "0":
		*s = false
	default:
		return errors.New("want on or off")
	}
	return nil
}

// Zone is a time zone given by its IANA name ("Europe/Berlin", "UTC").
// The zero Zone is UTC.
type Zone struct{ loc *time.Location }

// UnmarshalText loads the zone named b.
func (z *Zone) UnmarshalText(b []byte) error {
	name := strings.TrimSpace(string(b))
	if name == "" || strings.EqualFold(name, "local") {
		// "Local" would depend on the host; every replica must agree.
		return errors.New("want an IANA zone name such as UTC or Europe/Berlin")
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return errors.New("unknown zone; want an IANA name such as UTC or Europe/Berlin")
	}
	z.loc = loc
	return nil
}

// ZoneOf returns the Zone of loc (nil: UTC).
func ZoneOf(loc *time.Location) Zone { return Zone{loc} }

// Location is the zone's location, UTC for the zero Zone.
func (z Zone) Location() *time.Location {
	if z.loc == nil {
		return time.UTC
	}
	return z.loc
}

// String is the zone's name.
func (z Zone) String() string { return z.Location().String() }
