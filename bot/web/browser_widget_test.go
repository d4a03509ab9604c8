package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/springfield/techleader/bot/web"
)

// TestBrowserWidget: a page on another site embeds the chat with one
// script tag; the launcher opens the chat in an iframe served by the bot
// (allowed by frame-ancestors), whose page loads and reports ready.
func TestBrowserWidget(t *testing.T) {
	// The site: its own origin (localhost, where the bot is 127.0.0.1).
	var botURL string
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Springfield blog</title></head>
<body><h1>CIO vs CTO</h1><p>An article.</p><script src="%s/widget.js" async></script></body></html>`, botURL)
	}))
	t.Cleanup(site.Close)
	siteURL := strings.Replace(site.URL, "127.0.0.1", "localhost", 1)

	h := newHarness(t, harnessOpts{cfg: web.Config{AllowedOrigins: []string{siteURL}}})
	botURL = h.http.URL
	p := newPage(t, h, 1000, 800)
	p.do(chromedp.Navigate(siteURL + "/"))
	p.waitFor(`document.querySelector('#techleader-launcher') !== null`)
	if got := eval[string](p, `document.querySelector('#techleader-launcher').getAttribute('aria-expanded')`); got != "false" {
		t.Fatalf("launcher aria-expanded %q before opening", got)
	}
	p.do(chromedp.Click(chromedp.CSS("#techleader-launcher")))
	p.waitFor(`document.querySelector('#techleader-frame') && document.querySelector('#techleader-frame').dataset.ready === 'true'`)
	if got := eval[string](p, `document.querySelector('#techleader-frame').src`); got != botURL+"/?embed=1" {
		t.Errorf("iframe src %q, want the bot's page", got)
	}
	if got := eval[string](p, `document.querySelector('#techleader-launcher').getAttribute('aria-expanded')`); got != "true" {
		t.Errorf("launcher aria-expanded %q after opening", got)
	}
	if eval[string](p, `document.querySelector('#techleader-frame').title`) == "" {
		t.Error("the iframe has no title for screen readers")
	}
	p.do(chromedp.Click(chromedp.CSS("#techleader-launcher")))
	p.waitFor(`document.querySelector('#techleader-frame').style.display === 'none'`)
	if p.focused() != "techleader-launcher" {
		t.Errorf("focus after closing on %q, want the launcher", p.focused())
	}
	if n := eval[int](p, `Object.keys(window).filter(k => k.toLowerCase().includes('techleader')).length`); n != 0 {
		t.Errorf("the widget left %d globals on the site", n)
	}
}
