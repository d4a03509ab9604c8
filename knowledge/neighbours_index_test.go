package knowledge

import (
	"reflect"
	"testing"
)

// mustExamples returns the examples b's neighbours were built from.
func mustExamples(tb testing.TB, b *Base) []example {
	tb.Helper()
	exs, err := b.examples()
	if err != nil {
		tb.Fatal(err)
	}
	return exs
}

// TestNeighboursIndexedAsRead: the index New builds while reading
// examples/analysed.txt is the one made from the examples parsed first
// and indexed after (indexNeighbours): the same examples, labels, term
// numbers, idf and postings, so every question meets the same
// neighbours.
func TestNeighboursIndexedAsRead(t *testing.T) {
	b := mustNew(t)
	exs := mustExamples(t, b)
	if len(exs) < 2000 || len(b.samples) == 0 || exs[len(exs)-1].source != "article" {
		t.Fatalf("%d examples, %d sample questions: want the analysed ones, then the samples", len(exs), len(b.samples))
	}
	want := b.newNeighbours(exs)
	got := b.nb
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"labels", got.labels, want.labels},
		{"shapes", got.shapes, want.shapes},
		{"ids", got.ids, want.ids},
		{"idf", got.idf, want.idf},
		{"post", got.post, want.post},
		{"unknownIDF", got.unknownIDF, want.unknownIDF},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s differ", c.name)
		}
	}
	if n := len(*got.sims.Get().(*[]float64)); n != len(want.labels) {
		t.Errorf("similarity buffers of %d, want %d", n, len(want.labels))
	}
}
