package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a message, with how it ended.
type sentence struct {
	text  string
	asked bool // ended with a question mark
}

// splitSentences cuts a message at ".", "!", "?", ";" and line breaks. A dot
// between single letters ("c.i.o.") or inside a word ("e.g", "3.5") does
// not end a sentence.
func splitSentences(s string) []sentence {
	var out []sentence
	start := 0
	flush := func(end int, asked bool) {
		if t := strings.TrimSpace(s[start:end]); t != "" {
			out = append(out, sentence{text: t, asked: asked})
		}
	}
	for i, r := range s {
		switch r {
		case '?', '!', ';', '\n':
			flush(i, r == '?')
			start = i + utf8.RuneLen(r)
		case '.':
			if !endsSentence(s, i) {
				continue
			}
			flush(i, false)
			start = i + 1
		}
	}
	flush(len(s), false)
	return out
}

// endsSentence reports whether the dot at s[i] ends a sentence: it is
// followed by a space or the end, and does not close a single letter of an
// abbreviation ("c.i.o. do").
func endsSentence(s string, i int) bool {
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	if i+1 < len(s) && !unicode.IsSpace(next) && next != '"' && next != '\'' && next != '”' {
		return false
	}
	prev, n := utf8.DecodeLastRuneInString(s[:i])
	if n == 0 || !unicode.IsLetter(prev) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i-n])
	return before != '.'
}

// questionStarters open a sentence that asks something even without a
// question mark ("explain the cio role", "can you compare them").
var questionStarters = map[string]bool{
	"what": true, "whats": true, "wat": true, "how": true, "who": true, "whos": true, "which": true,
	"when": true, "why": true, "where": true, "is": true, "are": true, "isnt": true, "arent": true,
	"do": true, "does": true, "did": true, "can": true, "could": true, "should": true, "would": true,
	"will": true, "shall": true, "may": true, "explain": true, "tell": true, "define": true,
	"describe": true, "compare": true, "help": true, "please": true, "pls": true, "give": true,
	"show": true, "list": true, "any": true, "whom": true, "whose": true,
	"write": true, "draft": true, "generate": true, "print": true, "repeat": true, "ignore": true,
}

// leadFillers open a sentence without changing what it asks ("so what is
// a cto", "ok and which one comes first"): they are skipped before looking
// for a question starter.
var leadFillers = map[string]bool{
	"ok": true, "okay": true, "so": true, "like": true, "and": true, "but": true, "also": true,
	"hi": true, "hey": true, "hello": true, "well": true, "anyway": true, "lol": true, "um": true,
	"honestly": true, "basically": true, "then": true, "first": true, "firstly": true, "second": true,
	"secondly": true, "sorry": true, "dear": true, "quick": true, "question": true, "q": true,
	"yes": true, "no": true, "right": true, "now": true, "thanks": true, "thx": true, "oh": true,
}

// askMarkers are word sequences that make a statement a question ("I'm
// trying to figure out whether...", "I'd like to know what...", "my board
// wants me to justify..."), wherever they stand in the sentence.
var askMarkers = [][]string{
	{"want", "to", "know"}, {"like", "to", "know"}, {"need", "to", "know"}, {"wish", "to", "know"},
	{"figure", "out"}, {"figur", "out"}, {"figuring", "out"}, {"work", "out"}, {"find", "out"},
	{"wondering"}, {"i", "wonder"}, {"tell", "me"}, {"explain"}, {"grateful"}, {"appreciate", "it", "if"},
	{"can", "you"}, {"could", "you"}, {"would", "you"}, {"help", "me"}, {"let", "me", "know"},
	{"want", "to", "understand"}, {"need", "to", "understand"}, {"justify"}, {"not", "sure"},
	{"any", "idea"}, {"curious"}, {"make", "the", "case"}, {"rough", "idea"}, {"an", "idea", "of"},
}

// asks reports whether a sentence that does not end in "?" still asks:
// it opens like a question or a request (after fillers such as "ok so"),
// or holds an ask marker.
func asks(toks []string) bool {
	for _, t := range toks {
		if !leadFillers[t] {
			if questionStarters[t] {
				return true
			}
			break
		}
	}
	return hasMarker(toks)
}

// questionPart splits a message's sentences into the question asked and the
// context around it. Sentences ending in "?" or holding an ask marker are
// the question; without any, sentences opening like a question or a
// request; without those, all of it.
func questionPart(ss []sentence) (question, context []string) {
	pick := pickQuestion(ss, sentenceTokens(ss, nil))
	for i, s := range ss {
		if pick[i] {
			question = append(question, s.text)
		} else {
			context = append(context, s.text)
		}
	}
	return question, context
}

