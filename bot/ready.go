package bot

import (
	"errors"
	"fmt"
	"time"
)

// errNotStarted is Ready's answer before Run has started the socket loop.
var errNotStarted = errors.New("slack: socket mode not started")

// Ready reports whether the bot is serving Socket Mode: nil once Run has
// started its socket loop and the socket showed activity (a frame, a ping
// or an event) within the watchdog period (SLACK_WATCHDOG). It is meant
// for a readiness probe and is safe for concurrent use.
//
// It is a liveness-of-the-socket signal rather than a strict "connected"
// flag: the Bot records no connection state, and the socket loop also
// counts as activity while it is reconnecting. After Run returns, Ready
// fails once the watchdog period has passed.
func (b *Bot) Ready() error {
	b.runMu.Lock()
	started := b.runCancel != nil
	b.runMu.Unlock()
	if !started {
		return errNotStarted
	}
	if d := b.sinceFrame(); d > b.cfg.Watchdog {
		return fmt.Errorf("slack: nothing received from the socket for %s", d.Round(time.Millisecond))
	}
	return nil
}
