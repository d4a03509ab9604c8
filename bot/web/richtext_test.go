package web_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
)

func sp(text string) web.Span            { return web.Span{Text: text} }
func bold(text string) web.Span          { return web.Span{Text: text, Bold: true} }
func italic(text string) web.Span        { return web.Span{Text: text, Italic: true} }
func href(text, u string) web.Span       { return web.Span{Text: text, Href: u} }
func para(lines ...[]web.Span) web.Block { return web.Block{Kind: web.BlockParagraph, Lines: lines} }
func list(lines ...[]web.Span) web.Block { return web.Block{Kind: web.BlockList, Lines: lines} }
func line(spans ...web.Span) []web.Span  { return spans }

func TestMarkup(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     web.RichText
	}{
		{"plain", "Hello there.", web.RichText{para(line(sp("Hello there.")))}},
		{"bold and italic", "A *CIO* and a _CTO_.", web.RichText{para(line(sp("A "), bold("CIO"), sp(" and a "), italic("CTO"), sp(".")))}},
		{"bold sentence", "*CTO = Chief Technology Officer.* Next", web.RichText{para(line(bold("CTO = Chief Technology Officer."), sp(" Next")))}},
		{"italic inside bold", "*very _much_ so*", web.RichText{para(line(bold("very "), web.Span{Text: "much", Bold: true, Italic: true}, bold(" so")))}},
		{"paragraphs and bullets", "Intro:\n• one\n• _two_\n\nAfter.", web.RichText{
			para(line(sp("Intro:"))), list(line(sp("one")), line(italic("two"))), para(line(sp("After.")))}},
		{"line breaks kept", "a\nb", web.RichText{para(line(sp("a")), line(sp("b")))}},
		{"dash bullets", "- x\n- y", web.RichText{list(line(sp("x")), line(sp("y")))}},
		{"no markup inside words", "snake_case_name and 2*3*4", web.RichText{para(line(sp("snake_case_name and 2*3*4")))}},
		{"unclosed marker", "a *b c", web.RichText{para(line(sp("a *b c")))}},
		{"lone markers", "* not bold *", web.RichText{para(line(sp("* not bold *")))}},
		{"link", "See https://example.com/a_b?c=d.", web.RichText{para(line(sp("See "), href("https://example.com/a_b?c=d", "https://example.com/a_b?c=d"), sp(".")))}},
		{"link in brackets", "(see https://en.wikipedia.org/wiki/CTO_(role))", web.RichText{para(line(sp("(see "), href("https://en.wikipedia.org/wiki/CTO_(role)", "https://en.wikipedia.org/wiki/CTO_(role)"), sp(")")))}},
		{"link in italics", "_https://example.com_", web.RichText{para(line(web.Span{Text: "https://example.com", Italic: true, Href: "https://example.com"}))}},
		{"no link mid-word", "xhttps://example.com", web.RichText{para(line(sp("xhttps://example.com")))}},
		{"only http(s) links", "javascript:alert(1) ftp://x.example", web.RichText{para(line(sp("javascript:alert(1) ftp://x.example")))}},
		{"html stays text", "<script>alert(1)</script> & <b>", web.RichText{para(line(sp("<script>alert(1)</script> & <b>")))}},
		{"crlf and blanks", "a\r\n\r\n\r\nb  ", web.RichText{para(line(sp("a"))), para(line(sp("b")))}},
		{"empty", "  \n ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := web.Markup(tc.in)
			if g, w := mustJSON(t, got), mustJSON(t, tc.want); g != w {
				t.Fatalf("Markup(%q)\n got %s\nwant %s", tc.in, g, w)
			}
		})
	}
}

func TestPlainKeepsMarkers(t *testing.T) {
	got := web.Plain("*not bold* _nor italic_ https://example.com")
	want := web.RichText{para(line(sp("*not bold* _nor italic_ "), href("https://example.com", "https://example.com")))}
	if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
		t.Fatalf("Plain\n got %s\nwant %s", g, w)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestRepliesGolden pins the JSON wire form of each kind of reply: the
// page is written against it.
func TestRepliesGolden(t *testing.T) {
	rec := &conversation.Recommendation{Kind: conversation.RecommendVirtualCTO, Title: "A virtual CTO",
		Summary: "A *part-time* CTO fits.", Reasons: []string{"You build _products_.", "Budget is tight."},
		Articles: []conversation.ArticleRef{{ID: "virtual", Title: "Virtual (fractional) CIO or CTO"}}}
	for name, r := range map[string]conversation.Reply{
		"knowledge_answer": {Text: "*CTO* means:\n• one\n• two\n\nMore at https://example.com.", ArticleID: "what-is-cto",
			Articles: []conversation.ArticleRef{{ID: "what-is-cio", Title: "What is a CIO?"}}},
		"question": {Question: &conversation.Question{ID: "size", Round: 2, Step: 1, Total: 10, Prompt: "How many people?",
			Hint: "Reply with a number.", Options: []conversation.Option{{Value: "xs", Label: "1–10 people"}, {Value: "s", Label: "11–50 people"}}},
			Actions: []conversation.Action{{ID: conversation.ActionCancel, Label: "Cancel"}}},
		"answered":       {Answered: &conversation.Answered{QuestionID: "size", Round: 2, Prompt: "How many people?", Answer: "<b>35</b> people"}},
		"recommendation": {Recommendation: rec, Actions: []conversation.Action{{ID: conversation.ActionConsult, Label: "Talk to a consultant"}, {ID: conversation.ActionRestart, Label: "Start over"}}},
		"notice":         {Notice: "That question was already answered.", Actions: []conversation.Action{{ID: conversation.ActionStartAssessment, Label: "Start the assessment"}}},
		"handoff":        {Text: "Happy to put you in touch.", Handoff: true, Actions: []conversation.Action{{ID: conversation.ActionStartAssessment, Label: "Start the assessment"}, {ID: conversation.ActionConsult, Label: "Talk"}}},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(web.Replies([]conversation.Reply{r})[0], "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(want) != string(got)+"\n" {
				t.Fatalf("%s changed:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}
