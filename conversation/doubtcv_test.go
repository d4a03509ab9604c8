package conversation

import (
	"testing"

	"github.com/springfield/techleader/conversation/answers"
)

// TestDoubtCrossValidation logs, with -v, each held-out answer the doubt
// changes under leave-one-file-out cross-validation, and by which signal:
// the figures that judge the doubt's design; and each the blended
// reading still takes wrongly ("still wrong").
func TestDoubtCrossValidation(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("run with -v")
	}
	files, held := crossValidate(answers.All(), []float64{defaultBlend.lambda})
	for _, f := range files {
		for _, cr := range held[f] {
			if cr.question {
				continue
			}
			q := &questions[questionIndex(cr.row.Question)]
			g := cr.guesses[defaultBlend.lambda]
			b := blendFor(q, cr.row.Text, cr.rules, g, defaultBlend)
			s := settle(q, cr.row.Text, b, g)
			jb, js := judgeMatch(b, cr.row), judgeMatch(s, cr.row)
			if js == outWrong || js == outSwallowed {
				t.Logf("still wrong %s %s: %q %q %v, want %q (rules %q)", f, cr.row.Question, cr.row.Text, s.value, s.candidates, cr.row.Want, cr.rules.value)
			}
			if jb == js {
				continue
			}
			w, cut := tokenize(cr.row.Text)
			_, present := presentReading(q, w, cut, b.value)
			why := "present"
			switch {
			case present:
			case q.headcount != nil:
				why = "headcount"
			case contrastReading(q, w, cut, b.value) != "":
				why = "contrast"
			default:
				why = "negation"
			}
			t.Logf("%s %s %s: %q %s -> %s (%q %v)", why, f, cr.row.Question, cr.row.Text, outName(jb), outName(js), s.value, s.candidates)
		}
	}
}

func outName(o cvOutcome) string {
	return map[cvOutcome]string{outTaken: "taken", outWrong: "WRONG", outPair: "pair", outPairOff: "pair-off", outReask: "reask"}[o]
}
