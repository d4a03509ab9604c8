package conversation_test

import (
	"context"
	"testing"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/knowledge"
)

// TestReplyAlternatives: when the knowledge base answers one article and
// finds another close, the reply carries it as an alternative to offer; a
// clear question carries none.
func TestReplyAlternatives(t *testing.T) {
	kb, err := knowledge.New()
	if err != nil {
		t.Fatal(err)
	}
	e := conversation.New(kb, newTestStore(), conversation.Config{}, nil)
	ctx := context.Background()

	q := "how does a cio impact the business compared to a cto"
	want := kb.Search(q)
	if len(want.Alternatives) == 0 {
		t.Fatalf("the knowledge base offers no alternative for %q", q)
	}
	rs := e.Handle(ctx, key, conversation.Text(q))
	if rs[0].ArticleID != want.ID || len(rs[0].Alternatives) != len(want.Alternatives) {
		t.Fatalf("reply %+v, want article %s with alternatives %v", rs[0], want.ID, want.Alternatives)
	}
	for i, a := range rs[0].Alternatives {
		if a.ID != want.Alternatives[i].ID || a.Title == "" || a.ID == rs[0].ArticleID {
			t.Errorf("alternative %d = %+v, want %s", i, a, want.Alternatives[i].ID)
		}
	}
	if rs := e.Handle(ctx, key, conversation.Text("what does a CIO do?")); len(rs[0].Alternatives) != 0 {
		t.Errorf("clear question offers %v", rs[0].Alternatives)
	}
}

// TestArticleCommand: pressing an offered article shows that article;
// mid-assessment the pending question comes back; an unknown id is a
// notice.
func TestArticleCommand(t *testing.T) {
	kb, err := knowledge.New()
	if err != nil {
		t.Fatal(err)
	}
	e := conversation.New(kb, newTestStore(), conversation.Config{}, nil)
	ctx := context.Background()
	show := conversation.Cmd(conversation.Command(conversation.ActionArticle + "difference"))

	rs := e.Handle(ctx, key, show)
	if len(rs) != 1 || rs[0].ArticleID != "difference" || rs[0].Text == "" || len(rs[0].Articles) == 0 {
		t.Fatalf("article command answered %+v, want the difference article with related ones", rs)
	}
	e.Handle(ctx, key, conversation.Cmd(conversation.CommandStart))
	rs = e.Handle(ctx, key, show)
	if len(rs) != 2 || rs[0].ArticleID != "difference" || rs[1].Question == nil || rs[1].Question.ID != "size" {
		t.Fatalf("mid-assessment article command answered %+v, want the article then the size question", rs)
	}
	rs = e.Handle(ctx, key, conversation.Cmd(conversation.Command(conversation.ActionArticle+"no-such")))
	if len(rs) == 0 || rs[0].Notice == "" || rs[0].ArticleID != "" {
		t.Errorf("unknown article answered %+v, want a notice", rs)
	}
}
