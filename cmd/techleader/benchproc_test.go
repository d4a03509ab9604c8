package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// Child processes of the benchmarks: built binaries, their CPU time and
// memory read from /proc.

// clockTick is the unit of utime and stime in /proc/<pid>/stat (USER_HZ,
// 100 on Linux).
const clockTick = 10 * time.Millisecond

// buildBinary builds the package pkg (a path relative to this package)
// into dir and returns the binary's path.
func buildBinary(tb testing.TB, dir, name, pkg string, tags ...string) string {
	tb.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		tb.Skipf("no go command to build %s: %v", name, err)
	}
	out := filepath.Join(dir, name)
	args := []string{"build", "-o", out}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	cmd := exec.Command(gobin, append(args, pkg)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build %s: %v\n%s", pkg, err, msg)
	}
	return out
}

// benchProc is a running child process.
type benchProc struct {
	name string
	cmd  *exec.Cmd
	log  *bottest.Buffer
	done chan struct{}
	err  error
}

// startProc starts bin with args and env; it is killed when the benchmark
// ends if still running, and its log is shown when the benchmark failed.
func startProc(tb testing.TB, name, bin string, env []string, args ...string) *benchProc {
	tb.Helper()
	p := &benchProc{name: name, cmd: exec.Command(bin, args...), log: &bottest.Buffer{}, done: make(chan struct{})}
	p.cmd.Env = env
	p.cmd.Stderr = p.log
	if err := p.cmd.Start(); err != nil {
		tb.Fatalf("start %s: %v", name, err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	tb.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = p.cmd.Process.Kill()
			<-p.done
		}
		if tb.Failed() {
			tb.Logf("%s's log:\n%s", name, tail(p.log.String(), 3000))
		}
	})
	return p
}

// stop sends SIGTERM and waits up to wait for a clean exit.
func (p *benchProc) stop(wait time.Duration) error {
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	select {
	case <-p.done:
		if p.err != nil {
			return fmt.Errorf("%s exited with %v", p.name, p.err)
		}
		return nil
	case <-time.After(wait):
		return fmt.Errorf("%s did not stop within %v", p.name, wait)
	}
}

// cpu is the CPU time (user + system) the process used so far.
func (p *benchProc) cpu() (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	// The command name, field 2, is in parentheses and may hold spaces:
	// the fields after it start with field 3.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("%s: short /proc stat", p.name)
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("%s: unreadable /proc stat", p.name)
	}
	return time.Duration(utime+stime) * clockTick, nil
}

// memKB reads a field of /proc/<pid>/status in kB: "VmRSS" (resident
// now) or "VmHWM" (peak resident).
func (p *benchProc) memKB(field string) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("%s: %s: %w", p.name, field, err)
			}
			return kb, nil
		}
	}
	return 0, fmt.Errorf("%s: no %s in /proc status", p.name, field)
}

// mustMB is memKB in MB, failing the benchmark on error.
func (p *benchProc) mustMB(tb testing.TB, field string) float64 {
	tb.Helper()
	kb, err := p.memKB(field)
	if err != nil {
		tb.Fatal(err)
	}
	return float64(kb) / 1024
}

// deleteRedisPrefix deletes the keys under prefix from the Redis at url.
func deleteRedisPrefix(tb testing.TB, url, prefix string) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		tb.Error(err)
		return
	}
	c := redis.NewClient(opt)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := redistest.DeletePrefix(ctx, c, prefix); err != nil {
		tb.Errorf("cleanup %s: %v", prefix, err)
	}
}
