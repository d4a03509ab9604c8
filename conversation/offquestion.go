package conversation

import (
	"regexp"
	"strings"
)

// offQuestionMark finds where an owner sets aside what they just told as
// not what was asked ("The hardware store's been in the family since
// '48, but that's not what you're asking about. The fabrication business
// is mine and it opened fourteen months ago"): the answer follows it.
var offQuestionMark = regexp.MustCompile(`(?i)\b(?:that'?s|that is)\s+(?:not what you(?:'re| are|re)? (?:asking|asked|mean|meant)|beside the point|not the question|not what i(?:'m| am|m) answering)\b[\s,.;:!-]*`)

// offQuestionCues are words offQuestionMark needs: the text is lowered
// once and searched, the regexp run only where one is found.
var offQuestionCues = [...]string{"point", "what you", "question", "answering"}

// afterOffQuestion is text past its last aside set off as not what was
// asked, or text whole when it has none or nothing follows it.
func afterOffQuestion(text string) string {
	if !containsAny(strings.ToLower(text), offQuestionCues[:]) {
		return text
	}
	locs := offQuestionMark.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	rest := strings.TrimSpace(text[locs[len(locs)-1][1]:])
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest, "about"), "About"))
	if len(normalize(rest)) == 0 {
		return text
	}
	return rest
}
