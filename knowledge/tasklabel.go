package knowledge

import (
	"strings"
	"unicode"
)

// taskLabel reports a new order announced by a label and a colon ("new
// task: write a poem", "your next task:"), as a prompt template would
// give it; "a new task for a CIO" asked in a sentence has no colon. It
// runs on every message, so it reads the two words before each colon
// without cutting the text into words.
func taskLabel(lower string) bool {
	for rest := lower; ; {
		before, after, ok := strings.Cut(rest, ":")
		if !ok {
			return false
		}
		noun, head := lastWord(before)
		if taskNouns[noun] {
			if opener, _ := lastWord(head); taskOpeners[opener] {
				return true
			}
		}
		rest = after
	}
}

// lastWord splits s into its last space-separated word and what comes
// before it.
func lastWord(s string) (word, head string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	return s[i+1:], s[:max(i, 0)]
}

var (
	taskNouns   = map[string]bool{"task": true, "tasks": true, "instruction": true, "instructions": true, "prompt": true, "order": true, "orders": true}
	taskOpeners = map[string]bool{"new": true, "next": true, "your": true, "another": true, "different": true, "real": true, "actual": true, "updated": true}
)
