package knowledge

import (
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"
)

// neighbourIndexer builds the neighbours' index one example at a time, so
// that examples/analysed.txt is indexed as it is read (readAnalysed), with
// no slice of examples and their terms made in between: at start-up that
// slice was a sixth of the memory the build took. indexNeighbours feeds it
// examples in hand, so both ways make the same index.
type neighbourIndexer struct {
	ids    map[string]int32
	df     []int32   // examples holding each id
	terms  []int32   // the ids of the examples' terms, example after example
	ws     []float64 // the weight of each of those terms
	ends   []int32   // where each example's terms end in terms
	labels []string
}

// newNeighbourIndexer returns an indexer with room for about examples
// examples of terms terms in all.
func newNeighbourIndexer(examples, terms int) *neighbourIndexer {
	return &neighbourIndexer{
		ids:    make(map[string]int32, terms/8),
		terms:  make([]int32, 0, terms),
		ws:     make([]float64, 0, terms),
		ends:   make([]int32, 0, examples),
		labels: make([]string, 0, examples),
	}
}

// begin starts an example labelled label; term adds its terms.
func (x *neighbourIndexer) begin(label string) {
	if len(x.labels) > 0 {
		x.ends = append(x.ends, int32(len(x.terms)))
	}
	x.labels = append(x.labels, label)
}

// add adds e if known accepts its label.
func (x *neighbourIndexer) add(e example, known func(label string) bool) {
	if !known(e.label) {
		return
	}
	x.begin(e.label)
	for _, t := range e.terms {
		x.term(t.text, t.w)
	}
}

// term adds a term of weight w to the example begun last.
func (x *neighbourIndexer) term(text string, w float64) {
	id, ok := x.ids[text]
	if !ok {
		id = int32(len(x.df))
		x.ids[text] = id
		x.df = append(x.df, 0)
	}
	x.df[id]++
	x.terms = append(x.terms, id)
	x.ws = append(x.ws, w)
}

// index weighs the terms by idf and returns the neighbours' index; shapeOf
// is the shape of question each label answers.
func (x *neighbourIndexer) index(shapeOf func(label string) string) *neighbours {
	if len(x.labels) > 0 {
		x.ends = append(x.ends, int32(len(x.terms)))
	}
	n := &neighbours{ids: x.ids}
	n.idf = make([]float64, len(x.df))
	n.post = make([][]posting, len(x.df))
	all := make([]posting, len(x.terms))
	total := float64(len(x.labels))
	at := 0
	for id, d := range x.df {
		n.idf[id] = math.Log(1 + total/float64(d))
		n.post[id] = all[at : at : at+int(d)]
		at += int(d)
	}
	n.unknownIDF = math.Log(1 + total)
	n.labels = x.labels
	n.shapes = make([]string, len(x.labels))
	n.sims.New = func() any {
		s := make([]float64, len(x.labels))
		return &s
	}
	start := int32(0)
	for i, end := range x.ends {
		n.shapes[i] = shapeOf(x.labels[i])
		eids, ews := x.terms[start:end], x.ws[start:end]
		start = end
		var norm float64
		for j, id := range eids {
			w := ews[j] * n.idf[id]
			norm += w * w
		}
		if norm == 0 {
			continue
		}
		norm = math.Sqrt(norm)
		for j, id := range eids {
			n.post[id] = append(n.post[id], posting{ex: int32(i), w: ews[j] * n.idf[id] / norm})
		}
	}
	return n
}

// readAnalysed indexes into x the analysed examples of src (see
// scanExamples) whose label keep accepts.
func readAnalysed(src string, keep func(label string) bool, x *neighbourIndexer) error {
	kept := false
	return scanExamples(src, func(label, _ string) bool {
		if kept = keep(label); kept {
			x.begin(label)
		}
		return kept
	}, x.term)
}

// scanExamples reads analysed examples, one a line:
// "label|source|term:weight term:weight ...". It calls line with each
// example's label and source, then term with each of its terms if line
// returned true; every line is checked either way.
func scanExamples(src string, line func(label, source string) bool, term func(text string, w float64)) error {
	weights := make(map[string]float64) // few distinct ones
	// Most weights are 1, and a line's context terms share one: those
	// are read without a map look-up.
	last, lastW := "1", 1.0
	for n := 1; src != ""; n++ {
		text, rest, _ := strings.Cut(src, "\n")
		src = rest
		if text == "" || text[0] == '#' {
			continue
		}
		label, rest, ok := strings.Cut(text, "|")
		source, terms, ok2 := strings.Cut(rest, "|")
		if !ok || !ok2 {
			return fmt.Errorf("examples line %d: want label|source|terms", n)
		}
		wanted := line(label, source)
		for f := range strings.FieldsSeq(terms) {
			i := strings.LastIndexByte(f, ':')
			if i <= 0 {
				return fmt.Errorf("examples line %d: bad term %q", n, f)
			}
			w, ok := 1.0, true
			switch ws := f[i+1:]; ws {
			case "1":
			case last:
				w = lastW
			default:
				if w, ok = weights[ws]; !ok {
					var err error
					if w, err = strconv.ParseFloat(ws, 64); err != nil {
						return fmt.Errorf("examples line %d: bad term %q", n, f)
					}
					weights[ws] = w
				}
				last, lastW = ws, w
			}
			if wanted {
				term(f[:i], w)
			}
		}
	}
	return nil
}

// analysedExamples is examples/analysed.txt (src) and the neighbours'
// index of its examples the base knows (x), still open for the articles'
// sample questions.
type analysedExamples struct {
	src string
	x   *neighbourIndexer
	err error
}

// indexAnalysed reads and indexes examples/analysed.txt of fsys on
// another goroutine, the examples known accepts, with room for extra
// more (the articles' sample questions). The channel never blocks the
// goroutine: no leak if the build fails before it is read.
func indexAnalysed(fsys fs.FS, extra int, known func(label string) bool) <-chan analysedExamples {
	out := make(chan analysedExamples, 1)
	go func() {
		src, err := readString(fsys, "examples/analysed.txt", make([]byte, 8<<10))
		if err != nil {
			out <- analysedExamples{err: fmt.Errorf("read examples/analysed.txt: %w", err)}
			return
		}
		// A line an example, a colon a term; an article's sample
		// question has a few terms.
		x := newNeighbourIndexer(strings.Count(src, "\n")+extra, strings.Count(src, ":")+8*extra)
		if err := readAnalysed(src, known, x); err != nil {
			out <- analysedExamples{err: fmt.Errorf("parse examples: %w", err)}
			return
		}
		out <- analysedExamples{src: src, x: x}
	}()
	return out
}
