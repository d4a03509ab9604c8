package conversation

import "strings"

// A budget answer that opens on a bare yes or no and then tells how it
// was before, the other way: "Yes, we could. Two years ago no, but the
// export growth changed that", "No. We used to have a bit of slack but
// not since fuel went up". The past is the contrast, the verdict is
// now; read together the two ends asked which was meant.

var (
	// budgetVerdictFillers may stand beside the yes or no: "yes, we could",
	// "we can, yes".
	budgetVerdictFillers = wordSet("we", "i", "could", "can", "would", "do", "definitely", "certainly", "honestly")
	// pastMarks open a sentence on the past: "two years ago", "we
	// used to", "back in 2019", "last year".
	pastMarks = wordSet("ago", "used", "back", "last", "once", "previously", "formerly")
)

// verdictBeforePast is the yes or no that opens text when what follows
// opens on the past and tells nothing the other way after it.
func verdictBeforePast(q *question, text string) (string, bool) {
	ss := sentences(text)
	if len(ss) < 2 {
		return "", false
	}
	v := bareVerdict(normalize(ss[0]))
	if v == "" {
		return "", false
	}
	past := false
	for _, s := range ss[1:] {
		w := normalize(s)
		if s == "?" || len(w) == 0 {
			return "", false
		}
		if !hasAny(w[:min(4, len(w))], pastMarks) {
			if r := matchPart(q, s, nil).value; r != "" && r != v {
				return "", false // a present told the other way
			}
			continue
		}
		past = true
		// What follows the turn in the past sentence is now: "but
		// the export growth changed that", "but this year we can't".
		if i := strings.Index(" "+strings.Join(w, " ")+" ", " but "); i >= 0 {
			now := strings.TrimSpace((" " + strings.Join(w, " ") + " ")[i+5:])
			r := matchPart(q, now, nil).value
			if r != "" && r != v || r == "" && v == "yes" && hasAny(normalize(now), negation) {
				return "", false // "but this year we can't"
			}
		}
	}
	return v, past
}

// bareVerdict is "yes" or "no" for a sentence that is only one, with
// its fillers: "Yes, we could", "We could, yes", "No".
func bareVerdict(w []string) string {
	v := ""
	for _, t := range w {
		switch {
		case yesWords[t] || t == "sure":
			if v == "no" {
				return ""
			}
			v = "yes"
		case budgetBareNos[t]:
			if v == "yes" {
				return ""
			}
			v = "no"
		case !budgetVerdictFillers[t]:
			return ""
		}
	}
	return v
}
