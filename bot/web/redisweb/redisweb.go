// Package redisweb keeps the web front end's sessions, push logs and rate
// limits in Redis (single, Sentinel or Cluster), so that every replica
// sees the same ones. Each session's keys share a hash tag, and every
// command touches one key, so all of it works on a Cluster.
//
// Keys, under the configured prefix:
//
//	<prefix>:web:{<session>}:session   the session (a string with the session TTL)
//	<prefix>:web:{<session>}:push      its push log (a stream, capped, with the session TTL)
//	<prefix>:web:{rl:<key>}            a rate-limit bucket (a string with the time it is full again)
//	<prefix>:web:push                  pub/sub channel: "session <id> has a new push"
package redisweb

import (
	"strings"
	"time"

	"github.com/springfield/techleader/conversation/redisstore"
)

// DefaultPrefix starts every key when no prefix is given.
const DefaultPrefix = redisstore.DefaultPrefix

// Option configures the stores of this package.
type Option func(*options)

type options struct {
	prefix string
	now    func() time.Time
}

// WithPrefix starts every key with prefix (the REDIS_PREFIX of the
// installation; a test's own prefix). Braces in it are escaped so they
// cannot form a hash tag.
func WithPrefix(prefix string) Option {
	return func(o *options) {
		if prefix != "" {
			o.prefix = prefix
		}
	}
}

// WithClock makes the limiter read the time from now (tests).
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

func build(opts []Option) options {
	o := options{prefix: DefaultPrefix, now: time.Now}
	for _, f := range opts {
		f(&o)
	}
	o.prefix = redisstore.KeyPrefix(o.prefix)
	return o
}

// keyEscaper makes a string safe inside a key and its hash tag: '%',
// ':', '{' and '}' are percent-encoded.
var keyEscaper = strings.NewReplacer("%", "%25", ":", "%3A", "{", "%7B", "}", "%7D")

func escape(s string) string { return keyEscaper.Replace(s) }

func (o options) sessionKey(id string) string { return o.prefix + ":web:{" + escape(id) + "}:session" }
func (o options) pushKey(id string) string    { return o.prefix + ":web:{" + escape(id) + "}:push" }
func (o options) bucketKey(k string) string   { return o.prefix + ":web:{rl:" + escape(k) + "}" }
func (o options) pushChannel() string         { return o.prefix + ":web:push" }
