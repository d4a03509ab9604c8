package conversation

// labelTail is a label's words after its opening "yes" or "no" and an
// "it's" ("Yes, it's central to our plans": "central to our plans"), or
// nil: owners echo the words that carry the option and leave the yes
// out. A tail of one word says too little to echo.
func labelTail(lw []string) []string {
	if len(lw) == 0 || lw[0] != "yes" && lw[0] != "no" {
		return nil
	}
	tail := lw[1:]
	if len(tail) > 0 && tail[0] == "its" {
		tail = tail[1:]
	}
	if len(tail) < 2 {
		return nil
	}
	return tail
}
