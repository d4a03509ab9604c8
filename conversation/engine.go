package conversation

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/springfield/techleader/knowledge"
)

// Answerer answers knowledge questions; *knowledge.Base implements it.
type Answerer interface {
	// Search classifies and answers a message.
	Search(query string) knowledge.Result
	// Article returns the article with the id.
	Article(id string) (knowledge.Article, bool)
}

// Config is the engine's configuration, read from the environment.
type Config struct {
	// SessionTTL is how long a conversation is kept after its last change.
	SessionTTL time.Duration `envconfig:"SESSION_TTL" default:"720h"`
}

// DefaultSessionTTL is the SessionTTL used when Config leaves it zero.
const DefaultSessionTTL = 30 * 24 * time.Hour

// maxAttempts bounds the load-compute-save cycles of one turn when other
// turns of the same conversation keep saving first.
const maxAttempts = 5

// Engine runs conversations: knowledge answers, the assessment, handoffs.
// It keeps no state of its own between calls (everything is in the Store),
// so any number of replicas may serve the same conversation. An Engine is
// safe for concurrent use.
type Engine struct {
	kb    Answerer
	store Store
	ttl   time.Duration
	log   *slog.Logger
	rec   Recorder         // nil: no insights
	now   func() time.Time // the clock
}

// New returns an Engine answering from kb and keeping state in store. A
// nil logger discards logs.
func New(kb Answerer, store Store, cfg Config, logger *slog.Logger, opts ...EngineOption) *Engine {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	ttl := cfg.SessionTTL
	if ttl <= 0 {
		ttl = DefaultSessionTTL
	}
	e := &Engine{kb: kb, store: store, ttl: ttl, log: logger, now: time.Now}
	for _, o := range opts {
		o(e)
	}
	// The learned reader takes ~40 ms to build from the labelled
	// answers; built now, in the background, the first owner's first
	// answer does not wait for it.
	go learned()
	return e
}

// Texts the engine says in several places.
const (
	// textUnavailable answers an input whose change could not be saved
	// (or whose state could not be read) while the store is unreachable.
	textUnavailable = "I couldn't save that just now, please try again in a moment."
	textNoLookup    = "I can't look that up just now, please try again in a moment."
	textBusy        = "Several of your messages arrived at once and I couldn't keep up. Please try that again."
	textStale       = "That question was already answered (or belongs to an earlier assessment), so I left your answers as they are."
	textNoAssess    = "There's no assessment in progress."
	textHelp        = "I can explain what a CIO and a CTO do, how they differ, when you need one, the other, both, or a virtual one, and I can run a short assessment (10 questions) to recommend the right technology leader for your company. Ask me anything, or say “start the assessment”."
	textHandoff     = "Happy to put you in touch with a consultant at Consulting Springfield. They'll see your assessment answers, if any, so you won't have to repeat yourself."
	textIntro       = "Let's find out which technology leader your company needs: 10 short questions. Pick an option or answer in your own words; say “back”, “start over” or “cancel” at any time. You can also start by describing your company in a sentence or two (how many people, what you do, what worries you about IT) and I'll skip what you've already told me."
	// textDescribedIntro leads the list of what a description answered
	// when it starts the assessment.
	textDescribedIntro = "Let's find out which technology leader your company needs. From what you've told me, I've noted:"
)

// Handle processes one input of the conversation key and returns the
// replies to show, in order. It never fails: store and other errors are
// logged (with the key, never the message text) and turned into replies a
// user can read. Inputs of one conversation may arrive concurrently (a
// double click, two replicas): each is applied exactly once, in some order,
// and its events (WithRecorder) are recorded once, after its state is saved.
func (e *Engine) Handle(ctx context.Context, key Key, in Input) []Reply {
	log := e.log.With("key", key.String(), "input", inputKind(in))
	if !key.Valid() {
		log.Warn("refused input with invalid key")
		return []Reply{{Notice: "Sorry, I couldn't tell who you are, so I can't keep track of this conversation."}}
	}
	if isForget(in) {
		return e.forget(ctx, key, log)
	}
	t := &turn{e: e, in: in, searched: map[string]knowledge.Result{}}
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		data, version, err := e.store.Load(ctx, key)
		if err != nil {
			log.Error("load conversation", "err", err, "unavailable", errors.Is(err, ErrUnavailable))
			return t.degraded()
		}
		before, err := decodeState(data)
		if err != nil {
			log.Warn("unreadable conversation state, starting afresh", "err", err)
			before = state{}
		}
		after := before.clone()
		t.events = t.events[:0]
		replies := t.run(&after)
		enc := encodeState(after)
		if bytes.Equal(enc, encodeState(before)) {
			e.record(ctx, key, t.events, log)
			return replies // nothing changed: no save
		}
		_, err = e.store.Save(ctx, key, enc, version, e.ttl)
		switch {
		case err == nil:
			e.record(ctx, key, t.events, log)
			return replies
		case errors.Is(err, ErrConflict):
			log.Debug("conversation changed concurrently, recomputing", "attempt", attempt)
			backoff(ctx, attempt)
			continue
		case after.changedFrom(before):
			log.Error("save conversation", "err", err, "unavailable", errors.Is(err, ErrUnavailable))
			return []Reply{{Notice: textUnavailable}}
		default:
			// Only the message history or decline count was lost: the
			// replies still hold.
			log.Warn("save conversation history", "err", err)
			e.record(ctx, key, t.events, log)
			return replies
		}
	}
	log.Warn("gave up after concurrent changes", "attempts", maxAttempts)
	return []Reply{{Notice: textBusy}}
}

