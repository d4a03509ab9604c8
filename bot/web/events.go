package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// maxPushesPerRead bounds the pushes one read of the log sends.
const maxPushesPerRead = 50

// serveEvents streams the session's pushes as Server-Sent Events: GET
// /api/events. It starts after the Last-Event-ID header (an EventSource
// reconnecting) or the "after" query parameter (a page that loaded the
// state first), else from the oldest push kept. Each event's id is the
// push id, so a reconnect, to any replica, resumes without a gap.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	sess, ok := s.sessionFor(w, r, false)
	if !ok {
		return
	}
	after := r.Header.Get("Last-Event-ID")
	if after == "" {
		after = r.URL.Query().Get("after")
	}
	if after != "" && !ValidPushID(after) {
		s.fail(w, errBadRequest)
		return
	}
	if n := s.streams.Add(1); n > int64(s.cfg.MaxStreams) {
		s.streams.Add(-1)
		e := errUnavailable
		e.reason, e.retryAfter = RefusedStreams, 5*time.Second
		s.fail(w, e)
		return
	}
	defer s.streams.Add(-1)
	s.metrics.StreamOpened()
	defer s.metrics.StreamClosed()

	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.StreamMax)
	defer cancel()
	stop := context.AfterFunc(s.closing, cancel)
	defer stop()

	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	w.WriteHeader(http.StatusOK)
	// retry: how long the browser waits before reconnecting.
	if s.write(w, rc, "retry: 2000\n\n") != nil {
		return
	}
	for ctx.Err() == nil {
		pushes, err := s.pushes.Read(ctx, sess.id, after, maxPushesPerRead, s.cfg.StreamWait)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("web push log read", "session", sess.id, "err", err)
			}
			return // the browser reconnects after retry
		}
		if len(pushes) == 0 {
			if s.write(w, rc, ": keep-alive\n\n") != nil {
				return
			}
			continue
		}
		for _, p := range pushes {
			data, err := json.Marshal(pushJSON(p))
			if err != nil {
				s.log.Error("web push encode", "err", err)
				return
			}
			// JSON has no raw newline, so the data is one line.
			if s.write(w, rc, fmt.Sprintf("id: %s\nevent: push\ndata: %s\n\n", p.ID, data)) != nil {
				return
			}
			after = p.ID
		}
	}
}

// write sends one chunk of the stream and flushes it, giving the write a
// deadline of its own (a server WriteTimeout would end every stream).
func (s *Server) write(w http.ResponseWriter, rc *http.ResponseController, chunk string) error {
	if err := rc.SetWriteDeadline(time.Now().Add(10 * time.Second)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	if _, err := w.Write([]byte(chunk)); err != nil {
		return err
	}
	if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	return nil
}
