package teams

import (
	"regexp"
	"strings"
)

// Teams renders a subset of markdown in card text: **bold**, _italic_,
// "- " lists, [label](url) links, and backslash escapes. The engine writes
// its own small markup (*bold*, _italic_, "• " bullets, bare URLs);
// Markdown converts it. User text goes through EscapeText instead, so it
// shows as typed and forms no markup, link or mention.

// zeroWidth breaks "://" and "www." in user text so that no client turns
// them into links; it is invisible.
const zeroWidth = "\u200b"

// userSpecial are the characters escaped anywhere in user text: markdown
// emphasis, code, links and images, HTML and <at> mentions, headings,
// tables, strikethrough, and entity references.
const userSpecial = "\\`*_[]<>#~|&"

// EscapeText makes user text literal in Teams markdown.
func EscapeText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(userSpecial, c) >= 0:
			b.WriteByte('\\')
		case lineStart && (c == '-' || c == '+' || c == '='):
			b.WriteByte('\\') // list items, setext headings
		case lineStart && c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			b.WriteString(s[i:j])
			if j < len(s) && (s[j] == '.' || s[j] == ')') {
				b.WriteByte('\\') // "1." ordered lists
			}
			i = j - 1
			lineStart = false
			continue
		}
		b.WriteByte(c)
		switch {
		case c == '\n':
			lineStart = true
		case c == ' ' || c == '\t':
		default:
			lineStart = false
		}
	}
	out := b.String()
	out = strings.ReplaceAll(out, "://", ":"+zeroWidth+"//")
	return replaceFold(out, "www.", func(m string) string { return m[:3] + zeroWidth + "." })
}

// replaceFold replaces every case-insensitive occurrence of old (ASCII).
func replaceFold(s, old string, repl func(string) string) string {
	lower := strings.ToLower(s)
	var b strings.Builder
	for {
		i := strings.Index(lower, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(repl(s[i : i+len(old)]))
		s, lower = s[i+len(old):], lower[i+len(old):]
	}
}

var (
	urlRe    = regexp.MustCompile(`https?://[^\s<>"\[\]]+`)
	boldRe   = regexp.MustCompile(`\*([^*\s](?:[^*\n]*[^*\s])?)\*`)
	italicRe = regexp.MustCompile(`(^|[^\pL\pN_\\])_([^_\s](?:[^_\n]*[^_\s])?)_($|[^\pL\pN_])`)
	// engineSpecial are characters the engine's markup never uses as
	// markup but Teams markdown would.
	engineSpecial = strings.NewReplacer(`\`, `\\`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`, "#", `\#`)
)

// Markdown converts engine text to Teams markdown: *bold* becomes
// **bold**, _italic_ stays, "• " bullets become a list, bare URLs become
// links; characters the engine does not mean as markup are escaped.
// Paragraphs and lines are kept apart by blank lines (Teams joins single
// newlines), list items by single newlines.
func Markdown(engineText string) string {
	lines := strings.Split(strings.ReplaceAll(engineText, "\r\n", "\n"), "\n")
	var b strings.Builder
	prevBullet := false
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		bullet := false
		for _, p := range []string{"• ", "•", "- ", "* "} {
			if rest, ok := strings.CutPrefix(trimmed, p); ok && strings.TrimSpace(rest) != "" {
				trimmed, bullet = strings.TrimSpace(rest), true
				break
			}
		}
		if b.Len() > 0 {
			if bullet && prevBullet {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		if bullet {
			b.WriteString("- ")
		}
		b.WriteString(engineLine(trimmed, !bullet))
		prevBullet = bullet
	}
	return b.String()
}

// engineLine converts one line: links, then emphasis in the text between.
func engineLine(s string, atStart bool) string {
	var b strings.Builder
	last := 0
	for _, m := range urlRe.FindAllStringIndex(s, -1) {
		u := strings.TrimRight(s[m[0]:m[1]], ".,;:!?'")
		if strings.HasSuffix(u, ")") && strings.Count(u, "(") < strings.Count(u, ")") {
			u = u[:len(u)-1]
		}
		b.WriteString(engineText(s[last:m[0]], atStart && last == 0))
		b.WriteString("[" + engineSpecial.Replace(u) + "](" + linkTarget(u) + ")")
		last = m[0] + len(u)
	}
	b.WriteString(engineText(s[last:], atStart && last == 0))
	return b.String()
}

// engineText converts emphasis and escapes the rest.
func engineText(s string, atStart bool) string {
	s = engineSpecial.Replace(s)
	if atStart {
		s = escapeLineStart(s)
	}
	s = boldRe.ReplaceAllString(s, "**$1**")
	return italicRe.ReplaceAllString(s, "${1}_${2}_${3}")
}

// escapeLineStart keeps a line that starts like a list item or a quote
// from becoming one.
func escapeLineStart(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
		return s[:i] + `\` + s[i:]
	}
	if len(s) > 1 && (s[0] == '+' || s[0] == '=') && s[1] == ' ' {
		return `\` + s
	}
	return s
}

// linkTarget makes a URL safe inside (...): no spaces, parentheses or
// angle brackets.
func linkTarget(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}
