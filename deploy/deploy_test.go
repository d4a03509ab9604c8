// Package deploy holds the Dockerfile, Kubernetes manifests, the compose
// file and the Slack app manifest; its test checks them against the code.
package deploy

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
)

// knownEnv is every environment variable the code reads: the envconfig
// names of the configuration structs, plus LOG_LEVEL (read by cmd).
func knownEnv(t *testing.T) map[string]bool {
	t.Helper()
	names := map[string]bool{"LOG_LEVEL": true}
	for _, c := range []any{slackbot.Config{}, teams.Config{}, web.Config{}, redisstore.Config{}, conversation.Config{}, observe.Config{}, insights.Config{}} {
		typ := reflect.TypeOf(c)
		for f := range typ.Fields() {
			if !f.IsExported() {
				continue
			}
			name := f.Tag.Get("envconfig")
			if name == "" {
				name = strings.ToUpper(f.Name) // envconfig's default
			}
			names[name] = true
		}
	}
	for _, must := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "REDIS_URL", "CONSULTANT_CHANNEL", "HTTP_ADDR", "SESSION_TTL",
		"WEB_ADDR", "WEB_ALLOWED_ORIGINS", "WEB_RATE", "WEB_BURST",
		"INSIGHTS_RETENTION", "INSIGHTS_RETENTION_TEXT", "INSIGHTS_TEXT", "INSIGHTS_TZ", "INSIGHTS_DIGEST"} {
		if !names[must] {
			t.Fatalf("the configuration structs no longer read %s", must)
		}
	}
	return names
}

// decodeAll decodes every YAML document in path.
func decodeAll[T any](t *testing.T, path string) []T {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var out []T
	for {
		var v T
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("%s: document %d: %v", path, len(out)+1, err)
		}
		out = append(out, v)
	}
}

func envFileNames(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, _, ok := strings.Cut(line, "=")
		if !ok {
			t.Errorf("%s: malformed line %q", path, line)
			continue
		}
		names = append(names, strings.TrimSpace(name))
	}
	return names
}
