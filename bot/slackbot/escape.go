package slackbot

import (
	"regexp"
	"strings"

	"github.com/slack-go/slack/slackutilsx"
)

// escape makes text a user typed safe to echo in mrkdwn: only &, < and >
// are escaped, which neutralises <!channel>, <@U…> and <url|label> spoofing.
// Engine text is trusted and must not go through escape.
func escape(userText string) string { return slackutilsx.EscapeMessage(userText) }

// slackID matches Slack object ids (users, channels, teams).
var slackID = regexp.MustCompile(`^[A-Z0-9]{2,32}$`)

// mention renders a user mention, or "someone" for an id that does not
// look like one (it may come from a tampered button value).
func mention(userID string) string {
	if !slackID.MatchString(userID) {
		return "someone"
	}
	return "<@" + userID + ">"
}

// stripMention removes mentions of the bot (<@UBOT> or <@UBOT|name>) from
// an app_mention's text.
func stripMention(text, botUserID string) string {
	if botUserID != "" {
		open := "<@" + botUserID
		for from := 0; ; {
			i := strings.Index(text[from:], open)
			if i < 0 {
				break
			}
			i += from
			j := strings.IndexByte(text[i:], '>')
			if j < 0 {
				break
			}
			if rest := text[i+len(open) : i+j]; rest != "" && rest[0] != '|' {
				from = i + len(open) // a different, longer id
				continue
			}
			text = text[:i] + " " + text[i+j+1:]
			from = i
		}
	}
	return strings.Join(strings.Fields(text), " ")
}

// unescape turns Slack's escaping of user text back into plain text before
// it goes to the engine (which knows nothing of mrkdwn).
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}
