package teams_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation/handoff"
)

// The end-to-end tests drive the Teams bot as Teams does: signed
// activities from the fake Bot Framework to its endpoint, and read what
// users see from the fake connector and the invoke answers.

func TestE2EQuestionInPersonalChat(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	w.deliver(r, w.bf.Message(ann, "What does a CTO do?"))
	v := w.wait("the answer", teamstest.PersonalConversation(ann), func(v []message) bool { return len(v) > 0 })
	a := v[0]
	if !strings.Contains(a.Text(), "Technology") || a.Card.Quiet() || a.ReplyToID != "" {
		t.Errorf("answer %q (reply to %q): want a plain message about the CTO", a.Text(), a.ReplyToID)
	}
	if a.Activity.Summary == "" || a.Activity.Recipient == nil || a.Activity.Recipient.ID != ann.ID {
		t.Errorf("answer lacks a summary or is not addressed to ann: %+v", a.Activity)
	}
}

// TestE2EMentionInChannelThread: an @mention in a channel is answered in
// the thread it starts, a follow-up mention in that thread stays there,
// and a group chat gets its answer in the chat; nothing goes to personal
// chats.
func TestE2EMentionInChannelThread(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	bob := teamstest.User("bob")
	channel := teamstest.ChannelConversation("general")
	post := w.bf.ChannelMention(bob, channel, "what does a CIO do?")
	w.deliver(r, post)
	thread := teamstest.ThreadConversation(channel, post.ID)
	v := w.wait("the answer in the thread", thread, func(v []message) bool { return len(v) == 1 })
	if v[0].ReplyToID != post.ID || !strings.Contains(v[0].Text(), "Information") {
		t.Errorf("thread answer %q replies to %q, want an answer about the CIO to %s", v[0].Text(), v[0].ReplyToID, post.ID)
	}
	w.deliver(r, w.bf.ThreadReply(bob, channel, post.ID, "and a CTO?"))
	v = w.wait("the second answer", thread, func(v []message) bool { return len(v) == 2 })
	if v[1].ReplyToID != post.ID {
		t.Errorf("follow-up answered outside the thread: reply to %q", v[1].ReplyToID)
	}

	group := teamstest.GroupConversation("leads")
	w.deliver(r, w.bf.GroupMention(bob, group, "who owns cybersecurity?"))
	w.wait("the group chat's answer", group, func(v []message) bool { return len(v) == 1 })
	if n := len(w.bf.Activities(teamstest.PersonalConversation(bob))); n != 0 {
		t.Errorf("%d messages in bob's personal chat, want none", n)
	}
}

// TestE2EDuplicateHandledOnce delivers each activity three times at once,
// to two bots sharing Redis (replicas): each is answered once, and the
// other deliveries count as duplicates.
func TestE2EDuplicateHandledOnce(t *testing.T) {
	w := newWorld(t)
	r1, r2 := w.start(), w.start()
	const users = 6
	var wg sync.WaitGroup
	for i := range users {
		u := teamstest.User("dup" + string(rune('a'+i)))
		a := w.bf.Message(u, "What does a CTO do?")
		for _, r := range []*running{r1, r2, r1} {
			wg.Go(func() { w.deliver(r, a) })
		}
	}
	wg.Wait()
	for i := range users {
		conv := teamstest.PersonalConversation(teamstest.User("dup" + string(rune('a'+i))))
		w.wait("the answer", conv, func(v []message) bool { return len(v) > 0 })
	}
	if err := errors.Join(r1.stop(), r2.stop()); err != nil { // drained: every delivery is handled or skipped
		t.Fatal(err)
	}
	for i := range users {
		conv := teamstest.PersonalConversation(teamstest.User("dup" + string(rune('a'+i))))
		if n := len(w.bf.Activities(conv)); n != 1 {
			t.Errorf("%s got %d answers, want 1", conv, n)
		}
	}
	if got := w.metrics.Get("handled:message"); got != users {
		t.Errorf("handled %d messages, want %d", got, users)
	}
	if got := w.metrics.Get("duplicate:message"); got != 2*users {
		t.Errorf("%d duplicates skipped, want %d", got, 2*users)
	}
}

