package conversation

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/springfield/techleader/conversation/answers"
)

var tuneBlend = flag.Bool("tune-blend", false, "search the model's thresholds by cross-validation and print the best")

// cvOutcome is what became of one labelled answer under a reading.
type cvOutcome int

const (
	outTaken   cvOutcome = iota // the intended option
	outWrong                  // another option
	outPair                   // a re-ask between two options, the intended one among them
	outPairOff                // a re-ask between two options, neither intended
	outReask                  // not taken, no pair
	outDeclined               // a non-answer not taken: right
	outSwallowed              // a non-answer taken
)

func judgeMatch(m answerMatch, r answers.Row) cvOutcome {
	switch {
	case r.Want == notAnswer && m.value != "":
		return outSwallowed
	case r.Want == notAnswer:
		return outDeclined
	case m.value == r.Want:
		return outTaken
	case m.value != "":
		return outWrong
	case len(m.candidates) == 2 && slices.Contains(m.candidates, r.Want):
		return outPair
	case len(m.candidates) == 2:
		return outPairOff
	}
	return outReask
}

// cvCounts are the outcomes of a file's answers.
type cvCounts [outSwallowed + 1]int

func (c cvCounts) answers() int { return c[outTaken] + c[outWrong] + c[outPair] + c[outPairOff] + c[outReask] }

func (c cvCounts) String() string {
	n := c.answers()
	return fmt.Sprintf("%d answers: %d taken (%.1f%%), %d wrong, %d re-asked between two incl. the right one, %d between two others, %d re-asked; non-answers %d of %d taken",
		n, c[outTaken], 100*float64(c[outTaken])/float64(max(n, 1)), c[outWrong], c[outPair], c[outPairOff], c[outReask],
		c[outSwallowed], c[outSwallowed]+c[outDeclined])
}

func (c *cvCounts) add(o cvCounts) {
	for i := range o {
		c[i] += o[i]
	}
}

// cvRow is one held-out answer: the rules' reading and the guesses of a
// model trained without its file, for each lambda tried.
type cvRow struct {
	row answers.Row
	// question: the engine answers the text as a question before
	// reading it as an answer.
	question bool
	rules    answerMatch
	guesses map[float64]guess
}

// crossValidate trains, for each labelled file, a model on all the other
// files and reads the file's answers with it.
func crossValidate(rows []answers.Row, lambdas []float64) (files []string, held map[string][]cvRow) {
	held = map[string][]cvRow{}
	for _, r := range rows {
		if !slices.Contains(files, r.File) {
			files = append(files, r.File)
		}
	}
	for _, f := range files {
		var rest []answers.Row
		for _, r := range rows {
			if r.File != f {
				rest = append(rest, r)
			}
		}
		l := train(rest)
		for _, r := range rows {
			if r.File != f {
				continue
			}
			cr := cvRow{row: r, question: isQuestionLike(r.Text), rules: matchAnswer(&questions[questionIndex(r.Question)], r.Text, nil), guesses: map[float64]guess{}}
			for _, lam := range lambdas {
				cr.guesses[lam] = l.guess(r.Question, r.Text, lam)
			}
			held[f] = append(held[f], cr)
		}
	}
	return files, held
}

// cvScore reads the held-out rows with cfg: with the rules (tuned on every
// file, so only the model is held out) and with the model alone, as when
// the rules find nothing in an unseen wording.
func cvScore(rows []cvRow, cfg blendConfig) (ensemble, alone cvCounts) {
	for _, cr := range rows {
		if cr.question {
			ensemble[judgeMatch(answerMatch{}, cr.row)]++
			alone[judgeMatch(answerMatch{}, cr.row)]++
			continue
		}
		g := cr.guesses[cfg.lambda]
		ensemble[judgeMatch(blend(cr.rules, g, cfg), cr.row)]++
		alone[judgeMatch(blend(answerMatch{}, g, cfg), cr.row)]++
	}
	return ensemble, alone
}

