package slackbot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/springfield/techleader/conversation/insights"
)

// The consultancy's insights report as a Block Kit message: a header, one
// section per part (conversations, questions, the funnel as a small bar
// chart, assessments, consultants, satisfaction, unanswered questions) and
// a context line with the period. Only the unanswered questions are user
// text: each is escaped and cut, and their section is cut to fit, so the
// message stays within Block Kit's limits whatever users typed.

// Limits of the report's user text.
const (
	reportQuestionMax  = 150 // runes of one unanswered question, escaped
	reportQuestionsMax = 10  // unanswered questions listed
	reportBarWidth     = 20  // the funnel's longest bar
)

// renderReport renders rep under title ("Insights: last 7 days").
func renderReport(rep insights.Report, title string) message {
	r := &renderer{}
	r.header(title)
	p := rep.Period
	r.context(fmt.Sprintf("%s to %s (%s, %s) · conversations are distinct people", p.First, p.Last, plural(p.Days, "day"), p.TimeZone))
	q := rep.Questions
	r.section(fmt.Sprintf("*Conversations:* %s\n*Questions:* %d answered (%s offered), %d declined",
		plural(int(rep.Conversations), "person"), q.Answered, plural(int(q.Clarifications), "clarification"), q.Declined))
	if len(q.TopArticles) > 0 {
		var b strings.Builder
		b.WriteString("*Top articles*")
		for i, a := range q.TopArticles {
			name := a.ID
			if a.Title != "" {
				name = a.Title
			}
			fmt.Fprintf(&b, "\n%d. %s — %d", i+1, escape(name), a.Count)
		}
		r.section(b.String())
	}
	r.section("*Funnel*\n```" + funnelChart(rep.Funnel) + "```")
	r.section(assessmentsText(rep.Assessments))
	r.section(handoffsText(rep.Handoffs))
	r.section(satisfactionText(rep.Satisfaction))
	r.section(unansweredText(rep.Unanswered))
	r.text = append(r.text, fmt.Sprintf("%s: %s, %d answered, %d declined, %d assessments completed, %d consultants requested",
		title, plural(int(rep.Conversations), "person"), q.Answered, q.Declined, rep.Assessments.Completed, rep.Handoffs.Requested))
	return r.message(maxMessageBlocks)
}

// funnelChart draws the funnel's steps as bars, with each step's share of
// the first.
func funnelChart(steps []insights.FunnelStep) string {
	var b strings.Builder
	for _, r := range insights.FunnelRows(steps, reportBarWidth) {
		pct := "   -"
		if r.Percent >= 0 {
			pct = fmt.Sprintf("%3d%%", r.Percent)
		}
		fmt.Fprintf(&b, "%-21s %5d %-*s %s\n", r.Label, r.Count, reportBarWidth, strings.Repeat("█", r.Bar), pct)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func assessmentsText(a insights.AssessmentStats) string {
	s := fmt.Sprintf("*Assessments:* %d started, %d completed, %d abandoned", a.Started, a.Completed, a.Abandoned)
	if len(a.AbandonedAt) > 0 {
		var at []string
		for _, st := range a.AbandonedAt {
			at = append(at, fmt.Sprintf("question %d: %d", st.Question, st.Count))
		}
		s += " (" + strings.Join(at, ", ") + ")"
	}
	outcomes := "none yet"
	if len(a.Outcomes) > 0 {
		var parts []string
		for _, o := range a.Outcomes {
			parts = append(parts, fmt.Sprintf("%s %d", o.Name, o.Count))
		}
		outcomes = strings.Join(parts, " · ")
	}
	return s + "\n*Outcomes:* " + outcomes
}

func handoffsText(h insights.HandoffStats) string {
	s := fmt.Sprintf("*Consultants:* %d requested, %d claimed, %d closed", h.Requested, h.Claimed, h.Closed)
	if c := h.TimeToClaim; c != nil {
		return s + fmt.Sprintf("\n*Time to claim:* median %s, 90th percentile %s (%s)", shortSeconds(c.MedianSeconds), shortSeconds(c.P90Seconds), plural(c.Samples, "claim"))
	}
	return s + "\n*Time to claim:* no claims"
}

func satisfactionText(s insights.Satisfaction) string {
	line := func(r insights.RatingStats) string {
		if r.Average == nil {
			return "no ratings"
		}
		return fmt.Sprintf("%.2f of 5 from %s", *r.Average, plural(int(r.Ratings), "rating"))
	}
	out := "*Satisfaction:* " + line(s.All)
	if s.All.Ratings > 0 {
		out += "\n• after a consultant: " + line(s.Handoff) + "\n• after a recommendation: " + line(s.Recommendation) + " (yes counts 5, no counts 1)"
	}
	return out
}

// unansweredText lists the top groups of unanswered questions, each
// example escaped and cut, within one section.
func unansweredText(u insights.UnansweredStats) string {
	switch {
	case !u.TextsKept:
		return "*Unanswered questions:* not kept (INSIGHTS_TEXT=off)"
	case len(u.Groups) == 0:
		return fmt.Sprintf("*Unanswered questions:* none in the last %s", plural(u.TextDays, "day"))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "*Top unanswered questions* (%d asked in the last %s)", u.Questions, plural(u.TextDays, "day"))
	for i, g := range u.Groups {
		line := fmt.Sprintf("\n• %d× %s", g.Count, escape(truncate(insights.CleanText(g.Example), reportQuestionMax)))
		if i == reportQuestionsMax || len(b.String())+len(line) > maxSectionText-10 {
			b.WriteString("\n…")
			break
		}
		b.WriteString(line)
	}
	return b.String()
}

func plural(n int, word string) string {
	switch {
	case n == 1:
		return "1 " + word
	case word == "person":
		return strconv.Itoa(n) + " people"
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// shortSeconds is a short human duration: "45s", "4m 10s", "2h 5m", "3d 4h".
func shortSeconds(s int64) string {
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return fmt.Sprintf("%dm %ds", s/60, s%60)
	case s < 86400:
		return fmt.Sprintf("%dh %dm", s/3600, s%3600/60)
	}
	return fmt.Sprintf("%dd %dh", s/86400, s%86400/3600)
}
