package conversation

import (
	"slices"
	"strings"
)

// Owners answer with a question back: "do I look like Apple?", "how
// would I know what they're doing?", "are vets building apps now? we're
// not". Such a question is no request for an article; a statement after
// it is the answer, unless it only answers the owner's own question ("could
// we work without the software? no"), whose yes or no says nothing of the
// options.

// questionTail splits text after its last question mark that has words
// after it: the question and the statement that follows, if any.
func questionTail(text string) (head, tail string, ok bool) {
	i := strings.LastIndex(strings.TrimRight(strings.TrimSpace(text), "?!. "), "?")
	if i < 0 {
		return text, "", false
	}
	tail = strings.TrimSpace(text[i+1:])
	if len(normalize(tail)) == 0 {
		return text, "", false
	}
	return text[:i+1], tail, true
}

// rhetoricalOpeners are how a question back starts: a hypothetical about
// oneself ("why would I", "how would we know"), or a retort ("do I look
// like", "are you serious").
var rhetoricalOpeners = []string{
	"why would i", "why would we", "why would anyone", "why should i", "why should we",
	"how would i", "how would we", "how could i", "how could we", "how should i", "how should we",
	"where would i", "where would we", "where do i find", "where would the", "who would", "who cares",
	"do i look like", "do we look like", "does it look like", "are you serious", "are you kidding",
	"are you joking", "you serious", "you kidding", "you joking", "what do you think", "what do you reckon",
	"is the pope", "does anyone", "doesnt everyone", "doesnt everybody", "isnt everyone", "dont we all",
	"would you", "wouldnt you", "who doesnt", "who isnt", "why not", "what else", "is it nice", "isnt it",
	"could we", "can we", "would we", "could i", "can i", "would i", "would you call", "how many would you",
}

// knowledgeWords are what a real question mid-assessment asks about:
// the roles and the assessment itself.
var knowledgeWords = wordSet("cio", "cto", "cios", "ctos", "executive", "executives", "fractional",
	"virtual", "role", "roles", "consultant", "assessment", "question", "questions", "option", "options",
	"mean", "means", "explain", "example", "count", "counts", "include", "includes", "cost", "costs", "earn",
	"salary")

// rhetorical reports whether a question-like text is a question back:
// it opens like one and asks about none of the roles or the assessment.
func rhetorical(text string) bool {
	w := normalize(text)
	if len(w) == 0 || hasAny(w, knowledgeWords) {
		return false
	}
	joined := strings.Join(w, " ") + " "
	for _, p := range rhetoricalOpeners {
		if strings.HasPrefix(joined, p+" ") {
			return true
		}
	}
	return false
}

// bareYesNo reports whether text holds nothing but generic answer words
// ("no", "sure", "not really"): after a question of the owner's own, the
// answer to that question, not to the pending one.
func bareYesNo(q *question, text string) bool {
	w, cut := tokenize(text)
	r := read(q, w, cut)
	return r.content < 0 && len(r.negated) == 0 && len(w) <= 4 && (r.class[affirm] || r.class[deny])
}

// affirmingWords make up a yes said of the owner's own question: "I'd
// say so", "I would", "because I am", "yes I suppose".
var affirmingWords = wordSet("i", "id", "we", "wed", "it", "its", "am", "im", "are", "were", "is", "would",
	"do", "does", "say", "so", "suppose", "guess", "think", "reckon", "because", "yes", "yeah", "yep", "sure",
	"definitely", "certainly", "probably", "well", "then")

// elliptic reports whether text is a yes to the owner's own question and
// nothing more: "I'd say so", "I would", "yes I suppose".
func elliptic(text string) bool {
	w := normalize(text)
	return len(w) > 0 && len(w) <= 4 && !slices.ContainsFunc(w, func(t string) bool { return !affirmingWords[t] })
}

