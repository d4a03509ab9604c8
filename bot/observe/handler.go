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
//	/readyz   200 when every check passes, else 503 naming the failures;
//	          with ?verbose, every check on a line of its own, passed or not
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
		writeReady(w, checks, runChecks(ctx, checks), r.URL.Query().Has("verbose"))
	})
	mux.Handle("GET "+PathMetrics, promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	return mux
}

// writeReady answers /readyz from the checks' results (see runChecks):
// 200 "ok" when all passed, else 503 naming the failures; verbose first
// lists every check with its result, for operators to see what is checked.
func writeReady(w http.ResponseWriter, checks []Check, results []string, verbose bool) {
	var failures []string
	for i, res := range results {
		if res != "" {
			failures = append(failures, checks[i].Name+": "+res)
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if len(failures) > 0 {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	if verbose {
		for i, res := range results {
			if res == "" {
				res = "ok"
			}
			fmt.Fprintf(w, "%s: %s\n", checks[i].Name, res)
		}
	}
	if len(failures) > 0 {
		fmt.Fprintf(w, "not ready: %s\n", strings.Join(failures, "; "))
		return
	}
	fmt.Fprintln(w, "ok")
}

// runChecks runs checks concurrently and returns the first line of each
// one's error ("" when it passed), in the order given.
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
	out := make([]string, len(errs))
	for i, err := range errs {
		if err != nil {
			if out[i] = oneLine(err.Error()); out[i] == "" {
				out[i] = "failed"
			}
		}
	}
	return out
}

func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
