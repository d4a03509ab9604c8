package conversation

import (
	"regexp"
	"strings"
)

// selfCorrectionMark finds where an owner takes back what they just said
// ("about 30. no wait, 34", "established. wait, no, growing"): what
// comes before it was retracted, so it is no part of the answer (no
// second group of people to add, no option to weigh against the new one).
var selfCorrectionMark = regexp.MustCompile(`(?i)\b(?:(?:no|nope|oh|sorry)[,.]?\s+wait|wait[,.]?\s+(?:no|sorry)|scratch that|correction:)\b[\s,.:!-]*`)

// afterSelfCorrection is text past its last self-correction, or text
// whole when it has none or nothing follows it.
func afterSelfCorrection(text string) string {
	if !mayCorrectItself(text) {
		return text // the regexp, run on every answer, cost a tenth of reading
	}
	locs := selfCorrectionMark.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	rest := strings.TrimSpace(text[locs[len(locs)-1][1]:])
	if len(normalize(rest)) == 0 {
		return text
	}
	return rest
}

// mayCorrectItself reports whether text holds a word every
// selfCorrectionMark needs: "wait", "scratch" or "correction", in any case.
func mayCorrectItself(text string) bool {
	for _, w := range [...]string{"wait", "scratch", "correction"} {
		for i := 0; i+len(w) <= len(text); i++ {
			if strings.EqualFold(text[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// leanWithinBetween finds an answer placed between two options and then
// leaned to one ("between quite a lot and completely, closer to
// completely"): the words after the lean name the answer.
var leanWithinBetween = regexp.MustCompile(`(?i)\bbetween\b.+?\b(?:closer|nearer|leaning|more)\s+(?:to|towards|toward)\b[\s,.:-]*`)

// afterLean is text past the lean of a between, or text whole.
func afterLean(text string) string {
	loc := leanWithinBetween.FindStringIndex(text)
	if loc == nil {
		return text
	}
	if rest := strings.TrimSpace(text[loc[1]:]); len(normalize(rest)) > 0 {
		return rest
	}
	return text
}

// totalBeforeBreakdown finds a headcount that opens with its total and
// then counts it out ("14: six lawyers, four assistants, ..."): the
// total is the answer, the parts only tell who they are.
var totalBeforeBreakdown = regexp.MustCompile(`(?i)^\s*((?:about|around|roughly|some)?\s*\d[\d,]*)\s*(?::|\s[-–—]\s)\s*\S`)

// leadingTotal is the total a headcount opens with before its breakdown,
// or text whole.
func leadingTotal(text string) string {
	if m := totalBeforeBreakdown.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return text
}
