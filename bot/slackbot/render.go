package slackbot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
)

// Slack's Block Kit limits.
const (
	maxMessageBlocks = 50
	maxViewBlocks    = 100
	maxSectionText   = 3000
	maxHeaderText    = 150
	maxActions       = 25
	maxButtonText    = 75
	maxButtonValue   = 2000
	maxBlockID       = 255
	maxContextElems  = 10
	maxMessageText   = 39000 // Slack truncates past 40,000
)

// message is a rendered Slack message: blocks plus the plain text that
// serves as notification text and as the fallback when blocks are refused.
type message struct {
	text   string
	blocks []slack.Block
}

// Identifiers of the bot's interactive elements. A block_id carries the
// owner of the conversation and its thread so that a click is routed to the
// right conversation and checked against the clicker:
//
//	tlq|<owner>|<thread>|<n>   an assessment question's buttons
//	tla|<owner>|<thread>       buttons for engine actions
//
// A choice button's value is <round>|<question id>|<option value>.
const (
	blockQuestion  = "tlq"
	blockActions   = "tla"
	actionChoice   = "tl_choice_"  // + index
	actionEngine   = "tl_action_"  // + ActionID
	actionHomeAsk  = "tl_home_ask" // opens the ask modal
	actionHomeTest = "tl_home_assess"
	actionHomeCons = "tl_home_consult"
	blockHome      = "tlhome"
	callbackAsk    = "tl_ask"
	blockAskInput  = "tl_ask_q"
	actionAskInput = "tl_ask_text"
)

// owned identifies a conversation in a block_id.
type owned struct {
	kind   string
	owner  string
	thread string
}

func (o owned) blockID(n int) string {
	id := o.kind + "|" + o.owner + "|" + o.thread
	if o.kind == blockQuestion {
		id += "|" + strconv.Itoa(n)
	}
	return id
}

func parseBlockID(id string) (owned, bool) {
	parts := strings.Split(id, "|")
	if len(parts) < 3 || (parts[0] != blockQuestion && parts[0] != blockActions) || parts[1] == "" {
		return owned{}, false
	}
	return owned{kind: parts[0], owner: parts[1], thread: parts[2]}, true
}

func choiceValue(round int, questionID, value string) string {
	return strconv.Itoa(round) + "|" + questionID + "|" + value
}

func parseChoiceValue(v string) (round int, questionID, value string, ok bool) {
	parts := strings.SplitN(v, "|", 3)
	if len(parts) != 3 {
		return 0, "", "", false
	}
	round, err := strconv.Atoi(parts[0])
	if err != nil {
		return 0, "", "", false
	}
	return round, parts[1], parts[2], true
}

// renderer numbers the blocks of one message so every block has a unique
// block_id.
type renderer struct {
	owner  conversation.Key
	blocks []slack.Block
	text   []string
	// esc escapes &, < and > in all mrkdwn (engine replies): the engine's
	// markup (*bold*, _italic_, bullets, bare URLs) needs none of them, so
	// "R&D" or "<50 people" show as written and nothing can form a link or
	// a mention. Bot-authored text (renderText) may hold mentions.
	esc bool
}

func (r *renderer) mrkdwn(s string) string {
	if r.esc {
		return escape(s)
	}
	return s
}

func (r *renderer) nextID() string { return "b" + strconv.Itoa(len(r.blocks)) }

func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, false)
}

func plain(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, true, false)
}

// section adds s as one or more sections, split to stay under Slack's
// 3,000 characters per section.
func (r *renderer) section(s string) {
	if strings.TrimSpace(s) == "" {
		return
	}
	for _, part := range splitText(r.mrkdwn(s), maxSectionText) {
		r.blocks = append(r.blocks, slack.NewSectionBlock(mrkdwn(part), nil, nil, slack.SectionBlockOptionBlockID(r.nextID())))
	}
}

func (r *renderer) header(s string) {
	if s == "" {
		return
	}
	r.blocks = append(r.blocks, slack.NewHeaderBlock(plain(truncate(s, maxHeaderText)), slack.HeaderBlockOptionBlockID(r.nextID())))
}

func (r *renderer) context(items ...string) {
	var elems []slack.MixedElement
	for _, it := range items {
		if it == "" || len(elems) == maxContextElems {
			continue
		}
		elems = append(elems, mrkdwn(truncate(r.mrkdwn(it), maxSectionText)))
	}
	if len(elems) > 0 {
		r.blocks = append(r.blocks, slack.NewContextBlock(r.nextID(), elems...))
	}
}

