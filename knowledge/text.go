package knowledge

import (
	"unicode"

	"github.com/springfield/techleader/knowledge/token"
)

// maxQueryBytes bounds the work done on one message: chat questions are short,
// and a pasted novel should not cost more than a long question.
const maxQueryBytes = 2000

// tokenize lower-cases s and splits it into words of letters and digits
// (see token.Words). Single letters separated by dots ("c.i.o.") are
// joined, so abbreviations written with dots still match, and so are
// single letters around "&": "R&D" becomes "rd" ("rnd" is a synonym).
func tokenize(s string) []string {
	if len(s) > maxQueryBytes {
		s = s[:maxQueryBytes]
	}
	return token.Words(s, searchWords)
}

// tokenizeCut is tokenize that also reports, for each word, whether a
// clause break comes before it (see token.Clauses): a concept phrase is
// read within one clause, so "quick check, do we need a CIO" holds no
// "check do".
func tokenizeCut(s string) (words []string, cut []bool) {
	if len(s) > maxQueryBytes {
		s = s[:maxQueryBytes]
	}
	return token.Clauses(s, searchWords)
}

// searchWords are the tokenizer's rules for search.
var searchWords = token.Rules{Initials: true}

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
