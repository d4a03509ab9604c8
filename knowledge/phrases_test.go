package knowledge

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// compileLexicon compiles the embedded lexicon/concepts.txt, as go
// generate does.
func compileLexicon(t *testing.T) phraseTable {
	t.Helper()
	src, err := content.ReadFile("lexicon/concepts.txt")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := parseConcepts(string(src))
	if err != nil {
		t.Fatal(err)
	}
	return compilePhrases(raw)
}

// TestPhraseTable checks that lexicon/phrases.txt is the phrase table of
// lexicon/concepts.txt; -update rewrites it (see go generate).
func TestPhraseTable(t *testing.T) {
	want, err := formatPhrases(compileLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("lexicon", "phrases.txt")
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

// TestPhraseTableReadsAsCompiled: the table New reads from the generated
// file is the one compiled from the lexicon, group for group, phrase for
// phrase (stems and concepts in order), with the same first-stem numbers,
// role titles and word counts.
func TestPhraseTableReadsAsCompiled(t *testing.T) {
	want := compileLexicon(t)
	src, err := formatPhrases(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := parsePhrases(src)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("the phrase table read back differs from the one compiled")
	}
	// And New's analyzer holds that table.
	b := mustNew(t)
	if !reflect.DeepEqual(b.an.first, want.first) || !reflect.DeepEqual(b.an.groups, want.groups) ||
		!reflect.DeepEqual(b.an.roles, want.roles) {
		t.Fatal("the analyzer's phrases differ from the lexicon's: run go generate ./knowledge")
	}
}

// TestParsePhrasesRejects: a damaged table is an error, not a base that
// reads questions wrong.
func TestParsePhrasesRejects(t *testing.T) {
	tests := []struct{ name, src string }{
		{"empty", ""},
		{"no counts", "p ~cio|cio\n"},
		{"bad counts", "n x\n"},
		{"no phrases", "n 0 0 0 0\nw cio 1\n"},
		{"no bar", "n 1 1 0 0\np ~cio cio\n"},
		{"no stems", "n 1 1 0 0\np ~cio|\n"},
		{"bad count", "n 1 1 1 0\nw cio x\np ~cio|cio\n"},
		{"bad role", "n 1 1 0 1\nr cio\np ~cio|cio\n"},
		{"split group", "n 3 3 0 0\np ~cio|cio\np ~cto|cto\np ~pair|cio\n"},
		{"unknown kind", "n 1 1 0 0\nx y\np ~cio|cio\n"},
	}
	for _, tt := range tests {
		if _, err := parsePhrases(tt.src); err == nil {
			t.Errorf("%s: parsePhrases accepted %q", tt.name, tt.src)
		}
	}
}

// TestEmbeddedText: the files New reads as strings are the files of
// content.
func TestEmbeddedText(t *testing.T) {
	for name, s := range embeddedText {
		data, err := content.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if string(data) != *s {
			t.Errorf("%s: the embedded string differs from the file", name)
		}
	}
}

// TestPhrasesAt: the phrases found by a binary search in a sorted group
// are those of the group that may start at the word, and the rest of the
// group can not.
func TestPhrasesAt(t *testing.T) {
	b := mustNew(t)
	for _, text := range []string{
		"what is the difference between a cio and a cto",
		"where would the cto come in",
		"the it department and the head of it",
		"what",
	} {
		var stems []string
		for _, w := range tokenize(text) {
			stems = append(stems, b.an.stem(w))
		}
		for i := range stems {
			one, more := b.an.phrasesAt(stems, i)
			for _, p := range b.an.phrasesOf(stems[i]) {
				may := len(p.stems) == 1 || i+1 < len(stems) && p.stems[1] == stems[i+1]
				in := slices.ContainsFunc(slices.Concat(one, more), func(q phrase) bool { return reflect.DeepEqual(p, q) })
				if may != in {
					t.Errorf("%q at %d: phrase %q found %v, want %v", text, i, p.stems, in, may)
				}
			}
		}
	}
}
