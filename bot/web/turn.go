package web

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/springfield/techleader/conversation"
)

// TurnRequest is the body of POST /api/turn: exactly one of Text, Choice
// or Action.
type TurnRequest struct {
	Text   *string `json:"text,omitempty"`
	Choice *Choice `json:"choice,omitempty"`
	Action *string `json:"action,omitempty"`
}

// Choice answers a question with one of its options, as its button does.
type Choice struct {
	Question string `json:"question"`
	Round    int    `json:"round"`
	Value    string `json:"value"`
}

// TurnResponse is the answer to a turn.
type TurnResponse struct {
	Replies []Reply `json:"replies"`
	// Pushes are what was pushed to the session during the turn (the
	// handoff telling the visitor how their request went); they come over
	// the event stream too, with the same ids.
	Pushes []PushJSON `json:"pushes,omitempty"`
	// Forgotten: the visitor asked to be forgotten. The session is gone
	// and the response's cookie starts a new one: the page opens its event
	// stream again, from the start.
	Forgotten bool `json:"forgotten,omitempty"`
}

// StateResponse is what the page loads first: what to show (a welcome,
// or the assessment where the user left it, or their last
// recommendation), the pushes kept for the session, and where the event
// stream resumes.
type StateResponse struct {
	Replies []Reply    `json:"replies"`
	Pushes  []PushJSON `json:"pushes"`
	// LastEventID is the id of the last push kept ("" when none): the page
	// opens the event stream after it.
	LastEventID string `json:"lastEventId"`
	// MaxMessage is the longest message accepted, in characters.
	MaxMessage int `json:"maxMessage"`
}

// actions the page may send: the engine's buttons and two harmless
// commands. Forget is not one: it is typed, and the engine confirms it.
var actions = map[string]conversation.Command{
	string(conversation.ActionStartAssessment): conversation.CommandStart,
	string(conversation.ActionConsult):         conversation.CommandConsult,
	string(conversation.ActionRestart):         conversation.CommandRestart,
	string(conversation.ActionBack):            conversation.CommandBack,
	string(conversation.ActionCancel):          conversation.CommandCancel,
	string(conversation.CommandHelp):           conversation.CommandHelp,
	string(conversation.CommandStatus):         conversation.CommandStatus,
}

