package slacktest

import (
	"context"
	"fmt"
	"strings"
)

// EchoBotMessages makes the fake send the bot's own posts back to it, as
// Slack does for an app subscribed to message.im: after each
// chat.postMessage into a direct message channel, a message event with
// the bot's user and bot_id, the message's text and blocks, arrives on a
// socket. The bot must ignore it; load tests use it to carry the cost
// real Slack puts on a bot. Off by default.
func (s *Server) EchoBotMessages(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.echo = on
}

// OnPost registers f to be called with every message chat.postMessage
// posts, after it is held and before the bot gets its answer, outside the
// server's lock. f must be quick and safe for concurrent use: it runs on
// the request's goroutine. Load tests use it to follow replies without
// polling. It replaces an earlier f; nil removes it.
func (s *Server) OnPost(f func(Message)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onPost = f
}

// posted runs what follows a successful chat.postMessage of m: the OnPost
// hook, and the echo when it is on. s.mu must not be held.
func (s *Server) posted(m Message, echo bool, hook func(Message)) {
	if hook != nil {
		hook(m)
	}
	if echo && strings.HasPrefix(m.Channel, "D") {
		e := s.eventEnvelope(append(m.slackJSON(),
			kv{"channel", m.Channel}, kv{"event_ts", m.TS}, kv{"channel_type", channelType(m.Channel)}))
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.Send(e)
		}()
	}
}

// WaitAcks waits until the bot has sent at least n acks in all (echoes
// are acked too).
func (s *Server) WaitAcks(ctx context.Context, n int) error {
	return s.wait(ctx, fmt.Sprintf("%d acks", n), func() bool { return len(s.acks) >= n })
}
