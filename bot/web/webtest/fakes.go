package webtest

import (
	"sync"
	"time"

	"github.com/springfield/techleader/bot/web"
)

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
