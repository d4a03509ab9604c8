// Package answers holds the labelled free-text answers to the assessment
// that the conversation package learns from: answers*.txt (one answer a
// line) and profiles*.txt (companies, ten answers each). A row is
//
//	questionID|optionValue|text
//
// where optionValue "?" marks text that is not an answer, a trailing "~"
// an ambiguous answer where a re-ask is acceptable, and two values ("yes
// some", the likelier first) an answer a consultant could read either
// way: either is right, and so is a re-ask. Held-out sets
// that measure the reader stay in the conversation package's testdata,
// out of this directory, until they have been scored.
package answers

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed *.txt
var files embed.FS

// Row is one labelled answer.
type Row struct {
	File, Question, Want, Text string
	// Also is a second right option, when the writer gave two.
	Also string
	// Unsure: ambiguous, a re-ask is as right as Want.
	Unsure bool
}

// All returns every labelled row of the embedded files, in file order.
func All() []Row {
	names, _ := fs.Glob(files, "*.txt")
	var out []Row
	for _, name := range names {
		b, err := files.ReadFile(name)
		if err != nil {
			continue // embedded: cannot happen
		}
		out = append(out, Parse(name, string(b))...)
	}
	return out
}

// Parse returns the labelled rows of one file's text. Comments, blank
// lines and a profile's name, want and describe lines are skipped.
func Parse(file, text string) []Row {
	var out []Row
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		if len(parts) != 3 || strings.ContainsAny(parts[0], " :") {
			continue
		}
		want, unsure := strings.CutSuffix(parts[1], "~")
		want, also, two := strings.Cut(want, " ")
		out = append(out, Row{File: file, Question: parts[0], Want: want, Also: also, Text: parts[2], Unsure: unsure || two})
	}
	return out
}
