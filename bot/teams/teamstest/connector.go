package teamstest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Op names a kind of call to the fake, for faults and Calls.
type Op string

const (
	OpSend   Op = "send"   // POST activities (a new message or a reply)
	OpUpdate Op = "update" // PUT an activity
	OpCreate Op = "create" // POST conversations
	OpToken  Op = "token"  // the token endpoint
)

// Fault is an injected failure for FailNext.
type Fault struct {
	// Status is the HTTP status answered (429, 500, 502, 403, 413, ...).
	Status int
	// RetryAfter is the Retry-After header value, "" for none.
	RetryAfter string
	// Code is the error code in the body ({"error":{"code":...}}), e.g.
	// "MessageWritesBlocked"; "" gives a generic one for the status.
	Code string
	// Served makes the call take effect before the fault is answered, as
	// when Teams accepted a request and its answer was lost.
	Served bool
	// Drop closes the connection without any answer (after serving the
	// call when Served): a lost response.
	Drop bool
}

// Posted is an activity the bot posted, as the connector holds it.
type Posted struct {
	ID           string
	Conversation string
	// ReplyToID is the activity replied to ("" for a new message).
	ReplyToID string
	// Activity is the latest content (after updates).
	Activity Activity
	JSON     json.RawMessage
	// Updates counts the PUTs applied.
	Updates int
}

// Call is one connector call, served or refused.
type Call struct {
	Op           Op
	Conversation string
	ActivityID   string // the id in the path, "" for none
	Status       int    // the status answered (0 when the connection was dropped)
	Bytes        int    // body size
}

// FailNext makes the next times calls of op fail with f. Faults queue up.
func (s *Server) FailNext(op Op, times int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range times {
		s.faults[op] = append(s.faults[op], f)
	}
}

func (s *Server) takeFault(op Op) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.faults[op]
	if len(q) == 0 {
		return Fault{}, false
	}
	s.faults[op] = q[1:]
	return q[0], true
}

// Activities returns what the bot posted in conversation, oldest first.
func (s *Server) Activities(conversation string) []Posted {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Posted, 0, len(s.convs[conversation]))
	for _, p := range s.convs[conversation] {
		out = append(out, *p)
	}
	return out
}

// WaitActivities waits until conversation holds at least n posted
// activities and returns them.
func (s *Server) WaitActivities(ctx context.Context, conversation string, n int) ([]Posted, error) {
	err := s.wait(ctx, fmt.Sprintf("%d activities in %s", n, conversation), func() bool { return len(s.convs[conversation]) >= n })
	if err != nil {
		return nil, err
	}
	return s.Activities(conversation), nil
}

// WaitCalls waits until at least n calls of op were made (served or not).
func (s *Server) WaitCalls(ctx context.Context, op Op, n int) error {
	return s.wait(ctx, fmt.Sprintf("%d %s calls", n, op), func() bool {
		c := 0
		for _, x := range s.calls {
			if x.Op == op {
				c++
			}
		}
		return c >= n
	})
}

// Calls returns the connector calls of op ("" for all), in order.
func (s *Server) Calls(op Op) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if op == "" || c.Op == op {
			out = append(out, c)
		}
	}
	return out
}

// record notes a call; status 0 is a dropped connection.
func (s *Server) record(c Call) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, c)
	s.notifyLocked()
}

// connectorRequest runs the checks every connector call shares: the
// token, the body size, the body's JSON. It answers and returns ok=false
// when the call cannot go on.
func (s *Server) connectorRequest(w http.ResponseWriter, r *http.Request, c *Call) (Activity, []byte, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxActivityBytes+1))
	c.Bytes = len(body)
	var a Activity
	switch {
	case !s.authorized(r):
		c.Status = http.StatusUnauthorized
		writeJSON(w, c.Status, map[string]any{"message": "Authorization has been denied for this request."})
	case err != nil:
		c.Status = http.StatusBadRequest
		writeError(w, c.Status, "BadArgument", "could not read the body")
	case len(body) > MaxActivityBytes:
		c.Status = http.StatusRequestEntityTooLarge
		writeError(w, c.Status, "MessageSizeTooBig", "Message size too large")
	case json.Unmarshal(body, &a) != nil:
		c.Status = http.StatusBadRequest
		writeError(w, c.Status, "BadSyntax", "Invalid JSON")
	default:
		return a, body, true
	}
	s.record(*c)
	return a, body, false
}

