// Package deploy holds the Dockerfile, Kubernetes manifests, the compose
// file and the Slack app manifest; its test checks them against the code.
package deploy

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
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

type envVar struct {
	Name      string `yaml:"name"`
	Value     string `yaml:"value"`
	ValueFrom *struct {
		SecretKeyRef *struct{ Name, Key string } `yaml:"secretKeyRef"`
	} `yaml:"valueFrom"`
}

type probe struct {
	HTTPGet *struct {
		Path string `yaml:"path"`
		Port any    `yaml:"port"`
	} `yaml:"httpGet"`
	Exec *struct{ Command []string } `yaml:"exec"`
}

type container struct {
	Name           string   `yaml:"name"`
	Image          string   `yaml:"image"`
	Args           []string `yaml:"args"`
	Env            []envVar `yaml:"env"`
	EnvFrom        []any    `yaml:"envFrom"`
	LivenessProbe  *probe   `yaml:"livenessProbe"`
	ReadinessProbe *probe   `yaml:"readinessProbe"`
	Ports          []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	Resources struct {
		Requests map[string]string `yaml:"requests"`
		Limits   map[string]string `yaml:"limits"`
	} `yaml:"resources"`
	SecurityContext *struct {
		RunAsNonRoot             *bool `yaml:"runAsNonRoot"`
		ReadOnlyRootFilesystem   *bool `yaml:"readOnlyRootFilesystem"`
		AllowPrivilegeEscalation *bool `yaml:"allowPrivilegeEscalation"`
	} `yaml:"securityContext"`
}

type manifest struct {
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	StringData map[string]string `yaml:"stringData"`
	Data       map[string]string `yaml:"data"`
	Spec       struct {
		Replicas *int `yaml:"replicas"`
		// A Service's selector and ports.
		Selector map[string]any `yaml:"selector"`
		Ports    []struct {
			Name       string `yaml:"name"`
			Port       int    `yaml:"port"`
			TargetPort any    `yaml:"targetPort"`
		} `yaml:"ports"`
		Template struct {
			Spec struct {
				SecurityContext *struct {
					RunAsNonRoot *bool `yaml:"runAsNonRoot"`
					RunAsUser    *int  `yaml:"runAsUser"`
				} `yaml:"securityContext"`
				Containers []container `yaml:"containers"`
			} `yaml:"spec"`
		} `yaml:"template"`
		VolumeClaimTemplates []any `yaml:"volumeClaimTemplates"`
	} `yaml:"spec"`
}

func loadManifests(t *testing.T) []manifest {
	t.Helper()
	paths, err := filepath.Glob("k8s/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no manifests in k8s/: %v", err)
	}
	var all []manifest
	for _, p := range paths {
		all = append(all, decodeAll[manifest](t, p)...)
	}
	return all
}

func find(ms []manifest, kind, name string) (manifest, bool) {
	for _, m := range ms {
		if m.Kind == kind && m.Metadata.Name == name {
			return m, true
		}
	}
	return manifest{}, false
}

// checkProbe checks an HTTP probe against the ops server.
func checkProbe(t *testing.T, what string, p *probe, path string) {
	t.Helper()
	if p == nil || p.HTTPGet == nil {
		t.Errorf("%s: no httpGet probe", what)
		return
	}
	if p.HTTPGet.Path != path {
		t.Errorf("%s: path %q, want %q", what, p.HTTPGet.Path, path)
	}
	if port, ok := p.HTTPGet.Port.(int); !ok || port != observe.DefaultPort {
		t.Errorf("%s: port %v, want %d", what, p.HTTPGet.Port, observe.DefaultPort)
	}
}

