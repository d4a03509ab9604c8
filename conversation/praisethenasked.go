package conversation

import "strings"

// A trouble answer that praises one part and then raises another as a
// question ("The invoices are fine, but the job records? All over the
// place.") faults only that part: the words after the question mark
// comment on the part raised, and read alone they would make the whole
// the worst. The answer is read whole, the praise with the fault.

// raisedPraise call a part sound.
var raisedPraise = wordSet("fine", "good", "great", "solid", "clean", "tidy", "ok", "okay", "accurate",
	"reliable", "sorted", "excellent", "spot")

// raisedNotTopic are words a bare raised part never holds: a verb or a
// question word makes the raised words a real question.
var raisedNotTopic = wordSet("is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will",
	"have", "has", "why", "how", "who", "when", "where", "should", "am", "isnt", "arent", "dont", "doesnt", "you")

// praiseThenAsked reports a head (the text up to its last question mark)
// that praises a part and then, after "but", names another part alone.
func praiseThenAsked(q *question, head string) bool {
	if !q.trouble {
		return false
	}
	hw := normalize(head)
	b := -1
	for i, t := range hw {
		if t == "but" {
			b = i
		}
	}
	if b < 2 {
		return false
	}
	before, raised := hw[:b], hw[b+1:]
	return len(raised) >= 1 && len(raised) <= 5 && !hasAny(raised, raisedNotTopic) &&
		hasAny(before, raisedPraise) && !hasAny(before, negation)
}

// praisedThenRaised is the middle option for a trouble answer whose head
// praises a part and raises another, when the words after the question
// mark fault the part raised ("... but the stock figures? Nobody trusts
// those."): one part sound and one not is some trouble.
func praisedThenRaised(q *question, text string) (answerMatch, bool) {
	if !q.trouble || q.hedge == "" || !strings.Contains(text, "?") {
		return answerMatch{}, false
	}
	head, tail, ok := questionTail(text)
	if !ok || !praiseThenAsked(q, head) {
		return answerMatch{}, false
	}
	if v := matchPart(q, tail, nil).value; v != q.yes && v != q.hedge {
		return answerMatch{}, false // "... but the stock? Also fine."
	}
	return answerMatch{value: q.hedge, signal: true}, true
}