// sentenceTokens tokenises each sentence, with its respellings when rs
// is not nil.
func sentenceTokens(ss []sentence, rs respeller) [][]string {
	toks, _ := sentenceWords(ss, rs)
	return toks
}

// sentenceWords is sentenceTokens that also returns the clause breaks
// before each sentence's tokens (see tokenizeCut).
func sentenceWords(ss []sentence, rs respeller) (toks [][]string, cuts [][]bool) {
	toks, cuts = make([][]string, len(ss)), make([][]bool, len(ss))
	for i, s := range ss {
		toks[i], cuts[i] = rs.applyCut(tokenizeCut(s.text))
	}
	return toks, cuts
}

// pickQuestion marks the sentences of the question part (see
// questionPart), given the tokens of every sentence.
func pickQuestion(ss []sentence, toks [][]string) (pick []bool) {
	pick = make([]bool, len(ss))
	found := false
	for i, s := range ss {
		if len(ss) > 1 && (s.asked || hasMarker(toks[i])) {
			pick[i], found = true, true
		}
	}
	if found {
		dropStoryMarkers(ss, pick, toks)
		dropTags(pick, toks)
	}
	if !found && len(ss) > 1 {
		for i := range ss {
			if asks(toks[i]) {
				pick[i], found = true, true
			}
		}
	}
	if !found {
		// Nothing shows which sentence asks: all of it does.
		for i := range pick {
			pick[i] = true
		}
	}
	return pick
}

// dropStoryMarkers leaves out of the question the sentences that hold
// only an ask marker ("I'm not sure he's ready") before a question that
// ends in "?" and names a role ("who owns security, the CIO or the
// CTO?"): that question asks for itself, the marker is the story.
func dropStoryMarkers(ss []sentence, pick []bool, toks [][]string) {
	last := -1
	for i, s := range ss {
		// A role named in the possessive counts ("am I right that the
		// CIO's work is internal?").
		if s.asked && slices.ContainsFunc(toks[i], func(w string) bool { return roleTokens[w] || roleTokens[strings.TrimSuffix(w, "s")] }) {
			last = i
		}
	}
	for i := 0; i < last; i++ {
		if !ss[i].asked {
			pick[i] = false
		}
	}
}

// dropTags leaves out of the question a belief with a tag ("a CIO is the
// inside systems and a CTO the product, right?") when a later sentence
// asks a question of its own ("when do we need a CTO?"): the belief is
// the story, the later question what is asked.
func dropTags(pick []bool, toks [][]string) {
	last := -1
	for i := len(pick) - 1; i >= 0; i-- {
		if pick[i] && !tagged(toks[i]) {
			last = i
			break
		}
	}
	for i := 0; i < last; i++ {
		if pick[i] && tagged(toks[i]) {
			pick[i] = false
		}
	}
}

// tagged reports a statement ending in a tag asking for agreement: "...,
// right?", "..., no?", not a question opening with a question word ("which
// one is right?").
func tagged(toks []string) bool {
	if len(toks) < 3 || questionStarters[toks[0]] {
		return false
	}
	return confirmTags[toks[len(toks)-1]]
}

// confirmTags end a statement asking for agreement.
var confirmTags = map[string]bool{"right": true, "correct": true, "no": true, "yes": true, "innit": true, "eh": true, "yeah": true, "true": true}

// clauseJoiners join a second question to a first ("... and what does it
// cost", "... also, who runs it") when a question word follows.
var clauseJoiners = map[string]bool{"and": true, "also": true, "plus": true, "then": true}

// clauseStarters open the second question after a joiner.
var clauseStarters = map[string]bool{
	"what": true, "whats": true, "how": true, "who": true, "which": true, "when": true, "why": true,
	"is": true, "are": true, "do": true, "does": true, "can": true, "could": true, "should": true,
	"would": true, "will": true,
}

// clauses cuts a sentence's tokens where a joiner and a question word
// start another question: "whats a vcto and what would it cost us" asks
// two things.
func clauses(toks []string) [][]string {
	var out [][]string
	start := 0
	for i := 1; i+1 < len(toks); i++ {
		if clauseJoiners[toks[i]] && clauseStarters[toks[i+1]] {
			out = append(out, toks[start:i])
			start = i + 1
		}
	}
	return append(out, toks[start:])
}

// clauseCut returns the clause breaks of the clause of n tokens that
// starts at token at of a sentence whose breaks are cut (nil for none).
func clauseCut(cut []bool, at, n int) []bool {
	if cut == nil {
		return nil
	}
	return cut[at : at+n]
}

// hasMarker reports whether toks hold an ask marker.
func hasMarker(toks []string) bool {
	for i := range toks {
		for _, m := range askMarkers {
			if hasPrefixAt(toks, i, m) {
				return true
			}
		}
	}
	return false
}

func texts(ss []sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.text
	}
	return out
}