// divider separates the body of a message from what follows it.
func (r *renderer) divider() {
	r.blocks = append(r.blocks, &slack.DividerBlock{Type: slack.MBTDivider, BlockID: r.nextID()})
}

// articles lists related articles in one quiet context line. They are not
// links: the user asks about them, so the line says so.
func (r *renderer) articles(refs []conversation.ArticleRef) {
	if len(refs) == 0 {
		return
	}
	var line, text strings.Builder // ":books: Ask me next: _A_ · _B_", "Ask me next: A · B"
	n := 0
	for _, a := range refs {
		n += len(a.Title) + len(" · ")
	}
	line.Grow(n + 2*len(refs) + 24)
	text.Grow(n + 16)
	line.WriteString(":books: Ask me next: ")
	text.WriteString("Ask me next: ")
	for i, a := range refs {
		if i > 0 {
			line.WriteString(" · ")
			text.WriteString(" · ")
		}
		line.WriteString("_" + a.Title + "_")
		text.WriteString(a.Title)
	}
	r.context(line.String())
	r.text = append(r.text, text.String())
}

// actions renders the engine's buttons in one actions block. At most one
// button is primary: the first that starts the assessment or asks for a
// consultant, so that the way forward stands out without shouting.
func (r *renderer) actions(acts []conversation.Action) {
	if len(acts) == 0 {
		return
	}
	o := owned{kind: blockActions, owner: r.owner.User, thread: r.owner.Thread}
	var elems []slack.BlockElement
	primary := false
	for _, a := range acts {
		if len(elems) == maxActions {
			break
		}
		btn := slack.NewButtonBlockElement(actionEngine+string(a.ID), string(a.ID), plain(truncate(a.Label, maxButtonText)))
		if !primary && (a.ID == conversation.ActionStartAssessment || a.ID == conversation.ActionConsult) {
			btn = btn.WithStyle(slack.StylePrimary)
			primary = true
		}
		elems = append(elems, btn)
	}
	if id := o.blockID(0); len(id) <= maxBlockID {
		r.blocks = append(r.blocks, slack.NewActionBlock(id, elems...))
	}
}

// question shows the prompt in bold, its options as buttons in one actions
// block (more only past Slack's 25 per block) and a quiet line with the
// progress and how to answer. The engine's hint (numbers, commands) suits
// typing more than tapping: it goes into the fallback text, and into the
// blocks only when an option could not become a button.
func (r *renderer) question(q *conversation.Question) {
	r.section("*" + q.Prompt + "*")
	progress := ""
	if q.Total > 0 {
		progress = fmt.Sprintf("Question %d of %d", q.Step, q.Total)
		r.text = append(r.text, progress+": "+q.Prompt)
	} else {
		r.text = append(r.text, q.Prompt)
	}
	for i, o := range q.Options {
		r.text = append(r.text, fmt.Sprintf("%d) %s", i+1, o.Label))
	}
	if q.Hint != "" {
		r.text = append(r.text, q.Hint)
	}
	o := owned{kind: blockQuestion, owner: r.owner.User, thread: r.owner.Thread}
	var elems []slack.BlockElement
	n, buttons, skipped := 0, 0, false
	flush := func() {
		if len(elems) > 0 {
			r.blocks = append(r.blocks, slack.NewActionBlock(o.blockID(n), elems...))
			elems, n = nil, n+1
		}
	}
	for i, opt := range q.Options {
		val := choiceValue(q.Round, q.ID, opt.Value)
		if len(val) > maxButtonValue || len(o.blockID(n)) > maxBlockID {
			skipped = true
			continue // free text still works: the hint and the fallback text list the options
		}
		elems = append(elems, slack.NewButtonBlockElement(actionChoice+strconv.Itoa(i), val, plain(truncate(opt.Label, maxButtonText))))
		buttons++
		if len(elems) == maxActions {
			flush()
		}
	}
	flush()
	how := "reply with a button or in your own words"
	switch {
	case (skipped || buttons == 0) && q.Hint != "":
		how = q.Hint
	case buttons == 0:
		how = "reply in your own words"
	}
	if progress != "" {
		r.context(progress + " · " + how)
	} else {
		r.context(upperFirst(how))
	}
}

