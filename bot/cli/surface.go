package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// surface is the bot.Surface of a terminal: replies are printed as plain
// text, questions with numbered choices, an answered question as a
// "Noted:" line, notices as "Note:" lines (a terminal has one reader).
type surface struct{ s *Session }

// Show prints r; a question becomes the one on screen and its reference
// is returned.
func (t *surface) Show(_ context.Context, r conversation.Reply) string {
	var b strings.Builder
	ref := ""
	switch {
	case r.Question != nil:
		q := r.Question
		t.s.mu.Lock()
		t.s.pending = q
		t.s.mu.Unlock()
		ref = q.ID + "/" + strconv.Itoa(q.Round)
		fmt.Fprintf(&b, "\nQuestion %d of %d: %s\n", q.Step, q.Total, PlainText(q.Prompt))
		for i, o := range q.Options {
			fmt.Fprintf(&b, "  %d) %s\n", i+1, o.Label)
		}
		if q.Hint != "" {
			fmt.Fprintf(&b, "  (%s)\n", q.Hint)
		}
	case r.Recommendation != nil:
		recommendation(&b, r.Recommendation)
	case r.Notice != "":
		fmt.Fprintf(&b, "Note: %s\n", PlainText(r.Notice))
	}
	if r.Text != "" {
		fmt.Fprintln(&b, PlainText(r.Text))
	}
	extras(&b, r)
	t.s.out.print(b.String())
	return ref
}

// UpdateAnswered confirms the answer on its own line: a terminal cannot
// change what it printed.
func (t *surface) UpdateAnswered(_ context.Context, _ string, a conversation.Answered) {
	t.s.out.print("Noted: " + a.Answer + "\n")
}

// TellPrivately prints the notice: only the user reads a terminal.
func (t *surface) TellPrivately(_ context.Context, r conversation.Reply) {
	var b strings.Builder
	fmt.Fprintf(&b, "Note: %s\n", PlainText(r.Notice))
	extras(&b, r)
	t.s.out.print(b.String())
}

// StartHandoff opens a handoff at once with the terminal's user name (a
// terminal has no form): the desk below prints the card, and a simulated
// consultant takes it.
func (t *surface) StartHandoff(ctx context.Context) {
	s := t.s
	_, _ = s.handoffs.Open(ctx, handoff.Request{User: s.key, Contact: handoff.Contact{Name: s.key.User}, Skipped: true})
}

// Forget drops the question on screen.
func (t *surface) Forget(context.Context) {
	t.s.mu.Lock()
	t.s.pending = nil
	t.s.mu.Unlock()
}

// extras prints a reply's alternatives, related articles and actions.
func extras(b *strings.Builder, r conversation.Reply) {
	if len(r.Alternatives) > 0 {
		titles := make([]string, len(r.Alternatives))
		for i, a := range r.Alternatives {
			titles[i] = a.Title
		}
		fmt.Fprintf(b, "Did you mean: %s? (ask me about it)\n", strings.Join(titles, "; "))
	}
	if len(r.Articles) > 0 {
		titles := make([]string, len(r.Articles))
		for i, a := range r.Articles {
			titles[i] = a.Title
		}
		fmt.Fprintf(b, "Related: %s\n", strings.Join(titles, "; "))
	}
	var acts []string
	for _, a := range r.Actions {
		if !conversation.IsRatingAction(a.ID) { // a rating's text says what to type
			acts = append(acts, fmt.Sprintf("/%s (%s)", a.ID, a.Label))
		}
	}
	if len(acts) > 0 {
		fmt.Fprintf(b, "You can: %s\n", strings.Join(acts, ", "))
	}
}

func recommendation(b *strings.Builder, rec *conversation.Recommendation) {
	fmt.Fprintf(b, "\n=== Recommendation: %s ===\n%s\n", rec.Title, PlainText(rec.Summary))
	if len(rec.Reasons) > 0 {
		fmt.Fprintln(b, "\nWhy:")
		for _, s := range rec.Reasons {
			fmt.Fprintf(b, "  • %s\n", PlainText(s))
		}
	}
	if len(rec.Answers) > 0 {
		fmt.Fprintln(b, "\nYour answers:")
		for _, qa := range rec.Answers {
			fmt.Fprintf(b, "  - %s %s\n", qa.Question, qa.Answer)
		}
	}
	if len(rec.Articles) > 0 {
		fmt.Fprintln(b, "\nRead next (ask me about it):")
		for _, a := range rec.Articles {
			fmt.Fprintf(b, "  - %s\n", a.Title)
		}
	}
}
