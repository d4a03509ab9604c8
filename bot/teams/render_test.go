package teams_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Regenerate with: go test ./bot/teams -run Golden -update
var update = flag.Bool("update", false, "rewrite bot/teams/testdata/golden/*.json from the current rendering")

var owner = conversation.Key{Platform: teams.Platform, Team: "tenant-1", User: "aad-owner"}

func recommendation() *conversation.Recommendation {
	return &conversation.Recommendation{
		Kind: conversation.RecommendVirtualCTO, Title: "A virtual CTO",
		Summary:  "Your product is *technology*, but you are small: a part-time CTO gives you the _direction_ without a full-time salary.",
		Reasons:  []string{"Your product is software you build yourselves.", "You have fewer than 50 people (R&D <10)."},
		Articles: []conversation.ArticleRef{{ID: "cto-role", Title: "What a CTO does"}, {ID: "fractional", Title: "Fractional leaders"}},
	}
}

func goldenCases() map[string]any {
	question := &conversation.Question{ID: "product", Round: 2, Step: 3, Total: 8, Prompt: "Is *technology* your product?",
		Hint:    "Reply with a number or pick a button.",
		Options: []conversation.Option{{Value: "yes", Label: "Yes, we sell software"}, {Value: "partly", Label: "Partly"}, {Value: "no", Label: "No"}}}
	many := *question
	many.Options = nil
	for _, v := range []string{"1", "2-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5000+"} {
		many.Options = append(many.Options, conversation.Option{Value: v, Label: v + " people"})
	}
	return map[string]any{
		"question":              teams.RenderReply(conversation.Reply{Question: question}, owner),
		"question_many_options": teams.RenderReply(conversation.Reply{Question: &many}, owner),
		"answered":              teams.AnsweredCard(&conversation.Answered{QuestionID: "product", Round: 2, Prompt: "Is *technology* your product?", Answer: "Partly"}),
		"recommendation": teams.RenderReply(conversation.Reply{Recommendation: recommendation(),
			Actions: []conversation.Action{{ID: conversation.ActionConsult, Label: "Talk to a consultant"}, {ID: conversation.ActionRestart, Label: "Start over"}}}, owner),
		"knowledge_answer": teams.RenderReply(conversation.Reply{ArticleID: "cio-vs-cto",
			Text:     "*CIO vs CTO*\nThe CIO runs the _internal_ IT.\n• Systems and security\n• Vendors\nMore: https://example.com/cio-vs-cto.",
			Articles: []conversation.ArticleRef{{ID: "cto-role", Title: "What a CTO does"}},
			Actions:  []conversation.Action{{ID: conversation.ActionStartAssessment, Label: "Take the assessment"}}}, owner),
		"alternatives": teams.RenderReply(conversation.Reply{ArticleID: "responsibilities",
			Text:         "*In one line:* the CIO runs the systems; the CTO builds what you sell.",
			Alternatives: []conversation.ArticleRef{{ID: "difference", Title: "CIO vs CTO: what's the difference?"}}}, owner),
		"notice":              teams.RenderReply(conversation.Reply{Notice: "That question was from an earlier assessment."}, owner),
		"contact_form":        teams.ContactForm(owner, handoff.Contact{Name: "Ann <Admin>"}, nil),
		"contact_form_errors": teams.ContactForm(owner, handoff.Contact{Name: "", Email: "ann@", Size: "11-50", Note: "*urgent*"}, handoff.Contact{Email: "ann@"}.Validate()),
	}
}

// TestRenderGolden compares each rendering with its golden file: any
// change of rendering shows up as a diff of testdata/golden/*.json.
func TestRenderGolden(t *testing.T) {
	for name, v := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
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
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("rendering of %s changed; got:\n%s", name, got)
			}
		})
	}
}

// walk calls fn on every JSON object inside v.
func walk(v any, fn func(map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		fn(x)
		for _, y := range x {
			walk(y, fn)
		}
	case []any:
		for _, y := range x {
			walk(y, fn)
		}
	}
}

func decode(t *testing.T, v any) (map[string]any, int) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m, len(b)
}

