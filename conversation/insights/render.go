package insights

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// barWidth is the length of the funnel's longest bar, in characters.
const barWidth = 40

// WriteText writes r as plain text for a terminal, with a bar chart of the
// funnel. User text in it is cleaned of control characters and cut short.
func WriteText(w io.Writer, r Report) error {
	b := bufio.NewWriter(w)
	p := r.Period
	fmt.Fprintf(b, "Insights %s to %s (%s, %s)\n\n", p.First, p.Last, plural(p.Days, "day"), p.TimeZone)
	row := func(label, format string, a ...any) {
		fmt.Fprintf(b, "%-22s %s\n", label, fmt.Sprintf(format, a...))
	}
	q := r.Questions
	row("Conversations", "%s", plural(int(r.Conversations), "person"))
	row("Questions", "%d answered, %d declined, %s offered", q.Answered, q.Declined, plural(int(q.Clarifications), "clarification"))
	if len(q.TopArticles) == 0 {
		row("Top articles", "none")
	}
	for i, a := range q.TopArticles {
		label := ""
		if i == 0 {
			label = "Top articles"
		}
		name := a.ID
		if a.Title != "" {
			name = a.Title + " (" + a.ID + ")"
		}
		row(label, "%4d  %s", a.Count, name)
	}
	writeFunnel(b, r.Funnel)
	as := r.Assessments
	row("Outcomes", "%s", joinCounts(as.Outcomes, func(n NamedCount) string { return n.Name + " " + strconv.FormatInt(n.Count, 10) }))
	var steps []string
	for _, s := range as.AbandonedAt {
		steps = append(steps, fmt.Sprintf("question %d: %d", s.Question, s.Count))
	}
	row("Abandoned", "%d%s", as.Abandoned, prefixed(" (at ", strings.Join(steps, ", "), ")"))
	h := r.Handoffs
	if c := h.TimeToClaim; c != nil {
		row("Time to claim", "median %s, 90th percentile %s (%s)", seconds(c.MedianSeconds), seconds(c.P90Seconds), plural(c.Samples, "claim"))
	} else {
		row("Time to claim", "no claims")
	}
	row("Handoffs closed", "%d", h.Closed)
	s := r.Satisfaction
	row("Satisfaction", "%s", ratingLine(s.All))
	if s.All.Ratings > 0 {
		row("", "after a handoff: %s", ratingLine(s.Handoff))
		row("", "after a recommendation: %s", ratingLine(s.Recommendation))
	}
	writeUnanswered(b, r.Unanswered)
	return b.Flush()
}

func writeFunnel(b *bufio.Writer, steps []FunnelStep) {
	fmt.Fprintln(b, "Funnel")
	for _, r := range FunnelRows(steps, barWidth) {
		pct := "    -"
		if r.Percent >= 0 {
			pct = fmt.Sprintf("%4d%%", r.Percent)
		}
		fmt.Fprintf(b, "  %-20s %5d  %-*s %s\n", r.Label, r.Count, barWidth, strings.Repeat("#", r.Bar), pct)
	}
}

// FunnelRow is a funnel step as a chart draws it.
type FunnelRow struct {
	FunnelStep
	Bar     int   // the bar's length, the longest being the chart's width
	Percent int64 // the step's share of the first, rounded; -1 when the first is 0
}

// FunnelRows scales steps to bars of at most width characters and gives
// each its share of the first step, so every report draws the same figures.
func FunnelRows(steps []FunnelStep, width int) []FunnelRow {
	var top, first int64
	for i, s := range steps {
		top = max(top, s.Count)
		if i == 0 {
			first = s.Count
		}
	}
	rows := make([]FunnelRow, len(steps))
	for i, s := range steps {
		rows[i] = FunnelRow{FunnelStep: s, Percent: -1}
		if top > 0 {
			rows[i].Bar = int((s.Count*int64(width) + top/2) / top)
		}
		if first > 0 {
			rows[i].Percent = (s.Count*100 + first/2) / first
		}
	}
	return rows
}

func writeUnanswered(b *bufio.Writer, u UnansweredStats) {
	switch {
	case !u.TextsKept:
		fmt.Fprintln(b, "Unanswered questions   not kept (INSIGHTS_TEXT=off)")
		return
	case len(u.Groups) == 0:
		fmt.Fprintf(b, "Unanswered questions   none in the last %s\n", plural(u.TextDays, "day"))
		return
	}
	fmt.Fprintf(b, "Top unanswered questions (%d asked in the last %s)\n", u.Questions, plural(u.TextDays, "day"))
	for _, g := range u.Groups {
		fmt.Fprintf(b, "  %4d  %s\n", g.Count, shorten(CleanText(g.Example), 70))
	}
}

func ratingLine(r RatingStats) string {
	if r.Average == nil {
		return "no ratings"
	}
	d := r.Distribution
	return fmt.Sprintf("%.2f of 5 from %s (1: %d, 2: %d, 3: %d, 4: %d, 5: %d)",
		*r.Average, plural(int(r.Ratings), "rating"), d[0], d[1], d[2], d[3], d[4])
}

func joinCounts[T any](xs []T, f func(T) string) string {
	if len(xs) == 0 {
		return "none"
	}
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = f(x)
	}
	return strings.Join(parts, ", ")
}

func prefixed(before, s, after string) string {
	if s == "" {
		return ""
	}
	return before + s + after
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if word == "person" {
		return strconv.Itoa(n) + " people"
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// seconds is a short human duration: "45s", "4m 10s", "2h 5m", "3d 4h".
func seconds(s int64) string {
	d := time.Duration(s) * time.Second
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", s)
	case d < time.Hour:
		return fmt.Sprintf("%dm %ds", s/60, s%60)
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh %dm", s/3600, s%3600/60)
	default:
		return fmt.Sprintf("%dd %dh", s/86400, s%86400/3600)
	}
}

// shorten cuts s to n runes, marking a cut with "...".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-3])) + "..."
}

// WriteJSON writes r as indented JSON (the schema's form) and a newline.
// HTML characters are not escaped: the output is data, not a web page.
func WriteJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
