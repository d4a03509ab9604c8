package redistest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// EnvServer names the environment variable with a redis-server binary (a
// path, or a name looked up in PATH) for tests that start Redis servers of
// their own: one to stop and bring back empty, a Sentinel setup to fail
// over. Such tests never touch the shared server of TEST_REDIS_URL. CI sets
// it; without it they are skipped.
const EnvServer = "TEST_REDIS_SERVER"

// startGuard bounds the wait for a server to answer; it only guards
// against hangs.
const startGuard = 20 * time.Second

// ServerBinary returns the redis-server binary of EnvServer, or skips t
// when it is unset. It fails t when it is set but not found.
func ServerBinary(t testing.TB) string {
	t.Helper()
	name := os.Getenv(EnvServer)
	if name == "" {
		t.Skipf("%s is unset: set it to a redis-server binary (CI does) to run this test, which starts Redis servers of its own", EnvServer)
	}
	bin, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s=%s: %v", EnvServer, name, err)
	}
	return bin
}

// Server is a redis-server process the test owns, without persistence, on
// a port of its own. It is killed when the test ends.
type Server struct {
	t    testing.TB
	bin  string
	dir  string
	args []string // the command line after the binary
	// Port is the server's port on 127.0.0.1.
	Port int
	cmd  *exec.Cmd
	done chan struct{}
}

// StartServer starts a redis-server on a free port with args added to its
// command line (e.g. "--replicaof", "127.0.0.1 7001") and waits until it
// answers. It skips t when EnvServer is unset.
func StartServer(t testing.TB, args ...string) *Server {
	t.Helper()
	bin := ServerBinary(t)
	port := freePort(t)
	dir := t.TempDir()
	base := []string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
		"--dir", dir, "--logfile", filepath.Join(dir, "redis.log"), "--daemonize", "no"}
	return newServer(t, bin, port, dir, append(base, args...))
}

// newServer starts bin with args, which must make it listen on port and
// log to dir/redis.log.
func newServer(t testing.TB, bin string, port int, dir string, args []string) *Server {
	t.Helper()
	s := &Server{t: t, bin: bin, dir: dir, args: args, Port: port}
	s.start()
	t.Cleanup(s.cleanup)
	return s
}

// Addr is "127.0.0.1:<port>".
func (s *Server) Addr() string { return "127.0.0.1:" + strconv.Itoa(s.Port) }

// URL is the server's redis:// URL, database 0.
func (s *Server) URL() string { return "redis://" + s.Addr() + "/0" }

// Client returns a client of the server, closed when the test ends.
func (s *Server) Client() *redis.Client {
	c := redis.NewClient(&redis.Options{Addr: s.Addr(), DialTimeout: 2 * time.Second, ReadTimeout: 5 * time.Second})
	s.t.Cleanup(func() { _ = c.Close() })
	return c
}

func (s *Server) start() {
	s.t.Helper()
	s.cmd = exec.Command(s.bin, s.args...)
	s.done = make(chan struct{})
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("start redis-server: %v", err)
	}
	go func(cmd *exec.Cmd, done chan struct{}) {
		_ = cmd.Wait()
		close(done)
	}(s.cmd, s.done)
	if err := waitPing(s.Addr(), s.done); err != nil {
		s.t.Fatalf("redis-server on %s: %v\n%s", s.Addr(), err, s.Log())
	}
}

// waitPing waits until the server at addr answers PING, or exited closes.
func waitPing(addr string, exited <-chan struct{}) error {
	c := redis.NewClient(&redis.Options{Addr: addr, DialTimeout: time.Second, MaxRetries: -1})
	defer c.Close()
	guard := time.Now().Add(startGuard)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-exited:
			return fmt.Errorf("exited: %w", err)
		default:
		}
		if time.Now().After(guard) {
			return fmt.Errorf("does not answer: %w", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Kill kills the server at once (SIGKILL: a crash, nothing saved) and
// waits until it is gone.
func (s *Server) Kill() {
	s.t.Helper()
	select {
	case <-s.done:
		return
	default:
	}
	_ = s.cmd.Process.Kill()
	<-s.done
}

// Restart kills the server and starts it again on the same port: without
// persistence it comes back empty.
func (s *Server) Restart() {
	s.t.Helper()
	s.Kill()
	s.start()
}

// Log returns the end of the server's log file.
func (s *Server) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "redis.log"))
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}

func (s *Server) cleanup() {
	s.Kill()
	if s.t.Failed() {
		s.t.Logf("redis-server %s log:\n%s", s.Addr(), s.Log())
	}
}

// freePort returns a port that was free a moment ago on 127.0.0.1.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("find a free port: %v", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
