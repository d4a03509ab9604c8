package redistest

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// SentinelMaster is the master name the Sentinels of StartSentinel watch.
const SentinelMaster = "tlmaster"

// Sentinel timings for tests: a master is down after a second without an
// answer, so a failover takes a few seconds.
const (
	downAfter       = 1000 * time.Millisecond
	failoverTimeout = 10 * time.Second
)

// Sentinel is a small Redis Sentinel setup the test owns: one master, one
// replica and three Sentinels (quorum 2), each on a free port, without
// persistence. Everything is killed when the test ends.
type Sentinel struct {
	t         testing.TB
	Master    *Server
	Replica   *Server
	Sentinels []*Server
	clients   []*redis.SentinelClient // one per Sentinel
}

// StartSentinel starts the setup and waits until it can fail over: the
// replica is in sync and every Sentinel knows the replica and the two
// other Sentinels. It skips t when EnvServer is unset.
func StartSentinel(t testing.TB) *Sentinel {
	t.Helper()
	bin := ServerBinary(t)
	s := &Sentinel{t: t}
	s.Master = StartServer(t, "--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0")
	s.Replica = StartServer(t, "--replicaof", "127.0.0.1", strconv.Itoa(s.Master.Port))
	for range 3 {
		port := freePort(t)
		dir := t.TempDir()
		conf := filepath.Join(dir, "sentinel.conf")
		text := fmt.Sprintf(`port %d
bind 127.0.0.1
daemonize no
dir %s
logfile %s
sentinel monitor %s 127.0.0.1 %d 2
sentinel down-after-milliseconds %s %d
sentinel failover-timeout %s %d
sentinel parallel-syncs %s 1
`, port, dir, filepath.Join(dir, "redis.log"), SentinelMaster, s.Master.Port,
			SentinelMaster, downAfter.Milliseconds(), SentinelMaster, failoverTimeout.Milliseconds(), SentinelMaster)
		if err := os.WriteFile(conf, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		x := newServer(t, bin, port, dir, []string{conf, "--sentinel"})
		s.Sentinels = append(s.Sentinels, x)
		c := redis.NewSentinelClient(&redis.Options{Addr: x.Addr(), DialTimeout: time.Second, ReadTimeout: 2 * time.Second, MaxRetries: -1})
		t.Cleanup(func() { _ = c.Close() })
		s.clients = append(s.clients, c)
	}
	s.waitReady()
	return s
}

// Addrs are the Sentinels' addresses.
func (s *Sentinel) Addrs() []string {
	var out []string
	for _, x := range s.Sentinels {
		out = append(out, x.Addr())
	}
	return out
}

// waitReady waits until a failover can happen (see StartSentinel).
func (s *Sentinel) waitReady() {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*startGuard)
	defer cancel()
	replica := s.Replica.Client()
	err := poll(ctx, func() (bool, error) {
		info, err := replica.Info(ctx, "replication").Result()
		if err != nil || !strings.Contains(info, "master_link_status:up") {
			return false, err
		}
		for _, c := range s.clients {
			m, err := c.Master(ctx, SentinelMaster).Result()
			if err != nil {
				return false, err
			}
			if m["num-other-sentinels"] != "2" || m["num-slaves"] != "1" {
				return false, nil
			}
		}
		return true, nil
	})
	if err != nil {
		s.t.Fatalf("the Sentinel setup did not get ready: %v", err)
	}
}

// MasterAddr is the master's address as the first Sentinel that answers
// says.
func (s *Sentinel) MasterAddr(ctx context.Context) (string, error) {
	var last error
	for _, c := range s.clients {
		hp, err := c.GetMasterAddrByName(ctx, SentinelMaster).Result()
		if err == nil && len(hp) == 2 {
			return net.JoinHostPort(hp[0], hp[1]), nil
		}
		last = err
	}
	return "", fmt.Errorf("no Sentinel names the master: %v", last)
}

// WaitFailover waits until the Sentinels name a master other than old
// and it serves as one.
func (s *Sentinel) WaitFailover(ctx context.Context, old string) (string, error) {
	var addr string
	err := poll(ctx, func() (bool, error) {
		a, err := s.MasterAddr(ctx)
		if err != nil || a == old {
			return false, nil
		}
		c := redis.NewClient(&redis.Options{Addr: a, MaxRetries: -1})
		defer c.Close()
		info, err := c.Info(ctx, "replication").Result()
		addr = a
		return err == nil && strings.Contains(info, "role:master"), nil
	})
	return addr, err
}

// poll calls f every 50 ms until it reports done or ctx ends (with f's
// last error, if any).
func poll(ctx context.Context, f func() (bool, error)) error {
	for {
		done, err := f()
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			if err != nil {
				return fmt.Errorf("%w (last: %v)", ctx.Err(), err)
			}
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
