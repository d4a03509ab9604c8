package redistest

import (
	"context"
	"net"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"
)

// RoundTrips is a go-redis hook that counts round trips: a command sent
// alone is one, a pipeline (or transaction) is one however many commands
// it holds. A new connection's set-up (HELLO, AUTH, SELECT, CLIENT
// SETINFO) is not counted: it is not the work of any one call. Add it
// with client.AddHook. It is safe for concurrent use.
type RoundTrips struct {
	mu    sync.Mutex
	trips []string // each trip's commands, as "set hmget get"
}

var _ redis.Hook = (*RoundTrips)(nil)

// DialHook implements redis.Hook.
func (r *RoundTrips) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) { return next(ctx, network, addr) }
}

// ProcessHook implements redis.Hook.
func (r *RoundTrips) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		r.add([]redis.Cmder{cmd})
		return next(ctx, cmd)
	}
}

// ProcessPipelineHook implements redis.Hook.
func (r *RoundTrips) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		r.add(cmds)
		return next(ctx, cmds)
	}
}

func (r *RoundTrips) add(cmds []redis.Cmder) {
	names := make([]string, 0, len(cmds))
	for _, c := range cmds {
		switch n := c.Name(); {
		case n == "hello" || n == "auth" || n == "select" || n == "client" && len(c.Args()) > 1 && c.Args()[1] == "setinfo":
		default:
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return
	}
	r.mu.Lock()
	r.trips = append(r.trips, strings.Join(names, " "))
	r.mu.Unlock()
}

// Trips returns the round trips made since the last Reset, oldest first,
// each as its commands' names ("set hmget get", "evalsha").
func (r *RoundTrips) Trips() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.trips...)
}

// Reset forgets the round trips counted so far.
func (r *RoundTrips) Reset() {
	r.mu.Lock()
	r.trips = nil
	r.mu.Unlock()
}
