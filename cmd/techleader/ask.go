package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/springfield/techleader/bot/cli"
	"github.com/springfield/techleader/knowledge"
)

// maxAskLine bounds one stdin question; longer lines are an error rather
// than an unbounded allocation.
const maxAskLine = 1 << 20

// askJSON is the JSON form of one answer. ID is the article answered, ""
// for anything else (a decline, a greeting); Alternatives are the articles
// close enough to offer as "did you mean"; Why is the shape and subject
// recognised in the question.
type askJSON struct {
	ID           string           `json:"id"`
	Title        string           `json:"title"`
	Score        float64          `json:"score"`
	Answer       string           `json:"answer"`
	Why          askWhy           `json:"why"`
	Alternatives []askAlternative `json:"alternatives"`
}

type askWhy struct {
	Shape   string `json:"shape"`
	Subject string `json:"subject"`
}

type askAlternative struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// runAsk answers questions from the knowledge base:
//
//	techleader ask "question"          prints the answer
//	techleader ask --json "question"   prints one JSON object
//	techleader ask [--json] < file     one question per line, one JSON object per line
func runAsk(ctx context.Context, args []string, e env) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "print the answer as a JSON object")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, `usage: techleader ask [--json] ["question"]
With no question, reads one question per line from standard input and prints one JSON object per line.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	kb, err := loadKnowledge()
	if err != nil {
		return fmt.Errorf("ask: load knowledge base: %w", err)
	}
	out := bufio.NewWriter(e.stdout)
	if fs.NArg() == 0 {
		if err := askLines(ctx, kb, e.stdin, out); err != nil {
			return err
		}
	} else {
		res := kb.Search(strings.Join(fs.Args(), " "))
		if *asJSON {
			err = writeJSON(out, res)
		} else {
			_, err = fmt.Fprintln(out, cli.PlainText(res.Answer))
		}
		if err != nil {
			return fmt.Errorf("ask: write answer: %w", err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("ask: write answer: %w", err)
	}
	return nil
}

// askLines answers each line of in, in order, one JSON object per line,
// flushing out after each so that interactive use sees every answer as
// soon as its question is typed. Blank lines get an answer too (the help
// text), so output line n always belongs to input line n.
func askLines(ctx context.Context, kb *knowledge.Base, in io.Reader, out *bufio.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64*1024), maxAskLine)
	for n := 1; sc.Scan(); n++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("ask: stopped at line %d: %w", n, err)
		}
		if err := writeJSON(out, kb.Search(sc.Text())); err != nil {
			return fmt.Errorf("ask: write answer %d: %w", n, err)
		}
		if err := out.Flush(); err != nil {
			return fmt.Errorf("ask: write answer %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("ask: read questions: %w", err)
	}
	return nil
}

func writeJSON(w io.Writer, r knowledge.Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	out := askJSON{
		ID: r.ID, Title: r.Title, Score: r.Score, Answer: r.Answer,
		Why:          askWhy{Shape: string(r.Why.Shape), Subject: string(r.Why.Subject)},
		Alternatives: []askAlternative{},
	}
	if out.Why.Shape == "" {
		out.Why.Shape = "none"
	}
	if out.Why.Subject == "" {
		out.Why.Subject = "none"
	}
	for _, m := range r.Alternatives {
		out.Alternatives = append(out.Alternatives, askAlternative{ID: m.ID, Title: m.Title})
	}
	return enc.Encode(out)
}
