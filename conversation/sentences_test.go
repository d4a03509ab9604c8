package conversation

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/springfield/techleader/conversation/answers"
)

// sentenceEndPattern is the definition sentenceBreak implements by hand
// (a regexp here cost a tenth of the reading time).
var sentenceEndPattern = regexp.MustCompile(`[.!?]+["'”’)]*(\s+|$)`)

func sentencesByPattern(text string) []string {
	var out []string
	start := 0
	for _, loc := range append(sentenceEndPattern.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		s := text[start:loc[0]]
		if strings.TrimSpace(s) != "" {
			if strings.Contains(text[loc[0]:loc[1]], "?") {
				s = "?"
			}
			out = append(out, s)
		}
		start = loc[1]
	}
	return out
}

// TestSentencesMatchTheirDefinition splits every labelled answer, and
// some edge cases, both ways.
func TestSentencesMatchTheirDefinition(t *testing.T) {
	texts := []string{"", ".", "?!", "1.5k people", "Fine. Well, actually no", "slow? no.", `He said "no." Then yes`,
		"ok…  yes", "a.b. c", "end.”  next", "end’ next", "x.) y", "x.)y", "what?? really!! ok.", "\tTabs.\nNew line"}
	for _, r := range answers.All() {
		texts = append(texts, r.Text)
	}
	for _, text := range texts {
		if got, want := sentences(text), sentencesByPattern(text); !slices.Equal(got, want) {
			t.Errorf("sentences(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSelfCorrectionPrefilter: the cheap check never hides a mark the
// regexp would find.
func TestSelfCorrectionPrefilter(t *testing.T) {
	texts := []string{"about 30. no wait, 34", "Established. WAIT, no, growing", "ten. Scratch that: twelve", "CORRECTION: 40", "we wait for nothing"}
	for _, r := range answers.All() {
		texts = append(texts, r.Text)
	}
	for _, text := range texts {
		if selfCorrectionMark.MatchString(text) && !mayCorrectItself(text) {
			t.Errorf("mayCorrectItself(%q) = false, but the text corrects itself", text)
		}
	}
}
