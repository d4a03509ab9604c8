package knowledge

import (
	"go/format"
	"os"
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

// TestPhraseTable checks that phrases_gen.go holds the phrase table of
// lexicon/concepts.txt; -update rewrites it (see go generate).
func TestPhraseTable(t *testing.T) {
	want, err := format.Source([]byte(formatPhrases(compileLexicon(t))))
	if err != nil {
		t.Fatal(err)
	}
	const path = "phrases_gen.go"
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("%s is out of date: run go generate ./knowledge", path)
	}
}

// TestPhraseTableAsCompiled: the table compiled into the binary, and
// numbered as New numbers it, is the one compiled from the lexicon:
// group for group, phrase for phrase (stems and concepts in order), with
// the same first-stem numbers, role titles and word counts; and New's
// analyzer holds it.
func TestPhraseTableAsCompiled(t *testing.T) {
	want := compileLexicon(t)
	if got := numberGroups(compiledPhrases); !reflect.DeepEqual(got, want) {
		t.Fatal("compiledPhrases differs from the lexicon's table: run go generate ./knowledge")
	}
	b := mustNew(t)
	if !reflect.DeepEqual(b.an.first, want.first) || !reflect.DeepEqual(b.an.groups, want.groups) ||
		!reflect.DeepEqual(b.an.roles, want.roles) {
		t.Fatal("the analyzer's phrases differ from the lexicon's")
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
