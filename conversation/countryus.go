package conversation

import (
	"regexp"
	"strings"
)

// "US" in capitals beside lower-case words is the country, not "us":
// "two US start-ups move faster" tells of rivals, and read as "us" it
// made the owner the one moving faster. A message all in capitals
// ("THERE IS 14 OF US") keeps it a pronoun, and "US$" is a currency.
var capitalUS = regexp.MustCompile(`\bUS\b([^$]|$)`)

// withCountryUS writes the country "US" as "USA".
func withCountryUS(s string) string {
	if !strings.Contains(s, "US") || strings.ToUpper(s) == s {
		return s
	}
	return capitalUS.ReplaceAllString(s, "USA$1")
}
