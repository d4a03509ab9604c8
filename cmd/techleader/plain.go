package main

import "regexp"

var (
	plainBold   = regexp.MustCompile(`\*([^*\n]+)\*`)
	plainItalic = regexp.MustCompile(`(^|[\s(])_([^_\n]+)_`)
)

// plainText turns the small (Slack) markup of the engine's and the
// knowledge base's texts into plain terminal text, for chat and ask:
// *bold* and _italic_ lose their markers; bullets and URLs stay.
func plainText(s string) string {
	s = plainBold.ReplaceAllString(s, "$1")
	return plainItalic.ReplaceAllString(s, "$1$2")
}
