package web

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a run of text in one style; a Span with Href is a link. The page
// puts Text into the DOM as text, never as markup.
type Span struct {
	Text   string `json:"text"`
	Bold   bool   `json:"bold,omitempty"`
	Italic bool   `json:"italic,omitempty"`
	Href   string `json:"href,omitempty"`
}

// Block is a paragraph (its lines separated by line breaks) or a bulleted
// list (one item per line).
type Block struct {
	Kind  string   `json:"kind"` // BlockParagraph or BlockList
	Lines [][]Span `json:"lines"`
}

// Kinds of Block.
const (
	BlockParagraph = "p"
	BlockList      = "ul"
)

// RichText is text parsed into blocks and spans for the page.
type RichText []Block

// Markup parses the engine's small markup, the one Slack mrkdwn and a
// terminal both read: paragraphs split by blank lines, "• " bullets,
// *bold*, _italic_ and bare http(s) URLs.
func Markup(s string) RichText { return parse(s, true) }

// Plain parses text that is not the engine's (a consultant's message):
// paragraphs, lines and bare URLs only; asterisks and underscores stay.
func Plain(s string) RichText { return parse(s, false) }

func parse(s string, markup bool) RichText {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var out RichText
	for _, para := range splitParagraphs(s) {
		var cur *Block
		for _, line := range para {
			kind, text := BlockParagraph, strings.TrimRight(line, " \t")
			if item, ok := bullet(text); ok {
				kind, text = BlockList, item
			}
			if cur == nil || cur.Kind != kind {
				out = append(out, Block{Kind: kind})
				cur = &out[len(out)-1]
			}
			cur.Lines = append(cur.Lines, inline(text, Span{}, markup))
		}
	}
	return out
}

// splitParagraphs cuts s at blank lines; each paragraph is its lines.
func splitParagraphs(s string) [][]string {
	var paras [][]string
	var cur []string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

// bullet reports whether line is a list item ("• x" or "- x") and
// returns the item's text.
func bullet(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t")
	for _, b := range []string{"• ", "- "} {
		if strings.HasPrefix(t, b) {
			return strings.TrimSpace(t[len(b):]), true
		}
	}
	return "", false
}

// inline splits one line into spans: links, and (with markup) bold and
// italic runs, which may nest once in each other.
func inline(s string, style Span, markup bool) []Span {
	var spans []Span
	add := func(sp Span) {
		if sp.Text == "" {
			return
		}
		if n := len(spans); n > 0 && spans[n-1].Href == "" && sp.Href == "" &&
			spans[n-1].Bold == sp.Bold && spans[n-1].Italic == sp.Italic {
			spans[n-1].Text += sp.Text
			return
		}
		spans = append(spans, sp)
	}
	plain := func(t string) { sp := style; sp.Text = t; add(sp) }
	start := 0
	for i := 0; i < len(s); {
		if atWordStart(s, i) {
			if end, href := link(s, i); end > i {
				plain(s[start:i])
				sp := style
				sp.Text, sp.Href = s[i:end], href
				add(sp)
				i, start = end, end
				continue
			}
		}
		if markup && (s[i] == '*' || s[i] == '_') {
			if j := closing(s, i); j > 0 {
				plain(s[start:i])
				inner := style
				if s[i] == '*' {
					inner.Bold = true
				} else {
					inner.Italic = true
				}
				for _, sp := range inline(s[i+1:j], inner, markup && !(inner.Bold && inner.Italic)) {
					add(sp)
				}
				i, start = j+1, j+1
				continue
			}
		}
		i++
	}
	plain(s[start:])
	return spans
}

// atWordStart reports whether s[i] starts a word: at the start or after
// a space or an opening bracket or quote.
func atWordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{\"'“‘*_", r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// closing finds the marker closing the one at s[i]: the same character,
// not after a space, not followed by a letter or digit. The opening one
// must not follow a letter or digit nor precede a space.
func closing(s string, i int) int {
	m := s[i]
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
			return -1
		}
	}
	if i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == m {
		return -1
	}
	for j := i + 2; j < len(s); j++ {
		if s[j] != m || s[j-1] == ' ' {
			continue
		}
		if j+1 < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[j+1:]); isWordRune(r) {
				continue
			}
		}
		return j
	}
	return -1
}

// link returns the end of a bare http(s) URL starting at s[i] and its
// address, or i when there is none. Trailing punctuation and markup
// markers stay outside, and so does a closing bracket without its pair.
func link(s string, i int) (int, string) {
	rest := s[i:]
	if !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "http://") {
		return i, ""
	}
	end := strings.IndexFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("<>\"`", r)
	})
	if end < 0 {
		end = len(rest)
	}
	u := rest[:end]
	for u != "" {
		last := u[len(u)-1]
		if strings.IndexByte(".,;:!?'*_", last) >= 0 ||
			(last == ')' && strings.Count(u, "(") < strings.Count(u, ")")) {
			u = u[:len(u)-1]
			continue
		}
		break
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "https" && p.Scheme != "http") {
		return i, ""
	}
	return i + len(u), p.String()
}