// TestE2ERestartResumes stops the bot mid-assessment and starts another
// on the same Redis: the next answer continues where the user was, and a
// proactive message reaches the user before they write again (the stored
// service URL is trusted again because it was validated).
func TestE2ERestartResumes(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "assess"))
	for step := 1; step <= 2; step++ {
		q := lastQuestion(t, w.wait("question", personal, func(v []message) bool { return count(v, message.Question) == 1 }))
		w.click(r, ann, q.Posted, choices(q)[0], nil)
	}
	w.wait("question 3", personal, func(v []message) bool { return count(v, message.Question) == 1 })
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	r = w.start()
	if err := r.b.HandoffUsers().Tell(w.ctx, keyOf(ann), "", handoff.Text("A note after the restart.")); err != nil {
		t.Fatalf("proactive message after a restart: %v", err)
	}
	w.deliver(r, w.bf.Message(ann, "1"))
	// The question answered by typing is not updated in place: which
	// message showed it was known to the stopped process only.
	v := w.wait("question 4", personal, func(v []message) bool { return count(v, containing("Question 4 of")) == 1 })
	st, err := w.eng.Status(w.ctx, keyOf(ann))
	if err != nil || !st.InProgress || st.Step != 4 || len(st.Answers) != 3 {
		t.Errorf("after the restart: status %+v, %v; want question 4 with 3 answers", st, err)
	}
	if count(v, containing("A note after the restart.")) != 1 {
		t.Errorf("the proactive message is not in the personal chat:\n%s", dumpView(v))
	}
}

// TestE2EUnvalidatedServiceURLNotTrusted: a stored reference whose service
// URL was never validated is not trusted after a restart: no request,
// and no token, goes there.
func TestE2EUnvalidatedServiceURLNotTrusted(t *testing.T) {
	w := newWorld(t)
	var hits atomic.Int64
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		w.WriteHeader(http.StatusOK)
	}))
	defer evil.Close()
	ann := teamstest.User("ann")
	ref := teams.StoredRef{ConversationRef: teams.ConversationRef{ServiceURL: evil.URL + "/amer/", ChannelID: teams.ChannelTeams,
		ConversationID: teamstest.PersonalConversation(ann), ConversationType: teams.ConversationPersonal,
		TenantID: teamstest.TenantID, UserID: ann.ID, BotID: teamstest.BotID}}
	if err := w.refs.Save(w.ctx, keyOf(ann), ref); err != nil {
		t.Fatal(err)
	}
	r := w.start()
	err := r.b.HandoffUsers().Tell(w.ctx, keyOf(ann), "", handoff.Text("hello"))
	if !errors.Is(err, teams.ErrUntrustedServiceURL) {
		t.Errorf("Tell through an unvalidated service URL: %v, want ErrUntrustedServiceURL", err)
	}
	if hits.Load() != 0 || w.bf.TokenCalls() != 0 {
		t.Errorf("%d requests to the unvalidated URL, %d token requests; want none", hits.Load(), w.bf.TokenCalls())
	}
}

// TestE2EShutdownDrains: turns queued when the bot is stopped are
// finished before Serve returns.
func TestE2EShutdownDrains(t *testing.T) {
	w := newWorld(t)
	r := w.start(func(c *teams.Config, _ *teams.Deps) { c.Workers = 1 })
	const n = 8
	for i := range n {
		w.deliver(r, w.bf.Message(teamstest.User("drain"+string(rune('a'+i))), "What does a CIO do?"))
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if got := len(w.bf.Activities(teamstest.PersonalConversation(teamstest.User("drain" + string(rune('a'+i)))))); got != 1 {
			t.Errorf("user %d got %d answers after the drain, want 1", i, got)
		}
	}
	res, err := w.bf.Deliver(context.Background(), r.endpoint, w.bf.Message(teamstest.User("late"), "hi"))
	if err == nil && res.Status == http.StatusOK {
		t.Error("a stopped bot took an activity")
	}
	if r.b.Ready() == nil {
		t.Error("a stopped bot says it is ready")
	}
}

// TestE2EReady: ready once the signing keys are loaded at start.
func TestE2EReady(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	deadline := time.Now().Add(hangGuard)
	for r.b.Ready() != nil {
		if time.Now().After(deadline) {
			t.Fatalf("not ready: %v", r.b.Ready())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := w.bf.KeyFetches(); n != 1 {
		t.Errorf("%d key fetches at start, want 1", n)
	}
}