// fault answers an injected fault; serve, when the fault is Served, makes
// the call take effect first. It reports whether a fault was answered.
func (s *Server) fault(w http.ResponseWriter, c *Call, serve func()) bool {
	f, ok := s.takeFault(c.Op)
	if !ok {
		return false
	}
	if f.Served {
		serve()
	}
	if f.Drop {
		c.Status = 0
		s.record(*c)
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return true
			}
		}
		panic(http.ErrAbortHandler) // closes the connection without an answer
	}
	c.Status = f.Status
	s.record(*c)
	writeFault(w, f)
	return true
}

func writeFault(w http.ResponseWriter, f Fault) {
	code := f.Code
	if code == "" {
		code = defaultCode(f.Status)
	}
	if f.RetryAfter != "" {
		w.Header().Set("Retry-After", f.RetryAfter)
	}
	writeError(w, f.Status, code, "injected fault")
}

func defaultCode(status int) string {
	switch status {
	case http.StatusTooManyRequests:
		return "Throttled"
	case http.StatusForbidden:
		return "MessageWritesBlocked"
	case http.StatusRequestEntityTooLarge:
		return "MessageSizeTooBig"
	case http.StatusPreconditionFailed:
		return "PreconditionFailed"
	default:
		return "ServiceError"
	}
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{"code": code, "message": msg}})
}

// serveSend posts a new activity (or a reply to the activity in the path).
func (s *Server) serveSend(w http.ResponseWriter, r *http.Request) {
	c := Call{Op: OpSend, Conversation: r.PathValue("conv"), ActivityID: r.PathValue("id")}
	a, body, ok := s.connectorRequest(w, r, &c)
	if !ok {
		return
	}
	var id string
	serve := func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		id = s.nextIDLocked()
		a.ID = id
		reply := c.ActivityID
		if reply == "" {
			reply = a.ReplyToID
		}
		s.convs[c.Conversation] = append(s.convs[c.Conversation], &Posted{
			ID: id, Conversation: c.Conversation, ReplyToID: reply, Activity: a, JSON: append(json.RawMessage(nil), body...),
		})
		s.notifyLocked()
	}
	if s.fault(w, &c, serve) {
		return
	}
	serve()
	c.Status = http.StatusOK
	s.record(c)
	writeJSON(w, http.StatusOK, map[string]string{"id": id})
}

// serveUpdate replaces the activity in the path.
func (s *Server) serveUpdate(w http.ResponseWriter, r *http.Request) {
	c := Call{Op: OpUpdate, Conversation: r.PathValue("conv"), ActivityID: r.PathValue("id")}
	a, body, ok := s.connectorRequest(w, r, &c)
	if !ok {
		return
	}
	found := false
	serve := func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, p := range s.convs[c.Conversation] {
			if p.ID == c.ActivityID {
				a.ID = p.ID
				p.Activity, p.JSON, found = a, append(json.RawMessage(nil), body...), true
				p.Updates++
				s.notifyLocked()
			}
		}
	}
	if s.fault(w, &c, serve) {
		return
	}
	serve()
	if !found {
		c.Status = http.StatusNotFound
		s.record(c)
		writeError(w, c.Status, "ActivityNotFoundInConversation", "The activity was not found")
		return
	}
	c.Status = http.StatusOK
	s.record(c)
	writeJSON(w, http.StatusOK, map[string]string{"id": c.ActivityID})
}

// serveCreate opens (or finds) the personal conversation of the one member
// named in the body, as Teams does for proactive messages.
func (s *Server) serveCreate(w http.ResponseWriter, r *http.Request) {
	c := Call{Op: OpCreate}
	_, body, ok := s.connectorRequest(w, r, &c)
	if !ok {
		return
	}
	var p struct {
		Bot     *Account  `json:"bot"`
		Members []Account `json:"members"`
		IsGroup bool      `json:"isGroup"`
		Tenant  string    `json:"tenantId"`
	}
	if json.Unmarshal(body, &p) != nil || len(p.Members) != 1 || p.IsGroup || p.Bot == nil || p.Bot.ID != BotID || p.Members[0].ID == "" {
		c.Status = http.StatusBadRequest
		s.record(c)
		writeError(w, c.Status, "BadArgument", "a personal conversation needs the bot and exactly one member")
		return
	}
	id := personalID(p.Members[0].ID)
	c.Conversation = id
	if s.fault(w, &c, func() {}) {
		return
	}
	c.Status = http.StatusCreated
	s.record(c)
	writeJSON(w, http.StatusCreated, map[string]string{"id": id})
}
