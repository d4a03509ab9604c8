package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestConceptStemCollisions guards against a lexicon term that stems like a
// term of another concept: "productivity" stems to "product", so listing it
// under impact made every "product" question read as one about impact.
// Terms meant to carry several concepts go on one line ("impact cioside:").
func TestConceptStemCollisions(t *testing.T) {
	b := mustNew(t)
	src, err := content.ReadFile("lexicon/concepts.txt")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := parseConcepts(string(src))
	if err != nil {
		t.Fatal(err)
	}
	// Deliberate: an abbreviation that is both a role and a topic.
	allowed := []string{"it leader", "vcio", "vcto"}
	// A class's phrase whose words a term lists is dropped for the term
	// (see addPhrases).
	listed := make(map[string]bool)
	for _, rp := range raw {
		if !rp.fromClass {
			listed[strings.Join(rp.words, " ")] = true
		}
	}
	seen := make(map[string]string) // stemmed phrase -> concepts
	for _, rp := range raw {
		if rp.fromClass && listed[strings.Join(rp.words, " ")] {
			continue
		}
		var stems []string
		for _, w := range rp.words {
			stems = append(stems, b.an.stem(w))
		}
		key := strings.Join(stems, " ")
		concepts := strings.Join(rp.concepts, " ")
		if prev, ok := seen[key]; ok && prev != concepts && !slices.Contains(allowed, key) {
			t.Errorf("%q (%s) stems like a term of %s", strings.Join(rp.words, " "), concepts, prev)
		}
		seen[key] = concepts
	}
}

// TestQueryRules checks the combination rules of applyRules on phrasings
// that are in none of the labelled files.
func TestQueryRules(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ q, want string }{
		// Picking the role that owns a task: the duties side by side.
		{"who takes care of the servers, the CIO or the CTO?", "responsibilities"},
		{"which role owns the customer app", "responsibilities"},
		// The company's own need for an owner: the side's article.
		{"who should take care of our servers", "when-cio"},
		// Needs on both sides at once.
		{"we must lock down our systems and also launch an app", "both"},
		// Money as a limit, not a price question.
		{"a full-time CTO salary is beyond our budget, options?", "virtual"},
		{"what does a fractional cto charge", "cost"},
		// Comparing prices is a price question, even about the virtual
		// option; "can't afford" still asks for the virtual option.
		{"does a part-time cto cost less than a full-time one", "cost"},
		{"we can't afford a full-time cio, is there something cheaper", "virtual"},
		// Another job's pay is declined; next to a CTO it is the setting.
		{"what do developers earn these days", "decline"},
		{"how much to pay developers vs a cto", "cost"},
		// What one role is, whatever the setting.
		{"what is a CTO responsible for at a bank", "what-is-cto"},
		// The asker's own career, even with the role named.
		{"how can I become a CIO in five years", "decline"},
		{"salary negotiation tips for my new cto job", "decline"},
	}
	for _, tt := range tests {
		if got := outcome(b.Search(tt.q)); got != tt.want {
			t.Errorf("Search(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
}

// TestExpandClasses spells out word classes in lexicon terms.
func TestExpandClasses(t *testing.T) {
	tests := []struct {
		term    string
		want    []string
		wantErr bool
	}{
		{"tech boss", []string{"tech boss"}, false},
		{"{tech|it} boss", []string{"tech boss", "it boss"}, false},
		{"{tech|it} {boss|chief}", []string{"tech boss", "tech chief", "it boss", "it chief"}, false},
		{"head of {tech|digital}", []string{"head of tech", "head of digital"}, false},
		{"{tech", nil, true},
		{"tech}", nil, true},
	}
	for _, tt := range tests {
		got, err := expandClasses(tt.term)
		if (err != nil) != tt.wantErr {
			t.Errorf("expandClasses(%q) error %v, want error %v", tt.term, err, tt.wantErr)
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("expandClasses(%q) = %q, want %q", tt.term, got, tt.want)
		}
	}
}

// TestRoleAndNeedClasses covers the word classes of role names (a field and
// a rank) and of needs asked as a gap, with members of each class that no
// labelled set holds.
func TestRoleAndNeedClasses(t *testing.T) {
	b := mustNew(t)
	tests := []struct{ q, want string }{
		// A field and a rank name a tech executive.
		{"which digital boss should a new firm take on first?", "first-hire"},
		{"one systems supremo or two for a group of our size?", "both"},
		{"what does our engineering director cost a year?", "cost"},
		// The information side names the CIO.
		{"what does an information supremo do?", "what-is-cio"},
		// A need asked as something lacking, or as a remedy.
		{"Is a CTO what we are missing?", "when-cto"},
		{"Our data is everywhere. Is a CIO the missing piece?", "when-cio"},
		{"do we lack a CIO?", "when-cio"},
		{"Nobody can build our app. Is a CTO the solution?", "when-cto"},
		// A role taken on before the other.
		{"CIO or CTO: which one comes in first at a small firm?", "first-hire"},
		{"who takes the chair first, the CIO or the CTO?", "first-hire"},
	}
	for _, tt := range tests {
		if got := outcome(b.Search(tt.q)); got != tt.want {
			t.Errorf("%q: got %s, want %s (why %v)", tt.q, got, tt.want, b.Search(tt.q).Why)
		}
	}
}

// TestTermWordsAsSpelledOut checks that reading each literal and each
// alternative of a term's classes once gives the words of every phrase
// spelled out and read whole, for every term of the lexicon.
func TestTermWordsAsSpelledOut(t *testing.T) {
	src, err := content.ReadFile("lexicon/concepts.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range dataLines(string(src)) {
		_, terms, _ := strings.Cut(line, ":")
		for term := range strings.SplitSeq(terms, ",") {
			if term = strings.TrimSpace(term); term == "" {
				continue
			}
			variants, err := expandClasses(term)
			if err != nil {
				t.Fatalf("expandClasses(%q): %v", term, err)
			}
			got, _, err := appendTerm(nil, nil, term, nil)
			if err != nil {
				t.Fatalf("appendTerm(%q): %v", term, err)
			}
			if len(got) != len(variants) {
				t.Fatalf("appendTerm(%q): %d phrases, want %d", term, len(got), len(variants))
			}
			for i, v := range variants {
				if want := tokenize(v); !slices.Equal(got[i].words, want) {
					t.Errorf("appendTerm(%q) phrase %d = %q, want %q", term, i, got[i].words, want)
				}
			}
		}
	}
}