// answerPart is the part of text that answers q: the statement after a
// question back, or the question itself when the owner says yes to it
// ("is that scaling? I'd say so"), or what follows a middle option taken
// back (see middleTakenBack). It reports false when the owner only
// answers their own question ("could we work without it? no"): nothing
// to read.
func answerPart(q *question, text string) (string, bool) {
	if rest, ok := middleTakenBack(q, text); ok {
		return rest, true // "maybe somewhat? no. we never go looking": the rest
	}
	if stmt, ok := statementBeforeAsk(q, text); ok {
		return answerPart(q, stmt) // "About 120, plus the office. Happy?": the statement
	}
	head, tail, ok := questionTail(text)
	switch {
	case ok && q.ID == qProducts && deniedElliptic(normalize(tail)):
		// "do bakers make apps? we don't": others asked about, denied
		// for us. Our own question answered ("are we building apps? we
		// aren't") is asked again, as every such answer.
		return tail, !hasAny(normalize(head), selfWords)
	case !ok, tentativePick(q, head), echoedSystems(q, text), openingVerdict(q, head), leadAskedBack(q, head),
		praiseThenAsked(q, head), askedToBelieve(q, head):
		return text, true
	case elliptic(tail), retortStands(q, head, tail):
		return head, true
	case bareYesNo(q, tail):
		if hireEchoed(q, head) || reasonFragment(head) || echoedComparison(q, normalize(head)) {
			// "a full-time exec at €150k+? No.": the hire echoed after
			// a smaller spend; "For five people? No.": a reason said
			// aloud; "Behind? No.": the comparison asked about echoed.
			// The yes or no after it is the answer.
			return tail, true
		}
		// A restated question ("fund a full-time executive? no") is
		// the pending one: its yes or no answers it.
		return text, restates(q, normalize(head))
	case retort(q, tail) != "" && echoedAsk(head):
		// "A full-time what? On whose money?": a question back about
		// the means after the post echoed answers.
		return tail, true
	case isQuestionLike(tail):
		return text, true
	}
	return tail, true
}

// tentativePick reports a head that is an option said with a question
// mark, not a question back: "medium? we had card testing attacks twice,
// stripe blocked them" picks medium and tells why, so the whole answer
// is read, the pick with it.
func tentativePick(q *question, head string) bool {
	hw := normalize(head)
	if len(hw) == 0 || len(hw) > 4 || isQuestionLike(strings.TrimSuffix(strings.TrimSpace(head), "?")) {
		return false
	}
	return matchPart(q, head, nil).value != "" && !echoedTopic(q, hw) && !echoedComparison(q, hw)
}

// echoedTopic reports a head that only names the question's subject
// ("hackers?", "competitors?"): the owner echoes what is asked about
// before answering, no option is picked.
func echoedTopic(q *question, hw []string) bool {
	topic := map[string]bool{}
	for _, t := range append(slices.Clone(q.topics), q.aliases...) {
		for _, x := range normalize(t) {
			topic[x] = true
		}
	}
	for _, t := range hw {
		if !topic[t] && t != "the" && t != "our" && t != "my" {
			return false
		}
	}
	return true
}

// retortStands reports whether a question back that answers (see
// retort) is the answer though a statement follows it: the statement
// says nothing ("checkmate") or says the same ("no chance").
func retortStands(q *question, head, tail string) bool {
	v := retort(q, head)
	if v == "" {
		return false
	}
	m := matchPart(q, tail, nil)
	if m.value == v {
		return true
	}
	// "checkmate" says nothing; "plenty of crooks" answers the
	// question back the other way.
	tw := normalize(tail)
	return !m.signal && len(tw) <= 2 && !hasAny(tw, someoneWords)
}

// someoneWords answer "who would?" with someone: "plenty of crooks".
var someoneWords = wordSet("plenty", "lots", "many", "loads", "everyone", "anyone", "someone", "somebody",
	"all", "most", "heaps", "tons")

// echoedAsk reports a head that only echoes what is asked ("a full-time
// what?", "a whole salary?") or asks back about none of the roles: no
// real question ("what does a CIO cost?", "is a CIO expensive?").
func echoedAsk(head string) bool {
	hw := normalize(head)
	if !isQuestionLike(head) || len(hw) == 0 {
		return false
	}
	return !hasAny(hw, knowledgeWords) || len(hw) <= 4 && !isQuestionLike(strings.TrimRight(head, "?!. ")) &&
		!hasAny(hw, questionWordSet)
}
