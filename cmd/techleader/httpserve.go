package main

import (
	"context"
	"errors"
	"net"
	"net/http"
)

// backgroundServer is an http.Server serving a listener of its own in a
// goroutine: the ops endpoints and the web chat each run one.
type backgroundServer struct {
	srv  *http.Server
	addr string
	done chan error
}

// serveInBackground listens on addr and serves srv in the background.
// The only error is the listener's (address in use), returned at once
// for the caller to name its setting.
func serveInBackground(ctx context.Context, addr string, srv *http.Server) (*backgroundServer, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	b := &backgroundServer{srv: srv, addr: ln.Addr().String(), done: make(chan error, 1)}
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		b.done <- err
	}()
	return b, nil
}

// stop shuts the server down gracefully, bounded by ctx (closing it
// outright when that fails), and returns the error that ended serving,
// if any.
func (b *backgroundServer) stop(ctx context.Context) error {
	err := b.srv.Shutdown(ctx)
	if err != nil {
		_ = b.srv.Close()
	}
	return errors.Join(err, <-b.done)
}
