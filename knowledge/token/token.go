// Package token cuts text into lower-case words: one tokenizer for the
// knowledge base's search and for the conversation's reading of typed
// answers, with the few rules where they differ chosen by the caller.
package token

import (
	"unicode"
	"unicode/utf8"
)

// Rules are the readings a caller turns on.
type Rules struct {
	// Initials joins single letters with nothing but one dot or one "&"
	// between them: "c.i.o." is "cio", "R&D" is "rd". Search wants it
	// (abbreviations written with dots); answers do not ("a.b." is two
	// letters there).
	Initials bool
	// Numbers keeps a number whole: "1,200" is "1200", "1.5k" and "100%"
	// are one word each, and "+" is part of a word ("50+", "c++").
	// Answers want it (headcounts, years); search drops numbers, so it
	// splits them.
	Numbers bool
}

// Words lower-cases s and returns its words: runs of letters and digits
// (and what r adds). Apostrophes (' ’ ‘ `) are dropped rather than split
// on, so "what's" is "whats" and "CIO's" is "cios". Anything else,
// invalid UTF-8 included, separates words. A word already in lower case
// is a slice of s, not a copy.
func Words(s string, r Rules) []string {
	var t tokenizer
	t.run(s, r, false)
	return t.words
}

// AppendWords is Words appending the words to dst: many short texts
// then share one backing array.
func AppendWords(dst []string, s string, r Rules) []string {
	t := tokenizer{words: dst, first: len(dst)}
	t.run(s, r, false)
	return t.words
}

// Clauses is Words that also reports, for each word, whether a clause
// break comes before it: one of , ; : . ! ? — – or a hyphen at the start
// of the text or after a space ("yes - a bit" has one, "mid-sized" none).
// The first word never has one.
func Clauses(s string, r Rules) (words []string, cut []bool) {
	var t tokenizer
	t.run(s, r, true)
	return t.words, t.cut
}

// sep is what separates the word being read from the previous one, as
// far as Rules.Initials needs to know.
type sep uint8

const (
	sepNone  sep = iota // nothing (the first word, or only apostrophes)
	sepJoin             // exactly one "." or "&"
	sepOther            // anything else
)

type tokenizer struct {
	words []string
	first int // where the words of this text start in words
	cut   []bool
	// The word being read: where it lies in the input (start == end
	// when there is none), and its lower-cased text in buf once it is
	// no longer a plain slice of the input (clean).
	buf        []byte
	start, end int
	clean      bool
	broken     bool // a clause break since the last word
	before     sep  // the separator before the word being read
	between    sep  // the separator read since the last word
	initials   bool // the last word is a single letter, or letters joined
	keepCuts   bool
	prev       rune // the rune before the one being read, -1 at the start
}

func (t *tokenizer) run(s string, r Rules, cuts bool) {
	t.keepCuts = cuts
	t.prev = -1
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		next := i + size
		switch {
		case c == '\'' || c == '’' || c == '‘' || c == '`':
			// Dropped: "what's" stays one word.
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			t.add(s, i, next, c)
		case r.Numbers && t.number(s, next, c):
			if c != ',' { // "1,200" is 1200
				t.add(s, i, next, c)
			}
		default:
			t.flush(s, r)
			t.separator(c)
		}
		t.prev = c
		i = next
	}
	t.flush(s, r)
}

// number reports whether c (ending at byte next of s) is part of a
// number or a word under Rules.Numbers: a thousands separator or decimal
// point between digits, a percent sign after one, or a plus.
func (t *tokenizer) number(s string, next int, c rune) bool {
	switch c {
	case '+':
		return true
	case '%':
		return unicode.IsDigit(t.prev)
	case ',', '.':
		if !unicode.IsDigit(t.prev) || next >= len(s) {
			return false
		}
		n, _ := utf8.DecodeRuneInString(s[next:])
		return unicode.IsDigit(n)
	}
	return false
}

// add appends c, the rune at s[i:next], to the word being read.
func (t *tokenizer) add(s string, i, next int, c rune) {
	if t.start == t.end {
		t.start, t.end, t.clean = i, i, true
		t.before, t.between = t.between, sepNone
	}
	l := c
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			l = c + 'a' - 'A'
		}
	} else {
		l = unicode.ToLower(c)
	}
	if t.clean && (l != c || i != t.end) {
		// The word is no longer a slice of s: copy what was read so far.
		t.clean = false
		t.buf = append(t.buf[:0], s[t.start:t.end]...)
	}
	if !t.clean {
		t.buf = utf8.AppendRune(t.buf, l)
	}
	t.end = next
}

// separator notes c, a rune between words.
func (t *tokenizer) separator(c rune) {
	switch {
	case unicode.IsSpace(c):
		t.between = sepOther
	case (c == '.' || c == '&') && t.between == sepNone:
		t.between = sepJoin
	default:
		t.between = sepOther
	}
	switch c {
	case ',', ';', ':', '.', '!', '?', '—', '–':
		t.broken = true
	case '-':
		// "mid-sized" is one phrase; "yes - a bit" has a break.
		if t.prev < 0 || unicode.IsSpace(t.prev) {
			t.broken = true
		}
	}
}

// flush ends the word being read, if any.
func (t *tokenizer) flush(s string, r Rules) {
	if t.start == t.end {
		return
	}
	var w string
	if t.clean {
		w = s[t.start:t.end]
	} else {
		w = string(t.buf)
	}
	single := r.Initials && isLetter(w)
	t.start, t.end = 0, 0
	if n := len(t.words); single && t.initials && t.before == sepJoin && n > t.first {
		// "c" "." "i" is "ci": a single letter after a single letter (or
		// a run of them joined) with one dot or "&" between.
		t.words[n-1] += w
		t.broken = false
		return
	}
	t.words = append(t.words, w)
	t.initials = single
	if t.keepCuts {
		t.cut = append(t.cut, t.broken && len(t.words) > t.first+1)
	}
	t.broken = false
}

// isLetter reports whether w is a single letter.
func isLetter(w string) bool {
	c, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsLetter(c)
}
