package cli

import "regexp"

var (
	plainBold   = regexp.MustCompile(`\*([^*\n]+)\*`)
	plainItalic = regexp.MustCompile(`(^|[\s(])_([^_\n]+)_`)
)

// PlainText turns the small markup of the engine's, the knowledge base's
// and the handoff's texts into plain terminal text: *bold* and _italic_
// lose their markers; bullets and URLs stay.
func PlainText(s string) string {
	s = plainBold.ReplaceAllString(s, "$1")
	return plainItalic.ReplaceAllString(s, "$1$2")
}
