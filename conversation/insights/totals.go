package insights

import (
	"strconv"
	"strings"
	"time"
)

// Totals are the figures of a period, added up over its days.
type Totals struct {
	// Users is the number of distinct users. Redis estimates it with a
	// HyperLogLog (standard error 0.81%); the memory store counts exactly.
	Users int64
	// Events counts events by kind.
	Events map[Kind]int64
	// Articles counts answered questions by article id.
	Articles map[string]int64
	// Outcomes counts completed assessments by outcome.
	Outcomes map[string]int64
	// AbandonedAt counts abandoned assessments by the question reached.
	AbandonedAt map[int]int64
	// Ratings counts ratings by what they rate; index 0 is score 1.
	Ratings map[Where][5]int64
	// ClaimWaits are the kept time-to-claim samples (at most
	// MaxWaitsPerDay a day), in no particular order.
	ClaimWaits []time.Duration
}

// NewTotals returns empty Totals with their maps made.
func NewTotals() Totals {
	return Totals{
		Events:      map[Kind]int64{},
		Articles:    map[string]int64{},
		Outcomes:    map[string]int64{},
		AbandonedAt: map[int]int64{},
		Ratings:     map[Where][5]int64{},
	}
}

// AddCounter adds n to the figure counter field (one of CounterFields)
// stands for. Unknown fields are ignored, so old data never breaks a
// report.
func (t *Totals) AddCounter(field string, n int64) {
	prefix, rest, ok := strings.Cut(field, ":")
	if !ok || n == 0 {
		return
	}
	switch prefix + ":" {
	case fieldKind:
		t.Events[Kind(rest)] += n
	case fieldArticle:
		t.Articles[rest] += n
	case fieldOutcome:
		t.Outcomes[rest] += n
	case fieldStep:
		if s, err := strconv.Atoi(rest); err == nil {
			t.AbandonedAt[s] += n
		}
	case fieldRating:
		where, score, ok := strings.Cut(rest, fieldRatedSep)
		s, err := strconv.Atoi(score)
		if ok && err == nil && s >= 1 && s <= 5 {
			r := t.Ratings[Where(where)]
			r[s-1] += n
			t.Ratings[Where(where)] = r
		}
	}
}

// AddWaitSeconds adds a time-to-claim sample kept in whole seconds.
func (t *Totals) AddWaitSeconds(s int64) {
	if s >= 0 {
		t.ClaimWaits = append(t.ClaimWaits, time.Duration(s)*time.Second)
	}
}
