package web

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// ContactRequest is the contact form, POST /api/contact. The JSON names
// are the handoff package's field names, which also key the errors.
type ContactRequest struct {
	Name        string `json:"name"`
	Company     string `json:"company"`
	Email       string `json:"email"`
	Size        string `json:"size"`
	ContactTime string `json:"contact_time"`
	Note        string `json:"note"`
}

const (
	textContactInvalid = "Please check the highlighted fields."
	textContactSent    = "You can leave this page: a consultant's replies will wait for you here when you come back."
	textContactFailed  = "I couldn't send your request just now. Please try again in a minute."
)

// serveContact validates the contact form (as the Slack modal is
// validated: handoff.Contact.Validate) and opens a handoff: POST
// /api/contact. The handoff's own messages to the visitor (request
// received, or already asked) come back in the response's pushes.
func (s *Server) serveContact(w http.ResponseWriter, r *http.Request) {
	sess, ok := s.sessionFor(w, r, false)
	if !ok {
		return
	}
	var req ContactRequest
	if e := s.readJSON(w, r, &req); e != nil {
		s.fail(w, *e)
		return
	}
	c := handoff.Contact{Name: req.Name, Company: req.Company, Email: req.Email,
		Size: req.Size, ContactTime: req.ContactTime, Note: req.Note}.Normalize()
	if fields := c.Validate(); fields != nil {
		s.fail(w, apiError{status: http.StatusUnprocessableEntity, code: codeInvalid, reason: RefusedBadRequest,
			message: textContactInvalid, fields: fields})
		return
	}
	if s.handoffs == nil {
		s.fail(w, apiError{status: http.StatusServiceUnavailable, code: codeUnavailable, message: textConsultantsOff})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.TurnTimeout)
	defer cancel()
	ctx, pushed := withTurnPushes(ctx, sess.id)
	start := time.Now()
	_, err := s.handoffs.Open(ctx, handoff.Request{User: Key(sess.id), Contact: c})
	s.metrics.Turn(TurnContact, time.Since(start))
	switch {
	case err == nil:
		s.log.Info("web handoff requested", "session", sess.id)
		writeJSON(w, http.StatusOK, TurnResponse{Replies: s.replies([]conversation.Reply{{Text: textContactSent}}), Pushes: pushed.json()})
	case errors.Is(err, handoff.ErrActive): // told about the request they have
		writeJSON(w, http.StatusOK, TurnResponse{Replies: []Reply{}, Pushes: pushed.json()})
	default:
		s.log.Error("web handoff not opened", "session", sess.id, "err", err)
		e := errUnavailable
		e.message = textContactFailed
		s.fail(w, e)
	}
}
