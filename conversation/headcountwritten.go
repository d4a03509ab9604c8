package conversation

import (
	"regexp"
	"strings"
)

// How a size answer writes a number tells what it is before its words
// are read: "1,800" with a thousands comma is a count, never the year
// 1800 ("About 1,800 across the two plants"); digits joined by a hyphen
// to a capital-letter code ("W-2", "ISO-9001", "K-12") name a form, a
// standard or a grade, and count no one ("228 W-2 employees").

// writtenNumber is a run of digits with its separators: "1,800",
// "2.5", "1,800,000".
var writtenNumber = regexp.MustCompile(`\d+(?:[,.]\d+)*`)

// thousandsOnly is a number with one thousands comma and nothing else.
var thousandsOnly = regexp.MustCompile(`^\d{1,3},\d{3}$`)

// codeNumber is a capital-letter code and the digits hyphened to it.
var codeNumber = regexp.MustCompile(`\b([A-Z]{1,6})-(\d+[A-Za-z]?)\b`)

// writtenCounts is text with each year-shaped count written with a
// thousands comma put with a decimal ("1,800" as "1800.0", a count no
// year reads as) and each code's hyphen dropped ("W-2" as "W2", no
// number).
func writtenCounts(text string) string {
	text = codeNumber.ReplaceAllString(text, "$1$2")
	return writtenNumber.ReplaceAllStringFunc(text, func(s string) string {
		if !thousandsOnly.MatchString(s) || !isYear(strings.Replace(s, ",", "", 1)) {
			return s
		}
		return strings.Replace(s, ",", "", 1) + ".0"
	})
}

// spelledMultiple reports a count spelled with a multiplier ("six
// hundred workers", "two thousand"): one number of two words, which a
// reading of one number a clause would take as its first word alone.
func spelledMultiple(w []string) bool {
	for i := 1; i < len(w); i++ {
		if m, ok := multipliers[w[i]]; ok && m >= 100 && w[i] != "k" && countWords[w[i-1]] > 0 {
			return true
		}
	}
	return false
}
