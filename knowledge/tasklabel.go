package knowledge

import "strings"

// taskLabel reports a new order announced by a label and a colon ("new
// task: write a poem", "your next task:"), as a prompt template would
// give it; "a new task for a CIO" asked in a sentence has no colon.
func taskLabel(lower string) bool {
	for rest := lower; ; {
		before, after, ok := strings.Cut(rest, ":")
		if !ok {
			return false
		}
		words := strings.Fields(before)
		if n := len(words); n >= 2 && taskNouns[words[n-1]] && taskOpeners[words[n-2]] {
			return true
		}
		rest = after
	}
}

var (
	taskNouns   = map[string]bool{"task": true, "tasks": true, "instruction": true, "instructions": true, "prompt": true, "order": true, "orders": true}
	taskOpeners = map[string]bool{"new": true, "next": true, "your": true, "another": true, "different": true, "real": true, "actual": true, "updated": true}
)
