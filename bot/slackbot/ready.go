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

// Ready reports whether the bot is serving Socket Mode: nil while Run has
// at least one connection up (Slack said hello on it and it has not closed
// since) that showed activity (a frame, a ping or an event) within the
// watchdog period (SLACK_WATCHDOG). It is meant for a readiness probe and is
// safe for concurrent use.
//
// It fails before Run starts (naming why while Run cannot reach Slack:
// "not connected (auth.test: …)"), while no connection is up (being
// (re)connected, or refused by Slack), when every connection up has been
// silent for longer than the watchdog period, and from the moment Run stops
// reading the sockets (its drain included). Its errors describe the socket
// without naming Slack: the probe's check is expected to carry that name.
func (b *Bot) Ready() error {
	if !b.serving.Load() {
		if err := b.startErr.Load(); err != nil {
			return fmt.Errorf("not connected (%w)", *err)
		}
		return errNotStarted
	}
	silent := time.Duration(-1)
	for _, s := range b.liveSocks() {
		if !s.connected.Load() {
			continue
		}
		d := s.sinceFrame()
		if d <= b.cfg.Watchdog {
			return nil
		}
		if silent < 0 || d < silent {
			silent = d
		}
	}
	if silent < 0 {
		return errNotConnected
	}
	return fmt.Errorf("nothing received from the socket for %s", silent.Round(time.Millisecond))
}
