package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"net/http"
	"time"
)

// The page, its script and style, and the widget: plain files, no build
// step.
//
//go:embed assets/index.html assets/app.js assets/app.css assets/widget.js
var assetFS embed.FS

type asset struct {
	body        []byte
	contentType string
	etag        string
}

type assets map[string]asset // by request path

func loadAssets() (assets, error) {
	files := []struct{ path, file, contentType string }{
		{PathPage, "assets/index.html", "text/html; charset=utf-8"},
		{pathStatic + "app.js", "assets/app.js", "text/javascript; charset=utf-8"},
		{pathStatic + "app.css", "assets/app.css", "text/css; charset=utf-8"},
		{PathWidget, "assets/widget.js", "text/javascript; charset=utf-8"},
	}
	a := assets{}
	for _, f := range files {
		b, err := assetFS.ReadFile(f.file)
		if err != nil {
			return nil, fmt.Errorf("web asset %s: %w", f.file, err)
		}
		sum := sha256.Sum256(b)
		a[f.path] = asset{body: b, contentType: f.contentType, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
	}
	return a, nil
}

// serveAsset serves the page and its files. Browsers revalidate them
// (ETag) so that a new version shows at once; the widget may be cached
// for a few minutes by the sites that embed it.
func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) {
	a, ok := s.assets[r.URL.Path]
	if !ok {
		http.Error(w, "Not found", http.StatusNotFound)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "Method not allowed", http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("ETag", a.etag)
	h.Set("Cache-Control", "no-cache")
	switch r.URL.Path {
	case PathPage:
		h.Set("Content-Security-Policy", s.pageCSP)
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
	case PathWidget:
		// Loaded by <script src> from other sites.
		h.Set("Cross-Origin-Resource-Policy", "cross-origin")
		h.Set("Cache-Control", "public, max-age=300")
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
}
