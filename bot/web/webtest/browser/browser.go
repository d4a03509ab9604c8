// Package browser drives the web chat's page in a real headless browser
// for tests: chromedp with Debian's chromium-headless-shell. Tests skip
// with a clear message when the browser is missing, except under CI=true
// (where .ci/run installs it), where they fail.
package browser

import (
	"context"
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

// Path finds Debian's chromium-headless-shell, "" when it is missing.
func Path() string {
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

// Page is one browser tab in a browser of its own (a fresh profile: no
// cookies). Script errors and Content-Security-Policy violations on it
// fail the test when it ends.
type Page struct {
	T   *testing.T
	Ctx context.Context

	mu       sync.Mutex
	problems []string
}

// New starts a browser with a width×height viewport, or skips the test
// when there is none (fails under CI=true). The whole test is bounded to
// 90 s of browser time, so that a page that never shows what is awaited
// fails the test instead of hanging it.
func New(t *testing.T, width, height int) *Page {
	t.Helper()
	path := Path()
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
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	p := &Page{T: t, Ctx: ctx}
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
func (p *Page) checkConsole() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.problems {
		p.T.Errorf("browser console: %s", m)
	}
}

// Do runs browser actions, failing the test on an error.
func (p *Page) Do(steps ...chromedp.Action[chromedp.Void]) {
	p.T.Helper()
	if err := chromedp.Do(p.Ctx, steps...); err != nil {
		p.T.Fatalf("browser: %v", err)
	}
}

// Eval evaluates a JavaScript expression.
func Eval[T any](p *Page, js string) T {
	p.T.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[T](js))
	if err != nil {
		p.T.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// WaitFor waits until the JavaScript expression is true.
func (p *Page) WaitFor(js string) {
	p.T.Helper()
	if _, err := chromedp.Run(p.Ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		p.T.Fatalf("waiting for %s: %v", js, err)
	}
}

// Open loads the chat page at url and waits until it has loaded its state.
func (p *Page) Open(url string) {
	p.T.Helper()
	p.Do(chromedp.Navigate(url))
	p.WaitReady()
}

// WaitReady waits until the page has loaded its state and no turn is in
// flight.
func (p *Page) WaitReady() {
	p.T.Helper()
	p.WaitFor(`document.body.dataset.ready === 'true' && document.body.dataset.pending === '0'`)
}

// Count returns the number of elements matching a CSS selector.
func (p *Page) Count(sel string) int {
	p.T.Helper()
	return Eval[int](p, fmt.Sprintf(`document.querySelectorAll(%q).length`, sel))
}

// WaitCount waits until no turn is in flight and at least n elements
// match sel.
func (p *Page) WaitCount(sel string, n int) {
	p.T.Helper()
	p.WaitFor(fmt.Sprintf(`document.querySelectorAll(%q).length >= %d && document.body.dataset.pending === '0'`, sel, n))
}

// Send types a message into the message box, presses Enter, and waits
// until the message shows.
func (p *Page) Send(text string) {
	p.T.Helper()
	n := p.Count(".msg.user")
	p.Do(chromedp.SendKeys(chromedp.CSS("#message"), text+kb.Enter))
	p.WaitCount(".msg.user", n+1)
}

// WaitPush waits until a push (a consultant's message, a note) containing
// text is shown.
func (p *Page) WaitPush(text string) {
	p.T.Helper()
	p.WaitFor(fmt.Sprintf(`[...document.querySelectorAll('#log .push')].some(m => m.textContent.includes(%q))`, text))
}

// FillContact fills in the contact form shown in the page and sends it.
func (p *Page) FillContact(name, email string) {
	p.T.Helper()
	p.WaitFor(`!document.querySelector('#contact').hidden && document.activeElement.id === 'c-name'`)
	p.Do(chromedp.SendKeys(chromedp.CSS("#c-name"), name), chromedp.SendKeys(chromedp.CSS("#c-email"), email+kb.Enter))
	p.WaitFor(`document.querySelector('#contact').hidden && document.body.dataset.pending === '0'`)
}

// Session returns the public id of the page's session at url.
func (p *Page) Session(url string) string {
	p.T.Helper()
	res, err := chromedp.Call(p.Ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{url}})
	if err != nil {
		p.T.Fatalf("cookies: %v", err)
	}
	for _, c := range res.Cookies {
		if c.Name == "tl_web" {
			return web.PublicID(c.Value)
		}
	}
	p.T.Fatal("no session cookie in the browser")
	return ""
}

// Screenshot writes the viewport to dir/name.png.
func (p *Page) Screenshot(dir, name string) {
	p.T.Helper()
	png, err := chromedp.Run(p.Ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.T.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		p.T.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.T.Fatal(err)
	}
}
