package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestStemTable checks that lexicon/stems.txt holds the stems of the
// embedded vocabulary; -update rewrites it (see go generate).
func TestStemTable(t *testing.T) {
	l, err := readLexicons(content)
	if err != nil {
		t.Fatal(err)
	}
	arts, _, problems := readArticleFiles(content, "articles")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	stop := append(parseWords(l.stop), l.small.words()...)
	var words []string
	for w := range vocabulary(articleTexts(arts), compileLexicon(t).words, stop, 0) {
		words = append(words, w)
	}
	want := formatStems(words)
	path := filepath.Join("lexicon", "stems.txt")
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is out of date: run go generate ./knowledge", path)
	}
}

// TestStemsOfNewWords: articles from a directory bring words the stem
// table lacks; they are stemmed at build, and every stem the analyzer
// knows is the stemmer's.
func TestStemsOfNewWords(t *testing.T) {
	dir := t.TempDir()
	for id, a := range copyArticles(t) {
		if id == "cost.md" {
			a = strings.Replace(a, "\n---\n", "\n---\nZymurgists' invoicing quandaries notwithstanding.\n", 1)
		}
		if err := os.WriteFile(filepath.Join(dir, id), []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	embedded := mustNew(t)
	for _, w := range []string{"zymurgists", "quandaries", "notwithstanding"} {
		if _, ok := embedded.an.stems[w]; ok {
			t.Fatalf("%q is in the embedded vocabulary: pick a word it lacks", w)
		}
		s, ok := b.an.stems[w]
		if !ok || s != english.Stem(w, false) || !b.an.stemSet[s] {
			t.Errorf("%q: stem %q (cached %v, in the stem set %v), want %q", w, s, ok, b.an.stemSet[s], english.Stem(w, false))
		}
	}
	for w, s := range b.an.stems {
		if want := english.Stem(w, false); s != want {
			t.Errorf("stem of %q is %q, want %q", w, s, want)
		}
	}
}
