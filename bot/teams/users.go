package teams

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// HandoffUsers is the handoff's side for Teams users (register it with
// the handoff.Service for Platform): what the workflow and the consultant
// say reaches the user in their personal chat with the bot, opened from
// where they were last seen when they never wrote to the bot directly.
func (b *Bot) HandoffUsers() handoff.UserSide { return users{b} }

type users struct{ b *Bot }

// Tell sends msg to user's personal chat. ref (the handoff's UserRef) is
// not needed: the stored reference says where that chat is.
func (u users) Tell(ctx context.Context, user conversation.Key, _ string, msg handoff.Message) error {
	if err := u.b.sendPersonal(ctx, user, u.b.renderHandoff(ctx, msg)); err != nil {
		return fmt.Errorf("teams: tell user: %w", err)
	}
	return nil
}

// Consultants are named in a handoff text by a placeholder first, since a
// Style cannot look names up: each placeholder is then replaced by the
// consultant's name (ConsultantName) or "a consultant".
const (
	personOpen  = "\ue000"
	personClose = "\ue001"
)

var personRe = regexp.MustCompile(personOpen + `([^` + personClose + `]*)` + personClose)

// userStyle renders the handoff's texts for a Teams user: user text is
// escaped for Teams markdown, the end command is the typed word.
func userStyle(escape func(string) string) handoff.Style {
	return handoff.Style{
		Person:     func(id string) string { return personOpen + id + personClose },
		Escape:     escape,
		EndCommand: "*end*",
		Platform:   platformName,
	}
}

// renderHandoff is a handoff message as a Teams message.
func (b *Bot) renderHandoff(ctx context.Context, msg handoff.Message) *Activity {
	md := msg(userStyle(EscapeText))
	plain := msg(userStyle(nil))
	names := map[string]string{}
	for _, m := range personRe.FindAllStringSubmatch(md, -1) {
		if _, ok := names[m[1]]; !ok && b.names != nil {
			names[m[1]] = strings.TrimSpace(b.names(ctx, m[1]))
		}
	}
	md = nameConsultants(md, names, EscapeText)
	plain = nameConsultants(plain, names, func(s string) string { return s })
	return renderMarkdown(handoffMarkdown(md), plainText(strings.ReplaceAll(plain, "\n>", "\n")))
}

// nameConsultants replaces each placeholder with the consultant's name,
// made safe by escape, or "a consultant" ("A consultant" where a sentence
// starts).
func nameConsultants(s string, names map[string]string, escape func(string) string) string {
	var b strings.Builder
	last := 0
	for _, m := range personRe.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		if name := names[s[m[2]:m[3]]]; name != "" {
			b.WriteString(escape(name))
		} else if before := strings.TrimRight(s[:m[0]], " "); before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ".") {
			b.WriteString("A consultant")
		} else {
			b.WriteString("a consultant")
		}
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// handoffMarkdown converts a handoff text rendered in userStyle to Teams
// markdown. The user text in it is escaped already (EscapeText), so only
// the text's own markup is converted: an unescaped *bold* becomes
// **bold**, quoted lines ("> …", a consultant's message) and other lines
// become paragraphs (Teams joins single newlines and shows no quotes).
func handoffMarkdown(s string) string {
	var paras []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, ">"))
		if line == "" {
			continue
		}
		var b strings.Builder
		for i := 0; i < len(line); i++ {
			switch c := line[i]; {
			case c == '\\' && i+1 < len(line):
				b.WriteString(line[i : i+2]) // an escape made by EscapeText
				i++
			case c == '*':
				b.WriteString("**")
			default:
				b.WriteByte(c)
			}
		}
		paras = append(paras, b.String())
	}
	return strings.Join(paras, "\n\n")
}
