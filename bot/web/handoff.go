package web

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// visitorStyle renders the handoff's messages for a visitor. It names no
// one itself: the handoff Service fills in the consultants' names its
// desk knows (their ids are the desk's, meaningless here).
var visitorStyle = handoff.Style{EndCommand: "“end”", Platform: "website"}

// endWords end a conversation with a consultant when they are the whole
// message and the visitor has one (while it is claimed, anything else
// typed goes to the consultant).
var endWords = map[string]bool{
	"end": true, "/end": true, "end chat": true, "end the chat": true,
	"end conversation": true, "end the conversation": true,
}

func isEndWord(text string) bool {
	return endWords[strings.ToLower(strings.Trim(strings.TrimSpace(text), ".!“”\"'"))]
}

// userSide is the handoff.UserSide of web visitors: what the handoff
// tells them is appended to their session's PushLog, which the page reads
// over Server-Sent Events, or on its next load within the session's TTL.
type userSide struct {
	pushes PushLog
	now    func() time.Time
}

var _ handoff.ReplyTeller = userSide{}

// NewUserSide returns the handoff's side for web visitors
// (conversation.Key.Platform "web"), pushing to pushes: the PushLog of
// the web Server, shared by its replicas. It is a handoff.ReplyTeller
// too: the rating asked once a handoff is closed comes with its buttons.
func NewUserSide(pushes PushLog) handoff.ConsultantSide {
	return userSide{pushes: pushes, now: time.Now}
}

// Tell pushes a note from the assistant.
func (u userSide) Tell(ctx context.Context, user conversation.Key, _ string, msg handoff.Message) error {
	return u.push(ctx, user, Push{Kind: PushNotice, Text: upperFirst(msg(visitorStyle))})
}

// TellFromConsultant pushes a consultant's message under their name.
func (u userSide) TellFromConsultant(ctx context.Context, user conversation.Key, _, name, text string) error {
	from := "Your consultant"
	if name != "" && name != handoff.SomeConsultant {
		from = name + ", consultant"
	}
	return u.push(ctx, user, Push{Kind: PushConsultant, From: from, Text: text})
}

// TellReply pushes an engine reply with its buttons (the rating asked
// once a handoff is closed); the page sends a button's action back as a
// turn. Only its text (or notice) and actions are shown: that is all a
// rating has.
func (u userSide) TellReply(ctx context.Context, user conversation.Key, _ string, r conversation.Reply) error {
	text := r.Text
	if text == "" {
		text = r.Notice
	}
	return u.push(ctx, user, Push{Kind: PushReply, Text: text, Actions: slices.Clone(r.Actions)})
}

func (u userSide) push(ctx context.Context, user conversation.Key, p Push) error {
	p.At = u.now().UTC()
	id, err := u.pushes.Append(ctx, user.User, p)
	if err != nil {
		return fmt.Errorf("web push: %w", err)
	}
	p.ID = id
	if t := turnPushesOf(ctx); t != nil && t.session == user.User {
		t.add(p)
	}
	return nil
}

// turnPushes collects what is pushed to the session of a request while
// it runs (the handoff telling the visitor how their request went), so
// that the response carries it at once. The page shows each push once,
// whether it comes in a response or over the event stream.
type turnPushes struct {
	session string
	mu      sync.Mutex
	list    []Push
}

type turnPushesKey struct{}

// withTurnPushes returns a context that collects the pushes to session.
func withTurnPushes(ctx context.Context, session string) (context.Context, *turnPushes) {
	t := &turnPushes{session: session}
	return context.WithValue(ctx, turnPushesKey{}, t), t
}

func turnPushesOf(ctx context.Context) *turnPushes {
	t, _ := ctx.Value(turnPushesKey{}).(*turnPushes)
	return t
}

func (t *turnPushes) add(p Push) {
	t.mu.Lock()
	t.list = append(t.list, p)
	t.mu.Unlock()
}

// json returns the pushes collected, for a response.
func (t *turnPushes) json() []PushJSON {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]PushJSON, 0, len(t.list))
	for _, p := range t.list {
		out = append(out, pushJSON(p))
	}
	return out
}
