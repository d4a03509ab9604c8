package conversation

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/springfield/techleader/knowledge"
)

// decideText runs text through the engine's whole decision path (command,
// handoff, question, answer, re-ask) on the pending question qid and
// returns the option value it recorded, or "?" when it recorded none.
func decideText(t *testing.T, qid, text string) string {
	t.Helper()
	i := questionIndex(qid)
	if i < 0 {
		t.Fatalf("unknown question %q", qid)
	}
	s := state{Round: 1, Active: true}
	for _, q := range questions[:i] {
		s.Answers = append(s.Answers, q.Options[0].Value)
	}
	tn := &turn{e: New(declineKB{}, nil, Config{}, nil), in: Text(text), searched: map[string]knowledge.Result{}}
	for _, r := range tn.run(&s) {
		if r.Answered != nil && r.Answered.QuestionID == qid {
			for _, o := range questions[i].Options {
				if o.Label == r.Answered.Answer {
					return o.Value
				}
			}
		}
	}
	return "?"
}

// TestFreeTextAnswers measures free-text answers as users type them
// (answers*.txt) through the engine's decision path: in each
// file, at least 90% of the answers must map to the intended option, no
// answer may map to a wrong one (re-asking is allowed), and text that is
// not an answer must never be taken as one. Run with -v to see the misses
// and the accuracy.
func TestFreeTextAnswers(t *testing.T) {
	files, err := filepath.Glob("answers/answers*.txt")
	held, err2 := filepath.Glob("testdata/answers*.txt")
	if err != nil || err2 != nil || len(files) == 0 {
		t.Fatalf("no answers/answers*.txt: %v %v", err, err2)
	}
	for _, file := range append(files, held...) {
		t.Run(filepath.Base(file), func(t *testing.T) { freeTextAnswers(t, file) })
	}
}

func freeTextAnswers(t *testing.T, file string) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	name := filepath.Base(file)
	var answers, correct, wrong, notAnswers, guessed int
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		row := strings.TrimSpace(sc.Text())
		if row == "" || strings.HasPrefix(row, "#") {
			continue
		}
		parts := strings.SplitN(row, "|", 3)
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want questionID|optionValue|text, got %q", name, line, row)
		}
		qid, want, text := parts[0], strings.TrimSuffix(parts[1], "~"), parts[2]
		if questionIndex(qid) < 0 {
			t.Fatalf("%s:%d: unknown question %q", name, line, qid)
		}
		want, also, _ := strings.Cut(want, " ") // "yes some": either is right
		for _, v := range []string{want, also} {
			if v == "" || v == "?" {
				continue
			}
			if _, ok := questions[questionIndex(qid)].optionByValue(v); !ok {
				t.Fatalf("%s:%d: %s has no option %q", name, line, qid, v)
			}
		}
		got := decideText(t, qid, text)
		if also != "" && got == also {
			got = want
		}
		switch {
		case want == "?":
			notAnswers++
			if got != "?" {
				guessed++
				t.Errorf("%s:%d: %s %q taken as %q, want a re-ask", name, line, qid, text, got)
			}
		case got == want:
			answers++
			correct++
		case got == "?":
			answers++
			t.Logf("%s:%d: %s %q re-asked, want %q", name, line, qid, text, want)
		default:
			answers++
			wrong++
			t.Errorf("%s:%d: %s %q taken as %q, want %q (unsure is allowed, wrong is not)", name, line, qid, text, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	acc := float64(correct) / float64(answers)
	t.Logf("%s: answers %d/%d correct (%.1f%%), %d wrong guesses, %d re-asked; not answers %d/%d re-asked",
		name, correct, answers, 100*acc, wrong, answers-correct-wrong, notAnswers-guessed, notAnswers)
	if acc < 0.90 {
		t.Errorf("%s: accuracy %.1f%%, want at least 90%%", name, 100*acc)
	}
}
