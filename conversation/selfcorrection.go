package conversation

import (
	"regexp"
	"strings"
)

// selfCorrectionMark finds where an owner takes back what they just said
// ("about 30. no wait, 34", "established. wait, no, growing", "not
// really a worry, actually yes it is", "a little. no, a lot", "steady.
// hmm, no, growing"; an
// "actually" only before a turn of its own, as "actually no", for the
// word also opens asides: "well, actually the coffee machine is
// broken, but that is not IT"): what
// comes before it was retracted, so it is no part of the answer (no
// second group of people to add, no option to weigh against the new one).
var selfCorrectionMark = regexp.MustCompile(`(?i)(?:\b(?:(?:no|nope|oh|sorry)[,.]?\s+wait|wait[,.]?\s+(?:no|sorry)|scratch that|scrap that|strike that|i take that back|make that|or rather|correction:|(?:hang|hold) on[,.!]|on second thoughts?|come to think of it|thinking about it)\b|[,.;!?…–—-]\s*(?:well[,.]?\s+)?actually[,.]?\s+(?:no|nope|nah|yes|yeah|yep|not|more|less|it is|its|it's|they are|they're|theyre|we are|we're|were)\b|[.;!…]\s*(?:(?:hmm+|um+|uh+|erm?)[,.]*\s+)?(?:no|nope|nah)[,.!]+\s)[\s,.:!-]*`)

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

// standsBy is the part of text the owner stands by: past its last
// self-correction, or past "well, <degree>" (afterWellDegree), when that
// part reads an option alone, else text whole. The model and the doubt read that part too, not the words taken
// back ("not really a worry, actually yes it is": no "not" to doubt),
// nor the words set aside as not what was asked.
func standsBy(q *question, text string, narrow []string) string {
	after := afterOffQuestion(afterWellDegree(afterSelfCorrection(text)))
	if after == text || q.headcount == nil && isNumber(after) {
		return text
	}
	if matchUncorrected(q, after, narrow).value == "" {
		return text
	}
	return after
}

// middlePickDenied finds an answer that opens with a pick said with a
// question mark and then a no ("maybe somewhat? no. ...").
var middlePickDenied = regexp.MustCompile(`(?i)^\s*([^.?!;]{1,40})\?\s*(?:no|nope|nah)\b[\s,.!;:-]*`)

// middleTakenBack is what follows a middle option said with a question
// mark and taken back with a no ("maybe somewhat? no. if I'm honest we
// never go looking for new stuff"): the option denied is no reading,
// what follows is, or else a re-ask. Only a middle option: it has no
// yes or no sense, where a no after an end one may answer an echoed
// question ("faster than us? no, ...", "secure? no.").
func middleTakenBack(q *question, text string) (string, bool) {
	m := middlePickDenied.FindStringSubmatchIndex(text)
	if m == nil || q.headcount != nil {
		return "", false
	}
	rest := strings.TrimSpace(text[m[1]:])
	pos := optionPos(q, matchUncorrected(q, text[m[2]:m[3]], nil).value)
	return rest, len(normalize(rest)) > 0 && pos > 0 && pos < len(q.Options)-1
}

// withoutTakenBack is a description without the clauses it takes back:
// "a joinery since 1990, we're 9, no wait, 14" tells "a joinery since
// 1990, 14", and "Security is not really a worry, actually yes it is
// since the phishing email" tells "yes it is since the phishing email".
// What is left may no longer name its topic; then the point is asked,
// never filled from the words taken back.
func withoutTakenBack(text string) string {
	if !mayCorrectItself(text) {
		return text
	}
	locs := selfCorrectionMark.FindAllStringIndex(text, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		at, end := locs[k][0], locs[k][1]
		if len(normalize(text[end:])) == 0 {
			continue
		}
		// The clause taken back starts after the last break before it.
		from := strings.LastIndexAny(strings.TrimRight(text[:at], " ,;:.!"), ".!?\n,;:") + 1
		text = text[:from] + " " + text[end:]
	}
	return text
}

// mayCorrectItself reports whether text holds a cue one of
// selfCorrectionMark's marks needs, in any case.
func mayCorrectItself(text string) bool {
	lower := strings.ToLower(text)
	return containsAny(lower, correctionCues[:]) ||
		containsAny(lower, fillerCues[:]) && containsAny(lower, fillerNoCues[:])
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// correctionCues are the words and marks selfCorrectionMark's marks need.
var correctionCues = [...]string{"wait", "scratch", "scrap", "strike", "take that", "make that", "rather",
	"correction", "hang on", "hold on", "second thought", "think", "actually", ". n", "! n", "; n", "… n"}

// fillerCues and fillerNoCues are what a no after a filler needs
// ("steady. hmm, no, growing"): both, or the mark cannot match. A filler
// alone is in too many words ("every", "number") to be a cue.
var (
	fillerCues   = [...]string{"hm", "um", "uh", "er"}
	fillerNoCues = [...]string{"no", "nah"}
)

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
