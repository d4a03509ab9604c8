package web_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/springfield/techleader/bot/web/webtest/browser"
)

var screenshots = flag.Bool("screenshots", false, "write the README's screenshots to testdata/screenshots/")

// page is one browser tab on the harness's page.
type page struct {
	*browser.Page
	t *testing.T
	h *harness
}

// newPage starts a browser, or skips the test when there is none (but
// fails under CI=true, where .ci/run installs one).
func newPage(t *testing.T, h *harness, width, height int) *page {
	t.Helper()
	return &page{Page: browser.New(t, width, height), t: t, h: h}
}

func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	p.Do(steps...)
}

// eval evaluates a JavaScript expression.
func eval[T any](p *page, js string) T {
	p.t.Helper()
	return browser.Eval[T](p.Page, js)
}

func (p *page) waitFor(js string) {
	p.t.Helper()
	p.WaitFor(js)
}

// open loads the chat page and waits until it has loaded its state.
func (p *page) open() {
	p.t.Helper()
	p.Open(p.h.http.URL + "/")
}

func (p *page) waitReady() {
	p.t.Helper()
	p.WaitReady()
}

func (p *page) count(sel string) int {
	p.t.Helper()
	return p.Count(sel)
}

func (p *page) waitCount(sel string, n int) {
	p.t.Helper()
	p.WaitCount(sel, n)
}

func (p *page) send(text string) {
	p.t.Helper()
	p.Send(text)
}

// focused is the id of the focused element.
func (p *page) focused() string {
	p.t.Helper()
	return eval[string](p, `document.activeElement ? document.activeElement.id : ''`)
}

// session returns the public id of the browser's session.
func (p *page) session() string {
	p.t.Helper()
	return p.Session(p.h.http.URL)
}

// screenshot writes the viewport to testdata/screenshots/name.png when
// -screenshots is set.
func (p *page) screenshot(name string) {
	p.t.Helper()
	if *screenshots {
		p.Screenshot(filepath.Join("testdata", "screenshots"), name)
	}
}
