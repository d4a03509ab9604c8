package knowledge

import (
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	b := mustNew(t)
	for _, q := range strings.Split(os.Getenv("ZZQ"), "\n") {
		if q == "" {
			continue
		}
		r := b.Search(q)
		pq := b.parseQuery(q)
		t.Logf("%q -> %s (why %s) terms=%v", q, outcome(r), r.Why, applyRules(pq.terms))
	}
}

func TestZZHolder(t *testing.T) {
	b := mustNew(t)
	for _, q := range strings.Split(os.Getenv("ZZQ"), "\n") {
		pq := b.parseQuery(q)
		terms := applyRules(pq.terms)
		t.Logf("%q holderOnly=%v sentences=%v qtoks=%v", q, b.holderOnly(pq, terms), pq.sentences, pq.qtoks)
		nv := b.nb.nearest(pq.terms, neighbourK)
		t.Logf("explained=%v", explained(nv))
	}
}
