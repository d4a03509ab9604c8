package conversation

import (
	"regexp"
	"strings"
)

// wellDegreeMark finds an answer taken back to a degree after "well"
// ("not a priority, well, somewhat, we try proven kit", "no, well, a
// little"): the owner settles on the degree, as after "no wait"; the
// first words are retracted. Only a degree counts: "they're fine. well,
// the invoicing is slow" adds a trouble, it takes nothing back.
var wellDegreeMark = regexp.MustCompile(`(?i)[,.;!…]\s*well[,.]*\s+((?:somewhat|a\s+little|a\s+bit|partly|partially|sort\s+of|kind\s+of|to\s+some\s+(?:extent|degree))\b)`)

// afterWellDegree is text from the degree of its last "well, <degree>"
// on, or text whole when it has none.
func afterWellDegree(text string) string {
	if !strings.Contains(strings.ToLower(text), "well") {
		return text // spare the regexp on most answers
	}
	locs := wellDegreeMark.FindAllStringSubmatchIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	return text[locs[len(locs)-1][2]:]
}
