package slackbot

import (
	"errors"
	"fmt"
	"time"
)

// Ready's answers when the bot is not serving Socket Mode.
var (
	errNotStarted   = errors.New("socket mode not started")
	errNotConnected = errors.New("socket not connected")
)

// Ready reports whether the bot is serving Socket Mode: nil while Run is
// connected (Slack said hello on the current socket and slack-go has not
// started reconnecting since) and the socket showed activity (a frame, a
// ping or an event) within the watchdog period (SLACK_WATCHDOG). It is
// meant for a readiness probe and is safe for concurrent use.
//
// It fails before Run starts (naming why while Run cannot reach Slack:
// "not connected (auth.test: …)"), while the socket is being (re)connected or
// Slack refuses it, when the socket has been silent for longer than the
// watchdog period, and from the moment Run stops reading the socket (its
// drain included). Its errors describe the socket without naming Slack:
// the probe's check is expected to carry that name.
func (b *Bot) Ready() error {
	b.runMu.Lock()
	started := b.runCancel != nil
	b.runMu.Unlock()
	if !started {
		if err := b.startErr.Load(); err != nil {
			return fmt.Errorf("not connected (%w)", *err)
		}
		return errNotStarted
	}
	if !b.connected.Load() {
		return errNotConnected
	}
	if d := b.sinceFrame(); d > b.cfg.Watchdog {
		return fmt.Errorf("nothing received from the socket for %s", d.Round(time.Millisecond))
	}
	return nil
}
