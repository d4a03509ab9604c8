package observe

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Check is one readiness check: Func returns nil when the dependency
// Name is usable.
type Check struct {
	Name string
	Func func(context.Context) error
}

// checkTimeout bounds one /readyz request's checks.
const checkTimeout = 2 * time.Second

// Handler serves
//
//	/healthz  200 while the process serves HTTP (liveness)
//	/readyz   200 when every check passes, else 503 naming the failures
//	/metrics  the registry in Prometheus' text format
//
// The checks run concurrently, bounded by a 2 s timeout. The handler is
// safe for concurrent use.
func Handler(reg *prometheus.Registry, checks ...Check) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathHealth, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET "+PathReady, func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), checkTimeout)
		defer cancel()
		failures := runChecks(ctx, checks)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if len(failures) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "not ready: %s\n", strings.Join(failures, "; "))
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("GET "+PathMetrics, promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	return mux
}

// runChecks runs checks concurrently and returns "name: error" for each
// that failed, in the order given.
func runChecks(ctx context.Context, checks []Check) []string {
	errs := make([]error, len(checks))
	var wg sync.WaitGroup
	for i, c := range checks {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					errs[i] = fmt.Errorf("check panicked: %v", r)
				}
			}()
			errs[i] = c.Func(ctx)
		})
	}
	wg.Wait()
	var failures []string
	for i, err := range errs {
		if err != nil {
			failures = append(failures, checks[i].Name+": "+oneLine(err.Error()))
		}
	}
	return failures
}

func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
