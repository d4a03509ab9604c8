package web

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Content-Security-Policy of the page: scripts and styles from this
// origin only (no inline script, no style attributes), requests to this
// origin only, framed only by this origin and the allowed sites.
func pageCSP(allowed []string) string {
	ancestors := strings.Join(append([]string{"'self'"}, allowed...), " ")
	return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
		"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors " + ancestors
}

// apiCSP is the policy of every other response: nothing runs, nothing
// frames it.
const apiCSP = "default-src 'none'; frame-ancestors 'none'"

// secure sets the headers every response carries.
func secure(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Content-Security-Policy", apiCSP)
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
}

// clientAddr is the address rate limits count by: the connection's peer,
// or with ProxyHops the X-Forwarded-For entry that many hops from the
// right (entries further left are the client's to forge). An IPv6
// address counts as its /64, which one client usually holds whole.
func (s *Server) clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if n := s.cfg.ProxyHops; n > 0 {
		var hops []string
		for _, v := range r.Header.Values("X-Forwarded-For") {
			for _, p := range strings.Split(v, ",") {
				hops = append(hops, strings.TrimSpace(p))
			}
		}
		if i := len(hops) - n; i >= 0 && i < len(hops) {
			if _, err := netip.ParseAddr(hops[i]); err == nil {
				host = hops[i]
			}
		}
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	ip = ip.Unmap()
	if ip.Is6() {
		if p, err := ip.Prefix(64); err == nil {
			return p.String()
		}
	}
	return ip.String()
}

// allow applies the limit l to key; when it is used up it answers 429
// with Retry-After and returns false. A limiter that cannot be reached
// lets the request through: the limits guard capacity, and refusing
// everyone during a Redis blip would be worse.
func (s *Server) allow(w http.ResponseWriter, r *http.Request, key string, l Limit, reason string) bool {
	ok, retry, err := s.limiter.Allow(r.Context(), key, l)
	if err != nil {
		s.log.Warn("web rate limiter unavailable; request let through", "err", err)
		return true
	}
	if !ok {
		s.fail(w, errRateLimited(retry, reason))
	}
	return ok
}
