package conversation

import (
	"math"
	"math/rand/v2"
	"slices"
)

// A second learned reader: a logistic regression (maximum entropy) over
// the same features as the naive Bayes. Naive Bayes counts every word as
// independent evidence, so a few common words can make it sure of the
// wrong option; the regression weighs the words together, and errs on
// other answers. Where the two agree, either is more often right than
// alone, which lets the blend take an answer the rules could not read;
// where the regression is sure the rules read another option, the two are
// offered (see secondOpinion).

// maxent is one question's regression; its rows are its model's
// feature index.
type maxent struct {
	k    int       // classes, as in the question's bayes
	w    []float64 // feature rows of k weights
	bias []float64
}

// maxentConfig: chosen by leave-one-file-out cross-validation with the
// blend (TestLearnedCrossValidation). Ten passes reach what forty do.
const (
	maxentPasses = 10
	maxentRate   = 0.2
	maxentL2     = 1e-4
)

// example is one labelled answer's feature rows and class.
type example struct {
	x []int
	y int
}

// newMaxent returns an empty regression over k classes.
func newMaxent(k int) *maxent {
	return &maxent{k: k, bias: make([]float64, k)}
}

// newExample is an answer of class y with feature rows x: each row once.
func newExample(x []int, y int) example {
	x = slices.Clone(x)
	slices.Sort(x)
	return example{x: slices.Compact(x), y: y}
}

// fit trains the weights by stochastic gradient descent with a step per
// feature that shrinks as the feature is seen (AdaGrad): rare words still
// learn, common ones settle. The order is shuffled with a fixed seed, so
// every build gives the same model.
func (m *maxent) fit(data []example, features int) {
	m.w = make([]float64, features*m.k)
	rng := rand.New(rand.NewPCG(1, 2))
	seen := make([]float64, features+1) // squared gradients; the last is the bias's
	p := make([]float64, m.k)
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for range maxentPasses {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := data[i]
			m.probs(ex.x, p)
			p[ex.y]--
			sq := 0.0
			for _, g := range p {
				sq += g * g
			}
			b := len(seen) - 1
			seen[b] += sq
			step := maxentRate / math.Sqrt(seen[b]+1e-8)
			for c, g := range p {
				m.bias[c] -= step * g
			}
			for _, j := range ex.x {
				row := m.w[j*m.k : (j+1)*m.k]
				seen[j] += sq
				step := maxentRate / math.Sqrt(seen[j]+1e-8)
				for c, g := range p {
					row[c] -= step * (g + maxentL2*row[c])
				}
			}
		}
	}
}

// probs sets p to the class probabilities of feature rows x.
func (m *maxent) probs(x []int, p []float64) {
	copy(p, m.bias)
	for _, j := range x {
		for c, w := range m.w[j*m.k : (j+1)*m.k] {
			p[c] += w
		}
	}
	mx := slices.Max(p)
	sum := 0.0
	for c := range p {
		p[c] = math.Exp(p[c] - mx)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
}

// guess reads an answer's features fs, x their rows (model.rows);
// classes names the classes. Each feature counts once.
func (m *maxent) guess(fs []string, x []int, classes []string) guess {
	known := make([]int, 0, len(x))
	distinct := 0
	for i, f := range fs {
		if slices.Contains(fs[:i], f) {
			continue
		}
		distinct++
		if x[i] >= 0 {
			known = append(known, x[i])
		}
	}
	if len(known) == 0 {
		return guess{}
	}
	p := make([]float64, m.k)
	m.probs(known, p)
	first, second := topTwo(p)
	return guess{top: classes[first], second: classes[second], p: p[first], p2: p[second],
		known: float64(len(known)) / float64(distinct)}
}

// topTwo returns the indexes of the two largest of p, the first first.
func topTwo(p []float64) (first, second int) {
	first, second = 0, 1
	if p[1] > p[0] {
		first, second = 1, 0
	}
	for i := 2; i < len(p); i++ {
		switch {
		case p[i] > p[first]:
			first, second = i, first
		case p[i] > p[second]:
			second = i
		}
	}
	return first, second
}

// secondOpinion settles the blend b of the rules' reading m and the
// naive Bayes's guess g (see settle), then weighs the regression's guess
// h. A rule's reading that stood, and that the regression is sure is
// another option, is offered beside it, as the naive Bayes's veto does;
// when neither the rules nor the doubt read anything, an option both
// models read, the regression surely, is taken. Readings the rules
// weighed against the words the models see stand (rulesStand). Headcounts
// are left to the rules and the Bayes: the models know a number only by
// its digits.
func secondOpinion(q *question, text string, m, b answerMatch, g, h guess, cfg blendConfig) answerMatch {
	s := settle(q, text, b, g)
	if !h.ok() || h.top == notAnswer || h.known < cfg.known {
		return s
	}
	switch {
	case s.value != "" && s.value == m.value && h.top != s.value && h.p >= cfg.secondVeto:
		if q.headcount != nil || rulesStand(q, text, m, g) {
			return s
		}
		return answerMatch{candidates: pair(s.value, h.top), signal: true}
	case q.headcount == nil && m.value == "" && b.value == "" && s.value == "" && slices.Equal(s.candidates, b.candidates) &&
		h.top == g.top && h.p >= cfg.agreeTake && g.p >= cfg.agreeBayes && g.known >= cfg.known:
		if len(s.candidates) == 2 && !slices.Contains(s.candidates, h.top) {
			return s
		}
		return settle(q, text, answerMatch{value: h.top, signal: true}, g)
	}
	return s
}