func TestKubernetes(t *testing.T) {
	known := knownEnv(t)
	ms := loadManifests(t)
	dep, ok := find(ms, "Deployment", "techleader")
	if !ok {
		t.Fatal("no Deployment techleader")
	}
	if r := dep.Spec.Replicas; r == nil || *r != 2 {
		t.Errorf("replicas = %v, want 2", r)
	}
	if r := dep.Spec.Replicas; r != nil && *r > 9 {
		t.Errorf("%d replicas exceed Slack's 10 Socket Mode connections with a rollout surge", *r)
	}
	if sc := dep.Spec.Template.Spec.SecurityContext; sc == nil || sc.RunAsNonRoot == nil || !*sc.RunAsNonRoot || sc.RunAsUser == nil || *sc.RunAsUser == 0 {
		t.Error("pod securityContext must set runAsNonRoot and a non-zero runAsUser")
	}
	cs := dep.Spec.Template.Spec.Containers
	if len(cs) != 1 {
		t.Fatalf("%d containers, want 1", len(cs))
	}
	c := cs[0]
	checkProbe(t, "liveness", c.LivenessProbe, observe.PathHealth)
	checkProbe(t, "readiness", c.ReadinessProbe, observe.PathReady)
	if !slices.ContainsFunc(c.Ports, func(p struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	}) bool {
		return p.ContainerPort == observe.DefaultPort
	}) {
		t.Errorf("container does not declare port %d", observe.DefaultPort)
	}
	if len(c.Resources.Requests) == 0 || len(c.Resources.Limits) == 0 {
		t.Error("container lacks resource requests or limits")
	}
	if sc := c.SecurityContext; sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem ||
		sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
		t.Error("container securityContext must set readOnlyRootFilesystem and forbid privilege escalation")
	}
	if len(c.EnvFrom) > 0 {
		t.Error("envFrom hides which variables are set; list them in env")
	}

	env := checkEnv(t, ms, known)
	checkWebPort(t, ms, c, env)

	redisSet, ok := find(ms, "StatefulSet", "techleader-redis")
	if !ok {
		t.Fatal("no StatefulSet techleader-redis")
	}
	if _, ok := find(ms, "Service", "techleader-redis"); !ok {
		t.Error("no Service techleader-redis")
	}
	if !strings.Contains(env["REDIS_URL"].Value, "techleader-redis:6379") {
		t.Errorf("REDIS_URL %q does not point at the techleader-redis Service", env["REDIS_URL"].Value)
	}
	if len(redisSet.Spec.VolumeClaimTemplates) == 0 {
		t.Error("the Redis StatefulSet has no PersistentVolumeClaim")
	}
	rc := redisSet.Spec.Template.Spec.Containers
	if len(rc) == 0 || !hasAppendOnly(rc[0].Args) {
		t.Error("Redis does not run with --appendonly yes")
	}
}

// checkEnv checks the techleader containers' environment: only variables
// the code reads, the ones it needs, the tokens from a Secret present in
// k8s/. It returns the variables set.
func checkEnv(t *testing.T, ms []manifest, known map[string]bool) map[string]envVar {
	t.Helper()
	env := map[string]envVar{}
	for _, m := range ms {
		for _, c := range m.Spec.Template.Spec.Containers {
			if c.Name != "techleader" {
				continue
			}
			for _, e := range c.Env {
				if !known[e.Name] {
					t.Errorf("%s %s sets %s, which the code does not read", m.Kind, m.Metadata.Name, e.Name)
				}
				env[e.Name] = e
			}
		}
	}
	for _, want := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "REDIS_URL", "CONSULTANT_CHANNEL", "HTTP_ADDR"} {
		if _, ok := env[want]; !ok {
			t.Errorf("the Deployment does not set %s", want)
		}
	}
	if a := env["HTTP_ADDR"].Value; !strings.HasSuffix(a, ":"+strconv.Itoa(observe.DefaultPort)) {
		t.Errorf("HTTP_ADDR = %q, but the probes use port %d", a, observe.DefaultPort)
	}
	for _, tok := range []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN"} {
		e := env[tok]
		if e.Value != "" || e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil {
			t.Errorf("%s must come from a Secret", tok)
			continue
		}
		ref := e.ValueFrom.SecretKeyRef
		sec, ok := find(ms, "Secret", ref.Name)
		if !ok {
			t.Errorf("%s refers to Secret %q, which is not in k8s/", tok, ref.Name)
			continue
		}
		if _, ok := sec.StringData[ref.Key]; !ok {
			if _, ok := sec.Data[ref.Key]; !ok {
				t.Errorf("Secret %s has no key %s", ref.Name, ref.Key)
			}
		}
	}
	return env
}

