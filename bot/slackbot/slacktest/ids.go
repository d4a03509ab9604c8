package slacktest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"
)

const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func randAlnum(n int) string {
	var b strings.Builder
	for range n {
		i, err := rand.Int(rand.Reader, big.NewInt(int64(len(alnum))))
		if err != nil {
			panic(err)
		}
		b.WriteByte(alnum[i.Int64()])
	}
	return b.String()
}

func randHex(n int) string {
	b := make([]byte, (n+1)/2)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)[:n]
}

// newEnvelopeID returns a UUID like Slack's envelope ids.
func newEnvelopeID() string {
	h := randHex(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

func newEventID() string  { return "Ev" + randAlnum(10) }
func newViewID() string   { return "V" + randAlnum(10) }
func newClientID() string { return newEnvelopeID() }

func newTriggerID() string {
	return fmt.Sprintf("%d.%d.%s", time.Now().UnixNano()%1e10, 1000000000+time.Now().UnixNano()%1e9, randHex(32))
}

// nextTSLocked returns a new message timestamp, unique and increasing:
// "1700000000.000100", "1700000000.000200", ... or, after SetClock, the
// clock's time in microseconds (one more than the last ts when the clock
// has not moved on). s.mu must be held.
func (s *Server) nextTSLocked() string {
	s.tsSeq++
	us := int64(1700000000)*1e6 + s.tsSeq*100
	if s.clock != nil {
		us = s.clock().UnixMicro()
	}
	if us <= s.lastTS {
		us = s.lastTS + 1
	}
	s.lastTS = us
	return formatTS(us)
}

// formatTS renders a timestamp in microseconds as Slack does: "seconds.micros".
func formatTS(us int64) string { return fmt.Sprintf("%d.%06d", us/1e6, us%1e6) }

// IMChannel returns the id of the direct-message channel between user and the
// bot ("D" + the user id without its first letter), the same one
// conversations.open returns for that user.
func IMChannel(user string) string {
	if len(user) > 1 {
		return "D" + user[1:]
	}
	return "D" + user
}

// IMChannel is the package function IMChannel, for convenience.
func (s *Server) IMChannel(user string) string { return IMChannel(user) }

func channelType(channel string) string {
	switch {
	case strings.HasPrefix(channel, "D"):
		return "im"
	case strings.HasPrefix(channel, "G"):
		return "group"
	default:
		return "channel"
	}
}

func channelName(channel string) string {
	if strings.HasPrefix(channel, "D") {
		return "directmessage"
	}
	return strings.ToLower(channel)
}
