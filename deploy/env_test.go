package deploy

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/kelseyhightower/envconfig"

	"github.com/springfield/techleader/conversation/insights"
)

// TestEnvExample: every variable the example env file sets is read by
// the code, with a value it accepts, and every INSIGHTS_* one is there.
func TestEnvExample(t *testing.T) {
	known := knownEnv(t)
	b, err := os.ReadFile("techleader.env.example")
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		if !ok || !known[name] {
			t.Errorf("techleader.env.example sets %q, which the code does not read", line)
		}
		set[name] = value
	}
	for name := range known {
		if _, ok := set[name]; strings.HasPrefix(name, "INSIGHTS_") && !ok {
			t.Errorf("techleader.env.example lacks %s", name)
		}
	}
	for name, value := range set {
		if strings.HasPrefix(name, "INSIGHTS_") {
			t.Setenv(name, value)
		}
	}
	var cfg insights.Config
	if err := envconfig.Process("", &cfg); err != nil {
		t.Errorf("the example's INSIGHTS_* values: %v", err)
	}
	if cfg != insights.DefaultConfig() {
		t.Errorf("the example's INSIGHTS_* values %+v differ from the defaults %+v", cfg, insights.DefaultConfig())
	}
}
