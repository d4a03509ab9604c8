package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/springfield/techleader/bot/bottest"
)

// serveProcess is a running `techleader serve`: the test binary started
// again with envRunMain set.
type serveProcess struct {
	name  string
	cmd   *exec.Cmd
	log   *bottest.Buffer // stderr: serve's JSON log
	ops   chan string     // the ops server's address, once logged
	web   chan string     // the web chat's address, once logged
	teams chan string     // the Teams endpoint's address, once logged
	done  chan struct{}   // closed when the process has exited
	err   error           // cmd.Wait's result; read after done is closed
	addr  string          // the ops server's address, after waitReady
	// teamsURL is the Teams messaging endpoint, after waitTeams.
	teamsURL string
	webAddr  string // the web chat's address, after waitWeb
}

// startServe starts serve with env (see childEnv). The process is killed
// when the test ends if it is still running, and its log is shown when
// the test failed.
func startServe(t *testing.T, name string, env []string) *serveProcess {
	t.Helper()
	p := &serveProcess{
		name:  name,
		cmd:   exec.Command(os.Args[0], "-test.run=^$"),
		log:   &bottest.Buffer{},
		ops:   make(chan string, 1),
		web:   make(chan string, 1),
		teams: make(chan string, 1),
		done:  make(chan struct{}),
	}
	p.cmd.Env = env
	p.cmd.Stderr = io.MultiWriter(p.log, &addrWatcher{found: map[string]chan<- string{
		"ops server listening": p.ops, "web server listening": p.web, "teams endpoint listening": p.teams,
	}})
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		if !p.exited() {
			_ = p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("%s's log:\n%s", name, tail(p.log.String(), 4000))
		}
	})
	return p
}

func (p *serveProcess) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// waitReady waits until the process logged its ops server's address.
func (p *serveProcess) waitReady(ctx context.Context) error {
	select {
	case p.addr = <-p.ops:
		return nil
	case <-p.done:
		return fmt.Errorf("%s exited before serving: %v", p.name, p.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: no ops server address logged: %w", p.name, ctx.Err())
	}
}

// waitTeams waits until the process logged its Teams endpoint's address.
func (p *serveProcess) waitTeams(ctx context.Context) error {
	select {
	case addr := <-p.teams:
		p.teamsURL = "http://" + addr + "/api/messages"
		return nil
	case <-p.done:
		return fmt.Errorf("%s exited before serving Teams: %v", p.name, p.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: no Teams endpoint address logged: %w", p.name, ctx.Err())
	}
}

// waitWeb waits until the process logged its web chat's address and
// returns it.
func (p *serveProcess) waitWeb(ctx context.Context) (string, error) {
	select {
	case p.webAddr = <-p.web:
		return p.webAddr, nil
	case <-p.done:
		return "", fmt.Errorf("%s exited before serving the web chat: %v", p.name, p.err)
	case <-ctx.Done():
		return "", fmt.Errorf("%s: no web chat address logged: %w", p.name, ctx.Err())
	}
}

// signal sends sig to the process.
func (p *serveProcess) signal(sig os.Signal) error {
	if err := p.cmd.Process.Signal(sig); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	return nil
}

// wait waits for the process to exit and returns an error unless it
// exited with status 0.
func (p *serveProcess) wait(ctx context.Context) error {
	select {
	case <-p.done:
		if p.err != nil {
			return fmt.Errorf("%s exited with %v, want status 0", p.name, p.err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s did not exit: %w", p.name, ctx.Err())
	}
}

// stop sends SIGTERM and waits for a clean exit.
func (p *serveProcess) stop(ctx context.Context) error {
	if err := p.signal(syscall.SIGTERM); err != nil {
		return err
	}
	return p.wait(ctx)
}

// counters reads the envelope counters from the process's /metrics as
// "received:<kind>", "handled:<kind>" and "duplicate:<kind>" (the names
// bottest.Counters uses), Teams' with "teams_" before them, and the web
// chat's turns as "web_turns:<kind>".
func (p *serveProcess) counters(ctx context.Context) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+p.addr+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: /metrics: %w", p.name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: /metrics: %s", p.name, resp.Status)
	}
	names := map[string]string{
		"techleader_slack_envelopes_received_total":   "received:",
		"techleader_slack_envelopes_handled_total":    "handled:",
		"techleader_slack_envelopes_duplicate_total":  "duplicate:",
		"techleader_teams_activities_received_total":  "teams_received:",
		"techleader_teams_activities_handled_total":   "teams_handled:",
		"techleader_teams_activities_duplicate_total": "teams_duplicate:",
		"techleader_web_turn_duration_seconds_count":  "web_turns:",
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		name, rest, ok := strings.Cut(line, `{kind="`)
		if !ok || names[name] == "" {
			continue
		}
		kind, val, ok := strings.Cut(rest, `"} `)
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: /metrics line %q: %v", p.name, line, err)
		}
		out[names[name]+kind] = v
	}
	return out, sc.Err()
}

// addrWatcher reads serve's JSON log as it is written and sends the
// address of each "... listening" line it watches for (by message) to its
// channel, once.
type addrWatcher struct {
	found   map[string]chan<- string
	partial []byte
}

func (w *addrWatcher) Write(b []byte) (int, error) {
	if len(w.found) == 0 {
		return len(b), nil
	}
	w.partial = append(w.partial, b...)
	for {
		i := bytes.IndexByte(w.partial, '\n')
		if i < 0 {
			return len(b), nil
		}
		line := w.partial[:i]
		w.partial = w.partial[i+1:]
		var rec struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal(line, &rec) != nil || rec.Addr == "" {
			continue
		}
		if ch, ok := w.found[rec.Msg]; ok {
			ch <- rec.Addr
			delete(w.found, rec.Msg)
		}
	}
}
