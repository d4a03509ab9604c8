package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"net/http"
	"strconv"
	"time"
)

// apiError is a refusal the page can show as it is: a stable code for
// programs and a message for people. It never carries a Go error's text.
type apiError struct {
	status     int
	code       string
	message    string
	fields     map[string]string
	retryAfter time.Duration
	reason     string // the Metrics.Refused reason, "" when not a refusal
}

// Codes of apiError, in the JSON as error.code.
const (
	codeBadRequest  = "bad_request"
	codeEmpty       = "empty"
	codeTooLong     = "too_long"
	codeTooLarge    = "too_large"
	codeMediaType   = "unsupported_media_type"
	codeCrossOrigin = "cross_origin"
	codeRateLimited = "rate_limited"
	codeUnavailable = "unavailable"
	codeNotFound    = "not_found"
	codeMethod      = "method_not_allowed"
	codeInvalid     = "invalid"
	codeInternal    = "internal"
)

var (
	errBadRequest = apiError{status: http.StatusBadRequest, code: codeBadRequest, reason: RefusedBadRequest,
		message: "That request wasn't understood. Please reload the page and try again."}
	errEmpty = apiError{status: http.StatusBadRequest, code: codeEmpty, reason: RefusedBadRequest,
		message: "Type a message first."}
	errTooLarge = apiError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge, reason: RefusedTooLarge,
		message: "That was too much at once. Please send something shorter."}
	errMediaType = apiError{status: http.StatusUnsupportedMediaType, code: codeMediaType, reason: RefusedBadRequest,
		message: "Requests must be JSON (Content-Type: application/json)."}
	errCrossOrigin = apiError{status: http.StatusForbidden, code: codeCrossOrigin, reason: RefusedCrossOrigin,
		message: "Requests from other sites are not accepted."}
	errUnavailable = apiError{status: http.StatusServiceUnavailable, code: codeUnavailable, reason: RefusedUnavailable,
		message: "The assistant is briefly unavailable. Please try again in a minute.", retryAfter: 30 * time.Second}
	errNotFound = apiError{status: http.StatusNotFound, code: codeNotFound,
		message: "There is nothing here."}
	errMethod = apiError{status: http.StatusMethodNotAllowed, code: codeMethod, reason: RefusedBadRequest,
		message: "That method is not allowed here."}
	errInternal = apiError{status: http.StatusInternalServerError, code: codeInternal,
		message: "Something went wrong on our side. Please try again."}
)

func errTooLong(max int) apiError {
	return apiError{status: http.StatusUnprocessableEntity, code: codeTooLong, reason: RefusedTooLong,
		message: fmt.Sprintf("That message is too long: please keep it under %d characters.", max)}
}

func errRateLimited(retry time.Duration, reason string) apiError {
	return apiError{status: http.StatusTooManyRequests, code: codeRateLimited, reason: reason, retryAfter: retry,
		message: "You're going a little fast. Please wait a moment and try again."}
}

type errorBody struct {
	Error errorJSON `json:"error"`
}

type errorJSON struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// fail answers with e as JSON and counts the refusal.
func (s *Server) fail(w http.ResponseWriter, e apiError) {
	if e.reason != "" {
		s.metrics.Refused(e.reason)
	}
	if e.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retrySeconds(e.retryAfter)))
	}
	writeJSON(w, e.status, errorBody{Error: errorJSON{Code: e.code, Message: e.message, Fields: e.fields}})
}

// retrySeconds rounds d up to whole seconds, at least one.
func retrySeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// readJSON decodes the JSON body of r into v, refusing other media types,
// bodies over the limit and anything after the value.
func (s *Server) readJSON(w http.ResponseWriter, r *http.Request, v any) *apiError {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return &errMediaType
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	dec := json.NewDecoder(body)
	if err := dec.Decode(v); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return &errTooLarge
		}
		return &errBadRequest
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return &errTooLarge
		}
		return &errBadRequest
	}
	return nil
}
