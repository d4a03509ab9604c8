package web_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/springfield/techleader/bot/web"
)

var screenshots = flag.Bool("screenshots", false, "write the README's screenshots to testdata/screenshots/")

// browserPath finds Debian's chromium-headless-shell.
func browserPath() string {
	if p, err := exec.LookPath("chromium-headless-shell"); err == nil {
		return p
	}
	for _, p := range []string{"/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/headless_shell"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// page is one browser tab on the harness's page, in a browser of its own
// (a fresh profile: no cookies).
type page struct {
	t   *testing.T
	h   *harness
	ctx context.Context

	mu       sync.Mutex
	problems []string // exceptions, console errors, CSP violations
}

// newPage starts a browser, or skips the test when there is none (but
// fails under CI=true, where .ci/run installs one).
func newPage(t *testing.T, h *harness, width, height int) *page {
	t.Helper()
	path := browserPath()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but chromium-headless-shell is not installed (.ci/run installs it)")
		}
		t.Skip("chromium-headless-shell not found: apt-get install -y chromium-headless-shell to run the browser tests")
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	)
	ctx, cancelTab := chromedp.NewContext(alloc)
	// A bound for the whole test: a page that never shows what is awaited
	// fails the test instead of hanging it.
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	p := &page{t: t, h: h, ctx: ctx}
	t.Cleanup(func() {
		cancelTimeout()
		cancelTab()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			// HTTP errors the page handles (a form's 422) are the tests'
			// business; everything else wrong is the page's.
			bad := m.IsException() || (m.Type == chromedp.ConsoleError && m.Source != "network")
			if bad || strings.Contains(m.Text, "Content Security Policy") {
				p.mu.Lock()
				p.problems = append(p.problems, m.String())
				p.mu.Unlock()
			}
		}
	}()
	t.Cleanup(p.checkConsole)
	return p
}

// checkConsole fails the test on script errors and CSP violations: the
// page must run under its strict policy.
func (p *page) checkConsole() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.problems {
		p.t.Errorf("browser console: %s", m)
	}
}

func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](p *page, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		p.t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// waitFor waits until the JavaScript expression is true.
func (p *page) waitFor(js string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		p.t.Fatalf("waiting for %s: %v", js, err)
	}
}

// open loads the chat page and waits until it has loaded its state.
func (p *page) open() {
	p.t.Helper()
	p.do(chromedp.Navigate(p.h.http.URL + "/"))
	p.waitReady()
}

func (p *page) waitReady() {
	p.t.Helper()
	p.waitFor(`document.body.dataset.ready === 'true' && document.body.dataset.pending === '0'`)
}

// count returns the number of elements matching a CSS selector.
func (p *page) count(sel string) int {
	p.t.Helper()
	return eval[int](p, fmt.Sprintf(`document.querySelectorAll(%q).length`, sel))
}

// idle waits until no turn is in flight and n elements match sel.
func (p *page) waitCount(sel string, n int) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf(`document.querySelectorAll(%q).length >= %d && document.body.dataset.pending === '0'`, sel, n))
}

// send types a message into the message box and presses Enter.
func (p *page) send(text string) {
	p.t.Helper()
	n := p.count(".msg.user")
	p.do(chromedp.SendKeys(chromedp.CSS("#message"), text+kb.Enter))
	p.waitCount(".msg.user", n+1)
}

// focused is the id of the focused element.
func (p *page) focused() string {
	p.t.Helper()
	return eval[string](p, `document.activeElement ? document.activeElement.id : ''`)
}

// session returns the public id of the browser's session.
func (p *page) session() string {
	p.t.Helper()
	res, err := chromedp.Call(p.ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{p.h.http.URL}})
	if err != nil {
		p.t.Fatalf("cookies: %v", err)
	}
	for _, c := range res.Cookies {
		if c.Name == "tl_web" {
			return web.PublicID(c.Value)
		}
	}
	p.t.Fatal("no session cookie in the browser")
	return ""
}

// screenshot writes the viewport to testdata/screenshots/name.png when
// -screenshots is set.
func (p *page) screenshot(name string) {
	p.t.Helper()
	if !*screenshots {
		return
	}
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join("testdata", "screenshots", name+".png")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
}