// TestLearnedCrossValidation holds the model to its goals under
// leave-one-file-out cross-validation: blended with the rules, no answer
// of a held-out file taken wrongly and no non-answer taken; alone (the
// rules silent), no more than one answer in a hundred taken wrongly.
// Run with -v for the per-file figures, and with -tune-blend to search
// the thresholds.
func TestLearnedCrossValidation(t *testing.T) {
	lambdas := []float64{defaultBlend.lambda}
	if *tuneBlend {
		lambdas = []float64{0.2, 0.3, 0.5, 0.7, 1}
	}
	files, held := crossValidate(answers.All(), lambdas)
	if *tuneBlend {
		searchBlend(t, files, held, lambdas)
	}
	var ens, alone, rules cvCounts
	for _, f := range files {
		e, a := cvScore(held[f], defaultBlend)
		r, _ := cvScore(held[f], blendConfig{take: 2, veto: 2, pair: 3, lambda: defaultBlend.lambda})
		rules.add(r)
		t.Logf("%s: rules alone: %s", f, r)
		t.Logf("%s: blended: %s", f, e)
		t.Logf("%s: model alone: %s", f, a)
		ens.add(e)
		alone.add(a)
	}
	t.Logf("all files: rules alone: %s", rules)
	t.Logf("all files: blended: %s", ens)
	t.Logf("all files: model alone: %s", alone)
	if ens[outWrong] > 0 || ens[outSwallowed] > 0 {
		t.Errorf("blended: %d answers wrong and %d non-answers taken, want none", ens[outWrong], ens[outSwallowed])
	}
	if n := alone.answers(); alone[outWrong]*100 > n {
		t.Errorf("model alone: %d of %d answers wrong, want at most 1%%", alone[outWrong], n)
	}
	if alone[outTaken] == 0 {
		t.Error("model alone takes nothing")
	}
}

// searchBlend prints the thresholds with the fewest wrong answers
// (blended, then alone) and then the most taken.
func searchBlend(t *testing.T, files []string, held map[string][]cvRow, lambdas []float64) {
	type result struct {
		cfg        blendConfig
		ens, alone cvCounts
	}
	var best []result
	for _, lam := range lambdas {
		for _, take := range []float64{0.7, 0.8, 0.9, 0.95, 0.98, 0.99} {
			for _, margin := range []float64{0.3, 0.5, 0.7, 0.9} {
				for _, veto := range []float64{0.95, 0.98, 0.99, 0.999, 1.01} {
					for _, known := range []float64{0.3, 0.5, 0.7, 0.9} {
						cfg := blendConfig{take: take, margin: margin, veto: veto, known: known, pair: 0.95, lambda: lam}
						var r result
						r.cfg = cfg
						for _, f := range files {
							e, a := cvScore(held[f], cfg)
							r.ens.add(e)
							r.alone.add(a)
						}
						best = append(best, r)
					}
				}
			}
		}
	}
	key := func(r result) []int {
		return []int{r.ens[outWrong] + r.ens[outSwallowed], r.alone[outWrong] + r.alone[outSwallowed], -r.ens[outTaken], -r.alone[outTaken]}
	}
	for _, r := range best {
		if r.cfg.margin == 0.5 && r.cfg.known == 0.3 && r.cfg.veto == 1.01 {
			fmt.Fprintf(os.Stderr, "lambda %.1f take %.2f: alone %d taken %d wrong\n", r.cfg.lambda, r.cfg.take, r.alone[outTaken], r.alone[outWrong])
		}
		if r.cfg.margin == 0.5 && r.cfg.known == 0.3 && r.cfg.take == 0.99 {
			fmt.Fprintf(os.Stderr, "lambda %.1f veto %.3f: blended %d taken %d wrong %d pair\n", r.cfg.lambda, r.cfg.veto, r.ens[outTaken], r.ens[outWrong], r.ens[outPair])
		}
	}
	slices.SortFunc(best, func(a, b result) int { return slices.Compare(key(a), key(b)) })
	for _, r := range best[:min(15, len(best))] {
		fmt.Fprintf(os.Stderr, "%+v\n  blended: %s\n  alone: %s\n", r.cfg, r.ens, r.alone)
	}
}
