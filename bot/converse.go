package bot

import (
	"context"
	"log/slog"
	"strings"
	"sync"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Surface is where the replies to one input are shown. A front end makes
// one for each input it hands to Core.Converse (a direct message, a
// thread, a slash command's private answer, a terminal) and implements
// how things look there; the Core decides what is shown and when. Its
// methods are called from one goroutine, in the order of the replies.
type Surface interface {
	// Show shows r and returns a reference to the message that
	// UpdateAnswered may be given later, "" when the message cannot be
	// changed later (shown privately, or not delivered).
	Show(ctx context.Context, r conversation.Reply) (ref string)
	// UpdateAnswered shows that a question was answered, in place of the
	// question where the platform can change a shown message. ref is what
	// Show returned for the question, "" when the Core does not know it
	// (the surface may: the message whose button was clicked).
	UpdateAnswered(ctx context.Context, ref string, a conversation.Answered)
	// TellPrivately shows r, a notice that concerns only the user, where
	// no one else sees it.
	TellPrivately(ctx context.Context, r conversation.Reply)
	// StartHandoff asks for a consultant for the user, the platform's way:
	// collect contact details (a form) and open a handoff, or say why it
	// cannot.
	StartHandoff(ctx context.Context)
	// Forget drops whatever the front end keeps about the user; the Core
	// has deleted the rest.
	Forget(ctx context.Context)
}

// Handoffs is what the Core needs of the consultant handoff
// (*handoff.Service implements it).
type Handoffs interface {
	// RelayFromUser passes text, typed in the conversation key, to the
	// consultant of the user's live handoff when that is where its relay
	// runs, and reports whether it did.
	RelayFromUser(ctx context.Context, user conversation.Key, text string) bool
	// Forget deletes the user's handoff records and redacts an open card.
	Forget(ctx context.Context, user conversation.Key) error
	// Rated tells the consultants of the user's handoff how the user rated
	// it, or what they commented on their rating.
	Rated(ctx context.Context, user conversation.Key, r conversation.Rating)
}

// Texts of the forget confirmation.
const (
	textForgotten    = "Done: I deleted everything I had stored about you — your answers, your recommendation and our conversations."
	textForgetFailed = "Sorry, I couldn't delete your data just now because my storage is unavailable. Please try again in a minute."
)

// Core holds the reply policy every front end shares. It is safe for
// concurrent use.
type Core struct {
	eng      Engine
	handoffs Handoffs
	log      *slog.Logger

	mu    sync.Mutex
	lastQ map[string]question // conversation key -> its last question shown
}

// question locates a shown question so that a typed answer can update it
// in place.
type question struct {
	ref, id string
	round   int
}

// maxRemembered bounds the questions remembered (one per conversation).
const maxRemembered = 100000

// NewCore returns a Core over eng; handoffs may be nil (no consultant
// handoff) and log may be nil.
func NewCore(eng Engine, handoffs Handoffs, log *slog.Logger) *Core {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Core{eng: eng, handoffs: handoffs, log: log, lastQ: map[string]question{}}
}

// Engine is the engine the Core runs.
func (c *Core) Engine() Engine { return c.eng }

// Converse handles in, an input of the conversation key, and shows what
// follows on s:
//
//   - a request to forget (the command, a button, "forget me") deletes the
//     user's conversations, handoff records (redacting an open card) and
//     what the front end keeps, then confirms;
//   - a message the user types while a consultant has claimed their
//     request goes to the consultant when the handoff says it is typed
//     where the relay runs (their direct conversation, or the thread of
//     theirs they asked from), and the bot stays quiet;
//   - otherwise the engine's replies are shown in order: a confirmed answer
//     replaces its question in place, a bare notice is shown privately, a
//     reply asking for a consultant starts a handoff, and a handoff's
//     rating (or the comment on it) goes to the handoff's consultants.
//     Typed text reaches the engine with the conversation's last question
//     shown (Input.Showing), so that an answer to an assessment the store
//     lost is recognised.
func (c *Core) Converse(ctx context.Context, key conversation.Key, in conversation.Input, s Surface) {
	if conversation.IsForget(in) {
		c.forget(ctx, key, s)
		return
	}
	if in.Kind == conversation.InputText && c.handoffs != nil && c.handoffs.RelayFromUser(ctx, key, in.Text) {
		return
	}
	if in.Kind == conversation.InputText && in.Showing == (conversation.QuestionRef{}) {
		in.Showing = c.shownQuestion(key)
	}
	c.show(ctx, key, c.eng.Handle(ctx, key, in), s)
}

func (c *Core) show(ctx context.Context, key conversation.Key, replies []conversation.Reply, s Surface) {
	for _, r := range replies {
		switch {
		case r.Answered != nil:
			s.UpdateAnswered(ctx, c.takeQuestion(key, r.Answered.QuestionID, r.Answered.Round), *r.Answered)
			if r.Text != "" || len(r.Actions) > 0 {
				rest := r
				rest.Answered = nil
				s.Show(ctx, rest)
			}
		case r.Notice != "" && r.Question == nil && r.Recommendation == nil && r.Text == "":
			s.TellPrivately(ctx, r)
		default:
			ref := s.Show(ctx, r)
			if r.Question != nil && ref != "" {
				c.rememberQuestion(key, question{ref: ref, id: r.Question.ID, round: r.Question.Round})
			}
		}
		if r.Handoff {
			s.StartHandoff(ctx)
		}
		if r.Rating != nil && c.handoffs != nil {
			c.handoffs.Rated(ctx, key, *r.Rating)
		}
	}
}

// forget deletes everything about the user behind key, everywhere.
func (c *Core) forget(ctx context.Context, key conversation.Key, s Surface) {
	err := c.eng.Forget(ctx, key)
	if err == nil && c.handoffs != nil {
		err = c.handoffs.Forget(ctx, key)
	}
	if err != nil {
		conversation.LoggerFrom(ctx, c.log).Error("forget failed", "err", err)
		s.TellPrivately(ctx, conversation.Reply{Notice: textForgetFailed})
		return
	}
	conversation.LoggerFrom(ctx, c.log).Info("forgot user")
	c.forgetQuestions(key)
	s.Forget(ctx)
	done := textForgotten
	if c.handoffs != nil {
		done += handoff.TextForgotten
	}
	s.Show(ctx, conversation.Reply{Text: done})
}

func (c *Core) rememberQuestion(key conversation.Key, q question) {
	c.mu.Lock()
	if len(c.lastQ) > maxRemembered {
		clear(c.lastQ)
	}
	c.lastQ[key.String()] = q
	c.mu.Unlock()
}

// shownQuestion is the conversation's last question shown and not yet
// answered (zero when none): the engine tells a typed answer to it that
// the progress was lost when the stored state no longer has it.
func (c *Core) shownQuestion(key conversation.Key) conversation.QuestionRef {
	c.mu.Lock()
	defer c.mu.Unlock()
	q := c.lastQ[key.String()]
	return conversation.QuestionRef{ID: q.id, Round: q.round}
}

// takeQuestion returns (and forgets) the reference of the question id of
// round, when it is the conversation's last one shown; "" otherwise.
func (c *Core) takeQuestion(key conversation.Key, id string, round int) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	q, ok := c.lastQ[key.String()]
	if !ok || q.id != id || q.round != round {
		return ""
	}
	delete(c.lastQ, key.String())
	return q.ref
}

// forgetQuestions drops the questions of every conversation of the user.
func (c *Core) forgetQuestions(key conversation.Key) {
	prefix := key.UserID()
	c.mu.Lock()
	for k := range c.lastQ {
		if k == prefix || strings.HasPrefix(k, prefix+":") {
			delete(c.lastQ, k)
		}
	}
	c.mu.Unlock()
}
