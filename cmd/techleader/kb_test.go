package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// brokenArticles has one problem of each kind (see its README).
var brokenArticles = filepath.Join("..", "..", "knowledge", "testdata", "broken")

// brokenProblems are lines kb check must print for brokenArticles.
var brokenProblems = []string{
	"focus.md: front matter: line 2: want key: value",
	`both.md: related: unknown article id "virtul"`,
	`missing required article "contact" (contact.md)`,
	"cost.md: answer too long",
	`what-is-cto.md: sample question "how much does a cto cost" is answered by cost`,
}

func runKBWith(t *testing.T, args ...string) (stdout string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), append([]string{"kb"}, args...), strings.NewReader(""), &out, &errOut)
	return out.String(), err
}

func TestKBCheckBroken(t *testing.T) {
	t.Setenv("KNOWLEDGE_DIR", "")
	out, err := runKBWith(t, "check", brokenArticles)
	if err == nil || !strings.Contains(err.Error(), "problem(s) in") {
		t.Fatalf("kb check of broken articles: err %v", err)
	}
	for _, want := range brokenProblems {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// KNOWLEDGE_DIR is the default directory.
	t.Setenv("KNOWLEDGE_DIR", brokenArticles)
	if out2, err := runKBWith(t, "check"); err == nil || out2 != out {
		t.Errorf("kb check with KNOWLEDGE_DIR: err %v, output differs:\n%s", err, out2)
	}
}

func TestKBCheckGood(t *testing.T) {
	t.Setenv("KNOWLEDGE_DIR", "")
	out, err := runKBWith(t, "check")
	if err != nil || !strings.Contains(out, "embedded articles: all articles pass the check") {
		t.Errorf("kb check of the embedded articles: %v\n%s", err, out)
	}
	dir := editedArticles(t)
	if out, err := runKBWith(t, "check", dir); err != nil || !strings.Contains(out, "all articles pass") {
		t.Errorf("kb check %s: %v\n%s", dir, err, out)
	}
}

func TestKBUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"lint"}, {"check", "a", "b"}} {
		if _, err := runKBWith(t, args...); !errors.Is(err, errUsage) {
			t.Errorf("kb %v: err %v, want usage", args, err)
		}
	}
}

// TestKBCheckExitCode runs the real binary: one line per problem on stdout
// and a non-zero exit status.
func TestKBCheckExitCode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "techleader")
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if b, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	cmd := exec.Command(bin, "kb", "check", brokenArticles)
	cmd.Env = append(os.Environ(), "KNOWLEDGE_DIR=")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() == 0 {
		t.Fatalf("kb check exited with %v, want a non-zero status", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < len(brokenProblems) {
		t.Errorf("%d lines, want one per problem:\n%s", len(lines), out.String())
	}
	if !strings.Contains(errOut.String(), "kb check:") {
		t.Errorf("stderr: %q", errOut.String())
	}
	cmd = exec.Command(bin, "kb", "check")
	cmd.Env = append(os.Environ(), "KNOWLEDGE_DIR=")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("kb check of the embedded articles: %v\n%s", err, b)
	}
}

// TestKnowledgeDirRefused: serve and chat do not start on articles that
// fail the check, and say which problems.
func TestKnowledgeDirRefused(t *testing.T) {
	clearSlackEnv(t)
	t.Setenv("SLACK_APP_TOKEN", "xapp-1")
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-1")
	t.Setenv("KNOWLEDGE_DIR", brokenArticles)
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"serve"}, strings.NewReader(""), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "KNOWLEDGE_DIR") || !strings.Contains(err.Error(), "what-is-cto.md: sample question") {
		t.Errorf("serve with broken articles: %v", err)
	}

	setChatEnv(t, map[string]string{"KNOWLEDGE_DIR": brokenArticles})
	_, err = runChatStdin(t, "what is a cio\n")
	if err == nil || !strings.Contains(err.Error(), "cost.md: answer too long") {
		t.Errorf("chat with broken articles: %v", err)
	}
}

// TestKnowledgeDirServed: chat answers from KNOWLEDGE_DIR, edits included.
func TestKnowledgeDirServed(t *testing.T) {
	setChatEnv(t, map[string]string{"KNOWLEDGE_DIR": editedArticles(t)})
	out, err := runChatStdin(t, "what is a cio\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Edited without a rebuild") {
		t.Errorf("chat did not answer from KNOWLEDGE_DIR:\n%s", out)
	}
}

// editedArticles copies the project's articles to a directory and edits
// what-is-cio.md.
func editedArticles(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "..", "knowledge", "articles")
	dir := t.TempDir()
	names, err := filepath.Glob(filepath.Join(src, "*.md"))
	if err != nil || len(names) == 0 {
		t.Fatalf("articles: %v", err)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(name) == "what-is-cio.md" {
			b = bytes.Replace(b, []byte("*CIO = Chief Information Officer.*"), []byte("*CIO = Chief Information Officer.* Edited without a rebuild."), 1)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