// backoff waits a little, at random, before retry attempt+1, so that
// turns racing for one conversation spread out instead of colliding again.
func backoff(ctx context.Context, attempt int) {
	t := time.NewTimer(rand.N(time.Duration(attempt) * time.Millisecond))
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// Forget deletes everything stored about the user behind key, in all of
// their conversations, and what the Recorder kept that can be tied to
// them (the texts of their questions). Errors are the stores' (wrapping
// ErrUnavailable when one cannot be reached).
func (e *Engine) Forget(ctx context.Context, key Key) error {
	if err := e.store.Forget(ctx, key); err != nil {
		return fmt.Errorf("forget %s: %w", key, err)
	}
	if e.rec != nil {
		if err := e.rec.Forget(ctx, key); err != nil {
			return fmt.Errorf("forget %s in insights: %w", key, err)
		}
	}
	return nil
}

func (e *Engine) forget(ctx context.Context, key Key, log *slog.Logger) []Reply {
	if err := e.Forget(ctx, key); err != nil {
		log.Error("forget", "err", err)
		return []Reply{{Notice: "I couldn't delete your data just now. Please try again in a minute."}}
	}
	log.Info("forgot user")
	return []Reply{{Text: "Done: I've forgotten our conversations and your assessment answers."}}
}

func isForget(in Input) bool {
	switch in.Kind {
	case InputCommand:
		return in.Command == CommandForget
	case InputText:
		c, ok := textCommand(in.Text)
		return ok && c == CommandForget
	}
	return false
}

func inputKind(in Input) string {
	switch in.Kind {
	case InputText:
		return "text"
	case InputChoice:
		return "choice"
	case InputCommand:
		if IsRatingAction(ActionID(in.Command)) {
			return "command:rate"
		}
		return "command:" + string(in.Command)
	case InputHandoffClosed:
		return "handoff_closed"
	}
	return "unknown"
}

// Status is where a conversation stands, for a Home tab, a status command
// or a consultant handoff.
type Status struct {
	// InProgress is true while an assessment is under way; Step (1-based:
	// one more than the questions answered) and Total then say where, and
	// Pending is the question to answer.
	InProgress  bool
	Step, Total int
	Pending     *Question
	// Answers are the answers of the assessment in progress or, when none
	// is, of the last finished one.
	Answers []QA
	// Last is the last recommendation, if any.
	Last *Recommendation
	// Recent are the user's last messages (at most 5, oldest first, each
	// at most 200 characters). They are RAW USER TEXT: escape them.
	Recent []string
}

// Status returns where the conversation key stands. A conversation with
// no state gives a zero Status. Errors come from the store (wrapping
// ErrUnavailable when it cannot be reached).
func (e *Engine) Status(ctx context.Context, key Key) (Status, error) {
	data, _, err := e.store.Load(ctx, key)
	if err != nil {
		return Status{}, fmt.Errorf("load %s: %w", key, err)
	}
	s, err := decodeState(data)
	if err != nil {
		return Status{}, fmt.Errorf("decode %s: %w", key, err)
	}
	st := Status{Recent: slices.Clone(s.Recent), Total: len(questions)}
	if s.Last != nil {
		st.Last = e.recommendation(s.Last)
		st.Answers = st.Last.Answers
	}
	if s.Active {
		st.InProgress = true
		st.Step = s.step()
		st.Pending = askReply(&s).Question
		st.Answers = qas(s.Answers)
	}
	return st, nil
}

// changedFrom reports whether the assessment part of the state differs
// (not the message history or the decline count).
func (s state) changedFrom(o state) bool {
	if s.Round != o.Round || s.Active != o.Active || !slices.Equal(s.Answers, o.Answers) ||
		s.Asking != o.Asking || !slices.Equal(s.Narrow, o.Narrow) || s.Reopened != o.Reopened ||
		!slices.Equal(s.Rated, o.Rated) || (s.Survey == nil) != (o.Survey == nil) || s.Survey != nil && *s.Survey != *o.Survey {
		return true
	}
	if (s.Last == nil) != (o.Last == nil) {
		return true
	}
	return s.Last != nil && (s.Last.Round != o.Last.Round || s.Last.Kind != o.Last.Kind || !slices.Equal(s.Last.Answers, o.Last.Answers))
}

// turn computes the replies to one input. run must only change the state
// it is given, so it can be rerun after a conflict.
type turn struct {
	e        *Engine
	in       Input
	searched map[string]knowledge.Result
	events   []Event // what happened in the current attempt (note)
	// noted: the reply before this turn listed answers taken from the
	// user's words (state.Noted, cleared as the turn starts).
	noted bool
}

func (t *turn) search(q string) knowledge.Result {
	if r, ok := t.searched[q]; ok {
		return r
	}
	r := t.e.kb.Search(q)
	t.searched[q] = r
	return r
}

func (t *turn) run(s *state) []Reply {
	if replies, ok := t.lost(s); ok {
		return replies
	}
	// Whatever comes next, the list of noted answers is one turn further
	// back; only the text turn right after it may confirm it.
	t.noted, s.Noted = s.Noted, false
	switch t.in.Kind {
	case InputChoice:
		return t.choice(s)
	case InputCommand:
		return t.command(s, t.in.Command)
	case InputText:
		s.remember(t.in.Text)
		return t.text(s)
	case InputHandoffClosed:
		return t.handoffClosed(s)
	}
	return []Reply{{Notice: "Sorry, I didn't understand that."}}
}

// degraded answers without state: the store could not be loaded.
func (t *turn) degraded() []Reply {
	switch t.in.Kind {
	case InputCommand:
		switch t.in.Command {
		case CommandHelp:
			return t.help(false)
		case CommandConsult:
			return handoff(nil)
		case CommandStatus:
			return []Reply{{Notice: textNoLookup}}
		}
	case InputText:
		if _, ok := textCommand(t.in.Text); ok {
			break
		}
		if wantsHandoff(t.in.Text) {
			return handoff(nil)
		}
		r := t.search(t.in.Text)
		if r.Kind != knowledge.KindDecline || isQuestionLike(t.in.Text) {
			return []Reply{t.e.knowledgeReply(r)}
		}
	}
	return []Reply{{Notice: textUnavailable}}
}

// knowledgeReply presents a knowledge result.
func (e *Engine) knowledgeReply(r knowledge.Result) Reply {
	rep := Reply{Text: r.Answer}
	if r.Kind == knowledge.KindArticle {
		rep.ArticleID = r.ID
		for _, m := range r.Related {
			rep.Articles = append(rep.Articles, ArticleRef{ID: m.ID, Title: m.Title})
		}
		for _, m := range r.Alternatives {
			rep.Alternatives = append(rep.Alternatives, ArticleRef{ID: m.ID, Title: m.Title})
		}
	}
	if rep.Text == "" {
		rep.Text = "Sorry, I don't have an answer to that. Try asking what a CIO or a CTO does, or say “start the assessment”."
	}
	return rep
}

// recommendation presents a finished assessment. The reasons are those of
// the kind it was given (the rules may have changed since).
func (e *Engine) recommendation(f *finished) *Recommendation {
	reasons := score(f.Answers).reasons(f.Kind)
	o := outcomes[f.Kind]
	return &Recommendation{
		Kind:     f.Kind,
		Title:    o.Title,
		Summary:  o.Summary,
		Reasons:  reasons,
		Answers:  qas(f.Answers),
		Articles: e.articleRefs(o.Articles),
	}
}

func (e *Engine) articleRefs(ids []string) []ArticleRef {
	var refs []ArticleRef
	for _, id := range ids {
		if a, ok := e.kb.Article(id); ok {
			refs = append(refs, ArticleRef{ID: a.ID, Title: a.Title})
		}
	}
	return refs
}

func qas(answers []string) []QA {
	var out []QA
	for i, v := range answers {
		if i >= len(questions) {
			break
		}
		q := &questions[i]
		if o, ok := q.optionByValue(v); ok {
			out = append(out, QA{QuestionID: q.ID, Question: q.Prompt, Answer: o.Label})
		}
	}
	return out
}