// TestRenderedCardsKeepTheRules: every rendering is a version 1.5 card
// under the size limit, and every button is an Action.Execute with a verb
// and the owner.
func TestRenderedCardsKeepTheRules(t *testing.T) {
	cases := goldenCases()
	huge := strings.Repeat("A long *answer* with a link https://example.com/x and R&D <stuff>. ", 2000)
	cases["huge_text"] = teams.RenderReply(conversation.Reply{Text: huge, Actions: []conversation.Action{{ID: "start", Label: "Start"}}}, owner)
	for name, v := range cases {
		t.Run(name, func(t *testing.T) {
			m, size := decode(t, v)
			if size > teams.MaxActivityBytes-1024 {
				t.Errorf("%d bytes, over the limit", size)
			}
			cards := 0
			walk(m, func(o map[string]any) {
				switch o["type"] {
				case "AdaptiveCard":
					cards++
					if o["version"] != "1.5" {
						t.Errorf("card version %v", o["version"])
					}
				case "Action.Execute":
					data, _ := o["data"].(map[string]any)
					if o["verb"] == "" || data["tlOwner"] != owner.User {
						t.Errorf("button %v: verb or owner missing", o)
					}
				case "Action.Submit", "Action.OpenUrl", "Action.ShowCard":
					t.Errorf("unexpected action %v", o["type"])
				}
			})
			if cards != 1 {
				t.Errorf("%d cards, want 1", cards)
			}
		})
	}
	m, _ := decode(t, cases["huge_text"])
	if !strings.Contains(string(mustJSON(t, m)), "(shortened)") {
		t.Error("a huge text was cut without saying so")
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMarkdown(t *testing.T) {
	cases := []struct{ in, want string }{
		{"*Bold* and _italic_", "**Bold** and _italic_"},
		{"snake_case_name stays", "snake_case_name stays"},
		{"Intro\n• one\n• two\nEnd", "Intro\n\n- one\n- two\n\nEnd"},
		{"See https://example.com/a_b.", "See [https://example.com/a_b](https://example.com/a_b)."},
		{"R&D for <50 people [beta] #1 | x ~ y", `R&D for \<50 people \[beta\] \#1 \| x \~ y`},
		{"1. not a list", `1\. not a list`},
		{"Para one.\n\nPara two.", "Para one.\n\nPara two."},
		{"a `code` \\ back", "a \\`code\\` \\\\ back"},
	}
	for _, c := range cases {
		if got := teams.Markdown(c.in); got != c.want {
			t.Errorf("Markdown(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestEscapeText: user text shows as typed and forms no markup, link,
// mention or list.
func TestEscapeText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"**bold** _it_", `\*\*bold\*\* \_it\_`},
		{"<at>Bob</at>", `\<at\>Bob\</at\>`},
		{"[click](javascript:alert)", `\[click\](javascript:alert)`},
		{"# Heading\n- item\n1. first\n+ x", "\\# Heading\n\\- item\n1\\. first\n\\+ x"},
		{"a&amp;b", `a\&amp;b`},
		{"plain words stay", "plain words stay"},
		{"2-3 people", "2-3 people"},
	}
	for _, c := range cases {
		if got := teams.EscapeText(c.in); got != c.want {
			t.Errorf("EscapeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, link := range []string{"https://evil.example/login", "visit WWW.evil.example now"} {
		got := teams.EscapeText(link)
		if strings.Contains(got, "://") || strings.Contains(strings.ToLower(got), "www.") {
			t.Errorf("EscapeText(%q) = %q still links", link, got)
		}
	}
}

func TestContactFormSubmission(t *testing.T) {
	good := &teams.CardAction{Verb: teams.VerbContactSubmit, Owner: owner.User, Inputs: map[string]string{
		"name": " Ann ", "company": "Acme", "email": "ann@acme.com", "size": "11-50", "contact_time": "mornings", "note": "hi"}}
	c, form := teams.SubmitContact(owner, good)
	if form != nil {
		t.Fatalf("a valid form was refused: %+v", form)
	}
	if c.Name != "Ann" || c.Email != "ann@acme.com" || c.Size != "11-50" || c.ContactTime != "mornings" {
		t.Errorf("contact %+v", c)
	}
	bad := &teams.CardAction{Verb: teams.VerbContactSubmit, Owner: owner.User, Inputs: map[string]string{
		"name": "", "email": "not an address", "size": "a million", "note": "keep me"}}
	c, form = teams.SubmitContact(owner, bad)
	if form == nil {
		t.Fatal("an invalid form was accepted")
	}
	if c.Size != "" {
		t.Errorf("a size not in the list was kept: %q", c.Size)
	}
	b := string(mustJSON(t, form))
	for _, want := range []string{"Please tell us your name.", "Please enter a valid email address", `"value":"keep me"`, `"value":"not an address"`} {
		if !strings.Contains(b, want) {
			t.Errorf("re-rendered form lacks %q", want)
		}
	}
}
