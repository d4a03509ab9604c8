package teams

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/springfield/techleader/conversation"
)

// Limits the rendering keeps to.
const (
	// maxRenderedBytes leaves room under MaxActivityBytes for what the
	// connector adds (conversation, ids, replyToId).
	maxRenderedBytes = MaxActivityBytes - 1024
	// maxButtons per action set: Teams shows about six side by side.
	maxButtons = 6
	// maxButtonTitle keeps button titles on one line.
	maxButtonTitle = 60
	// maxSummary bounds the notification summary.
	maxSummary = 200
	// inputChoice is the id of the drop-down that replaces buttons when a
	// question has more options than fit.
	inputChoice = dataValue
)

// RenderReply turns one engine reply into a Teams message for the
// conversation of owner: an Adaptive Card whose buttons carry owner, so
// that another user's click is refused.
func RenderReply(rep conversation.Reply, owner conversation.Key) *Activity {
	r := &cardRenderer{card: newCard(), owner: owner.User}
	switch {
	case rep.Question != nil:
		r.question(rep.Question)
	case rep.Answered != nil:
		r.answered(rep.Answered)
	case rep.Recommendation != nil:
		r.recommendation(rep.Recommendation)
		r.articles(rep.Recommendation.Articles)
	case rep.Notice != "":
		r.text(rep.Notice, true)
	}
	if rep.Text != "" {
		r.text(rep.Text, false)
	}
	r.alternatives(rep.Alternatives)
	r.articles(rep.Articles)
	r.actions(rep.Actions)
	return r.activity()
}

// alternatives offers the articles the question may have meant instead,
// each a button that shows that article.
func (r *cardRenderer) alternatives(refs []conversation.ArticleRef) {
	set := &ActionSet{Type: "ActionSet"}
	var titles []string
	for _, a := range conversation.AlternativeActions(refs) {
		if len(set.Actions) == maxButtons {
			break
		}
		set.Actions = append(set.Actions, executeAction(buttonTitle(a.Label), VerbAction, r.data(dataAction, string(a.ID))))
		titles = append(titles, a.Label)
	}
	if len(set.Actions) == 0 {
		return
	}
	label := textBlock("Did you mean one of these?")
	label.IsSubtle, label.Size = true, "Small"
	r.add(label)
	r.add(set)
	r.plain = append(r.plain, "Did you mean: "+strings.Join(titles, " · "))
}

// RenderText is a message of trusted engine text only.
func RenderText(engineText string) *Activity {
	r := &cardRenderer{card: newCard()}
	r.text(engineText, false)
	return r.activity()
}

// renderMarkdown is a message of Teams markdown made by the bot (md) with
// plain as its fallback text.
func renderMarkdown(md, plain string) *Activity {
	r := &cardRenderer{card: newCard()}
	r.add(textBlock(md))
	r.plain = append(r.plain, plain)
	return r.activity()
}

// AnsweredCard is the compact form of an answered question: it replaces
// the question's card (in the invoke response of the click, or by an
// update when the answer was typed).
func AnsweredCard(a *conversation.Answered) *Card {
	r := &cardRenderer{card: newCard()}
	r.answered(a)
	r.fit(r.card)
	return r.card
}

type cardRenderer struct {
	card  *Card
	owner string
	plain []string // the message as plain text (fallback, summary)
	seen  map[string]bool
}

func (r *cardRenderer) add(el any) { r.card.Body = append(r.card.Body, el) }

func (r *cardRenderer) text(engineText string, subtle bool) {
	if strings.TrimSpace(engineText) == "" {
		return
	}
	tb := textBlock(Markdown(engineText))
	tb.IsSubtle = subtle
	r.add(tb)
	r.plain = append(r.plain, plainText(engineText))
}

func (r *cardRenderer) data(kv ...string) map[string]any {
	d := map[string]any{dataOwner: r.owner}
	for i := 0; i+1 < len(kv); i += 2 {
		d[kv[i]] = kv[i+1]
	}
	return d
}

// question shows the prompt, the options as buttons (a drop-down and a
// send button when there are more than fit in a row) and a quiet line
// with the progress and how to answer.
func (r *cardRenderer) question(q *conversation.Question) {
	prompt := textBlock(Markdown(q.Prompt))
	prompt.Weight = "Bolder"
	r.add(prompt)
	progress := ""
	if q.Total > 0 {
		progress = fmt.Sprintf("Question %d of %d", q.Step, q.Total)
		r.plain = append(r.plain, progress+": "+plainText(q.Prompt))
	} else {
		r.plain = append(r.plain, plainText(q.Prompt))
	}
	for i, o := range q.Options {
		r.plain = append(r.plain, fmt.Sprintf("%d) %s", i+1, o.Label))
	}
	round := strconv.Itoa(q.Round)
	how := "reply with a button or in your own words"
	switch {
	case len(q.Options) == 0:
		how = "reply in your own words"
	case len(q.Options) <= maxButtons:
		set := &ActionSet{Type: "ActionSet"}
		for _, o := range q.Options {
			set.Actions = append(set.Actions, executeAction(buttonTitle(o.Label), VerbChoice,
				r.data(dataRound, round, dataQuestion, q.ID, dataValue, o.Value)))
		}
		r.add(set)
	default:
		how = "pick an answer and press Answer, or reply in your own words"
		in := &InputChoiceSet{Type: "Input.ChoiceSet", ID: inputChoice, Style: "compact", Placeholder: "Choose an answer"}
		for _, o := range q.Options {
			in.Choices = append(in.Choices, Choice{Title: o.Label, Value: o.Value})
		}
		r.add(in)
		r.add(&ActionSet{Type: "ActionSet", Actions: []any{executeAction("Answer", VerbChoice, r.data(dataRound, round, dataQuestion, q.ID))}})
	}
	line := upperFirst(how)
	if progress != "" {
		line = progress + " · " + how
	}
	foot := textBlock(line)
	foot.IsSubtle, foot.Size, foot.Spacing = true, "Small", "Small"
	r.add(foot)
}

