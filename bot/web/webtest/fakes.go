package webtest

import (
	"context"
	"sync"
	"time"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Handoffs is a recording web.HandoffStarter. Set Err to make it fail.
// It is safe for concurrent use.
type Handoffs struct {
	mu    sync.Mutex
	calls []HandoffCall
	Err   error
}

// HandoffCall is one StartHandoff call.
type HandoffCall struct {
	Key     conversation.Key
	Contact handoff.Contact
}

var _ web.HandoffStarter = (*Handoffs)(nil)

// StartHandoff records the call and returns h.Err.
func (h *Handoffs) StartHandoff(_ context.Context, key conversation.Key, c handoff.Contact) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.Err != nil {
		return h.Err
	}
	h.calls = append(h.calls, HandoffCall{Key: key, Contact: c})
	return nil
}

// Calls returns the successful calls so far.
func (h *Handoffs) Calls() []HandoffCall {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]HandoffCall(nil), h.calls...)
}

// Metrics counts what the server reports, by name: "turn:<kind>",
// "session", "stream_open", "stream_close", "refused:<reason>". It is safe
// for concurrent use.
type Metrics struct {
	mu     sync.Mutex
	counts map[string]int
}

var _ web.Metrics = (*Metrics)(nil)

func (m *Metrics) add(name string) {
	m.mu.Lock()
	if m.counts == nil {
		m.counts = map[string]int{}
	}
	m.counts[name]++
	m.mu.Unlock()
}

// Count returns the count of name.
func (m *Metrics) Count(name string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.counts[name]
}

func (m *Metrics) Turn(kind string, _ time.Duration) { m.add("turn:" + kind) }
func (m *Metrics) SessionStarted()                   { m.add("session") }
func (m *Metrics) StreamOpened()                     { m.add("stream_open") }
func (m *Metrics) StreamClosed()                     { m.add("stream_close") }
func (m *Metrics) Refused(reason string)             { m.add("refused:" + reason) }
