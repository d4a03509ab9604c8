package slackbot

// ConnectedSockets counts the sockets whose hello this bot has handled.
// The fake Slack counts a socket once it sent hello, which can be before
// the bot read it; tests that drop one of two sockets wait for both here.
func (b *Bot) ConnectedSockets() int {
	n := 0
	for _, s := range b.liveSocks() {
		if s.connected.Load() {
			n++
		}
	}
	return n
}