// answered is one quiet line that keeps the record without the buttons.
func (r *cardRenderer) answered(a *conversation.Answered) {
	tb := textBlock("✅ **" + strings.TrimSpace(Markdown(plainText(a.Prompt))) + "** — " + EscapeText(a.Answer))
	tb.IsSubtle = true
	r.add(tb)
	r.plain = append(r.plain, plainText(a.Prompt)+" — "+a.Answer)
}

// recommendation shows a heading, the summary and the reasons.
func (r *cardRenderer) recommendation(rec *conversation.Recommendation) {
	title := "Recommendation: " + lowerFirst(rec.Title)
	h := textBlock(EscapeText(title))
	h.Style, h.Size, h.Weight = "heading", "Large", "Bolder"
	r.add(h)
	r.plain = append(r.plain, title)
	r.text(rec.Summary, false)
	if len(rec.Reasons) > 0 {
		r.text("*Why*\n• "+strings.Join(rec.Reasons, "\n• "), false)
	}
}

// articles offers related articles as buttons that ask about them.
func (r *cardRenderer) articles(refs []conversation.ArticleRef) {
	set := &ActionSet{Type: "ActionSet"}
	var titles []string
	for _, a := range refs {
		if a.Title == "" || r.seen[a.Title] || len(set.Actions) == maxButtons {
			continue
		}
		if r.seen == nil {
			r.seen = map[string]bool{}
		}
		r.seen[a.Title] = true
		set.Actions = append(set.Actions, executeAction(buttonTitle("📚 "+a.Title), VerbAction, r.data(dataAction, conversation.ActionArticle+a.ID)))
		titles = append(titles, a.Title)
	}
	if len(set.Actions) == 0 {
		return
	}
	label := textBlock("Ask me next:")
	label.IsSubtle, label.Size, label.Separator = true, "Small", true
	r.add(label)
	r.add(set)
	r.plain = append(r.plain, "Ask me next: "+strings.Join(titles, " · "))
}

// actions renders the engine's buttons; the first that starts the
// assessment or asks for a consultant stands out.
func (r *cardRenderer) actions(acts []conversation.Action) {
	primary := false
	for _, a := range acts {
		if len(r.card.Actions) == maxButtons {
			break
		}
		btn := executeAction(buttonTitle(a.Label), VerbAction, r.data(dataAction, string(a.ID)))
		if !primary && (a.ID == conversation.ActionStartAssessment || a.ID == conversation.ActionConsult) {
			btn.Style, primary = "positive", true
		}
		r.card.Actions = append(r.card.Actions, btn)
	}
}

// activity wraps the card in a message, within the size limit.
func (r *cardRenderer) activity() *Activity {
	plain := strings.Join(r.plain, "\n")
	r.card.FallbackText = truncate(plain, 2000)
	act := &Activity{Type: TypeMessage, Summary: truncate(strings.ReplaceAll(plain, "\n", " "), maxSummary),
		Attachments: []Attachment{{ContentType: contentTypeCard, Content: r.card}}}
	r.fit(act)
	return act
}

// fit shortens the longest text blocks (then drops trailing elements)
// until v, which holds the card, marshals within maxRenderedBytes.
func (r *cardRenderer) fit(v any) *cardRenderer {
	for range 64 {
		b, err := json.Marshal(v)
		over := len(b) - maxRenderedBytes
		if err != nil || over <= 0 {
			return r
		}
		var longest *TextBlock
		for _, el := range r.card.Body {
			if tb, ok := el.(*TextBlock); ok && (longest == nil || len(tb.Text) > len(longest.Text)) {
				longest = tb
			}
		}
		if longest == nil || len(longest.Text) < 256 {
			r.card.Body = r.card.Body[:max(len(r.card.Body)-1, 0)]
			continue
		}
		longest.Text = cutMarkdown(longest.Text, max(len(longest.Text)-over-64, 128)) + " _(shortened)_"
	}
	return r
}

// cutMarkdown cuts s to at most n bytes at a space, never inside a UTF-8
// sequence or after a lone backslash, and closes an open **bold**.
func cutMarkdown(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	s = strings.TrimRight(s[:cut], " \n\\")
	if strings.Count(s, "**")%2 == 1 {
		s += "**"
	}
	return s
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

func buttonTitle(s string) string { return truncate(strings.TrimSpace(s), maxButtonTitle) }

var plainRe = regexp.MustCompile(`\*([^*\n]+)\*|(^|[^\pL\pN])_([^_\n]+)_`)

// plainText drops the engine's emphasis markers.
func plainText(s string) string {
	return plainRe.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, "*") {
			return strings.Trim(m, "*")
		}
		return strings.Replace(strings.TrimSuffix(m, "_"), "_", "", 1)
	})
}

// lowerFirst lowers the first letter of a title that starts with an
// ordinary word ("A virtual CTO" → "a virtual CTO") and leaves acronyms.
func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) || unicode.IsUpper(rs[1]) {
		return s
	}
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
