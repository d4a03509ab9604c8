package knowledge

import (
	"errors"
	"fmt"
	"strings"
)

// maxAnswerChars bounds an article body: answers must fit a chat message.
const maxAnswerChars = 1200

// Article is one entry of the knowledge base.
type Article struct {
	ID    string
	Title string
	// Body is the answer text in the Slack mrkdwn subset (*bold*, _italic_,
	// "• " bullets, bare URLs), readable in a terminal too.
	Body string
	// Related lists the IDs of articles worth reading next.
	Related []string
	// Keywords and Questions feed retrieval only: words and sample
	// questions that should lead to this article.
	Keywords  []string
	Questions []string
}

// parseFrontMatter reads an article: front matter between "---" lines, then
// the body. Front matter lines are "key: value"; keywords and related take
// comma-separated values, questions take "  - item" lines. id and title are
// required.
func parseFrontMatter(src string) (Article, error) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	rest, ok := strings.CutPrefix(src, "---\n")
	if !ok {
		return Article{}, errors.New("missing front matter")
	}
	front, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		return Article{}, errors.New("unterminated front matter")
	}
	a := Article{Body: strings.TrimSpace(body)}
	var listKey string
	for n, line := range strings.Split(front, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if item, ok := strings.CutPrefix(strings.TrimSpace(line), "- "); ok {
			if listKey != "questions" {
				return Article{}, fmt.Errorf("line %d: list item outside questions", n+1)
			}
			a.Questions = append(a.Questions, strings.TrimSpace(item))
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return Article{}, fmt.Errorf("line %d: want key: value", n+1)
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		listKey = key
		switch key {
		case "id":
			a.ID = value
		case "title":
			a.Title = value
		case "keywords":
			a.Keywords = splitList(value)
		case "related":
			a.Related = splitList(value)
		case "questions":
			if value != "" {
				return Article{}, fmt.Errorf("line %d: questions takes a list of - items", n+1)
			}
		default:
			return Article{}, fmt.Errorf("line %d: unknown key %q", n+1, key)
		}
	}
	switch {
	case a.ID == "":
		return Article{}, errors.New("missing id")
	case a.Title == "":
		return Article{}, errors.New("missing title")
	}
	return a, nil
}

// validateBody returns what is wrong with an article's answer text.
func validateBody(a Article) []string {
	var msgs []string
	n := len([]rune(a.Body))
	switch {
	case n == 0:
		msgs = append(msgs, "empty answer")
	case n > maxAnswerChars:
		msgs = append(msgs, fmt.Sprintf("answer too long: %d characters, limit %d", n, maxAnswerChars))
	}
	if strings.ContainsAny(a.Body, "<>") {
		// Slack would read these as link or mention syntax.
		msgs = append(msgs, "answer must not contain < or >")
	}
	return msgs
}

// splitList splits a comma-separated front matter value.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
