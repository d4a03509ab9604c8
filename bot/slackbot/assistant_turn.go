package slackbot

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
)

// converseInAssistant runs one input of an assistant thread's
// conversation: "is thinking…" shows while the reply is prepared. Slack
// clears the status when the bot posts in the thread; when nothing was
// posted there (a relayed message, a private note, a failed post) the
// status is cleared explicitly.
func (b *Bot) converseInAssistant(ctx context.Context, channel, ts string, key conversation.Key, in conversation.Input, s *surface) {
	b.setStatus(ctx, channel, ts, textStatusThinking)
	ps := &postedSurface{surface: s}
	b.core.Converse(ctx, key, in, ps)
	if !ps.posted {
		b.setStatus(ctx, channel, ts, "")
	}
}

// postedSurface is a surface that notes whether a reply was posted.
type postedSurface struct {
	*surface
	posted bool
}

// Show implements bot.Surface.
func (p *postedSurface) Show(ctx context.Context, r conversation.Reply) string {
	ref := p.surface.Show(ctx, r)
	p.posted = p.posted || ref != ""
	return ref
}

// setStatus sets (or, with "", clears) the thread's status.
func (b *Bot) setStatus(ctx context.Context, channel, ts, status string) {
	b.assistantCall(ctx, "assistant.threads.setStatus", func(ctx context.Context) error {
		return b.client.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
			ChannelID: channel, ThreadTS: ts, Status: status,
		})
	})
}

// assistantCall runs one assistant.threads.* call, bounded in time, and
// reports whether it went through. A refusal is never shown to the user:
// it is counted (by the API caller's metrics) and logged, at warn level
// the first time the feature is refused, at debug level afterwards.
func (b *Bot) assistantCall(ctx context.Context, method string, fn func(ctx context.Context) error) bool {
	cctx, cancel := context.WithTimeout(ctx, assistantCallTimeout)
	defer cancel()
	err := b.api.call(cctx, method, "", fn)
	if err == nil {
		return true
	}
	log := b.logFor(ctx)
	switch code := slackErrCode(err); code {
	case "not_allowed", "feature_not_enabled", "missing_scope", "not_allowed_token_type":
		if b.assistant.refusedLogged.CompareAndSwap(false, true) {
			log.Warn("Slack refuses the assistant methods (no assistant feature or no assistant:write scope?); the side panel works without status, prompts and titles",
				"method", method, "code", code)
			return false
		}
		log.Debug("assistant method refused", "method", method, "code", code)
	default:
		log.Warn("assistant method failed", "method", method, "err", safeErr(err))
	}
	return false
}

// nameThread names the thread of key after raw, the user's first message
// there, once: the first replica to claim the thread names it.
func (b *Bot) nameThread(ctx context.Context, key conversation.Key, d dest, raw string) {
	title := threadTitle(raw)
	if title == "" || !b.claimTitle(ctx, key) {
		return
	}
	b.assistantCall(ctx, "assistant.threads.setTitle", func(ctx context.Context) error {
		return b.client.SetAssistantThreadsTitleContext(ctx, slack.AssistantThreadsSetTitleParameters{
			ChannelID: d.channel, ThreadTS: d.threadTS, Title: title,
		})
	})
}

// claimTitle reports whether the thread of key is to be named now: its
// first claim, in the Deduper when the bot has one (shared by replicas),
// else in memory. A Deduper that cannot answer names nothing.
func (b *Bot) claimTitle(ctx context.Context, key conversation.Key) bool {
	id := platform + ":assistant-title:" + key.Team + ":" + key.Thread
	if b.dedupe != nil {
		first, err := b.dedupe.Claim(ctx, id, titleOnce)
		if err != nil {
			b.logFor(ctx).Warn("assistant thread not named: the title claim failed", "err", err)
		}
		return err == nil && first
	}
	a := &b.assistant
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.titled == nil || len(a.titled) > maxThreadNotes {
		a.titled = map[string]bool{}
	}
	if a.titled[id] {
		return false
	}
	a.titled[id] = true
	return true
}

// Thread titles.
const maxTitle = 60

var (
	// slackToken matches Slack's markup in message text: <@U…>, <#C…|name>,
	// <!here>, <url> and <url|label>.
	slackToken = regexp.MustCompile(`<([^<>|]*)(?:\|([^<>]*))?>`)
	// greetingWords start a message without saying what it is about.
	greetingWords = regexp.MustCompile(`(?i)^(hi|hello|hey|hiya|good (morning|afternoon|evening))( there)?\b[\s,.!:;-]*`)
	// roleWords are the roles a title shows in capitals, however typed.
	roleWords = regexp.MustCompile(`(?i)\b(cio|cto|ciso)\b`)
	// sentence is one sentence and the space after it.
	sentence = regexp.MustCompile(`[^.?!]+[.?!]*\s*`)
)

// threadTitle names a thread after the user's first message raw (as
// Slack sent it): mentions, channel links and bare links dropped, a
// link's label kept, a leading greeting dropped, the first question (or
// else the first sentence), at most maxTitle characters cut at a word,
// escaped like any user text. "" when nothing is left.
func threadTitle(raw string) string {
	s := slackToken.ReplaceAllStringFunc(raw, func(tok string) string {
		m := slackToken.FindStringSubmatch(tok)
		if target := m[1]; m[2] != "" && !strings.HasPrefix(target, "@") && !strings.HasPrefix(target, "#") && !strings.HasPrefix(target, "!") {
			return m[2] // a link's label
		}
		return " "
	})
	s = strings.Join(strings.Fields(unescape(s)), " ")
	s = greetingWords.ReplaceAllString(s, "")
	parts := sentence.FindAllString(s, -1)
	if len(parts) > 0 {
		s = parts[0]
		for _, p := range parts {
			if strings.Contains(p, "?") {
				s = p
				break
			}
		}
	}
	s = strings.TrimRight(strings.TrimSpace(s), ",;:-")
	if s == "" {
		return ""
	}
	s = roleWords.ReplaceAllStringFunc(s, strings.ToUpper)
	return defang(upperFirst(cutAtWord(s, maxTitle)))
}

// cutAtWord shortens s to at most max runes, at a word boundary when
// there is one in its second half, ending in "…".
func cutAtWord(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut := string([]rune(s)[:max-1])
	if i := strings.LastIndexByte(cut, ' '); i >= len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-") + "…"
}