var idPattern = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,64}$`)

// ratingPattern is the form of a rating's buttons ("rate:<subject>:<value>",
// conversation.ActionRate); the engine checks that the rating is open.
var ratingPattern = regexp.MustCompile(`^` + regexp.QuoteMeta(conversation.ActionRate) + `[A-Za-z0-9]{1,65}:[a-z0-9]{1,4}$`)

// input turns a turn request into an engine input and its metrics kind.
func (s *Server) input(req TurnRequest) (conversation.Input, string, *apiError) {
	n := 0
	for _, set := range []bool{req.Text != nil, req.Choice != nil, req.Action != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return conversation.Input{}, "", &errBadRequest
	}
	switch {
	case req.Text != nil:
		text := strings.TrimSpace(*req.Text)
		if text == "" {
			return conversation.Input{}, "", &errEmpty
		}
		if !utf8.ValidString(text) {
			return conversation.Input{}, "", &errBadRequest
		}
		if utf8.RuneCountInString(text) > s.cfg.MaxMessage {
			e := errTooLong(s.cfg.MaxMessage)
			return conversation.Input{}, "", &e
		}
		return conversation.Text(text), TurnText, nil
	case req.Choice != nil:
		c := req.Choice
		if !idPattern.MatchString(c.Question) || !idPattern.MatchString(c.Value) || c.Round < 0 {
			return conversation.Input{}, "", &errBadRequest
		}
		return conversation.Choice(c.Round, c.Question, c.Value), TurnChoice, nil
	default:
		cmd, ok := actionCommand(*req.Action)
		if !ok {
			return conversation.Input{}, "", &errBadRequest
		}
		return conversation.Cmd(cmd), TurnAction, nil
	}
}

// actionCommand is the command of an action the page may send: one of
// actions, a rating's button, or the engine's buttons that carry an id
// (correct an answer, show an article).
func actionCommand(action string) (conversation.Command, bool) {
	if cmd, ok := actions[action]; ok {
		return cmd, true
	}
	if ratingPattern.MatchString(action) {
		return conversation.Command(action), true
	}
	for _, prefix := range []string{conversation.ActionChange, conversation.ActionArticle} {
		if id, ok := strings.CutPrefix(action, prefix); ok && idPattern.MatchString(id) {
			return conversation.Command(action), true
		}
	}
	return "", false
}

// serveTurn runs one turn: POST /api/turn. The input goes to the
// conversation core (bot.Core.Converse), which decides what is shown:
// the engine's replies, or nothing while typed text goes to the
// visitor's consultant. "end" during a handoff ends it.
func (s *Server) serveTurn(w http.ResponseWriter, r *http.Request) {
	sess, ok := s.sessionFor(w, r, false)
	if !ok {
		return
	}
	var req TurnRequest
	if e := s.readJSON(w, r, &req); e != nil {
		s.fail(w, *e)
		return
	}
	in, kind, e := s.input(req)
	if e != nil {
		s.fail(w, *e)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.TurnTimeout)
	defer cancel()
	ctx, pushed := withTurnPushes(ctx, sess.id)
	start := time.Now()
	surface := &turnSurface{s: s, key: Key(sess.id)}
	if !s.endHandoff(ctx, in, surface) {
		s.core.Converse(ctx, surface.key, in, surface)
		s.pushRated(ctx, surface.key, surface.replies)
	}
	took := time.Since(start)
	s.metrics.Turn(kind, took)
	s.log.Debug("web turn", "session", sess.id, "kind", kind, "replies", len(surface.replies), "took", took)
	resp := TurnResponse{Replies: s.replies(surface.replies), Pushes: pushed.json(), Forgotten: surface.forgotten}
	if surface.forgotten {
		if _, err := s.newSession(ctx, w, r); err != nil {
			s.log.Warn("web forget: no new session", "err", err) // the next request makes one
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

// pushRated pushes PushRated for each handoff rating given in the turn,
// clicked or typed, so that every page of the session (another tab, a
// reload, on any replica) replaces the rating's buttons by the answer. A
// failure only leaves the buttons up: pressing one again is answered
// "already rated".
func (s *Server) pushRated(ctx context.Context, key conversation.Key, rs []conversation.Reply) {
	side := userSide{pushes: s.pushes, now: s.now}
	for _, r := range rs {
		if r.Rating == nil || r.Rating.Comment != "" {
			continue
		}
		a := conversation.Action{ID: conversation.HandoffRatingAction(r.Rating.Handoff, r.Rating.Score), Label: strconv.Itoa(r.Rating.Score)}
		if err := side.push(ctx, key, Push{Kind: PushRated, Text: a.Label, Actions: []conversation.Action{a}}); err != nil {
			s.log.Warn("web rating: buttons not closed", "session", key.User, "err", err)
		}
	}
}

// serveState tells the page what to show on load: GET /api/state.
func (s *Server) serveState(w http.ResponseWriter, r *http.Request) {
	sess, ok := s.sessionFor(w, r, true)
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.TurnTimeout)
	defer cancel()
	resp := StateResponse{Replies: s.resume(ctx, sess), Pushes: []PushJSON{}, MaxMessage: s.cfg.MaxMessage}
	if !sess.fresh {
		pushes, err := s.pushes.Read(ctx, sess.id, "", maxPushesOnLoad, 0)
		if err != nil {
			s.log.Warn("web push log read", "session", sess.id, "err", err)
		}
		for _, p := range pushes {
			resp.Pushes = append(resp.Pushes, pushJSON(p))
			resp.LastEventID = p.ID
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

// maxPushesOnLoad bounds the pushes a page load shows.
const maxPushesOnLoad = 200

// Texts of the page's own replies.
const (
	textWelcome = "Hi! I'm Consulting Springfield's assistant. I can explain what a *CIO* and a *CTO* do, how they differ, " +
		"and when a company needs one, the other, both, or a virtual one.\n\n" +
		"Ask me anything in your own words, or take the short assessment (10 questions) for a recommendation that fits your company."
	textResume      = "Welcome back! Here is your assessment so far; let's pick up where you left off."
	textLastResult  = "Welcome back! Here is your last recommendation."
	textStatusError = "I can't load our earlier conversation just now; questions still work."
)

// resume is what a page shows on load: a welcome, or the assessment in
// progress (the answers given and the pending question), or the last
// recommendation.
func (s *Server) resume(ctx context.Context, sess session) []Reply {
	welcome := conversation.Reply{Text: textWelcome, Actions: []conversation.Action{
		{ID: conversation.ActionStartAssessment, Label: "Start the assessment"},
		{ID: conversation.ActionConsult, Label: "Talk to a consultant"},
	}}
	if sess.fresh {
		return s.replies([]conversation.Reply{welcome})
	}
	st, err := s.eng.Status(ctx, Key(sess.id))
	if err != nil {
		s.log.Warn("web status", "session", sess.id, "err", err)
		return s.replies([]conversation.Reply{welcome, {Notice: textStatusError}})
	}
	var out []conversation.Reply
	switch {
	case st.InProgress && st.Pending != nil:
		out = append(out, conversation.Reply{Text: textResume})
		for _, qa := range st.Answers {
			out = append(out, conversation.Reply{Answered: &conversation.Answered{QuestionID: qa.QuestionID, Prompt: qa.Question, Answer: qa.Answer}})
		}
		q := conversation.Reply{Question: st.Pending}
		if st.Step > 1 {
			q.Actions = append(q.Actions, conversation.Action{ID: conversation.ActionBack, Label: "Back"})
		}
		q.Actions = append(q.Actions, conversation.Action{ID: conversation.ActionCancel, Label: "Cancel"})
		out = append(out, q)
	case st.Last != nil:
		out = append(out, conversation.Reply{Text: textLastResult}, conversation.Reply{
			Recommendation: st.Last,
			Actions: []conversation.Action{
				{ID: conversation.ActionConsult, Label: "Talk to a consultant"},
				{ID: conversation.ActionRestart, Label: "Start over"},
			},
		})
	default:
		out = append(out, welcome)
	}
	return s.replies(out)
}
