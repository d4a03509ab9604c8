package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/springfield/techleader/knowledge"
)

// knowledgeEnv is where the articles come from: KNOWLEDGE_DIR, a directory
// of Markdown articles edited without a rebuild; unset, the articles
// embedded in the binary.
type knowledgeEnv struct {
	Dir string `envconfig:"KNOWLEDGE_DIR"`
}

// loadKnowledge builds the knowledge base from KNOWLEDGE_DIR, or from the
// embedded articles when it is unset. Articles that fail `techleader kb
// check` are refused with every problem named, so serve and chat do not
// start on them.
func loadKnowledge() (*knowledge.Base, error) {
	var c knowledgeEnv
	if err := loadEnv(&c); err != nil {
		return nil, err
	}
	if c.Dir == "" {
		return knowledge.New()
	}
	kb, err := knowledge.LoadDir(c.Dir)
	if err != nil {
		return nil, fmt.Errorf("KNOWLEDGE_DIR: %w", err)
	}
	return kb, nil
}

const kbUsage = `usage: techleader kb check [DIR]
Checks the articles in DIR (default: KNOWLEDGE_DIR, else the embedded ones) and prints one
line per problem: front matter, unknown related ids, missing required articles, over-long
answers, sample questions not answered by their own article. Exits non-zero on any problem.
`

// runKB runs the knowledge-base tools; "check" is the only one.
func runKB(_ context.Context, args []string, e env) error {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprint(e.stderr, kbUsage)
		return errUsage
	}
	fs := flag.NewFlagSet("kb check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, kbUsage) }
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return errUsage
	}
	dir := fs.Arg(0)
	if dir == "" {
		var c knowledgeEnv
		if err := loadEnv(&c); err != nil {
			return err
		}
		dir = c.Dir
	}
	name := dir
	if name == "" {
		name = "embedded articles"
	}
	problems := knowledge.Check(dir)
	for _, p := range problems {
		fmt.Fprintln(e.stdout, p)
	}
	if len(problems) > 0 {
		return fmt.Errorf("kb check: %d problem(s) in %s", len(problems), name)
	}
	fmt.Fprintf(e.stdout, "%s: all articles pass the check\n", name)
	return nil
}
