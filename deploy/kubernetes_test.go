package deploy

import (
	"net"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/web"
)

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
