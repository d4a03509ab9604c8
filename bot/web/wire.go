package web

import (
	"fmt"
	"time"
	"unicode"

	"github.com/springfield/techleader/conversation"
)

// Reply is the JSON form of a conversation.Reply for the page. Engine
// text arrives parsed (RichText); text that may hold what a user typed
// (an answer given in their own words) stays a plain string. The page
// builds the DOM from it with textContent only.
type Reply struct {
	Text           RichText        `json:"text,omitempty"`
	Article        string          `json:"article,omitempty"`
	Question       *Question       `json:"question,omitempty"`
	Answered       *Answered       `json:"answered,omitempty"`
	Recommendation *Recommendation `json:"recommendation,omitempty"`
	Notice         RichText        `json:"notice,omitempty"`
	Actions        []Action        `json:"actions,omitempty"`
	Articles       []Article       `json:"articles,omitempty"`
	// Alternatives are articles the question may have meant instead
	// ("Did you mean …"); like Articles, each button shows its article.
	Alternatives []Article `json:"alternatives,omitempty"`
	// Handoff asks the page to show the contact form.
	Handoff bool `json:"handoff,omitempty"`
}

// Question is an assessment question; Meta is the quiet line under its
// buttons ("Question 2 of 10 · reply with a button or in your own words").
type Question struct {
	ID      string   `json:"id"`
	Round   int      `json:"round"`
	Step    int      `json:"step"`
	Total   int      `json:"total"`
	Prompt  string   `json:"prompt"`
	Meta    string   `json:"meta"`
	Options []Option `json:"options"`
}

// Option is one answer button; the page sends Value back in a choice.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// Answered replaces the question with the same ID and Round by one line.
// Answer may be RAW USER TEXT.
type Answered struct {
	Question string `json:"question"`
	Round    int    `json:"round"`
	Prompt   string `json:"prompt"`
	Answer   string `json:"answer"`
}

// Recommendation is the assessment's outcome, shown as a card.
type Recommendation struct {
	Kind     string    `json:"kind"`
	Heading  string    `json:"heading"` // "Recommendation: a virtual CTO"
	Summary  RichText  `json:"summary"`
	Reasons  [][]Span  `json:"reasons,omitempty"`
	Articles []Article `json:"articles,omitempty"`
}

// Action is a button for an engine action; the page sends ID back.
// Primary marks the one way forward worth standing out.
type Action struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Primary bool   `json:"primary,omitempty"`
}

// Article is a related article; its button sends the action
// "article:" + ID, which shows it.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// PushJSON is a Push as the page gets it, in the state and in SSE data.
type PushJSON struct {
	ID      string    `json:"id"`
	Kind    PushKind  `json:"kind"`
	From    string    `json:"from,omitempty"`
	Text    RichText  `json:"text"`
	Actions []Action  `json:"actions,omitempty"`
	At      time.Time `json:"at"`
}

// pushJSON converts p for the page. Only an engine reply's text is
// markup; people's text stays plain.
func pushJSON(p Push) PushJSON {
	out := PushJSON{ID: p.ID, Kind: p.Kind, From: p.From, Text: Plain(p.Text), At: p.At}
	if p.Kind == PushReply {
		out.Text = Markup(p.Text)
	}
	for _, a := range p.Actions {
		out.Actions = append(out.Actions, Action{ID: string(a.ID), Label: a.Label})
	}
	return out
}

// Replies converts engine replies to their JSON form.
func Replies(rs []conversation.Reply) []Reply {
	out := make([]Reply, 0, len(rs))
	for _, r := range rs {
		out = append(out, replyJSON(r))
	}
	return out
}

func replyJSON(r conversation.Reply) Reply {
	out := Reply{
		Text:         Markup(r.Text),
		Article:      r.ArticleID,
		Notice:       Markup(r.Notice),
		Articles:     articles(r.Articles),
		Alternatives: articles(r.Alternatives),
		Handoff:      r.Handoff,
	}
	if q := r.Question; q != nil {
		out.Question = questionJSON(q)
	}
	if a := r.Answered; a != nil {
		out.Answered = &Answered{Question: a.QuestionID, Round: a.Round, Prompt: a.Prompt, Answer: a.Answer}
	}
	if rec := r.Recommendation; rec != nil {
		w := &Recommendation{
			Kind:     string(rec.Kind),
			Heading:  "Recommendation: " + lowerFirst(rec.Title),
			Summary:  Markup(rec.Summary),
			Articles: articles(rec.Articles),
		}
		for _, reason := range rec.Reasons {
			w.Reasons = append(w.Reasons, inline(reason, Span{}, true))
		}
		out.Recommendation = w
	}
	primary := false
	for _, a := range r.Actions {
		act := Action{ID: string(a.ID), Label: a.Label}
		if !primary && (a.ID == conversation.ActionStartAssessment || a.ID == conversation.ActionConsult) {
			act.Primary, primary = true, true
		}
		out.Actions = append(out.Actions, act)
	}
	return out
}

func questionJSON(q *conversation.Question) *Question {
	w := &Question{ID: q.ID, Round: q.Round, Step: q.Step, Total: q.Total, Prompt: q.Prompt}
	for _, o := range q.Options {
		w.Options = append(w.Options, Option{Value: o.Value, Label: o.Label})
	}
	how := "reply with a button or in your own words"
	if len(w.Options) == 0 {
		how = "reply in your own words"
	}
	if q.Total > 0 {
		w.Meta = fmt.Sprintf("Question %d of %d · %s", q.Step, q.Total, how)
	} else {
		w.Meta = upperFirst(how)
	}
	return w
}

func articles(refs []conversation.ArticleRef) []Article {
	var out []Article
	for _, a := range refs {
		out = append(out, Article{ID: a.ID, Title: a.Title})
	}
	return out
}

// lowerFirst lowers the first letter of a title that starts with an
// ordinary word ("A virtual CTO" → "a virtual CTO") and leaves acronyms
// ("CIO and CTO") alone.
func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) || unicode.IsUpper(rs[1]) {
		return s
	}
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}

func upperFirst(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}
