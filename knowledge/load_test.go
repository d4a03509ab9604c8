package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckEmbedded: the articles shipped in the binary pass their own
// check, sample questions included.
func TestCheckEmbedded(t *testing.T) {
	for _, p := range Check("") {
		t.Errorf("embedded articles: %s", p)
	}
}

// TestCheckBrokenDir checks that each kind of problem in testdata/broken
// (see its README) is reported, on a line naming the file.
func TestCheckBrokenDir(t *testing.T) {
	problems := Check(filepath.Join("testdata", "broken"))
	var lines []string
	for _, p := range problems {
		lines = append(lines, p.String())
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{
		"focus.md: front matter: line 2: want key: value",
		`both.md: related: unknown article id "virtul"`,
		`missing required article "contact"`,
		"cost.md: answer too long: 1947 characters, limit 1200",
		`what-is-cto.md: sample question "how much does a cto cost" is answered by cost`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("problem %q not reported; got:\n%s", want, all)
		}
	}
	if strings.Contains(all, `missing required article "focus"`) {
		t.Errorf("focus.md is there (unreadable), not missing:\n%s", all)
	}
	for _, l := range lines {
		if strings.Contains(l, "\n") {
			t.Errorf("problem spans lines: %q", l)
		}
	}
}

func TestCheckNotADir(t *testing.T) {
	ps := Check(filepath.Join(t.TempDir(), "nope"))
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "not a readable directory") {
		t.Errorf("Check(missing dir) = %v", ps)
	}
	if ps := Check(t.TempDir()); len(ps) != 1 || !strings.Contains(ps[0].String(), "no articles") {
		t.Errorf("Check(empty dir) = %v", ps)
	}
}

// TestLoadDir loads an edited copy of the embedded articles: the edit is
// served without a rebuild, and a broken directory is refused with its
// problems named.
func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	for id, a := range copyArticles(t) {
		if id == "contact.md" {
			a = strings.Replace(a, "Happy to put you in touch with a person.", "Our consultants are one message away.", 1)
		}
		if err := os.WriteFile(filepath.Join(dir, id), []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := LoadDir(dir)
	if err != nil {
		t.Fatalf("LoadDir(good copy): %v", err)
	}
	if r := b.Search("how do I reach a consultant"); r.ID != "contact" || !strings.Contains(r.Answer, "one message away") {
		t.Errorf("edited article not served: %s %q", r.ID, r.Answer)
	}
	_, err = LoadDir(filepath.Join("testdata", "broken"))
	if err == nil || !strings.Contains(err.Error(), "what-is-cto.md: sample question") || !strings.Contains(err.Error(), "fail the check") {
		t.Errorf("LoadDir(broken) = %v", err)
	}
}

// copyArticles returns the embedded articles by file name.
func copyArticles(t *testing.T) map[string]string {
	t.Helper()
	entries, err := content.ReadDir("articles")
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string)
	for _, e := range entries {
		data, err := content.ReadFile("articles/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
	}
	return out
}
