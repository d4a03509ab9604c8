package insights

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// MemoryExpiry is how long the figures and texts of d have left in m.
func MemoryExpiry(m *Memory, d Day) (figures, texts time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	md := m.days[d]
	if md == nil {
		return 0, 0
	}
	now := m.policy.Now()
	if len(md.texts) > 0 {
		texts = md.textsLeft.Sub(now)
	}
	return md.expires.Sub(now), texts
}

// MemoryDump is everything m holds, as text.
func MemoryDump(m *Memory) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var lines []string
	for k, d := range m.days {
		lines = append(lines, fmt.Sprintf("day %s: %v users %v waits %v texts %v by user %v", k, d.counters, d.users, d.waits, d.texts, d.textsOf))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// MemoryDays is the number of days m holds.
func MemoryDays(m *Memory) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.days)
}
