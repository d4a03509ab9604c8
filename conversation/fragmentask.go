package conversation

import "strings"

// Owners answer with a question mark on what is no question: a fragment
// ("Hackers? In a blacksmith's forge?", "Ha! A full-time tech boss at
// an archery range?") or a statement with a tag ("Grass doesn't need a
// server, does it?"). With no question word opening it and nothing of
// the roles, the assessment or a word's meaning in it, there is nothing
// to look up: it is a retort, read as an answer when it says one and
// otherwise asked again, never answered with an article.
//
// The retort that sets the topic or the hire in a humble place ("at an
// archery range?", "for a corner shop?", "In a forge?") says the thing
// does not belong there: no budget, little worry or reliance, no data
// trouble, no products and no innovation.

// fragmentAsk reports text whose every question is a fragment or a tag
// (read without its question mark, no sentence asking opens like a
// question, none names the roles or the assessment) and that is said as
// a retort: a statement closed by a tag, an exclamation beside it ("Ha!"),
// or the thing set in a humble place. A bare fragment ("Counting the
// seasonal pickers?", "Full time or part time?") may ask what is meant
// and goes on to the knowledge base.
func fragmentAsk(text string) bool {
	if !fragmentQuestions(text) {
		return false
	}
	return taggedStatement(text) || exclaimed(text) || misplaced(text)
}

// fragmentQuestions reports text with a question, each question a
// fragment or a tag and none about the roles or the assessment.
func fragmentQuestions(text string) bool {
	w := normalize(text)
	if len(w) == 0 || hasAny(w, knowledgeWords) || confused(w) {
		return false
	}
	asks := false
	for start := 0; start < len(text); {
		end, next := sentenceBreak(text, start)
		if strings.Contains(text[end:next], "?") {
			asks = true
			if isQuestionLike(text[start:end]) {
				return false
			}
		}
		start = next
	}
	return asks
}

// tagAux and tagSubjects make a question tag: "does it", "isn't it",
// "don't they"; tagWords are tags of one word: "right?", "eh?".
var (
	tagAux = wordSet("do", "does", "did", "dont", "doesnt", "didnt", "is", "isnt", "are", "arent", "was", "wasnt",
		"has", "hasnt", "have", "havent", "can", "cant", "will", "wont", "would", "wouldnt", "could", "couldnt")
	tagSubjects = wordSet("it", "they", "we", "you", "i", "there", "he", "she", "that")
	tagWords    = wordSet("right", "eh", "innit", "surely", "yeah", "no")
)

// taggedStatement reports a question that is a statement closed by a
// tag: "Grass doesn't need a server, does it?", "An auditor's dream,
// right?".
func taggedStatement(text string) bool {
	body := strings.TrimRight(strings.TrimSpace(text), "?!. ")
	c := strings.LastIndexByte(body, ',')
	if c < 0 || len(normalize(body[:c])) < 2 {
		return false
	}
	w := normalize(body[c+1:])
	switch len(w) {
	case 1:
		return tagWords[w[0]]
	case 2:
		return tagAux[w[0]] && tagSubjects[w[1]]
	case 3:
		return tagAux[w[0]] && tagSubjects[w[1]] && w[2] == "not"
	}
	return false
}

// interjections said as a retort: "Ha! A tech boss here?".
var interjections = wordSet("ha", "hah", "haha", "hahaha", "lol", "lmao", "pfft", "pah", "yeah")

// exclaimed reports text with an exclamation or an interjection of
// disbelief beside its question.
func exclaimed(text string) bool {
	w := normalize(text)
	return strings.Contains(text, "!") || len(w) > 0 && interjections[w[0]]
}

// misplacedValues are the options a retort of a humble place gives.
var misplacedValues = map[string]string{
	qBudget: "no", qSecurity: "low", qOps: "low", qData: "no", qProducts: "no", qInnovation: "no",
}

// placePreps and placeDets open where the retort sets the thing: "at
// an", "for a", "in my".
var (
	placePreps = wordSet("in", "at", "for", "on", "inside", "from", "after")
	placeDets  = wordSet("a", "an", "my", "our", "one", "this", "some")
	// clauseVerbs make the fragment a clause with a subject or a verb
	// of its own ("for a shop we'd need"): no bare retort.
	clauseVerbs = wordSet("i", "we", "you", "they", "he", "she", "it", "its", "im", "were", "youre", "theyre",
		"would", "could", "can", "will", "should", "do", "does", "did", "is", "are", "was", "need", "needs",
		"have", "has", "not", "no", "never")
)

// misplacedReading reads a fragment retort whose last clause puts the
// topic or the hire in a humble place: "Hackers? In a blacksmith's
// forge?", "A full-time tech boss at an archery range?".
func misplacedReading(q *question, text string) (answerMatch, bool) {
	v := misplacedValues[q.ID]
	if v == "" || !misplaced(text) || !fragmentQuestions(text) {
		return answerMatch{}, false
	}
	return answerMatch{value: v, signal: true}, true
}

// notPlaces follow "in a" without setting a place: "in a normal
// year?", "in a pinch?" ask about when, not where.
var notPlaces = wordSet("year", "years", "month", "months", "week", "weeks", "day", "days", "season", "quarter",
	"normal", "typical", "good", "bad", "way", "sense", "pinch", "emergency", "crisis", "perfect", "ideal",
	"world", "rush", "hurry", "while", "bit", "few", "couple", "row")

// misplaced reports text ending in a question whose last clause, with no
// verb or subject of its own, sets something in a place: "in a forge?",
// "for a corner shop?", "at an archery range?".
func misplaced(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, "?") {
		return false
	}
	body := strings.TrimRight(t, "?!. ")
	if i := strings.LastIndexAny(body, ",;:?!."); i >= 0 {
		body = body[i+1:]
	}
	w := normalize(body)
	if len(w) < 3 || len(w) > 10 || hasAny(w, clauseVerbs) || hasAny(w, notPlaces) {
		return false
	}
	for i := 0; i+2 < len(w); i++ {
		if placePreps[w[i]] && placeDets[w[i+1]] {
			return true
		}
	}
	return false
}
