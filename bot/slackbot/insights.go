package slackbot

import (
	"context"
	"strings"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
)

// Insights is what the consultancy's reports in Slack read: the private
// `/techleader report` for consultants and the weekly digest posted in
// CONSULTANT_CHANNEL.
type Insights struct {
	// Reader reads the figures (required).
	Reader insights.Reader
	// Policy gives the clock, the zone of days and what texts are kept.
	Policy insights.Policy
	// Titles names an article by id ("" unknown); nil shows ids.
	Titles func(id string) string
	// Digest is when the weekly digest is posted (off: never).
	Digest insights.Schedule
	// Claims let replicas agree on who posts each digest (required for
	// the digest).
	Claims insights.Claims
	// Recorder, when set, records the handoffs' requests, claims and
	// closes, and users are asked for a rating once their handoff closes.
	Recorder insights.Recorder
}

// WithInsights turns on the consultancy's reports: `/techleader report`
// for the members of CONSULTANT_CHANNEL, and the weekly digest in it.
// Both need CONSULTANT_CHANNEL and the handoffs (WithHandoffs), whose
// membership check they share.
func WithInsights(in Insights) Option { return func(b *Bot) { b.insights = &in } }

// Texts of the reports.
const (
	textReportUsage   = "Usage: `/techleader report [7d|30d|90d]` — the consultancy's figures for the last 7, 30 or 90 days (or since a day, `2026-01-31`)."
	textReportRefused = "Sorry, reports are only for Consulting Springfield's consultants (the members of the consultants' channel). " +
		"I can still answer your questions about CIOs and CTOs — just ask."
	textReportNoCheck = "Sorry, I couldn't check who the consultants are just now; please try again in a minute."
	textReportOff     = "Reports aren't set up in this workspace."
	textReportFailed  = "Sorry, I couldn't read the figures just now; please try again in a minute."
	reportTimeout     = 20 * time.Second
)

// reportSlash answers `/techleader report [period]` privately: the report
// for a consultant, a polite refusal for anyone else.
func (b *Bot) reportSlash(ctx context.Context, key conversation.Key, here dest, arg string) {
	in := b.insights
	if in == nil || in.Reader == nil || b.handoffs == nil {
		b.send(ctx, here, renderText(textReportOff))
		return
	}
	ok, err := b.handoffs.IsConsultant(ctx, key.User)
	switch {
	case err != nil:
		b.logFor(ctx).Warn("report: consultants unknown", "err", err)
		b.send(ctx, here, renderText(textReportNoCheck))
		return
	case !ok:
		b.send(ctx, here, renderText(textReportRefused))
		return
	}
	if arg == "" {
		arg = "7d"
	}
	period, err := insights.ParsePeriod(arg, in.Policy.Now(), in.Policy.Location())
	if err != nil || strings.ContainsAny(arg, " \t") {
		b.send(ctx, here, renderText(textReportUsage))
		return
	}
	rctx, cancel := context.WithTimeout(ctx, reportTimeout)
	defer cancel()
	rep, err := insights.BuildReport(rctx, in.Reader, in.Policy, period, insights.ReportOptions{Title: in.Titles})
	if err != nil {
		b.logFor(ctx).Error("report: figures unreadable", "err", err)
		b.send(ctx, here, renderText(textReportFailed))
		return
	}
	b.send(ctx, here, renderReport(rep, reportTitle(arg, rep.Period)))
}

// reportTitle is "Insights: last 7 days" or "Insights since 2026-01-31".
func reportTitle(arg string, p insights.ReportPeriod) string {
	if strings.HasSuffix(strings.ToLower(arg), "d") {
		return "Insights: last " + plural(p.Days, "day")
	}
	return "Insights since " + string(p.First)
}

// newDigest is the weekly digest WithInsights asked for, nil when off.
func (b *Bot) newDigest() *insights.Digest {
	in := b.insights
	if in == nil || !in.Digest.On || in.Reader == nil || in.Claims == nil || b.cfg.ConsultantChannel == "" {
		return nil
	}
	return &insights.Digest{
		Schedule: in.Digest, Policy: in.Policy, Reader: in.Reader, Claims: in.Claims,
		Poster: digestPoster{b}, Report: insights.ReportOptions{Title: in.Titles}, Log: b.log.With("component", "digest"),
	}
}

// TellReply shows r with its buttons where the handoff reaches the user
// (ref: their DM, or the assistant thread they asked from), as the
// engine's replies of that conversation, user's, are shown there
// (handoff.ReplyTeller: the rating asked once a handoff is closed).
func (u users) TellReply(ctx context.Context, user conversation.Key, ref string, r conversation.Reply) error {
	d, err := u.dest(ctx, user, ref)
	if err != nil {
		return err
	}
	if u.b.send(ctx, d, renderReply(r, user)) == "" {
		return errUndelivered
	}
	return nil
}
