package deploy

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/springfield/techleader/bot/observe"
)

func hasAppendOnly(args []string) bool {
	for i, a := range args {
		if a == "--appendonly" && i+1 < len(args) && args[i+1] == "yes" {
			return true
		}
	}
	return false
}

func TestCompose(t *testing.T) {
	known := knownEnv(t)
	var compose struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Command     []string          `yaml:"command"`
			EnvFile     []string          `yaml:"env_file"`
			Environment map[string]string `yaml:"environment"`
			Ports       []string          `yaml:"ports"`
			User        string            `yaml:"user"`
			Build       *struct {
				Context    string `yaml:"context"`
				Dockerfile string `yaml:"dockerfile"`
			} `yaml:"build"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	docs := decodeAll[map[string]any](t, "docker-compose.yml")
	if len(docs) != 1 {
		t.Fatalf("%d documents in docker-compose.yml", len(docs))
	}
	b, _ := yaml.Marshal(docs[0])
	if err := yaml.Unmarshal(b, &compose); err != nil {
		t.Fatal(err)
	}
	app, ok := compose.Services["techleader"]
	if !ok {
		t.Fatal("no techleader service")
	}
	if app.Build == nil || filepath.Join(app.Build.Context, app.Build.Dockerfile) != filepath.Join("..", "deploy", "Dockerfile") {
		t.Errorf("techleader does not build deploy/Dockerfile from the repository root: %+v", app.Build)
	}
	for name := range app.Environment {
		if !known[name] {
			t.Errorf("compose sets %s, which the code does not read", name)
		}
	}
	if a := app.Environment["HTTP_ADDR"]; !strings.HasSuffix(a, ":"+strconv.Itoa(observe.DefaultPort)) {
		t.Errorf("HTTP_ADDR = %q, want port %d", a, observe.DefaultPort)
	}
	if !strings.HasPrefix(app.Environment["REDIS_URL"], "redis://redis:6379") {
		t.Errorf("REDIS_URL = %q, want the redis service", app.Environment["REDIS_URL"])
	}
	if app.User == "" || strings.HasPrefix(app.User, "0") || strings.HasPrefix(app.User, "root") {
		t.Errorf("techleader runs as user %q", app.User)
	}
	if len(app.EnvFile) == 0 {
		t.Error("techleader has no env_file")
	}
	for _, f := range app.EnvFile {
		// The env file holds secrets and is not committed; its example is.
		names := envFileNames(t, f+".example")
		for _, n := range names {
			if !known[n] {
				t.Errorf("%s.example sets %s, which the code does not read", f, n)
			}
		}
		for _, must := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN"} {
			if !slices.Contains(names, must) {
				t.Errorf("%s.example lacks %s", f, must)
			}
		}
	}
	redis, ok := compose.Services["redis"]
	if !ok {
		t.Fatal("no redis service")
	}
	if !hasAppendOnly(redis.Command) {
		t.Error("compose Redis does not run with --appendonly yes")
	}
	if len(compose.Volumes) == 0 {
		t.Error("compose Redis has no volume")
	}
}
