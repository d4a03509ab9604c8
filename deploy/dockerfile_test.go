package deploy

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/springfield/techleader/bot/observe"
	"github.com/springfield/techleader/bot/web"
)

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
