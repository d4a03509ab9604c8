package slackbot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
)

const (
	homeIntro = "I'm Consulting Springfield's advisor bot. Ask me about the *CIO* and *CTO* roles, " +
		"or take a short assessment to find out which one your organisation needs: a CIO, a CTO, both, or a virtual (part-time) one."
	homeHow = "Message me directly, mention me in a channel, or use `/techleader help`."
)

// homeView is the Home tab for a user, with their assessment's state: a
// header, a short intro, three buttons, then where they stand and their
// last recommendation.
func homeView(st conversation.Status, haveStatus bool) slack.HomeTabViewRequest {
	r := &renderer{esc: true}
	r.header("CIO or CTO?")
	r.section(homeIntro)
	assess := "Start the assessment"
	if st.InProgress {
		assess = "Resume the assessment"
	}
	r.blocks = append(r.blocks, slack.NewActionBlock(blockHome,
		slack.NewButtonBlockElement(actionHomeAsk, "ask", plain("Ask a question")),
		slack.NewButtonBlockElement(actionHomeTest, "assess", plain(assess)).WithStyle(slack.StylePrimary),
		slack.NewButtonBlockElement(actionHomeCons, "consult", plain("Talk to a consultant")),
	))
	r.context(homeHow)
	switch {
	case !haveStatus:
		r.context("_I couldn't load your assessment just now._")
	case st.InProgress:
		r.section(fmt.Sprintf(":hourglass_flowing_sand: *Your assessment* is under way: question %d of %d. Carry on in our direct messages.", st.Step, st.Total))
	}
	if st.Last != nil {
		r.divider()
		r.header("Your last recommendation")
		r.section("*" + st.Last.Title + "*\n" + st.Last.Summary)
		if len(st.Last.Reasons) > 0 {
			r.section("*Why*\n• " + strings.Join(st.Last.Reasons, "\n• "))
		}
	}
	m := r.message(maxViewBlocks)
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: m.blocks}}
}

// publishHome publishes the Home tab of the user behind key.
func (b *Bot) publishHome(ctx context.Context, key conversation.Key) {
	st, err := b.eng.Status(ctx, key.DirectKey())
	if err != nil {
		b.logFor(ctx).Warn("status unavailable for the Home tab", "err", err)
	}
	view := homeView(st, err == nil)
	err = b.api.call(ctx, "views.publish", "", func(ctx context.Context) error {
		_, err := b.client.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: key.User, View: view})
		return err
	})
	if err != nil {
		b.metrics.Undelivered("views.publish")
		b.logFor(ctx).Error("home tab undelivered", "err", err)
	}
}

// askModal is the "Ask a question" modal.
func askModal() slack.ModalViewRequest {
	input := slack.NewPlainTextInputBlockElement(plain("e.g. Do we need a CTO if we outsource development?"), actionAskInput)
	input.Multiline = true
	input.MaxLength = 2000
	return slack.ModalViewRequest{
		Type:       slack.VTModal,
		CallbackID: callbackAsk,
		Title:      plain("Ask a question"),
		Submit:     plain("Ask"),
		Close:      plain("Cancel"),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewInputBlock(blockAskInput, plain("Your question"), plain("I'll answer in our direct messages."), input),
		}},
	}
}

// openAskModal opens the modal at once: the trigger id expires in 3 s, so
// it is not retried beyond what fits.
func (b *Bot) openAskModal(ctx context.Context, triggerID string) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	err := b.api.call(ctx, "views.open", "", func(ctx context.Context) error {
		_, err := b.client.OpenViewContext(ctx, triggerID, askModal())
		return err
	})
	if err != nil {
		b.metrics.Undelivered("views.open")
		b.logFor(ctx).Error("ask modal not opened", "err", err)
	}
}