// checkWebPort checks that the web chat listens (WEB_ADDR) on a container
// port of its own, named web, apart from the ops port, and that a Service
// exposes it to the pods of the Deployment.
func checkWebPort(t *testing.T, ms []manifest, c container, env map[string]envVar) {
	t.Helper()
	_, port, err := net.SplitHostPort(env["WEB_ADDR"].Value)
	if err != nil {
		t.Errorf("WEB_ADDR %q: %v (the Deployment serves the web chat)", env["WEB_ADDR"].Value, err)
		return
	}
	if port != strconv.Itoa(web.DefaultPort) {
		t.Errorf("WEB_ADDR's port is %s, want %d (the Dockerfile exposes it)", port, web.DefaultPort)
	}
	declared := false
	for _, p := range c.Ports {
		declared = declared || p.Name == "web" && strconv.Itoa(p.ContainerPort) == port
	}
	if !declared {
		t.Errorf("no container port named web on %s, WEB_ADDR's port", port)
	}
	svc, ok := find(ms, "Service", "techleader-web")
	if !ok {
		t.Fatal("no Service techleader-web")
	}
	if svc.Spec.Selector["app.kubernetes.io/name"] != "techleader" {
		t.Errorf("Service techleader-web selects %v, not the techleader pods", svc.Spec.Selector)
	}
	if len(svc.Spec.Ports) != 1 || svc.Spec.Ports[0].TargetPort != "web" {
		t.Errorf("Service techleader-web ports %+v, want one targeting the web port", svc.Spec.Ports)
	}
}

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

func TestDockerfile(t *testing.T) {
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var stages [][]string // instructions per stage
	for _, line := range strings.Split(strings.ReplaceAll(string(b), "\\\n", " "), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(strings.ToUpper(line), "FROM ") {
			stages = append(stages, nil)
		}
		if len(stages) == 0 {
			t.Fatalf("instruction before FROM: %q", line)
		}
		stages[len(stages)-1] = append(stages[len(stages)-1], line)
	}
	if len(stages) < 2 {
		t.Fatalf("%d stages, want a multi-stage build", len(stages))
	}
	if !strings.Contains(stages[0][0], "golang:1.26") {
		t.Errorf("builder is %q, want golang:1.26", stages[0][0])
	}
	build := strings.Join(stages[0], "\n")
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", `-ldflags "-s -w"`, "./cmd/techleader"} {
		if !strings.Contains(build, want) {
			t.Errorf("the build stage lacks %s", want)
		}
	}
	final := stages[len(stages)-1]
	var user, entrypoint string
	var exposed []string
	for _, in := range final {
		word, rest, _ := strings.Cut(in, " ")
		switch strings.ToUpper(word) {
		case "USER":
			user = strings.TrimSpace(rest)
		case "ENTRYPOINT":
			entrypoint = strings.TrimSpace(rest)
		case "EXPOSE":
			exposed = strings.Fields(rest)
		}
	}
	if user == "" {
		t.Error("the final stage sets no USER")
	}
	uid, _, _ := strings.Cut(user, ":")
	if uid == "0" || uid == "root" {
		t.Errorf("the final stage runs as %q", user)
	}
	if n, err := strconv.Atoi(uid); err != nil || n == 0 {
		t.Errorf("USER %q is not a numeric non-root uid (Kubernetes cannot verify runAsNonRoot on a name)", user)
	}
	if !slices.Contains(exposed, strconv.Itoa(observe.DefaultPort)) || !slices.Contains(exposed, strconv.Itoa(web.DefaultPort)) {
		t.Errorf("the final stage exposes %v, want %d (ops) and %d (the web chat)", exposed, observe.DefaultPort, web.DefaultPort)
	}
	var ep []string
	if err := yaml.Unmarshal([]byte(entrypoint), &ep); err != nil || !slices.Equal(ep, []string{"/techleader", "serve"}) {
		t.Errorf(`ENTRYPOINT %s, want ["/techleader", "serve"] (exec form)`, entrypoint)
	}
}

func TestSlackManifest(t *testing.T) {
	const path = "slack-app-manifest.yaml"
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is not there yet", path)
	}
	var m struct {
		Features struct {
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		Settings struct {
			SocketModeEnabled bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	docs := decodeAll[map[string]any](t, path)
	if len(docs) != 1 {
		t.Fatalf("%d documents in %s", len(docs), path)
	}
	b, _ := yaml.Marshal(docs[0])
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if !m.Settings.SocketModeEnabled {
		t.Error("settings.socket_mode_enabled is not true")
	}
	if !slices.ContainsFunc(m.Features.SlashCommands, func(c struct {
		Command string `yaml:"command"`
	}) bool {
		return c.Command == "/techleader"
	}) {
		t.Errorf("no /techleader slash command in %+v", m.Features.SlashCommands)
	}
}
