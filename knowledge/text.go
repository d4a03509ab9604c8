package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQueryBytes bounds the work done on one message: chat questions are short,
// and a pasted novel should not cost more than a long question.
const maxQueryBytes = 2000

// tokenize lower-cases s and splits it into words of letters and digits.
//
// Apostrophes are dropped rather than split on, so "what's" becomes "whats"
// and "cio's" becomes "cios". Single letters separated by dots ("c.i.o.")
// are joined, so abbreviations written with dots still match. "&" between
// single letters is dropped too, so "R&D" becomes "rd" ("rnd" is a synonym).
func tokenize(s string) []string {
	if len(s) > maxQueryBytes {
		s = s[:maxQueryBytes]
	}
	s = strings.ToValidUTF8(s, " ")
	var (
		tokens  []string
		cur     strings.Builder
		sep     strings.Builder // separator run before the current token
		prevSep string          // separator run before the token being built
		singles bool            // the last token is single letters joined by dots
	)
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		w := cur.String()
		cur.Reset()
		// Join "c" "." "i" "." "o" into "cio": the previous token is a
		// single letter (or a joined run of them) and so is this one.
		single := utf8.RuneCountInString(w) == 1 && isLetters(w)
		if n := len(tokens); n > 0 && single && singles && (prevSep == "." || prevSep == "&") {
			tokens[n-1] += w
			return
		}
		tokens = append(tokens, w)
		singles = single
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '`':
			// Dropped: keeps "what's" one word.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if cur.Len() == 0 {
				prevSep = sep.String()
				sep.Reset()
			}
			cur.WriteRune(unicode.ToLower(r))
		default:
			flush()
			if !unicode.IsSpace(r) && sep.Len() < 4 {
				sep.WriteRune(r)
			} else if unicode.IsSpace(r) {
				sep.WriteByte(' ')
			}
		}
	}
	flush()
	return tokens
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isNumber reports whether w is made only of digits: numbers such as team
// sizes carry no meaning for retrieval.
func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
