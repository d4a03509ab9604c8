package teams_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
)

// isRecommendation: the assessment's outcome.
func isRecommendation(m message) bool { return strings.Contains(m.Card.Text(), "Recommendation:") }

// TestE2EAssessmentByClicks completes the assessment in personal chat by
// clicking: each click is answered with the question's answered form
// (which replaces it), the next question follows, and it ends in one
// recommendation with every answer stored.
func TestE2EAssessmentByClicks(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "assess me"))
	var labels []string
	for i := 0; ; i++ {
		if i == 30 {
			t.Fatal("no recommendation after 30 answers")
		}
		v := w.wait("the next question or the recommendation", personal, func(v []message) bool {
			return count(v, message.Question) == 1 || count(v, isRecommendation) == 1
		})
		if count(v, isRecommendation) == 1 {
			break
		}
		q := lastQuestion(t, v)
		cs := choices(q)
		b := cs[i%len(cs)]
		labels = append(labels, b.Title)
		ans := w.click(r, ann, q.Posted, b, nil)
		card, err := ans.Card()
		if err != nil {
			t.Fatalf("click %d: %v (message %q)", i+1, err, ans.Message())
		}
		if text := card.Text(); !strings.Contains(text, "✅") || !strings.Contains(text, teams.EscapeText(b.Title)) || len(card.Buttons()) != 0 {
			t.Errorf("click %d answered with %q, want the answered question %q without buttons", i+1, text, b.Title)
		}
	}
	v := w.view(personal)
	if n := count(v, message.Answered); n != len(labels) {
		t.Errorf("%d questions show their answer, want %d:\n%s", n, len(labels), dumpView(v))
	}
	st, err := w.eng.Status(w.ctx, keyOf(ann))
	if err != nil || st.InProgress || st.Last == nil || len(st.Answers) != st.Total || st.Total != len(labels) {
		t.Fatalf("status %+v, %v after %d clicks", st, err, len(labels))
	}
	for i, qa := range st.Answers {
		if qa.Answer != labels[i] {
			t.Errorf("answer %d stored %q, clicked %q", i+1, qa.Answer, labels[i])
		}
	}
}

// TestE2EAssessmentByTyping completes the assessment in personal chat by
// typing the options' numbers: each question is updated in place (its
// buttons gone, its answer shown) and one recommendation follows.
func TestE2EAssessmentByTyping(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "assess"))
	answered := 0
	for i := 0; ; i++ {
		if i == 30 {
			t.Fatal("no recommendation after 30 answers")
		}
		v := w.wait("the next question or the recommendation", personal, func(v []message) bool {
			return count(v, message.Answered) == answered && (count(v, message.Question) == 1 || count(v, isRecommendation) == 1)
		})
		if count(v, isRecommendation) == 1 {
			break
		}
		q := lastQuestion(t, v)
		w.deliver(r, w.bf.Message(ann, strconv.Itoa(1+i%len(choices(q)))))
		answered++
		w.wait("the question updated in place", personal, func(v []message) bool {
			for _, m := range v {
				if m.ID == q.ID {
					return m.Answered() && m.Updates == 1 && !m.Question()
				}
			}
			return false
		})
	}
	st, err := w.eng.Status(w.ctx, keyOf(ann))
	if err != nil || st.InProgress || st.Last == nil || len(st.Answers) != answered {
		t.Errorf("status %+v, %v after %d typed answers", st, err, answered)
	}
	if n := len(w.bf.Calls(teamstest.OpUpdate)); n != answered {
		t.Errorf("%d updates for %d typed answers", n, answered)
	}
}

// TestE2EAssessmentInChannelThread: an assessment started by a mention
// lives in its thread; another member's click on its question is refused
// and changes nothing; the owner's click answers it in place.
func TestE2EAssessmentInChannelThread(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann, bob := teamstest.User("ann"), teamstest.User("bob")
	channel := teamstest.ChannelConversation("general")
	post := w.bf.ChannelMention(ann, channel, "assess")
	w.deliver(r, post)
	thread := teamstest.ThreadConversation(channel, post.ID)
	q := lastQuestion(t, w.wait("question 1", thread, func(v []message) bool { return count(v, message.Question) == 1 }))
	if q.ReplyToID != post.ID {
		t.Errorf("question 1 replies to %q, want the thread's root %s", q.ReplyToID, post.ID)
	}

	ans := w.click(r, bob, q.Posted, choices(q)[0], nil)
	if ans.Type != teamstest.InvokeMessage || ans.Message() != teams.TextNotYourCard {
		t.Errorf("bob's click answered %s %q, want the refusal", ans.Type, ans.Message())
	}
	if st, _ := w.eng.Status(w.ctx, keyOf(bob)); st.InProgress {
		t.Error("bob's click started an assessment for bob")
	}
	annThread := keyOf(ann)
	annThread.Thread = channel + "/" + post.ID
	if st, err := w.eng.Status(w.ctx, annThread); err != nil || st.Step != 1 {
		t.Fatalf("after bob's click ann's assessment is at %+v, %v; want question 1", st, err)
	}

	if ans := w.click(r, ann, q.Posted, choices(q)[0], nil); ans.Type != teamstest.InvokeCard {
		t.Fatalf("ann's click answered %s %q", ans.Type, ans.Message())
	}
	w.wait("question 2 in the thread", thread, func(v []message) bool {
		return count(v, message.Answered) == 1 && count(v, message.Question) == 1
	})
	if st, err := w.eng.Status(w.ctx, annThread); err != nil || st.Step != 2 {
		t.Errorf("ann's assessment at %+v, %v; want question 2", st, err)
	}
	if n := len(w.bf.Activities(teamstest.PersonalConversation(ann))); n != 0 {
		t.Errorf("%d messages in ann's personal chat; the assessment is the thread's", n)
	}
}

// TestE2EStaleClickToldPrivately: a click on a question already answered
// is answered with a note only the clicker sees; nothing is posted.
func TestE2EStaleClickToldPrivately(t *testing.T) {
	w := newWorld(t)
	r := w.start()
	ann := teamstest.User("ann")
	personal := teamstest.PersonalConversation(ann)
	w.deliver(r, w.bf.Message(ann, "assess"))
	q := lastQuestion(t, w.wait("question 1", personal, func(v []message) bool { return count(v, message.Question) == 1 }))
	w.click(r, ann, q.Posted, choices(q)[0], nil)
	before := len(w.wait("question 2", personal, func(v []message) bool { return count(v, message.Question) == 1 }))
	ans := w.click(r, ann, q.Posted, choices(q)[1], nil) // the old card, clicked again
	if ans.Type != teamstest.InvokeMessage || !strings.Contains(ans.Message(), "already answered") {
		t.Errorf("stale click answered %s %q, want a private note", ans.Type, ans.Message())
	}
	if n := len(w.view(personal)); n != before {
		t.Errorf("%d messages after a stale click, want %d (nothing posted)", n, before)
	}
}
