package slackbot

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Identifiers of the handoff's interactive elements. Card buttons carry the
// handoff id as value; the DM offer's block_id carries its owner.
const (
	blockHoCard   = "tlho"        // + "|" + handoff id
	blockHoChoice = "tlhoask"     // + "|" + owner
	actionHoClaim = "tl_ho_claim" //
	actionHoClose = "tl_ho_close" //
	actionHoForm  = "tl_ho_form"  // opens the form from the DM offer
	actionHoSkip  = "tl_ho_skip"  // skips the form
)

// slackStyle renders the handoff's texts for Slack: people as mentions,
// user text defanged, times as date tokens in the reader's time zone.
var slackStyle = handoff.Style{
	Person: mention,
	User: func(k conversation.Key) string {
		if k.Platform == platform {
			return mention(k.User)
		}
		return defang(handoff.UserElsewhere(k))
	},
	Escape: defang,
	Time: func(t time.Time) string {
		return fmt.Sprintf("<!date^%d^{date_short_pretty} {time}|%s>", t.Unix(), t.Format(time.RFC1123))
	},
	EndCommand: "`" + SlashCommand + " end`",
	Platform:   "Slack",
	Origin: func(k conversation.Key, origin string) string {
		if k.Platform != platform || viewedChannel(origin) == "" {
			return ""
		}
		return "<#" + origin + ">"
	},
}

// renderMsg is a handoff message as a Slack message.
func renderMsg(m handoff.Message) message { return renderText(m(slackStyle)) }

// massMention matches a bare @here/@channel/@everyone (not inside an
// email address such as x@here.com).
var massMention = regexp.MustCompile(`(?i)(^|[^\w.+\-])@(here|channel|everyone)\b`)

// defang makes user text safe on a card or in a relay: escape (no
// <!channel>, <@U…> or <url|label>) and a word joiner after the '@' of a
// bare @here, @channel or @everyone.
func defang(userText string) string {
	return massMention.ReplaceAllString(escape(userText), "${1}@\u2060${2}")
}

// renderCard is the handoff's card in the consultants' channel. Its text
// comes from handoff.CardOf: everything the user typed is defanged and
// capped, so each section fits one block and the whole card
// handoff.CardTextMax.
func renderCard(rec handoff.Handoff) message {
	c := handoff.CardOf(rec, slackStyle)
	r := &renderer{}
	r.header(c.Title)
	r.section(c.Who)
	r.section(c.Note)
	r.section(c.Assessment)
	r.section(c.Recent)
	cardFooter(r, rec, c)
	return r.message(maxMessageBlocks)
}

// renderCardMinimal is the card reduced to who asked, how to reach them,
// the state and the buttons: what is posted when Slack refuses the full
// card's blocks.
func renderCardMinimal(rec handoff.Handoff) message {
	c := handoff.CardOf(rec, slackStyle)
	r := &renderer{}
	r.section("*" + c.Title + "*\n" + c.Who)
	cardFooter(r, rec, c)
	return r.message(maxMessageBlocks)
}

// renderCardRemoved replaces the card of a request whose user asked to be
// forgotten.
func renderCardRemoved() message {
	r := &renderer{}
	r.section("_" + handoff.CardRemoved + "_")
	r.text = append(r.text, handoff.CardRemoved)
	return r.message(maxMessageBlocks)
}

// cardFooter adds the card's status, reference and buttons, and its
// notification text.
func cardFooter(r *renderer, rec handoff.Handoff, c handoff.CardText) {
	icon := map[handoff.State]string{handoff.StateOpen: ":hourglass:", handoff.StateClaimed: ":speech_balloon:", handoff.StateClosed: ":white_check_mark:"}[rec.State]
	r.section(strings.TrimSpace(icon + " *" + c.Status + "*"))
	r.context(c.Requested)
	var buttons []slack.BlockElement
	if c.Claimable {
		buttons = append(buttons, slack.NewButtonBlockElement(actionHoClaim, rec.ID, plain(handoff.CardClaim)).WithStyle(slack.StylePrimary))
	}
	if c.Closable {
		buttons = append(buttons, slack.NewButtonBlockElement(actionHoClose, rec.ID, plain(handoff.CardClose)).WithStyle(slack.StyleDanger))
	}
	if len(buttons) > 0 {
		r.blocks = append(r.blocks, slack.NewActionBlock(blockHoCard+"|"+rec.ID, buttons...))
	}
	r.text = append(r.text, c.Notification)
}
