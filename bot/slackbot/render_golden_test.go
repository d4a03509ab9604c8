package slackbot

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
)

// Regenerate with: go test ./bot -run Golden -update
var updateGolden = flag.Bool("update", false, "rewrite bot/testdata/golden/*.json from the current rendering")

// golden is what a golden file holds: the blocks Slack shows and the
// fallback text of notifications (absent for views).
type golden struct {
	Text   string        `json:"text,omitempty"`
	Blocks []slack.Block `json:"blocks"`
}

var goldenOwner = conversation.Key{Platform: "slack", Team: "T0GOLDEN", User: "U0GOLDEN", Thread: "C0GOLDEN/1700000000.000100"}

// goldenRecommendation is a finished assessment as the engine presents it.
func goldenRecommendation() *conversation.Recommendation {
	return &conversation.Recommendation{
		Kind:    conversation.RecommendBoth,
		Title:   "Both a CIO and a CTO",
		Summary: "You rely heavily on technology inside the business and you grow through technology. A CIO keeps operations efficient and secure while a CTO drives innovation outward: a balanced approach for a company of your scale.",
		Reasons: []string{
			"With more than 250 people, you are a larger business, where both roles can be crucial.",
			"Your daily operations rely heavily on IT, and a CIO keeps that backbone running smoothly.",
			"Data management is a real problem for you, a core CIO responsibility.",
			"You're developing technology-based products or services, which is what a CTO leads.",
			"Cybersecurity risk is a serious concern as you scale, and a CIO owns the security strategy.",
		},
		Answers: []conversation.QA{
			{QuestionID: "size", Question: "How many people work in your company?", Answer: "More than 250 people"},
			{QuestionID: "stage", Question: "Which best describes your company's stage?", Answer: "Established and steady"},
			{QuestionID: "ops", Question: "How much do your daily operations rely on IT systems?", Answer: "Completely: IT is critical"},
			{QuestionID: "data", Question: "Do you face data-management challenges (scattered data, silos, quality, compliance)?", Answer: "Yes, it's a real problem"},
			{QuestionID: "products", Question: "Are you developing new technology-based products or services?", Answer: "Yes, core to our business"},
		},
		Articles: []conversation.ArticleRef{
			{ID: "both", Title: "Do you need both a CIO and a CTO?"},
			{ID: "virtual", Title: "Virtual (fractional) CIO or CTO"},
		},
	}
}

func goldenCases() map[string]golden {
	msg := func(r conversation.Reply) golden {
		m := renderReply(r, goldenOwner)
		return golden{Text: m.text, Blocks: m.blocks}
	}
	view := func(st conversation.Status) golden {
		return golden{Blocks: homeView(st, true).Blocks.BlockSet}
	}
	var long strings.Builder
	for i := 1; long.Len() < 7000; i++ {
		fmt.Fprintf(&long, "*Part %d.* A CIO looks after the systems, data and security the business runs on; a CTO leads the technology the business sells. ", i)
		if i%4 == 0 {
			long.WriteString("\n\n")
		}
	}
	return map[string]golden{
		"alternatives": msg(conversation.Reply{
			Text:      "*In one line:* the CIO manages IT infrastructure, cybersecurity and internal systems; the CTO builds technology that improves products or services.",
			ArticleID: "responsibilities",
			Alternatives: []conversation.ArticleRef{
				{ID: "difference", Title: "CIO vs CTO: what's the difference?"},
			},
			Actions: []conversation.Action{{ID: conversation.ActionStartAssessment, Label: "Start the assessment"}},
		}),
		"knowledge_answer": msg(conversation.Reply{
			Text: "A *CIO* (Chief Information Officer) runs the technology *inside* the business: the systems, data and security your daily operations depend on.\n\n" +
				"• keeps IT efficient and secure\n• owns data management and cybersecurity\n• aligns IT with the business strategy",
			ArticleID: "what-is-cio",
			Articles: []conversation.ArticleRef{
				{ID: "when-cio", Title: "When do you need a CIO?"},
				{ID: "difference", Title: "CIO vs CTO: what's the difference?"},
				{ID: "what-is-cto", Title: "What is a CTO?"},
			},
			Actions: []conversation.Action{
				{ID: conversation.ActionStartAssessment, Label: "Start the assessment"},
				{ID: conversation.ActionConsult, Label: "Talk to a consultant"},
			},
		}),
		"question": msg(conversation.Reply{
			Question: &conversation.Question{
				ID: "ops", Round: 2, Step: 3, Total: 10,
				Prompt: "How much do your daily operations rely on IT systems?",
				Hint:   "Reply with a number or in your own words. Say “back”, “start over” or “cancel” at any time, or ask me a question.",
				Options: []conversation.Option{
					{Value: "low", Label: "A little: basic tools"},
					{Value: "medium", Label: "Quite a lot"},
					{Value: "high", Label: "Completely: IT is critical"},
				},
			},
			Actions: []conversation.Action{{ID: conversation.ActionBack, Label: "Back"}, {ID: conversation.ActionCancel, Label: "Cancel"}},
		}),
		"answered": msg(conversation.Reply{Answered: &conversation.Answered{
			QuestionID: "ops", Round: 2, Prompt: "How much do your daily operations rely on IT systems?", Answer: "Completely: IT is critical",
		}}),
		"recommendation": msg(conversation.Reply{
			Recommendation: goldenRecommendation(),
			Actions: []conversation.Action{
				{ID: conversation.ActionConsult, Label: "Talk to a consultant"},
				{ID: conversation.ActionRestart, Label: "Start over"},
			},
		}),
		"notice": msg(conversation.Reply{Notice: "That question has already been answered, so I left it alone."}),
		"home":   view(conversation.Status{}),
		"home_with_recommendation": view(conversation.Status{
			Last:    goldenRecommendation(),
			Answers: goldenRecommendation().Answers,
		}),
		"long_text": msg(conversation.Reply{Text: long.String()}),
	}
}

// TestRenderGolden pins how replies and the Home tab look in Slack: any
// change of rendering shows up as a diff of bot/testdata/golden/*.json.
func TestRenderGolden(t *testing.T) {
	for name, g := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			max := maxMessageBlocks
			if strings.HasPrefix(name, "home") {
				max = maxViewBlocks
			}
			checkLimits(t, g.Blocks, max)
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *updateGolden {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (regenerate with: go test ./bot -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the rendering (regenerate with: go test ./bot -run Golden -update)\n%s", path, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first differing line of want and got.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  golden:    %s\n  rendering: %s", i+1, w, g)
		}
	}
	return "(same lines)"
}
