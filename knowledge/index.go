package knowledge

import (
	"math"
	"sort"
)

// BM25 parameters. k1 saturates repeated terms quickly (a question seldom
// repeats a word on purpose); b is low because article lengths are alike.
const (
	bm25K1 = 5
	bm25B  = 0.5
)

// Field weights: words in the title, keywords and sample questions say what
// an article is about more than words in passing in the body.
const (
	weightTitle    = 3
	weightKeywords = 3
	weightQuestion = 2
	weightBody     = 0.3
)

// correctedWeight is how much a typo-corrected term counts.
const correctedWeight = 0.7

// index is a BM25F-style inverted index over a few documents. It is
// read-only after newIndex.
type index struct {
	docs   []docStats
	idf    map[string]float64
	avgLen float64
	maxIDF float64
}

type docStats struct {
	tf     map[string]float64 // weighted term frequency
	length float64            // weighted length
}

// field is analysed text with its weight.
type field struct {
	terms  []term
	weight float64
}

func newIndex(docs [][]field) *index {
	ix := &index{}
	df := make(map[string]int)
	sdf := make(map[string]int) // document frequency in the strong fields
	var total float64
	for _, fields := range docs {
		// Room for every term: no map grown and copied on the way.
		n := 0
		for _, f := range fields {
			n += len(f.terms)
		}
		ds := docStats{tf: make(map[string]float64, n)}
		for _, f := range fields {
			for _, t := range f.terms {
				ds.tf[t.text] += f.weight
				ds.length += f.weight
			}
		}
		for t := range ds.tf {
			df[t]++
		}
		strong := make(map[string]bool)
		for _, f := range fields {
			if f.weight > weightBody {
				for _, t := range f.terms {
					strong[t.text] = true
				}
			}
		}
		for t := range strong {
			sdf[t]++
		}
		total += ds.length
		ix.docs = append(ix.docs, ds)
	}
	if len(docs) > 0 {
		ix.avgLen = total / float64(len(docs))
	}
	n := float64(len(docs))
	ix.idf = make(map[string]float64, len(df))
	for t, d := range df {
		if sd := sdf[t]; sd > 0 {
			d = sd
		}
		idf := math.Log(1 + (n-float64(d)+0.5)/(float64(d)+0.5))
		ix.idf[t] = idf
		ix.maxIDF = max(ix.maxIDF, idf)
	}
	return ix
}

// hit is the score of one document for a query.
type hit struct {
	doc     int
	score   float64 // BM25
	matched float64 // idf-weighted share of the query the document contains
}

// rank scores every document against the unique query terms and returns
// the hits with a positive score, best first, along with the query's total
// weight (matched and unmatched terms), which turns matched into coverage.
func (ix *index) rank(q []term, unknownWeight float64) ([]hit, float64) {
	var total float64
	for _, t := range q {
		w := t.queryWeight()
		if idf, ok := ix.idf[t.text]; ok {
			total += w * idf
		} else {
			total += w * unknownWeight
		}
	}
	var hits []hit
	for i, d := range ix.docs {
		h := hit{doc: i}
		norm := bm25K1 * (1 - bm25B + bm25B*d.length/ix.avgLen)
		for _, t := range q {
			tf := d.tf[t.text]
			if tf == 0 {
				continue
			}
			w := t.queryWeight()
			idf := ix.idf[t.text]
			h.score += w * idf * tf * (bm25K1 + 1) / (tf + norm)
			h.matched += w * idf
		}
		if h.score > 0 {
			hits = append(hits, h)
		}
	}
	// Ties go to the earlier article so results are deterministic.
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score > hits[b].score })
	return hits, total
}
