package teams_test

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation"
)

// TestInvokeAnsweredInTime: a click whose turn waits behind another one
// longer than TEAMS_INVOKE_TIMEOUT is answered at once (Teams gives up
// after 15 s); when its turn runs, the clicked question is still updated
// in place, by the connector.
func TestInvokeAnsweredInTime(t *testing.T) {
	bf := teamstest.New(t)
	release := make(chan struct{})
	eng := &bottest.FakeEngine{Reply: func(_ conversation.Key, in conversation.Input) []conversation.Reply {
		if in.Text == "slow" {
			<-release
			return []conversation.Reply{{Text: "done"}}
		}
		if in.Kind == conversation.InputChoice {
			return []conversation.Reply{{Answered: &conversation.Answered{QuestionID: in.QuestionID, Round: in.Round, Prompt: "Size?", Answer: "Small"}}}
		}
		return nil
	}}
	b, err := teams.New(teams.Config{AppID: teamstest.AppID, AppPassword: teamstest.AppPassword, TokenURL: bf.TokenURL(teamstest.MultiTenant),
		OpenIDMetadataURL: bf.MetadataURL(), Workers: 1, InvokeTimeout: 100 * time.Millisecond}, teams.Deps{Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()
	endpoint := "http://" + ln.Addr().String() + teams.MessagesPath
	deliver := func(a teamstest.Activity) *teamstest.Response {
		t.Helper()
		res, err := bf.Deliver(context.Background(), endpoint, a)
		if err != nil || res.Status != 200 {
			t.Fatalf("deliver: %v, %+v", err, res)
		}
		return res
	}

	ann := teamstest.User("ann")
	deliver(bf.Message(ann, "slow")) // holds the only worker
	clicked := teamstest.Posted{ID: "1700000000999", Conversation: teamstest.PersonalConversation(ann)}
	click := bf.Click(ann, clicked, teamstest.Button{Verb: teams.VerbChoice,
		Data: map[string]any{"tlOwner": ann.AADObjectID, "tlRound": "1", "tlQuestion": "size", "tlValue": "small"}}, nil)
	ans, err := deliver(click).Invoke()
	if err != nil {
		t.Fatal(err)
	}
	if ans.Type != teamstest.InvokeMessage || ans.Message() == "" {
		t.Errorf("a click waiting past the timeout answered %s %q, want a short message", ans.Type, ans.Message())
	}
	close(release)
	wctx, wcancel := context.WithTimeout(context.Background(), hangGuard)
	defer wcancel()
	if err := bf.WaitCalls(wctx, teamstest.OpUpdate, 1); err != nil {
		t.Fatal(err)
	}
	if up := bf.Calls(teamstest.OpUpdate)[0]; up.ActivityID != clicked.ID || up.Conversation != clicked.Conversation {
		t.Errorf("update of %s in %s, want the clicked message %s", up.ActivityID, up.Conversation, clicked.ID)
	}
}
