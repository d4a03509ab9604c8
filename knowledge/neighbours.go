package knowledge

// phrases_gen.go is the concept lexicon compiled, examples/analysed.txt
// the analysis of the labelled questions of examples/*.txt, and
// lexicon/stems.txt the stems of the embedded vocabulary, all made ahead
// so that New stays fast. The phrase table is made first, in a run of its
// own: the other two are made by a base built with it, which a test
// binary has only once compiled with it.
//go:generate go test -run ^TestPhraseTable$ -update
//go:generate go test -run ^(TestStemTable|TestAnalysedExamples)$ -update

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Nearest-neighbour tuning. The neighbours vote twice: for an article and
// for the shape of question the article answers (every "what is" article
// votes "define", whichever role it is about), as the subject is better
// read by the rules than by word overlap.
//
// A question the rules could not place is answered by the shape its
// neighbours vote for, about the subject the rules read, when the nearest
// is at least placeSim alike (cosine) and the k nearest agree: their vote
// for the shape is at least placeShare of the whole vote. (Letting them
// also overrule ranking when the rules recognise no shape was tried: no
// better on the labelled sets.) An answer the neighbours say to decline is declined when they say so
// clearly (declineSim, declineShare) and the question names neither the
// CIO nor the CTO. The figures were chosen on the labelled sets, each
// scored with neighbours that do not know it.
const (
	neighbourK   = 5
	placeSim     = 0.3
	placeShare   = 0.6
	declineSim   = 0.7
	declineShare = 0.6
)

// labelDecline labels an example the bot must decline.
const labelDecline = "decline"

// example is a labelled question the base learns from, analysed: an
// article id or "decline", where it came from, and its weighted terms.
type example struct {
	label, source string
	terms         []weighted
}

// weighted is a term with the weight it has in a question.
type weighted struct {
	text string
	w    float64
}

// posting is one example holding a term, with the term's normalised
// weight in it.
type posting struct {
	ex int32
	w  float64
}

// neighbours finds the labelled examples nearest a question: cosine over
// idf-weighted terms, through an inverted index.
type neighbours struct {
	labels []string
	shapes []string // the shape each example's label answers
	// ids number the terms the examples hold: idf and post are by id.
	ids        map[string]int32
	idf        []float64
	post       [][]posting // one array cut in a slice per term
	unknownIDF float64     // a term no example holds: as rare as can be
	// sims are buffers of one similarity per example, reused across
	// questions.
	sims sync.Pool
}

// newNeighbours indexes exs (the labelled examples and the articles'
// sample questions) for the base.
func (b *Base) newNeighbours(exs []example) *neighbours {
	return indexNeighbours(exs, func(label string) bool { _, ok := b.byID[label]; return ok }, shapeOfLabel)
}

// sampleExample is an article's sample question as an example.
func sampleExample(id string, terms []term) example {
	e := example{label: id, source: "article", terms: make([]weighted, 0, len(terms))}
	for _, t := range uniqueTerms(terms) {
		e.terms = append(e.terms, weighted{text: t.text, w: 1})
	}
	return e
}

// indexNeighbours indexes the examples whose label the base can answer (an
// article it has, or a decline).
func indexNeighbours(exs []example, known func(label string) bool, shapeOf func(label string) string) *neighbours {
	nterms := 0
	for _, e := range exs {
		nterms += len(e.terms)
	}
	x := newNeighbourIndexer(len(exs), nterms)
	for _, e := range exs {
		x.add(e, func(label string) bool { return label == labelDecline || known(label) })
	}
	return x.index(shapeOf)
}

// vote is the neighbours' verdict: the label most of the nearest carry,
// how alike the nearest of them is, and its share of the whole vote.
type vote struct {
	label      string
	sim, share float64
}

// fallsShort reports whether the vote is no article or shape to take:
// empty, a decline, less than minSim alike or less than minShare of it.
func (v vote) fallsShort(minSim, minShare float64) bool {
	return v.label == "" || v.label == labelDecline || v.sim < minSim || v.share < minShare
}

// verdict is what the nearest examples vote for: an article (or a
// decline), and the shape of question (or a decline).
type verdict struct {
	article, shape vote
}

