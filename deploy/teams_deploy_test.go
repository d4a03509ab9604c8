package deploy

import (
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/teams"
)

// k8sObject is the part of a Service, Ingress or Deployment the Teams
// checks read.
type k8sObject struct {
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Spec struct {
		Selector map[string]any `yaml:"selector"` // a Service's labels (a Deployment's matchLabels)
		Ports    []struct {
			Name       string `yaml:"name"`
			Port       int    `yaml:"port"`
			TargetPort any    `yaml:"targetPort"`
		} `yaml:"ports"`
		TLS []struct {
			Hosts      []string `yaml:"hosts"`
			SecretName string   `yaml:"secretName"`
		} `yaml:"tls"`
		Rules []struct {
			Host string `yaml:"host"`
			HTTP struct {
				Paths []struct {
					Path     string `yaml:"path"`
					PathType string `yaml:"pathType"`
					Backend  struct {
						Service struct {
							Name string `yaml:"name"`
							Port struct {
								Name   string `yaml:"name"`
								Number int    `yaml:"number"`
							} `yaml:"port"`
						} `yaml:"service"`
					} `yaml:"backend"`
				} `yaml:"paths"`
			} `yaml:"http"`
		} `yaml:"rules"`
		Template struct {
			Metadata struct {
				Labels map[string]string `yaml:"labels"`
			} `yaml:"metadata"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

func findObject(t *testing.T, kind, name string) k8sObject {
	t.Helper()
	for _, path := range []string{"k8s/deployment.yaml", "k8s/teams.yaml"} {
		for _, o := range decodeAll[k8sObject](t, path) {
			if o.Kind == kind && o.Metadata.Name == name {
				return o
			}
		}
	}
	t.Fatalf("no %s %s in k8s/", kind, name)
	return k8sObject{}
}

// TestKubernetesTeams: the Teams messaging endpoint is published by an
// Ingress with TLS, for /api/messages only, through a Service that
// reaches the container port TEAMS_ADDR listens on; the Teams
// registration comes from a Secret.
func TestKubernetesTeams(t *testing.T) {
	ing := findObject(t, "Ingress", "techleader-teams")
	svc := findObject(t, "Service", "techleader-teams")
	dep := findObject(t, "Deployment", "techleader")
	if len(ing.Spec.TLS) == 0 || ing.Spec.TLS[0].SecretName == "" {
		t.Fatal("the Teams Ingress has no TLS")
	}
	if len(ing.Spec.Rules) != 1 || len(ing.Spec.Rules[0].HTTP.Paths) != 1 {
		t.Fatalf("the Teams Ingress publishes %+v, want one rule with one path", ing.Spec.Rules)
	}
	rule := ing.Spec.Rules[0]
	if !strings.Contains(strings.Join(ing.Spec.TLS[0].Hosts, " "), rule.Host) || rule.Host == "" {
		t.Errorf("host %q is not covered by the TLS hosts %v", rule.Host, ing.Spec.TLS[0].Hosts)
	}
	p := rule.HTTP.Paths[0]
	if p.Path != teams.MessagesPath || p.PathType != "Exact" {
		t.Errorf("the Ingress publishes %s (%s), want %s exactly", p.Path, p.PathType, teams.MessagesPath)
	}
	if p.Backend.Service.Name != svc.Metadata.Name || len(svc.Spec.Ports) != 1 || p.Backend.Service.Port.Name != svc.Spec.Ports[0].Name {
		t.Errorf("the Ingress backend %+v does not name the Service's port %+v", p.Backend.Service, svc.Spec.Ports)
	}
	for k, v := range svc.Spec.Selector {
		if s, _ := v.(string); dep.Spec.Template.Metadata.Labels[k] != s {
			t.Errorf("the Service selects %s=%s, which the bot's pods do not carry", k, v)
		}
	}

	ms := loadManifests(t)
	env := checkEnv(t, ms, knownEnv(t))
	_, port, err := net.SplitHostPort(env["TEAMS_ADDR"].Value)
	if err != nil {
		t.Fatalf("TEAMS_ADDR %q: %v", env["TEAMS_ADDR"].Value, err)
	}
	d, _ := find(ms, "Deployment", "techleader")
	target := svc.Spec.Ports[0].TargetPort
	found := false
	for _, cp := range d.Spec.Template.Spec.Containers[0].Ports {
		if (cp.Name == target || cp.ContainerPort == target) && strconv.Itoa(cp.ContainerPort) == port {
			found = true
		}
	}
	if !found {
		t.Errorf("the Service's targetPort %v is not the container port TEAMS_ADDR listens on (%s)", target, port)
	}
	for _, name := range []string{"TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID"} {
		e := env[name]
		if e.Value != "" || e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil {
			t.Errorf("%s must come from a Secret", name)
			continue
		}
		ref := e.ValueFrom.SecretKeyRef
		if sec, ok := find(ms, "Secret", ref.Name); !ok || sec.StringData[ref.Key] == "" {
			t.Errorf("%s refers to Secret %s key %s, which k8s/ does not show", name, ref.Name, ref.Key)
		}
	}
}

// TestEnvExampleTeams: the env file example lists the Teams variables.
func TestEnvExampleTeams(t *testing.T) {
	names := envFileNames(t, "techleader.env.example")
	for _, want := range []string{"TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID"} {
		found := false
		for _, n := range names {
			found = found || n == want
		}
		if !found {
			t.Errorf("techleader.env.example lacks %s", want)
		}
	}
}
