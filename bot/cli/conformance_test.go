package cli_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/cli"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// harness is a terminal session for the conformance suite: what the user
// types goes to Session.Handle, what they are shown is read back from the
// session's output.
type harness struct {
	s   *cli.Session
	eng bot.Engine
	out *bottest.Buffer
	ctx context.Context
}

func TestConformance(t *testing.T) {
	bottest.Run(t, func(t *testing.T) bottest.Harness {
		eng := engine(t)
		out := &bottest.Buffer{}
		s, err := cli.New(cli.Config{Engine: eng, User: "ada"}, out)
		if err != nil {
			t.Fatal(err)
		}
		s.Start(t.Context())
		t.Cleanup(s.Close)
		return &harness{s: s, eng: eng, out: out, ctx: t.Context()}
	})
}

func (h *harness) User() conversation.Key         { return h.s.Key() }
func (h *harness) Type(_ testing.TB, text string) { h.s.Handle(h.ctx, text) }
func (h *harness) Choose(_ testing.TB, option int) {
	h.s.Handle(h.ctx, strconv.Itoa(option+1)) // a terminal's choices are numbered
}
func (h *harness) FinishHandoff(testing.TB) {} // a terminal asks nothing more
func (h *harness) Engine() bot.Engine       { return h.eng }
func (h *harness) Handoffs() handoff.Store  { return h.s.Handoffs() }

// Shown reads the output back: a "Question n of m:" block is a question
// until its "Noted:" line answers it; "Note:" lines are notices; the
// consultants' desk's lines are not the user's conversation.
func (h *harness) Shown(testing.TB) []bottest.Shown {
	var shown []bottest.Shown
	for _, line := range h.out.Lines() {
		line = strings.TrimPrefix(line, "> ")
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "  [consultants' desk]"):
		case strings.HasPrefix(line, "Question ") && strings.Contains(line, " of "):
			shown = append(shown, bottest.Shown{Text: line, Question: true})
		case strings.HasPrefix(line, "  ") && len(shown) > 0 && shown[len(shown)-1].Question:
			shown[len(shown)-1].Text += "\n" + line // an option, the hint
		case strings.HasPrefix(line, "Noted: "):
			for i := len(shown) - 1; i >= 0; i-- {
				if shown[i].Question {
					shown[i].Question, shown[i].Answered = false, true
					shown[i].Text += "\n" + line
					break
				}
			}
		case strings.HasPrefix(line, "Note: "):
			shown = append(shown, bottest.Shown{Text: line, Private: true})
		default:
			shown = append(shown, bottest.Shown{Text: line})
		}
	}
	return shown
}
