package slackbot

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"net"
	"slices"
	"time"
)

// The bot reads its Socket Mode connections through a frameWatch, which
// sees every websocket frame Slack sends before slack-go does:
//   - any bytes from Slack (messages, pings) show the socket is alive, for
//     the watchdog and Ready, and its read error shows it closed;
//   - a disconnect message is taken from slack-go (which would close the
//     socket at once and tell its user nothing) and acted on
//     (onDisconnect): the socket serves until its successor is up;
//   - an events_api envelope the bot ignores (ignoredEvent: its own posts
//     echoed back, other bots, edits, joins) is acked and dropped there,
//     so slack-go never decodes it. An echo carries a whole Block Kit
//     message: decoding it cost about as much as the DM it answered.
//
// socketDialer (dial.go) reads every Socket Mode connection through one.

// Limits of frameWatch.
const (
	// maxWatched bounds the frames frameWatch holds whole to look at;
	// larger ones pass through unread.
	maxWatched = 256 << 10
	// minRead is the least room frameWatch offers each read.
	minRead = 4 << 10
)

// frameWatch is a websocket client connection read through the bot (see
// the top of this file). Frames it cannot read with certainty (fragmented,
// compressed, masked, binary, larger than maxWatched) pass through as they
// are; so does everything when the stream looks wrong, for gorilla to
// report. Only one goroutine reads it, as gorilla/websocket does.
type frameWatch struct {
	net.Conn
	s *sock // the connection it belongs to

	upgraded bool // the handshake's HTTP response has been passed on
	crlf     int  // how much of "\r\n\r\n" ended the bytes seen so far
	raw      bool // pass everything through from now on

	// buf[start:ready] is decided and waits to be read; buf[ready:] is not
	// decided yet (an incomplete frame).
	buf          []byte
	start, ready int
	pass         int64 // bytes of the current frame to pass without looking
	err          error // the connection's read error, once met
}

func (c *frameWatch) Read(p []byte) (int, error) {
	for c.start == c.ready {
		if c.err != nil {
			return 0, c.err
		}
		c.fill()
		c.decide()
	}
	n := copy(p, c.buf[c.start:c.ready])
	c.start += n
	return n, nil
}

// fill reads more bytes from the connection.
func (c *frameWatch) fill() {
	if c.start > 0 {
		n := copy(c.buf, c.buf[c.start:])
		c.buf, c.ready, c.start = c.buf[:n], c.ready-c.start, 0
	}
	if cap(c.buf)-len(c.buf) < minRead {
		c.buf = slices.Grow(c.buf, max(minRead, cap(c.buf)))
	}
	n, err := c.Conn.Read(c.buf[len(c.buf):cap(c.buf)])
	c.buf = c.buf[:len(c.buf)+n]
	if n > 0 {
		c.s.touch()
	}
	c.err = err
	if err != nil && c.upgraded {
		c.s.lost() // the websocket closed: this sock is done
	}
}

// decide moves ready over the bytes it can decide on, dropping the frames
// the bot ignores.
func (c *frameWatch) decide() {
	if c.err != nil || c.raw {
		c.ready = len(c.buf) // nothing will complete a partial frame
		return
	}
	if !c.upgraded {
		c.ready += c.headersEnd(c.buf[c.ready:])
	}
	for c.upgraded && c.ready < len(c.buf) {
		if c.pass > 0 {
			n := min(int64(len(c.buf)-c.ready), c.pass)
			c.ready += int(n)
			c.pass -= n
			continue
		}
		h, ok := parseFrameHead(c.buf[c.ready:])
		if !ok {
			return // wait for the rest of the header
		}
		if h.payload < 0 {
			c.raw = true
			c.ready = len(c.buf)
			return
		}
		if !h.watchable() {
			c.ready += h.size
			c.pass = h.payload
			continue
		}
		end := c.ready + h.size + int(h.payload)
		if end > len(c.buf) {
			return // wait for the rest of the frame
		}
		if c.s.dropFrame(c.buf[c.ready+h.size : end]) {
			c.buf = append(c.buf[:c.ready], c.buf[end:]...)
		} else {
			c.ready = end
		}
	}
}