// scored is an example's similarity to a question.
type scored struct {
	ex  int32
	sim float64
}

// nearest returns what the k nearest examples vote for, each weighing its
// similarity squared.
func (n *neighbours) nearest(terms []term, k int) verdict {
	top := n.top(terms, k)
	if len(top) == 0 {
		return verdict{}
	}
	return verdict{article: voteFor(top, n.labels), shape: voteFor(top, n.shapes)}
}

// top returns the k examples most alike terms, best first; ties go to the
// earlier example.
func (n *neighbours) top(terms []term, k int) []scored {
	// terms are unique (see uniqueTerms), so each weighs once.
	var norm float64
	for _, t := range terms {
		idf := n.unknownIDF
		if id, ok := n.ids[t.text]; ok {
			idf = n.idf[id]
		}
		w := t.queryWeight() * idf
		norm += w * w
	}
	if norm == 0 || len(n.labels) == 0 {
		return nil
	}
	norm = math.Sqrt(norm)
	buf := n.sims.Get().(*[]float64)
	defer n.sims.Put(buf)
	sims := *buf
	clear(sims)
	for _, t := range terms {
		id, ok := n.ids[t.text]
		if !ok {
			continue // no example holds it
		}
		w := t.queryWeight() * n.idf[id] / norm
		for _, p := range n.post[id] {
			sims[p.ex] += w * p.w
		}
	}
	top := make([]scored, 0, k+1)
	for ex, s := range sims {
		if s <= 0 || (len(top) == k && s <= top[k-1].sim) {
			continue
		}
		i := len(top)
		for i > 0 && top[i-1].sim < s {
			i--
		}
		top = slices.Insert(top, i, scored{int32(ex), s})
		if len(top) > k {
			top = top[:k]
		}
	}
	return top
}

// voteFor counts the votes of top for the labels they carry in labels.
func voteFor(top []scored, labels []string) vote {
	var votes [8]struct {
		label string
		v     float64
	}
	used := 0
	var all float64
	for _, s := range top {
		l, w := labels[s.ex], s.sim*s.sim
		all += w
		i := 0
		for i < used && votes[i].label != l {
			i++
		}
		if i == used && used < len(votes) {
			votes[i].label = l
			used++
		}
		if i < used {
			votes[i].v += w
		}
	}
	best := vote{}
	for _, s := range top {
		l := labels[s.ex]
		for _, v := range votes[:used] {
			if v.label == l && (v.v > best.share*all || best.label == "") {
				best = vote{label: l, sim: s.sim, share: v.v / all}
			}
		}
	}
	return best
}

// parseExamples reads analysed examples (see scanExamples) into a slice
// with room for extra more.
func parseExamples(src string, extra int) ([]example, error) {
	out := make([]example, 0, strings.Count(src, "\n")+1+extra)
	// The examples' terms share one array.
	all := make([]weighted, 0, strings.Count(src, ":"))
	starts := make([]int, 0, cap(out)) // where each example's terms start in all
	err := scanExamples(src, func(label, source string) bool {
		out = append(out, example{label: label, source: source})
		starts = append(starts, len(all))
		return true
	}, func(text string, w float64) {
		all = append(all, weighted{text: text, w: w})
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		end := len(all)
		if i+1 < len(out) {
			end = starts[i+1]
		}
		out[i].terms = all[starts[i]:end:end]
	}
	return out, nil
}

// formatExample writes an example as parseExamples reads it.
func formatExample(e example) string {
	var sb strings.Builder
	sb.WriteString(e.label + "|" + e.source + "|")
	for i, t := range e.terms {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.text + ":" + strconv.FormatFloat(t.w, 'g', 3, 64))
	}
	return sb.String()
}

// analyseExample reads a labelled question as Search reads a question:
// its terms, question part and context weighed.
func (b *Base) analyseExample(label, source, text string) example {
	e := example{label: label, source: source}
	for _, t := range b.parseQuery(text).terms {
		e.terms = append(e.terms, weighted{text: t.text, w: t.queryWeight()})
	}
	return e
}
