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
	seen := make(map[string]string) // stemmed phrase -> concepts
	for _, rp := range raw {
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
