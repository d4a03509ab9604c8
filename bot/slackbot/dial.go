package slackbot

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/gorilla/websocket"
)

// socketDialer is the websocket dialer of the bot's Socket Mode
// connections: each is read through a frameWatch (wire.go). It keeps
// slack-go's defaults (proxy from the environment, its handshake timeout
// and write buffer) and does the TLS handshake itself, to read above TLS.
func (s *sock) dialer() *websocket.Dialer {
	return &websocket.Dialer{
		HandshakeTimeout: 45 * time.Second,
		// Above Slack's 20 KB response limit, so acks go in one frame.
		WriteBufferSize: 32 * 1024,
		NetDialContext: func(ctx context.Context, _, addr string) (net.Conn, error) {
			return s.dialSocket(ctx, addr, false)
		},
		NetDialTLSContext: func(ctx context.Context, _, addr string) (net.Conn, error) {
			return s.dialSocket(ctx, addr, true)
		},
	}
}

// dialSocket connects to addr, through the proxy the environment names for
// it (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), with TLS when secure, and reads
// the connection through a frameWatch.
func (s *sock) dialSocket(ctx context.Context, addr string, secure bool) (net.Conn, error) {
	scheme := "http"
	if secure {
		scheme = "https"
	}
	conn, err := dialVia(ctx, http.ProxyFromEnvironment, scheme, addr)
	if err != nil {
		return nil, err
	}
	if secure {
		host, _, _ := net.SplitHostPort(addr)
		tc := tls.Client(conn, &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12})
		if err := tc.HandshakeContext(ctx); err != nil {
			_ = conn.Close()
			return nil, err
		}
		conn = tc
	}
	return &frameWatch{Conn: conn, s: s}, nil
}

// dialVia opens a TCP connection to addr, directly or through the http://
// proxy proxyFor names for scheme://addr (CONNECT).
func dialVia(ctx context.Context, proxyFor func(*http.Request) (*url.URL, error), scheme, addr string) (net.Conn, error) {
	var d net.Dialer
	proxy, err := proxyFor(&http.Request{URL: &url.URL{Scheme: scheme, Host: addr}})
	if err != nil {
		return nil, fmt.Errorf("proxy for %s: %w", addr, err)
	}
	if proxy == nil {
		return d.DialContext(ctx, "tcp", addr)
	}
	if proxy.Scheme != "http" {
		return nil, fmt.Errorf("proxy %s: Socket Mode goes through http:// proxies only", proxy.Redacted())
	}
	paddr := proxy.Host
	if proxy.Port() == "" {
		paddr = net.JoinHostPort(proxy.Hostname(), "80")
	}
	conn, err := d.DialContext(ctx, "tcp", paddr)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	req := &http.Request{Method: http.MethodConnect, URL: &url.URL{Opaque: addr}, Host: addr, Header: http.Header{}}
	if u := proxy.User; u != nil {
		pw, _ := u.Password()
		req.Header.Set("Proxy-Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(u.Username()+":"+pw)))
	}
	if err := req.Write(conn); err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("proxy %s: %w", proxy.Redacted(), err)
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, req)
	if err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("proxy %s: %w", proxy.Redacted(), err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_ = conn.Close()
		return nil, fmt.Errorf("proxy %s: CONNECT %s: %s", proxy.Redacted(), addr, resp.Status)
	}
	_ = conn.SetDeadline(time.Time{})
	if n := br.Buffered(); n > 0 { // the tunnel's first bytes came with the answer
		early, _ := br.Peek(n)
		return &earlyConn{Conn: conn, early: bytes.Clone(early)}, nil
	}
	return conn, nil
}

// earlyConn is a connection whose first bytes were already read.
type earlyConn struct {
	net.Conn
	early []byte
}

func (c *earlyConn) Read(p []byte) (int, error) {
	if len(c.early) > 0 {
		n := copy(p, c.early)
		c.early = c.early[n:]
		return n, nil
	}
	return c.Conn.Read(p)
}