// answered replaces a question once answered: one quiet line that keeps
// the record in the conversation without its buttons.
func (r *renderer) answered(a *conversation.Answered) {
	r.context(":white_check_mark: *" + a.Prompt + "* — " + a.Answer)
	r.text = append(r.text, a.Prompt+" — "+a.Answer)
}

// recommendation shows the outcome: a header, the summary, the reasons as
// bullets. The answers themselves stay out: each answered question already
// shows its answer just above, and ten more lines would bury the result.
func (r *renderer) recommendation(rec *conversation.Recommendation) {
	title := "Recommendation: " + lowerFirst(rec.Title)
	r.header(title)
	r.section(rec.Summary)
	r.text = append(r.text, title, rec.Summary)
	if len(rec.Reasons) > 0 {
		r.section("*Why*\n• " + strings.Join(rec.Reasons, "\n• "))
	}
}

// renderReply turns one engine reply into a Slack message for the
// conversation of owner. Engine text is the engine's own markup, never user
// text; &, < and > in it are still escaped (renderer.esc), so "R&D" shows
// as written and nothing in it can form a link or a mention.
func renderReply(rep conversation.Reply, owner conversation.Key) message {
	r := &renderer{owner: owner, esc: true}
	switch {
	case rep.Question != nil:
		r.question(rep.Question)
	case rep.Answered != nil:
		r.answered(rep.Answered)
	case rep.Recommendation != nil:
		r.recommendation(rep.Recommendation)
		if len(rep.Recommendation.Articles)+len(rep.Articles)+len(rep.Actions) > 0 || rep.Text != "" {
			r.divider()
		}
		r.articles(rep.Recommendation.Articles)
	case rep.Notice != "":
		r.section(rep.Notice)
		r.text = append(r.text, rep.Notice)
	}
	if rep.Text != "" {
		r.section(rep.Text)
		r.text = append(r.text, rep.Text)
	}
	if rep.Question == nil || len(rep.Articles) > 0 {
		r.articles(rep.Articles)
	}
	acts := rep.Actions
	if len(rep.Alternatives) > 0 {
		// One actions block for both: block ids are per kind of block.
		r.context("Did you mean one of these?")
		acts = append(conversation.AlternativeActions(rep.Alternatives), acts...)
	}
	r.actions(acts)
	return r.message(maxMessageBlocks)
}

// renderText is a message of trusted text only.
func renderText(s string) message {
	r := &renderer{}
	r.section(s)
	r.text = append(r.text, s)
	return r.message(maxMessageBlocks)
}

// message applies the block limit: past max blocks the last kept block
// says that the message was shortened (the full text stays in the
// fallback text).
func (r *renderer) message(max int) message {
	blocks := r.blocks
	if len(blocks) > max {
		blocks = append(blocks[:max-1:max-1], slack.NewContextBlock("shortened", mrkdwn("_(shortened)_")))
	}
	return message{text: truncate(r.mrkdwn(strings.Join(r.text, "\n")), maxMessageText), blocks: blocks}
}

// splitText cuts s into pieces of at most max bytes, preferring paragraph,
// then line, then word boundaries, never splitting a UTF-8 sequence.
func splitText(s string, max int) []string {
	var out []string
	for len(s) > max {
		cut := strings.LastIndex(s[:max], "\n\n")
		if cut < max/2 {
			cut = strings.LastIndexByte(s[:max], '\n')
		}
		if cut < max/2 {
			cut = strings.LastIndexByte(s[:max], ' ')
		}
		if cut < max/2 {
			cut = max
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		if part := strings.TrimRight(s[:cut], " \n"); part != "" {
			out = append(out, part)
		}
		s = strings.TrimLeft(s[cut:], " \n")
	}
	if strings.TrimSpace(s) != "" {
		out = append(out, s)
	}
	return out
}

// lowerFirst lowers the first letter of a title that starts with an
// ordinary word ("A virtual CTO" → "a virtual CTO", "Both…" → "both…")
// and leaves acronyms ("CIO…") alone.
func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) || unicode.IsUpper(rs[1]) {
		return s
	}
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// truncate shortens s to at most max characters (runes), ending in "…".
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	rs := []rune(s)
	return string(rs[:max-1]) + "…"
}
