package web

import (
	"context"
	"errors"
	"net/http"
	"slices"
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

// CompanySizes are the choices of the form's company size (as in the
// Slack form); "" is "not said".
var CompanySizes = []string{"1-10", "11-50", "51-200", "201-1000", "1000+"}

const (
	textContactInvalid = "Please check the highlighted fields."
	textContactSent    = "Thanks! Your request is with our consultants, with your assessment answers if you have any. " +
		"A consultant will reply right here; you can leave this page, and their replies will be waiting when you come back."
	textContactActive = "You already have a request with our consultants: one of them will reply here."
	textContactNone   = "Consultants can't be reached from this page yet. Please write to Consulting Springfield directly."
	textContactFailed = "I couldn't send your request just now. Please try again in a minute."
)

// serveContact validates the contact form and asks the consultants to
// get in touch: POST /api/contact.
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
	fields := c.Validate()
	if c.Size != "" && !slices.Contains(CompanySizes, c.Size) {
		if fields == nil {
			fields = map[string]string{}
		}
		fields[handoff.FieldSize] = "Please choose a company size from the list."
	}
	if fields != nil {
		s.fail(w, apiError{status: http.StatusUnprocessableEntity, code: codeInvalid, reason: RefusedBadRequest,
			message: textContactInvalid, fields: fields})
		return
	}
	if s.handoffs == nil {
		s.fail(w, apiError{status: http.StatusServiceUnavailable, code: codeUnavailable, message: textContactNone})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.TurnTimeout)
	defer cancel()
	start := time.Now()
	err := s.handoffs.StartHandoff(ctx, Key(sess.id), c)
	s.metrics.Turn(TurnContact, time.Since(start))
	switch {
	case err == nil:
		s.log.Info("web handoff requested", "session", sess.id)
		writeJSON(w, http.StatusOK, TurnResponse{Replies: Replies([]conversation.Reply{{Text: textContactSent}})})
	case errors.Is(err, handoff.ErrActive):
		s.fail(w, apiError{status: http.StatusConflict, code: codeHandoffActive, message: textContactActive})
	default:
		s.log.Error("web handoff start", "session", sess.id, "err", err)
		e := errUnavailable
		e.message = textContactFailed
		s.fail(w, e)
	}
}