// headersEnd returns how many bytes of b belong to the handshake's HTTP
// response, noting when it ends.
func (c *frameWatch) headersEnd(b []byte) int {
	for i, x := range b {
		switch {
		case x == "\r\n\r\n"[c.crlf]:
			c.crlf++
		case x == '\r':
			c.crlf = 1
		default:
			c.crlf = 0
		}
		if c.crlf == 4 {
			c.upgraded = true
			return i + 1
		}
	}
	return len(b)
}

// frameHead is a websocket frame's header.
type frameHead struct {
	first   byte  // FIN, RSV1-3, opcode
	masked  bool  // a server never masks; a masked frame is left alone
	size    int   // of the header
	payload int64 // bytes after the header; < 0 when it does not fit
}

func parseFrameHead(b []byte) (frameHead, bool) {
	if len(b) < 2 {
		return frameHead{}, false
	}
	h := frameHead{first: b[0], masked: b[1]&0x80 != 0, size: 2, payload: int64(b[1] & 0x7f)}
	switch h.payload {
	case 126:
		if len(b) < 4 {
			return h, false
		}
		h.size, h.payload = 4, int64(binary.BigEndian.Uint16(b[2:]))
	case 127:
		if len(b) < 10 {
			return h, false
		}
		h.size, h.payload = 10, int64(binary.BigEndian.Uint64(b[2:]))
	}
	if h.masked {
		h.size += 4
	}
	return h, len(b) >= h.size
}

// watchable reports whether the frame is a whole, plain text message small
// enough to look at: FIN set, no RSV bits (no compression), opcode text,
// not masked.
func (h frameHead) watchable() bool {
	return h.first == 0x81 && !h.masked && h.payload <= maxWatched
}

// dropFrame looks at one message from Slack: it takes a disconnect
// message (acting on its reason; slack-go would close the socket at once),
// and acks an events_api envelope the bot ignores; it reports whether the
// message is to be dropped. Anything it cannot read goes on to slack-go.
func (s *sock) dropFrame(msg []byte) bool {
	b := s.b
	h, ok := skimEnvelope(msg)
	if !ok {
		return false
	}
	switch string(h.typ) {
	case `"disconnect"`:
		var m struct{ Reason string }
		if json.Unmarshal(msg, &m) != nil {
			return false
		}
		s.onDisconnect(m.Reason)
		return true
	case `"events_api"`:
	default:
		return false
	}
	id, ok := plainString(h.envelope)
	if !ok || id == "" {
		return false
	}
	kind, ignored := b.ignoredPayload(h.payload)
	if !ignored {
		return false
	}
	received := time.Now()
	b.metrics.EnvelopeReceived(kind)
	s.ackID(id, kind, received)
	return true
}

// envelopeHead is the part of a Socket Mode message dropFrame reads: raw
// JSON values.
type envelopeHead struct{ typ, envelope, payload []byte }

func skimEnvelope(msg []byte) (envelopeHead, bool) {
	var h envelopeHead
	ok := skimObject(msg, func(k, v []byte) bool {
		switch string(k) {
		case "type":
			h.typ = v
		case "envelope_id":
			h.envelope = v
		case "payload":
			h.payload = v
		}
		return true
	})
	return h, ok
}

// ignoredPayload reads an events_api payload's event and reports its kind
// and whether the bot ignores it (ignoredEvent).
func (b *Bot) ignoredPayload(payload []byte) (kind string, ignored bool) {
	var outer, event []byte
	if !skimObject(payload, func(k, v []byte) bool {
		switch string(k) {
		case "type":
			outer = v
		case "event":
			event = v
		}
		return true
	}) || !bytes.Equal(outer, []byte(`"event_callback"`)) || event == nil {
		return "", false
	}
	var typ, subtype, botID, user string
	readable := true
	if !skimObject(event, func(k, v []byte) bool {
		var dst *string
		switch string(k) {
		case "type":
			dst = &typ
		case "subtype":
			dst = &subtype
		case "bot_id":
			dst = &botID
		case "user":
			dst = &user
		default:
			return true
		}
		*dst, readable = plainString(v)
		return readable
	}) || !readable {
		return "", false
	}
	return "events_api:" + typ, b.ignoredEvent(typ, subtype, botID, user)
}
