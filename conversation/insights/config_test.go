package insights_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kelseyhightower/envconfig"

	"github.com/springfield/techleader/conversation/insights"
)

func TestConfigDefaults(t *testing.T) {
	for _, v := range []string{"INSIGHTS_RETENTION", "INSIGHTS_RETENTION_TEXT", "INSIGHTS_TEXT", "INSIGHTS_TZ", "INSIGHTS_DIGEST"} {
		t.Setenv(v, "") // restored after the test
		os.Unsetenv(v)
	}
	var c insights.Config
	if err := envconfig.Process("", &c); err != nil {
		t.Fatal(err)
	}
	def := insights.DefaultConfig()
	if c.Retention != def.Retention || c.TextRetention != def.TextRetention || c.Text != def.Text ||
		c.TZ.String() != "UTC" || c.Digest != def.Digest {
		t.Fatalf("from an empty environment: %+v, want %+v", c, def)
	}
	if time.Duration(c.Retention) != 400*24*time.Hour || time.Duration(c.TextRetention) != 30*24*time.Hour ||
		!bool(c.Text) || c.Digest.String() != "Mon 09:00" {
		t.Fatalf("defaults: retention %v, text retention %v, text %v, digest %v", c.Retention, c.TextRetention, c.Text, c.Digest)
	}
}

func TestConfigFromEnv(t *testing.T) {
	t.Setenv("INSIGHTS_RETENTION", "90d")
	t.Setenv("INSIGHTS_RETENTION_TEXT", "36h")
	t.Setenv("INSIGHTS_TEXT", "off")
	t.Setenv("INSIGHTS_TZ", "America/New_York")
	t.Setenv("INSIGHTS_DIGEST", "friday 17:30")
	var c insights.Config
	if err := envconfig.Process("", &c); err != nil {
		t.Fatal(err)
	}
	if c.Retention.String() != "90d" || time.Duration(c.TextRetention) != 36*time.Hour || bool(c.Text) ||
		c.TZ.String() != "America/New_York" || c.Digest.String() != "Fri 17:30" {
		t.Fatalf("from env: retention %v text retention %v text %v tz %v digest %v", c.Retention, c.TextRetention, c.Text, c.TZ, c.Digest)
	}
}

func TestConfigRefusesBadValues(t *testing.T) {
	for _, c := range []struct{ name, value, want string }{
		{"INSIGHTS_RETENTION", "forever", "days"},
		{"INSIGHTS_RETENTION", "-3d", "positive"},
		{"INSIGHTS_RETENTION", "0h", "positive"},
		{"INSIGHTS_RETENTION_TEXT", "-1h", "positive"},
		{"INSIGHTS_TEXT", "maybe", "on or off"},
		{"INSIGHTS_TZ", "Mars/Olympus", "zone"},
		{"INSIGHTS_TZ", "Local", "zone"},
		{"INSIGHTS_DIGEST", "Mon 25:00", "24-hour"},
		{"INSIGHTS_DIGEST", "someday 09:00", "weekday"},
	} {
		t.Run(c.name+"="+c.value, func(t *testing.T) {
			t.Setenv(c.name, c.value)
			var cfg insights.Config
			err := envconfig.Process("", &cfg)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one saying %q", err, c.want)
			}
		})
	}
}

func TestSwitchValues(t *testing.T) {
	for in, want := range map[string]bool{"on": true, "ON": true, "true": true, "yes": true, "1": true, "off": false, "false": false, "no": false, "0": false} {
		var s insights.Switch = !insights.Switch(want)
		if err := s.UnmarshalText([]byte(in)); err != nil || bool(s) != want {
			t.Errorf("%q: %v, %v; want %v", in, s, err, want)
		}
	}
}
