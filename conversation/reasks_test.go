package conversation

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation/answers"
)

// TestReaskGroups sorts the answers the blended reader does not take
// under leave-one-file-out cross-validation by why they were not taken:
// the figures that say which kind of re-ask is worth a rule. Run with
// REASKS=1 and -v; REASKS=list prints each answer too.
func TestReaskGroups(t *testing.T) {
	mode := os.Getenv("REASKS")
	if mode == "" {
		t.Skip("set REASKS=1 (or list) and -v")
	}
	files, held := crossValidate(answers.All(), []float64{defaultBlend.lambda})
	groups := map[string]int{}
	var lines []string
	for _, f := range files {
		for _, cr := range held[f] {
			if cr.row.Want == notAnswer {
				continue
			}
			q := &questions[questionIndex(cr.row.Question)]
			g := cr.guesses[defaultBlend.lambda]
			b := blendFor(q, cr.row.Text, cr.rules, g, defaultBlend)
			s := settle(q, cr.row.Text, b, g)
			if cr.question {
				if !questionAnswered(q, cr.row.Text, cr.rules, g, defaultBlend) {
					s = answerMatch{}
				} else {
					s = cr.rules
				}
			}
			o := judgeMatch(s, cr.row)
			if o == outTaken {
				continue
			}
			why := reaskWhy(q, cr, b, s)
			if o == outWrong {
				why = "WRONG " + why
			}
			groups[why]++
			lines = append(lines, why+" | "+f+" "+cr.row.Question+" want "+cr.row.Want+
				" | rules "+cr.rules.value+" "+strings.Join(cr.rules.candidates, "/")+
				" | model "+g.top+" "+g.second+" | "+cr.row.Text)
		}
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return groups[keys[i]] > groups[keys[j]] })
	for _, k := range keys {
		t.Logf("%4d %s", groups[k], k)
	}
	if mode == "list" {
		slices.Sort(lines)
		for _, l := range lines {
			t.Log(l)
		}
	}
}

// reaskWhy names the reason an answer was not taken: what the rules
// found, what the model did with it, and which doubt turned it.
func reaskWhy(q *question, cr cvRow, b, s answerMatch) string {
	r := cr.rules
	part, _ := answerPart(q, cr.row.Text)
	w, cut := tokenize(part)
	number := slices.ContainsFunc(w, isNumber)
	switch {
	case cr.question:
		return "question form"
	case r.value != "" && b.value == "":
		return "model disagrees with the rules"
	case r.value != "" && s.value != r.value:
		return "doubt: " + doubtName(q, cr.row.Text, r.value)
	case r.value != "":
		return "rules read, then other"
	case len(r.candidates) == 2:
		rd := read(q, w, cut)
		switch {
		case q.headcount != nil && number:
			return "rules torn: a number"
		case len(rd.tied) > 0:
			return "rules torn: two keys of different options"
		case rd.class[hedge]:
			return "rules torn: a hedge"
		case rd.class[unsure]:
			return "rules torn: an unsure word"
		case rd.class[affirm] || rd.class[deny]:
			return "rules torn: yes/no word against a key"
		case len(rd.negated) > 0:
			return "rules torn: a key negated"
		}
		return "rules torn: other"
	case r.signal:
		if number {
			return "signal, no option: a number"
		}
		return "signal, no option"
	}
	return "no key at all"
}

// doubtName is the first doubt signal that turns a reading v of text.
func doubtName(q *question, text, v string) string {
	w, cut := tokenize(text)
	if _, ok := presentReading(q, w, cut, v); ok {
		return "past and present"
	}
	if q.headcount != nil {
		return "headcount"
	}
	switch {
	case pastAgainstRest(q, w, cut, v) != "":
		return "past against rest"
	case contrastReading(q, w, cut, v) != "":
		return "contrast after opening"
	case q.ID == qCompetitors && otherSubjectDenied(w, cut):
		return "some rivals denied"
	case deniedNegation(w) || v == strongest(q) && deniedDegree(w):
		return "denied negation or degree"
	case looseNegation(q, w, cut, v):
		return "loose negation"
	case extreme(q, v) && qualifiedYes(w):
		return "qualified yes"
	case v == q.hedge && q.no != "" && unusedNegation(q, w, cut):
		return "unused negation"
	case comparedWithShould(q, w) != "":
		return "compared with should"
	case v == q.no && q.hedge != "" && lastDenied(w):
		return "last denied"
	case extreme(q, v) && negatedUniversal(w, cut):
		return "negated universal"
	}
	return "degree"
}
